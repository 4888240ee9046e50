package org.uptake.procurement.supplier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A supplier's status meetings and delivered stages. */
@Repository
class SupplierWorkRepository {

    private static final String DELIVERY = """
            select id, supplier_id, stage, delivered_on, status, sign_off_id, decided_at, version from procurement_stage_delivery""";

    private final JdbcClient jdbc;

    SupplierWorkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Newest first, after a (held on, id) cursor. */
    List<StatusMeeting> meetings(long organizationId, long supplierId, LocalDate beforeDay, long beforeId, int limit) {
        return jdbc.sql("""
                select id, supplier_id, held_on, attendees, notes from procurement_status_meeting
                where organization_id = ? and supplier_id = ? and (held_on, id) < (?, ?)
                order by held_on desc, id desc limit ?""")
                .params(organizationId, supplierId, beforeDay, beforeId, limit).query(StatusMeeting.class).list();
    }

    long insertMeeting(long organizationId, long supplierId, MeetingForm f) {
        return jdbc.sql("""
                insert into procurement_status_meeting (organization_id, supplier_id, held_on, attendees, notes)
                values (?, ?, ?, ?, ?) returning id""")
                .params(organizationId, supplierId, f.heldOn(), f.attendees().strip(), f.notes()).query(Long.class).single();
    }

    List<StageDelivery> deliveries(long organizationId, long supplierId, int limit) {
        return jdbc.sql(DELIVERY + " where organization_id = ? and supplier_id = ? order by id limit ?")
                .params(organizationId, supplierId, limit).query(StageDelivery.class).list();
    }

    Optional<StageDelivery> delivery(long organizationId, long supplierId, long id) {
        return jdbc.sql(DELIVERY + " where organization_id = ? and supplier_id = ? and id = ?")
                .params(organizationId, supplierId, id).query(StageDelivery.class).optional();
    }

    long insertDelivery(long organizationId, long supplierId, DeliveryForm f) {
        return jdbc.sql("""
                insert into procurement_stage_delivery (organization_id, supplier_id, stage, delivered_on)
                values (?, ?, ?, ?) returning id""")
                .params(organizationId, supplierId, f.stage().strip(), f.deliveredOn()).query(Long.class).single();
    }

    int inAcceptance(long organizationId, long id, long signOffId, int version) {
        return jdbc.sql("""
                update procurement_stage_delivery set status = 'IN_ACCEPTANCE', sign_off_id = ?, version = version + 1
                where organization_id = ? and id = ? and version = ? and status in ('DELIVERED', 'REJECTED')""")
                .params(signOffId, organizationId, id, version).update();
    }

    /** The sign-off's outcome; only the delivery that asked for this very sign-off changes. */
    Optional<Long> decided(long organizationId, long id, long signOffId, DeliveryStatus status, Instant at) {
        return jdbc.sql("""
                update procurement_stage_delivery set status = ?, decided_at = ?, version = version + 1
                where organization_id = ? and id = ? and sign_off_id = ? and status = 'IN_ACCEPTANCE' returning supplier_id""")
                .params(status.name(), at == null ? null : java.sql.Timestamp.from(at), organizationId, id, signOffId)
                .query(Long.class).optional();
    }
}
