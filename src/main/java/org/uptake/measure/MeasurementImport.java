package org.uptake.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.shared.audit.BulkAudit;
import org.uptake.shared.db.TableCopy;
import org.uptake.shared.importing.ImportAction;
import org.uptake.shared.importing.ImportColumn;
import org.uptake.shared.importing.ImportKind;
import org.uptake.shared.importing.ImportProgress;
import org.uptake.shared.importing.ImportRow;
import org.uptake.shared.importing.ImportTable;
import org.uptake.shared.importing.RowChange;
import tools.jackson.databind.json.JsonMapper;

/**
 * Importing KPI measurements (ADR 0007): a row is one value of a KPI (by code) on a date, for a unit (by
 * code) or the whole program. Measurements are facts, so a row never overwrites one: a row equal to a
 * stored value is unchanged, any other adds a measurement that records the file and its row.
 */
@Component
class MeasurementImport implements ImportKind<MeasurementImport.Loaded, MeasurementImport.Row> {

    static final String KEY = "kpi-measurements";
    static final String KPI = "kpi";
    static final String DATE = "date";
    static final String VALUE = "value";
    static final String UOM = "unit_of_measure";
    static final String UNIT = "org_unit";
    static final String NOTE = "note";
    private static final List<ImportColumn> COLUMNS = List.of(ImportColumn.required(KPI, "CTR"),
            ImportColumn.required(DATE, "2030-04-30"), ImportColumn.required(VALUE, "1.8"), ImportColumn.optional(UOM, "%"),
            ImportColumn.optional(UNIT, "ST-01"), ImportColumn.optional(NOTE, "April report"));

    /** The KPIs the actor may record, the units by code, and what is stored already (to tell unchanged rows). */
    record Loaded(Map<String, Kpi> kpis, Map<String, Long> units, Set<String> stored) {
    }

    record Row(Kpi kpi, Long unitId, LocalDate on, BigDecimal value, String note, int line, Map<String, String> raw) {
    }

    private final KpiRepository kpis;
    private final KpiService kpiService;
    private final MeasurementService measurements;
    private final ImportWrites writes;

    MeasurementImport(KpiRepository kpis, KpiService kpiService, MeasurementService measurements, ImportWrites writes) {
        this.kpis = kpis;
        this.kpiService = kpiService;
        this.measurements = measurements;
        this.writes = writes;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public List<ImportColumn> columns() {
        return COLUMNS;
    }

    @Override
    public List<String> keyColumns() {
        return List.of(KPI, DATE, UNIT);
    }

    @Override
    public void authorize(Actor actor) {
        actor.require("import " + KEY, Role.ADMIN, Role.COORDINATOR);
    }

    @Override
    public Loaded load(Actor actor, ImportTable table) {
        Map<String, Kpi> recordable = new HashMap<>();
        for (Kpi k : kpis.page(actor.organizationId(), null, null, null, 0, 100_000)) {
            if (kpiService.records(actor, k)) {
                recordable.put(k.code().toLowerCase(Locale.ROOT), k);
            }
        }
        return new Loaded(recordable, writes.unitsByCode(actor.organizationId()), writes.storedSignatures(actor.organizationId()));
    }

    @Override
    public RowChange<Row> map(Loaded loaded, ImportTable table, ImportRow row) {
        String code = row.required(KPI);
        Kpi kpi = code == null ? null : loaded.kpis().get(code.toLowerCase(Locale.ROOT));
        if (code != null && kpi == null) {
            row.reject(KPI, "measurement.error.kpi");
        }
        LocalDate on = date(row);
        BigDecimal value = number(row);
        Long unitId = null;
        String unitCode = table.has(UNIT) ? row.get(UNIT) : null;
        if (unitCode != null) {
            unitId = loaded.units().get(unitCode);
            if (unitId == null) {
                row.reject(UNIT, "measurement.error.unit");
            }
        }
        String note = table.has(NOTE) ? row.text(NOTE, 1000) : null;
        if (kpi != null && on != null && value != null) {
            var actorless = Actor.system(0);
            measurements.problems(actorless, kpi, value, on, table.has(UOM) ? row.get(UOM) : null, null)
                    .forEach(v -> row.reject(column(v.field()), v.code(), v.args().toArray()));
        }
        String key = (code == null ? "" : code) + "|" + on + "|" + (unitCode == null ? "" : unitCode);
        if (row.hasProblems() || kpi == null) {
            return RowChange.rejected(row, key);
        }
        var raw = new LinkedHashMap<String, String>();
        for (ImportColumn c : COLUMNS) {
            if (table.has(c.name())) {
                raw.put(c.name(), row.get(c.name()));
            }
        }
        Row r = new Row(kpi, unitId, on, value, note, row.line(), raw);
        if (loaded.stored().contains(ImportWrites.signature(kpi.id(), on, unitId, value))) {
            return RowChange.unchanged(row, key, kpi.id(), r);
        }
        return RowChange.create(row, key, r);
    }

    private static String column(String field) {
        return switch (field == null ? "" : field) {
            case "measuredOn" -> DATE;
            case "unitOfMeasure" -> UOM;
            default -> VALUE;
        };
    }

    private static LocalDate date(ImportRow row) {
        String v = row.required(DATE);
        try {
            return v == null ? null : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            row.reject(DATE, "measurement.error.dateFormat");
            return null;
        }
    }

    private static BigDecimal number(ImportRow row) {
        String v = row.required(VALUE);
        try {
            return v == null ? null : new BigDecimal(v.replace(" ", "").replace(',', '.'));
        } catch (NumberFormatException e) {
            row.reject(VALUE, "kpi.error.value");
            return null;
        }
    }

    @Override
    public void checkFile(Loaded loaded, ImportTable table, List<RowChange<Row>> changes) {
        // Two rows for the same KPI, date and unit would leave it to file order which one counts: refuse both.
        var seen = new HashMap<String, RowChange<Row>>();
        for (RowChange<Row> c : changes) {
            if (c.intended() == ImportAction.ERROR) {
                continue;
            }
            RowChange<Row> first = seen.putIfAbsent(c.key(), c);
            if (first != null) {
                c.reject(DATE, "import.error.duplicate", first.row().line());
            }
        }
    }

    @Override
    public void apply(Actor actor, Loaded loaded, List<RowChange<Row>> changes, ImportProgress progress) {
        List<Row> rows = changes.stream().filter(c -> c.is(ImportAction.CREATE)).map(RowChange::record).toList();
        writes.insert(actor, rows);
        var touched = new HashSet<String>();
        for (Row r : rows) {
            if (touched.add(r.kpi().id() + "|" + r.kpi().period().start(r.on()))) {
                kpiService.recheck(actor, r.kpi(), r.on());
            }
        }
        progress.advance(changes.size());
    }
}
