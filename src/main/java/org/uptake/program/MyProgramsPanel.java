package org.uptake.program;

import java.util.List;
import org.springframework.stereotype.Component;
import org.uptake.shared.Actor;
import org.uptake.shared.web.HomePanel;

/** The coordinator's home page: the programs they run, with progress and overdue tasks. */
@Component
class MyProgramsPanel implements HomePanel {

    private final ProgramService programs;

    MyProgramsPanel(ProgramService programs) {
        this.programs = programs;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public String template() {
        return "program/panels";
    }

    @Override
    public Object data(Actor actor) {
        if (!programs.mayCreate(actor) && actor.personId() == null) {
            return null;
        }
        List<ProgramRow> rows = programs.runBy(actor);
        if (rows.isEmpty() && !programs.mayCreate(actor)) {
            return null;
        }
        return new Data("programs", rows, programs.mayCreate(actor));
    }

    public record Data(String kind, List<ProgramRow> programs, boolean mayCreate) {
    }
}
