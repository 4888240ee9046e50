package org.uptake.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.shared.Actor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.ForbiddenException;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.error.Violation;
import org.uptake.shared.paging.Cursor;
import org.uptake.shared.paging.PageRequest;
import org.uptake.shared.paging.Slice;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measurements of KPIs, recorded by the KPI's owner or the program's editors — by hand, from a file or
 * through the API — each kept with its provenance and raw record. Every new value re-checks its
 * period against the plan.
 */
@Service
public class MeasurementService {

    public static final String ENTITY = "kpiMeasurement";
    private static final BigDecimal LIMIT = new BigDecimal("1000000000000000");

    private final KpiService kpis;
    private final MeasurementRepository measurements;
    private final AuditLog audit;
    private final JsonMapper json;

    MeasurementService(KpiService kpis, MeasurementRepository measurements, AuditLog audit, JsonMapper json) {
        this.kpis = kpis;
        this.measurements = measurements;
        this.audit = audit;
        this.json = json;
    }

    public Slice<Measurement> list(Actor actor, long kpiId, PageRequest request) {
        kpis.get(actor, kpiId);
        Cursor after = request.cursor();
        LocalDate afterOn = after == null ? null : parse(after.key());
        return Slice.of(measurements.page(actor.organizationId(), kpiId, afterOn, afterOn == null ? 0 : after.id(), request.size() + 1),
                request.size(), m -> new Cursor(m.measuredOn().toString(), m.id()));
    }

    /** One measurement with its provenance and raw record. */
    public Measurement get(Actor actor, long kpiId, long id) {
        kpis.get(actor, kpiId);
        return measurements.find(actor.organizationId(), kpiId, id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    /** Records a value typed in on the KPI's page or sent through the API; the form itself is kept as the raw record. */
    @Transactional
    public Measurement record(Actor actor, long kpiId, MeasurementForm form, SourceKind source) {
        Kpi kpi = kpis.find(actor, kpiId);
        requireRecorder(actor, kpi);
        check(actor, kpi, form);
        var raw = new LinkedHashMap<String, Object>();
        raw.put("value", form.getValue().toPlainString());
        raw.put("measuredOn", form.getMeasuredOn().toString());
        raw.put("unitId", form.getUnitId());
        raw.put("unitOfMeasure", form.getUnitOfMeasure());
        raw.put("note", form.getNote());
        long id = measurements.insert(actor.organizationId(), new MeasurementRepository.NewMeasurement(kpiId, form.getUnitId(),
                form.getMeasuredOn(), form.getValue(), source, actor.userId(), actor.displayName(), null, null, null,
                json.writeValueAsString(raw), form.getNote()));
        Measurement created = measurements.find(actor.organizationId(), kpiId, id).orElseThrow();
        audit.created(actor, ENTITY, id, created);
        kpis.recheck(actor, kpi, form.getMeasuredOn());
        return created;
    }

    /** Removes a wrongly recorded value (editors only); its period is checked again. */
    @Transactional
    public void delete(Actor actor, long kpiId, long id) {
        Kpi kpi = kpis.find(actor, kpiId);
        if (!kpis.edits(actor, kpi)) {
            throw new ForbiddenException("delete measurement");
        }
        Measurement before = measurements.find(actor.organizationId(), kpiId, id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        measurements.delete(actor.organizationId(), kpiId, id);
        audit.deleted(actor, ENTITY, id, before);
        kpis.recheck(actor, kpi, before.measuredOn());
    }

    void requireRecorder(Actor actor, Kpi kpi) {
        if (!kpis.records(actor, kpi)) {
            throw new ForbiddenException("record measurement");
        }
    }

    /** The checks of one value, shared with the import: unit of measure, date window, magnitude, unit of the organisation. */
    List<Violation> problems(Actor actor, Kpi kpi, BigDecimal value, LocalDate on, String unitOfMeasure, Long unitId) {
        List<Violation> problems = new ArrayList<>();
        if (value == null || value.abs().compareTo(LIMIT) >= 0) {
            problems.add(Violation.of("value", "kpi.error.value"));
        }
        if (on == null) {
            problems.add(Violation.of("measuredOn", "kpi.error.date"));
        } else if (on.isAfter(today(actor))) {
            problems.add(Violation.of("measuredOn", "measurement.error.future"));
        } else if (on.isBefore(kpi.baselineDate())) {
            problems.add(Violation.of("measuredOn", "measurement.error.beforeBaseline", kpi.baselineDate().toString()));
        }
        if (unitOfMeasure != null && !sameUnit(unitOfMeasure, kpi.unitOfMeasure())) {
            problems.add(Violation.of("unitOfMeasure", "measurement.error.wrongUnit", unitOfMeasure, kpi.unitOfMeasure()));
        }
        if (unitId != null && !measurements.unitExists(actor.organizationId(), unitId)) {
            problems.add(Violation.of("unitId", "measurement.error.unit"));
        }
        return problems;
    }

    private void check(Actor actor, Kpi kpi, MeasurementForm form) {
        List<Violation> problems = problems(actor, kpi, form.getValue(), form.getMeasuredOn(), form.getUnitOfMeasure(), form.getUnitId());
        if (form.getNote() != null && form.getNote().length() > 1000) {
            problems.add(Violation.of("note", "kpi.error.tooLong"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    static boolean sameUnit(String given, String expected) {
        return given.strip().toLowerCase(Locale.ROOT).equals(expected.strip().toLowerCase(Locale.ROOT));
    }

    /** "Today" where the actor is: a value measured this evening in Vladivostok is not in the future. */
    static LocalDate today(Actor actor) {
        try {
            return LocalDate.now(ZoneId.of(actor.timeZone() == null ? "UTC" : actor.timeZone()));
        } catch (java.time.DateTimeException e) {
            return LocalDate.now(java.time.ZoneOffset.UTC);
        }
    }

    private static LocalDate parse(String key) {
        try {
            return LocalDate.parse(key);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
