package org.uptake.measure;

import java.util.List;
import org.springframework.stereotype.Component;
import org.uptake.program.ProgramRow;
import org.uptake.program.ProgramService;
import org.uptake.shared.Actor;
import org.uptake.shared.web.HomePanel;

/** The coordinator's KPI health per program they run, with the open gaps: shown only when a program has KPIs. */
@Component
class KpiHomePanel implements HomePanel {

    private final ProgramService programs;
    private final KpiService kpis;

    KpiHomePanel(ProgramService programs, KpiService kpis) {
        this.programs = programs;
        this.kpis = kpis;
    }

    /** One program's KPI health and its open gaps. */
    record ProgramHealth(long programId, String programName, KpiHealth health, List<Gap> gaps) {
    }

    @Override
    public int order() {
        return 260;
    }

    @Override
    public String template() {
        return "measure/home";
    }

    @Override
    public Object data(Actor actor) {
        List<ProgramHealth> rows = programs.runBy(actor).stream()
                .map(p -> new ProgramHealth(p.id(), p.name(), kpis.healthUnchecked(actor.organizationId(), p.id()),
                        kpis.openGaps(actor, p.id()).stream().limit(5).toList()))
                .filter(h -> h.health().kpis() > 0).toList();
        return rows.isEmpty() ? null : rows;
    }
}
