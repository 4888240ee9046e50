package org.uptake.approval.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.uptake.approval.CommentForm;
import org.uptake.approval.DecisionForm;
import org.uptake.approval.NoteForm;
import org.uptake.approval.RequestDelegationForm;
import org.uptake.approval.SignOffDecision;
import org.uptake.approval.SignOffFilter;
import org.uptake.approval.SignOffRefusedException;
import org.uptake.approval.SignOffService;
import org.uptake.approval.SignOffStatus;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.Role;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.error.Violation;
import org.uptake.shared.paging.PageRequest;

/**
 * "My approvals" and a request's page with its actions. A refused action is explained on the
 * request's own page (with a 4xx status), so the person sees why and what to do next.
 */
@Controller
@RequestMapping("/sign-offs")
class SignOffPageController {

    private static final int PAGE = 25;

    private final SignOffService signOffs;
    private final AuditLog audit;

    SignOffPageController(SignOffService signOffs, AuditLog audit) {
        this.signOffs = signOffs;
        this.audit = audit;
    }

    /** Waiting for me first, then my requests and decisions; or everything I may see. */
    @GetMapping
    String inbox(@RequestParam(defaultValue = "inbox") String tab, @RequestParam(required = false) SignOffStatus status,
                 @RequestParam(required = false) String q, @RequestParam(required = false) String after,
                 @RequestParam(required = false) String wafter, Model model) {
        Actor actor = CurrentActor.get();
        boolean all = "all".equals(tab) && seesMore(actor);
        model.addAttribute("tab", all ? "all" : "inbox");
        model.addAttribute("seesMore", seesMore(actor));
        model.addAttribute("mayRequest", actor.hasAny(Role.ADMIN, Role.COORDINATOR, Role.UNIT_HEAD, Role.EMPLOYEE));
        model.addAttribute("status", status);
        model.addAttribute("statuses", SignOffStatus.values());
        model.addAttribute("q", q);
        model.addAttribute("today", SignOffService.today(actor));
        if (all) {
            model.addAttribute("page", signOffs.list(actor, new SignOffFilter(SignOffFilter.View.ALL, status),
                    new PageRequest(q, after, PAGE)));
        } else {
            model.addAttribute("waiting", signOffs.list(actor, SignOffFilter.waiting(), new PageRequest(null, wafter, PAGE)));
            model.addAttribute("page", signOffs.list(actor, new SignOffFilter(SignOffFilter.View.MINE, status),
                    new PageRequest(q, after, PAGE)));
        }
        return "approval/inbox";
    }

    /** One list's rows, fetched by htmx for the next page or a new filter. */
    @GetMapping("/rows")
    String rows(@RequestParam(defaultValue = "MINE") SignOffFilter.View view,
                @RequestParam(required = false) SignOffStatus status, @RequestParam(required = false) String q,
                @RequestParam(required = false) String after, Model model) {
        Actor actor = CurrentActor.get();
        SignOffFilter.View shown = view == SignOffFilter.View.ALL && !seesMore(actor) ? SignOffFilter.View.MINE : view;
        model.addAttribute("today", SignOffService.today(actor));
        model.addAttribute("status", status);
        model.addAttribute("q", q);
        model.addAttribute("tab", shown == SignOffFilter.View.ALL ? "all" : "inbox");
        if (shown == SignOffFilter.View.WAITING) {
            model.addAttribute("waiting", signOffs.list(actor, SignOffFilter.waiting(), new PageRequest(null, after, PAGE)));
            return "approval/inbox :: waitingRows";
        }
        model.addAttribute("page", signOffs.list(actor, new SignOffFilter(shown, status), new PageRequest(q, after, PAGE)));
        return "approval/inbox :: listRows";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        return show(CurrentActor.get(), id, model);
    }

