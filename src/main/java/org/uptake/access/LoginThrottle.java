package org.uptake.access;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Limits password guessing: after {@value #MAX_FAILURES_PER_USER} failures for one username,
 * or {@value #MAX_FAILURES_PER_ADDRESS} from one address, within the window, sign-in is refused
 * until the window has passed. Failures live in the database so every node sees them.
 */
@Component
class LoginThrottle {

    static final int MAX_FAILURES_PER_USER = 5;
    /** Generous: a whole office may sign in from one address (NAT) on a Monday morning. */
    static final int MAX_FAILURES_PER_ADDRESS = 100;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final JdbcClient jdbc;

    LoginThrottle(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean isBlocked(String username, String remoteIp) {
        return jdbc.sql("""
                select (select count(*) from login_failure where lower(username) = lower(:u) and at > now() - cast(:w as interval)) >= :maxUser
                    or (cast(:ip as text) is not null and
                        (select count(*) from login_failure where remote_ip = :ip and at > now() - cast(:w as interval)) >= :maxIp)""")
                .param("u", username).param("ip", remoteIp).param("w", WINDOW.toSeconds() + " seconds")
                .param("maxUser", MAX_FAILURES_PER_USER).param("maxIp", MAX_FAILURES_PER_ADDRESS)
                .query(Boolean.class).single();
    }

    /** Recorded in its own transaction: a failed sign-in must count even though the attempt itself fails. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void recordFailure(String username, String remoteIp) {
        jdbc.sql("insert into login_failure (username, remote_ip) values (?, ?)").params(username, remoteIp).update();
    }

    /** Old failures only matter for the window; a day's worth is kept for whoever investigates an attack. */
    @Scheduled(cron = "0 17 * * * *")
    @SchedulerLock(name = "login-failure-cleanup", lockAtMostFor = "PT10M")
    void forgetOldFailures() {
        jdbc.sql("delete from login_failure where at < now() - interval '1 day'").update();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void recordSuccess(String username) {
        jdbc.sql("delete from login_failure where lower(username) = lower(?)").param(username).update();
    }
}
