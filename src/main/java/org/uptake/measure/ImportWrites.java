package org.uptake.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.uptake.shared.Actor;
import org.uptake.shared.audit.BulkAudit;
import org.uptake.shared.db.TableCopy;
import tools.jackson.databind.json.JsonMapper;

/** The measurement import's set-based reads and its bulk write (COPY), with the import file named on every row. */
@Repository
class ImportWrites {

    private final JdbcClient jdbc;
    private final TableCopy copy;
    private final BulkAudit audit;
    private final JsonMapper json;

    ImportWrites(JdbcClient jdbc, TableCopy copy, BulkAudit audit, JsonMapper json) {
        this.jdbc = jdbc;
        this.copy = copy;
        this.audit = audit;
        this.json = json;
    }

    Map<String, Long> unitsByCode(long organizationId) {
        Map<String, Long> units = new HashMap<>();
        jdbc.sql("select code, id from unit where organization_id = ?").param(organizationId)
                .query((rs, n) -> units.put(rs.getString(1), rs.getLong(2))).list();
        return units;
    }

    Set<String> storedSignatures(long organizationId) {
        Set<String> stored = new HashSet<>();
        jdbc.sql("select kpi_id, measured_on, unit_id, value from kpi_measurement where organization_id = ?").param(organizationId)
                .query((rs, n) -> stored.add(signature(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getObject(3, Long.class),
                        rs.getBigDecimal(4)))).list();
        return stored;
    }

    static String signature(long kpiId, LocalDate on, Long unitId, BigDecimal value) {
        return kpiId + "|" + on + "|" + unitId + "|" + value.stripTrailingZeros().toPlainString();
    }

    /** The import job now applying for this organisation (imports of one organisation run one at a time). */
    private Object[] currentJob(long organizationId) {
        return jdbc.sql("""
                select id, file_name from import_job where organization_id = ? and kind = ? and status = 'APPLYING'
                order by id desc limit 1""")
                .params(organizationId, MeasurementImport.KEY)
                .query((rs, n) -> new Object[]{rs.getLong(1), rs.getString(2)}).optional().orElse(new Object[]{null, null});
    }

    void insert(Actor actor, List<MeasurementImport.Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        long org = actor.organizationId();
        Object[] job = currentJob(org);
        List<Long> ids = copy.nextIds("kpi_measurement", rows.size());
        List<BulkAudit.Entry> trail = new ArrayList<>();
        copy.copy("kpi_measurement (id, organization_id, kpi_id, unit_id, measured_on, value, source_kind, recorded_by, recorded_by_name,"
                + " import_job_id, import_file_name, import_line, raw, note)", out -> {
            for (int i = 0; i < rows.size(); i++) {
                MeasurementImport.Row r = rows.get(i);
                out.add(ids.get(i), org, r.kpi().id(), r.unitId(), r.on(), r.value(), SourceKind.IMPORT.name(), actor.userId(),
                        actor.displayName(), job[0], job[1], r.line(), json.writeValueAsString(r.raw()), r.note());
                trail.add(BulkAudit.created(ids.get(i), Map.of("kpi", r.kpi().code(), "measuredOn", r.on().toString(),
                        "value", r.value().toPlainString(), "file", job[1] == null ? "" : job[1], "row", r.line())));
            }
        });
        audit.write(actor, MeasurementService.ENTITY, trail);
    }
}
