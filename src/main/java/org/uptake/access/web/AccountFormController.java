package org.uptake.access.web;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.uptake.access.AccountService;
import org.uptake.access.AccountStatus;
import org.uptake.org.unit.UnitService;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.Role;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.error.Violation;

/**
 * Changing accounts: create one for a person, create them for many people at once, roles, status,
 * invitation again. A refused change is explained on the page it came from and changes nothing.
 */
@Controller
@RequestMapping("/admin/accounts")
class AccountFormController {

    private final AccountService accounts;
    private final UnitService units;
    private final AccountPageModel pageModel;

    AccountFormController(AccountService accounts, UnitService units, AccountPageModel pageModel) {
        this.accounts = accounts;
        this.units = units;
        this.pageModel = pageModel;
    }

    /** From the accounts list or a person's page; back leads there again, with the outcome. */
    @PostMapping
    String create(@RequestParam long personId, @RequestParam(required = false) Set<Role> roles,
                  @RequestParam(required = false) String back, RedirectAttributes flash) {
        Actor actor = CurrentActor.get();
        try {
            var created = accounts.createForPerson(actor, personId, roles);
            flash.addFlashAttribute("flashMessage", Violation.of(null, "accounts.created", created.username()));
            return "redirect:/admin/accounts/" + created.id();
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("flashViolations", e.violations());
            return "redirect:" + LanguageController.safeBack(back == null ? "/admin/accounts" : back);
        }
    }

    @GetMapping("/bulk")
    String bulkForm(@RequestParam(required = false) Long unitId, Model model,
                    @RequestHeader(name = "HX-Request", required = false) String htmx) {
        Actor actor = CurrentActor.get();
        model.addAttribute("count", accounts.invitableCount(actor, unitId));
        model.addAttribute("unitId", unitId);
        if (htmx != null) {
            return "access/accounts/bulk :: count";
        }
        model.addAttribute("unitLabel", unitId == null ? null : units.nameOf(actor, unitId).orElse(null));
        model.addAttribute("roles", Role.values());
        return "access/accounts/bulk";
    }

    @PostMapping("/bulk")
    String bulk(@RequestParam(required = false) Long unitId, @RequestParam(required = false) Set<Role> roles,
                RedirectAttributes flash) {
        var done = accounts.createForPeople(CurrentActor.get(), unitId, roles);
        flash.addFlashAttribute("flashMessage", Violation.of(null, "accounts.bulk.done", done.created(), done.invited()));
        return "redirect:/admin/accounts";
    }

    @PostMapping("/{id}/roles")
    String roles(@PathVariable long id, @RequestParam(required = false) Set<Role> roles, @RequestParam int version,
                 Model model, RedirectAttributes flash) {
        return change(id, model, flash, "accounts.rolesSaved", () -> accounts.changeRoles(CurrentActor.get(), id, roles, version));
    }

    @PostMapping("/{id}/status")
    String status(@PathVariable long id, @RequestParam AccountStatus status, @RequestParam int version,
                  Model model, RedirectAttributes flash) {
        return change(id, model, flash, "accounts.statusSaved", () -> accounts.changeStatus(CurrentActor.get(), id, status, version));
    }

    @PostMapping("/{id}/invitation")
    String invitation(@PathVariable long id, Model model, RedirectAttributes flash) {
        return change(id, model, flash, "accounts.invitationSent", () -> accounts.resendInvitation(CurrentActor.get(), id));
    }

    /** Runs a change; on success back to the account's page with a note, otherwise that page with the reason. */
    private String change(long id, Model model, RedirectAttributes flash, String done, Runnable action) {
        Actor actor = CurrentActor.get();
        List<Violation> refused;
        try {
            action.run();
            flash.addFlashAttribute("flashMessage", Violation.of(null, done));
            return "redirect:/admin/accounts/" + id;
        } catch (InvalidInputException e) {
            refused = e.violations();
        } catch (StaleVersionException e) {
            refused = List.of(Violation.of(null, "error.stale"));
        }
        model.addAttribute("violations", refused);
        pageModel.fill(actor, accounts.get(actor, id), model);
        return "access/accounts/show";
    }
}
