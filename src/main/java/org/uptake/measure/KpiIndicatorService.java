package org.uptake.measure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.process.spec.IndicatorRef;
import org.uptake.process.spec.SpecificationChanged;
import org.uptake.process.spec.SpecificationService;
import org.uptake.program.ProgramService;
import org.uptake.shared.Actor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.ForbiddenException;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.StaleVersionException;

/**
 * Ties a program's KPI to the process-catalog indicator it measures, so the catalog's "how goal achievement
 * is measured" and the program's figures are one and the same (the process module stays unaware of
 * measures: it offers {@link IndicatorRef}s; the link and the process page's panel live here).
 */
@Service
public class KpiIndicatorService {

    private final KpiService kpis;
    private final KpiIndicatorRepository links;
    private final SpecificationService specs;
    private final ProgramService programs;
    private final AuditLog audit;

    KpiIndicatorService(KpiService kpis, KpiIndicatorRepository links, SpecificationService specs, ProgramService programs,
                        AuditLog audit) {
        this.kpis = kpis;
        this.links = links;
        this.specs = specs;
        this.programs = programs;
        this.audit = audit;
    }

    /** The indicator the KPI measures, if any. */
    public Optional<IndicatorRef> linked(Actor actor, long kpiId) {
        Kpi kpi = kpis.get(actor, kpiId);
        return links.indicatorOf(actor.organizationId(), kpi.id()).flatMap(id -> specs.indicator(actor, id));
    }

    /** Indicators a KPI may be tied to. */
    public List<IndicatorRef> choices(Actor actor, String search) {
        return specs.indicators(actor, search, 200);
    }

    /** Ties the KPI to an indicator, or unties it ({@code indicatorId} null). */
    @Transactional
    public Optional<IndicatorRef> link(Actor actor, long kpiId, Long indicatorId, int version) {
        Kpi kpi = kpis.get(actor, kpiId);
        if (!kpis.edits(actor, kpi)) {
            throw new ForbiddenException("link KPI " + kpiId + " to an indicator");
        }
        Optional<IndicatorRef> chosen = indicatorId == null ? Optional.empty() : Optional.of(specs.indicator(actor, indicatorId)
                .orElseThrow(() -> new InvalidInputException("indicatorId", "measure.error.indicator")));
        Optional<IndicatorRef> before = linked(actor, kpiId);
        if (links.link(actor.organizationId(), kpiId, indicatorId, version) == 0) {
            throw new StaleVersionException(KpiService.ENTITY, kpiId);
        }
        audit.action(actor, KpiService.ENTITY, kpiId, chosen.isPresent() ? "indicatorLinked" : "indicatorUnlinked",
                Map.of("indicator", chosen.or(() -> before).map(IndicatorRef::label).orElse("")));
        return chosen;
    }

    /** A specification lost an indicator (or its process went): KPIs measuring it are untied, their figures stay. */
    @EventListener
    public void on(SpecificationChanged e) {
        if (e.change() != SpecificationChanged.Change.APPROVED) {
            links.untieRemoved(e.organizationId());
        }
    }

    /** The KPIs measuring the process's indicators, of the programs the actor may read, with the indicators' names. */
    public ProcessKpis ofProcess(Actor actor, long processId) {
        Map<Long, String> names = new HashMap<>();
        specs.indicatorsOf(actor, processId).forEach(i -> names.put(i.id(), i.name()));
        Map<Long, Boolean> readable = new HashMap<>();
        return new ProcessKpis(names, links.measuring(actor.organizationId(), names.keySet()).stream()
                .filter(k -> readable.computeIfAbsent(k.programId(), p -> programs.access(actor, p).reads()))
                .toList());
    }

    /** A process's indicators by id and the KPIs measuring them. */
    public record ProcessKpis(Map<Long, String> indicatorNames, List<IndicatorKpi> kpis) {

        public String indicatorName(long id) {
            return indicatorNames.getOrDefault(id, "#" + id);
        }
    }
}
