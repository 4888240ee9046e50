package org.uptake.program.plan;

import java.util.List;
import org.springframework.stereotype.Component;
import org.uptake.shared.Actor;
import org.uptake.shared.web.HomePanel;

/** Everyone's home page: my open tasks due within two weeks (or already overdue). */
@Component
class MyTasksPanel implements HomePanel {

    private final PlanService plans;

    MyTasksPanel(PlanService plans) {
        this.plans = plans;
    }

    @Override
    public int order() {
        return 210;
    }

    @Override
    public String template() {
        return "program/panels";
    }

    @Override
    public Object data(Actor actor) {
        if (actor.personId() == null) {
            return null;
        }
        List<TaskRow> rows = plans.dueSoon(actor, 14);
        return new Data("tasks", rows);
    }

    /** What the fragment shows; {@code kind} selects the panel inside the shared template. */
    public record Data(String kind, List<TaskRow> tasks) {
    }
}
