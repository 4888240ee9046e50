package org.uptake.access;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.uptake.shared.Actor;

/**
 * The actor an account is today and where its mail goes, for jobs that act for a person who is not
 * signed in (sending a status report to its subscribers checks each one may still read the program).
 */
@Service
public class AccountActors {

    private final ActorLoader actors;
    private final JdbcClient jdbc;

    AccountActors(ActorLoader actors, JdbcClient jdbc) {
        this.actors = actors;
        this.jdbc = jdbc;
    }

    /** An active account of the organisation with a mail address: its actor and that address. */
    public record Recipient(Actor actor, String email) {
    }

    public Optional<Recipient> recipient(long organizationId, long accountId) {
        return actors.load(accountId).filter(a -> a.organizationId() == organizationId).flatMap(actor -> jdbc.sql("""
                        select coalesce(p.email, case when a.username like '%@%' then a.username end)
                        from user_account a left join person p on p.id = a.person_id where a.id = ?""")
                .param(accountId).query(String.class).optional().map(email -> new Recipient(actor, email)));
    }
}