    @PostMapping("/{id}/decide")
    String decide(@PathVariable long id, @RequestParam SignOffDecision outcome,
                  @RequestParam(required = false) String comment, @RequestParam(required = false) String conditionsText,
                  @RequestParam(required = false) Long onBehalfOfPersonId, @RequestParam int version,
                  Model model, HttpServletResponse response) {
        Actor actor = CurrentActor.get();
        return act(actor, id, model, response, () -> signOffs.decide(actor, id,
                new DecisionForm(outcome, comment, null, conditionsText, onBehalfOfPersonId, version)));
    }

    /** With htmx only the thread is swapped; without it the page reloads. */
    @PostMapping("/{id}/comments")
    String comment(@PathVariable long id, @RequestParam(required = false) String body, Model model,
                   HttpServletRequest request, HttpServletResponse response) {
        Actor actor = CurrentActor.get();
        boolean htmx = request.getHeader("HX-Request") != null;
        try {
            signOffs.comment(actor, id, new CommentForm(body));
        } catch (InvalidInputException e) {
            if (!htmx) {
                response.setStatus(400);
                model.addAttribute("violations", e.violations());
                return show(actor, id, model);
            }
            model.addAttribute("violations", e.violations());
        }
        if (!htmx) {
            return "redirect:/sign-offs/" + id + "#thread";
        }
        model.addAttribute("view", signOffs.view(actor, id));
        return "approval/show :: thread";
    }

    @PostMapping("/{id}/delegate")
    String delegate(@PathVariable long id, @RequestParam(required = false) Long toPersonId,
                    @RequestParam(required = false) Long approverPersonId, @RequestParam(required = false) String reason,
                    Model model, HttpServletResponse response) {
        Actor actor = CurrentActor.get();
        if (toPersonId == null) {
            return failed(actor, id, model, response, 400, List.of(Violation.of("toPersonId", "approval.error.chooseDelegate")));
        }
        return act(actor, id, model, response,
                () -> signOffs.delegate(actor, id, new RequestDelegationForm(toPersonId, approverPersonId, reason)));
    }

    @PostMapping("/{id}/cancel")
    String cancel(@PathVariable long id, @RequestParam(required = false) String note, @RequestParam int version,
                  Model model, HttpServletResponse response) {
        Actor actor = CurrentActor.get();
        return act(actor, id, model, response, () -> signOffs.cancel(actor, id, new NoteForm(note, version)));
    }

    @PostMapping("/{id}/rounds")
    String newRound(@PathVariable long id, @RequestParam(required = false) String note, @RequestParam int version,
                    Model model, HttpServletResponse response) {
        Actor actor = CurrentActor.get();
        return act(actor, id, model, response, () -> signOffs.newRound(actor, id, new NoteForm(note, version)));
    }

    private String act(Actor actor, long id, Model model, HttpServletResponse response, Runnable action) {
        try {
            action.run();
            return "redirect:/sign-offs/" + id;
        } catch (InvalidInputException e) {
            return failed(actor, id, model, response, 400, e.violations());
        } catch (SignOffRefusedException e) {
            return failed(actor, id, model, response, 403, List.of(Violation.of(null, e.code())));
        } catch (StaleVersionException e) {
            return failed(actor, id, model, response, 409, List.of(Violation.of(null, "error.stale")));
        }
    }

    private String failed(Actor actor, long id, Model model, HttpServletResponse response, int status,
                          List<Violation> violations) {
        response.setStatus(status);
        model.addAttribute("violations", violations);
        return show(actor, id, model);
    }

    private String show(Actor actor, long id, Model model) {
        model.addAttribute("view", signOffs.view(actor, id));
        model.addAttribute("today", SignOffService.today(actor));
        model.addAttribute("history", audit.history(actor.organizationId(), "sign_off", id, 100));
        return "approval/show";
    }

    /** Admins and coordinators see the organisation's requests, unit heads their units'. */
    static boolean seesMore(Actor actor) {
        return actor.hasAny(Role.ADMIN, Role.COORDINATOR, Role.UNIT_HEAD);
    }
}
