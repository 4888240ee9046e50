package org.uptake.measure.benefit;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class BenefitRepository {

    /** A benefit with its owner, realised total and linked KPIs in one row: one query per list. */
    private static final String SELECT = """
            select b.*, o.full_name as owner_name,
                   (select coalesce(sum(r.amount), 0) from benefit_realisation r where r.benefit_id = b.id) as realised,
                   lk.ids, lk.codes, lk.names
            from benefit b left join person o on o.id = b.owner_person_id
            left join lateral (select array_agg(k.id order by k.name) as ids, array_agg(k.code order by k.name) as codes,
                                      array_agg(k.name order by k.name) as names
                               from benefit_kpi bk join kpi k on k.id = bk.kpi_id where bk.benefit_id = b.id) lk on true
            """;

    private final JdbcClient jdbc;

    BenefitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Benefit> find(long organizationId, long programId, long id) {
        return jdbc.sql(SELECT + " where b.organization_id = ? and b.program_id = ? and b.id = ?").params(organizationId, programId, id)
                .query(BenefitRepository::map).optional();
    }

    /** Benefits by due date then id, after a cursor. */
    List<Benefit> page(long organizationId, long programId, LocalDate afterDue, long afterId, int limit) {
        String keyset = afterDue == null ? "" : " and (b.realisation_due, b.id) > (?, ?)";
        var spec = jdbc.sql(SELECT + " where b.organization_id = ? and b.program_id = ?" + keyset + " order by b.realisation_due, b.id limit ?");
        return (afterDue == null ? spec.params(organizationId, programId, limit)
                : spec.params(organizationId, programId, afterDue, afterId, limit)).query(BenefitRepository::map).list();
    }

    boolean personExists(long organizationId, long personId) {
        return jdbc.sql("select exists (select 1 from person where organization_id = ? and id = ?)")
                .params(organizationId, personId).query(Boolean.class).single();
    }

    List<Long> kpisOf(long organizationId, long programId, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id from kpi where organization_id = ? and program_id = ? and id = any (?)")
                .params(organizationId, programId, ids.toArray(Long[]::new)).query(Long.class).list();
    }

    long insert(long organizationId, long programId, BenefitForm f) {
        return jdbc.sql("""
                insert into benefit (organization_id, program_id, title, description, owner_person_id, expected_value, unit_of_measure,
                                     realisation_start, realisation_due, status)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(organizationId, programId, f.getTitle(), f.getDescription(), f.getOwnerPersonId(), f.getExpectedValue(),
                        f.getUnitOfMeasure(), f.getRealisationStart(), f.getRealisationDue(), f.getStatus().name())
                .query(Long.class).single();
    }

    int update(long organizationId, long id, BenefitForm f) {
        return jdbc.sql("""
                update benefit set title = ?, description = ?, owner_person_id = ?, expected_value = ?, unit_of_measure = ?,
                       realisation_start = ?, realisation_due = ?, status = ?, version = version + 1, updated_at = now()
                where organization_id = ? and id = ? and version = ?""")
                .params(f.getTitle(), f.getDescription(), f.getOwnerPersonId(), f.getExpectedValue(), f.getUnitOfMeasure(),
                        f.getRealisationStart(), f.getRealisationDue(), f.getStatus().name(), organizationId, id, f.getVersion())
                .update();
    }

    int delete(long organizationId, long id, int version) {
        return jdbc.sql("delete from benefit where organization_id = ? and id = ? and version = ?").params(organizationId, id, version).update();
    }

    void replaceKpis(long organizationId, long benefitId, List<Long> kpiIds) {
        jdbc.sql("delete from benefit_kpi where benefit_id = ?").param(benefitId).update();
        if (!kpiIds.isEmpty()) {
            jdbc.sql("insert into benefit_kpi (benefit_id, kpi_id, organization_id) select ?, unnest(?::bigint[]), ?")
                    .params(benefitId, kpiIds.toArray(Long[]::new), organizationId).update();
        }
    }

    long addRealisation(long organizationId, long benefitId, LocalDate on, BigDecimal amount, String note, String byName) {
        return jdbc.sql("""
                insert into benefit_realisation (organization_id, benefit_id, realised_on, amount, note, recorded_by_name)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(organizationId, benefitId, on, amount, note, byName).query(Long.class).single();
    }

    List<Realisation> realisations(long organizationId, long benefitId) {
        return jdbc.sql("select * from benefit_realisation where organization_id = ? and benefit_id = ? order by realised_on, id")
                .params(organizationId, benefitId)
                .query((rs, n) -> new Realisation(rs.getLong("id"), rs.getLong("benefit_id"), rs.getObject("realised_on", LocalDate.class),
                        rs.getBigDecimal("amount"), rs.getString("note"), rs.getString("recorded_by_name"),
                        rs.getTimestamp("recorded_at").toInstant())).list();
    }

    static Benefit map(ResultSet rs, int n) throws SQLException {
        List<Benefit.LinkedKpi> kpis = new ArrayList<>();
        Array ids = rs.getArray("ids");
        if (ids != null) {
            Long[] idValues = (Long[]) ids.getArray();
            String[] codes = (String[]) rs.getArray("codes").getArray();
            String[] names = (String[]) rs.getArray("names").getArray();
            for (int i = 0; i < idValues.length; i++) {
                kpis.add(new Benefit.LinkedKpi(idValues[i], codes[i], names[i]));
            }
        }
        return new Benefit(rs.getLong("id"), rs.getLong("program_id"), rs.getString("title"), rs.getString("description"),
                rs.getObject("owner_person_id", Long.class), rs.getString("owner_name"), rs.getBigDecimal("expected_value"),
                rs.getString("unit_of_measure"), rs.getObject("realisation_start", LocalDate.class),
                rs.getObject("realisation_due", LocalDate.class), BenefitStatus.valueOf(rs.getString("status")),
                rs.getBigDecimal("realised"), kpis, rs.getInt("version"));
    }
}
