package org.uptake.training.invitation;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class FeedRepository {

    record Owner(long personId, long organizationId, String fullName) {
    }

    private final JdbcClient jdbc;

    FeedRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> secret(long org, long personId) {
        return jdbc.sql("select secret from training_feed where organization_id = ? and person_id = ?")
                .params(org, personId).query(String.class).optional();
    }

    void replace(long org, long personId, String secret) {
        jdbc.sql("""
                insert into training_feed (person_id, organization_id, secret) values (?, ?, ?)
                on conflict (person_id) do update set secret = excluded.secret, created_at = now()""")
                .params(personId, org, secret).update();
    }

    int delete(long org, long personId) {
        return jdbc.sql("delete from training_feed where organization_id = ? and person_id = ?").params(org, personId).update();
    }

    Optional<Owner> owner(String secret) {
        return jdbc.sql("""
                select f.person_id, f.organization_id, p.full_name from training_feed f join person p on p.id = f.person_id
                where f.secret = ?""").param(secret).query(Owner.class).optional();
    }
}
