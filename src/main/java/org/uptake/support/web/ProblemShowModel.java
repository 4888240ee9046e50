package org.uptake.support.web;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.uptake.org.unit.UnitService;
import org.uptake.program.plan.TaskService;
import org.uptake.rollout.pilot.PilotService;
import org.uptake.shared.Actor;
import org.uptake.shared.error.ForbiddenException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.Violation;
import org.uptake.support.ProblemService;
import org.uptake.support.ProblemStatus;
import org.uptake.support.ProblemView;

/** What a problem's page shows, shared by the reading controller and the forms that re-show it with an error. */
@Component
class ProblemShowModel {

    static final String TEMPLATE = "support/show";

    private final ProblemService problems;
    private final UnitService units;
    private final AuditLog audit;
    private final PilotService pilot;
    private final TaskService tasks;

    ProblemShowModel(ProblemService problems, UnitService units, AuditLog audit, PilotService pilot, TaskService tasks) {
        this.problems = problems;
        this.units = units;
        this.audit = audit;
        this.pilot = pilot;
        this.tasks = tasks;
    }

    void fill(Actor actor, long id, Model model) {
        ProblemView view = problems.view(actor, id);
        model.addAttribute("view", view);
        model.addAttribute("p", view.problem());
        model.addAttribute("now", Instant.now());
        model.addAttribute("next", view.problem().status().next().stream().map(ProblemStatus::name).toList());
        linkTitles(actor, view, model);
        if (view.triages() || view.handles()) {
            model.addAttribute("history", audit.history(actor.organizationId(), ProblemService.ENTITY, id, 50));
        }
    }

    /** Names the linked finding and task when the actor may read them; otherwise the page shows their numbers. */
    private void linkTitles(Actor actor, ProblemView view, Model model) {
        var p = view.problem();
        if (p.programId() == null) {
            return;
        }
        try {
            if (p.findingId() != null) {
                model.addAttribute("findingTitle", pilot.finding(actor, p.programId(), p.findingId()).title());
            }
            if (p.taskId() != null) {
                model.addAttribute("taskTitle", tasks.get(actor, p.programId(), p.taskId()).title());
            }
        } catch (ForbiddenException | NotFoundException e) {
            // Not the actor's to read: the number is enough.
        }
    }

    void fill(Actor actor, long id, Model model, List<Violation> violations) {
        fill(actor, id, model);
        model.addAttribute("violations", violations);
    }

    String unitName(Actor actor, long unitId) {
        return units.nameOf(actor, unitId).orElse(null);
    }
}
