package org.uptake.measure.web;

import org.springframework.stereotype.Component;
import org.uptake.measure.KpiIndicatorService;
import org.uptake.process.catalog.Process;
import org.uptake.process.catalog.ProcessPagePanel;
import org.uptake.shared.Actor;

/** On a process's page: the programs' KPIs that measure its indicators, with their latest value against target. */
@Component
class ProcessKpiPanel implements ProcessPagePanel {

    private final KpiIndicatorService indicators;

    ProcessKpiPanel(KpiIndicatorService indicators) {
        this.indicators = indicators;
    }

    @Override
    public int order() {
        return 35;
    }

    @Override
    public String template() {
        return "measure/process-panel";
    }

    @Override
    public Object data(Actor actor, Process process) {
        KpiIndicatorService.ProcessKpis kpis = indicators.ofProcess(actor, process.id());
        return kpis.kpis().isEmpty() ? null : kpis;
    }
}
