package org.uptake.training.invitation;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.shared.Actor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.ForbiddenException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.training.session.SessionService;
import org.uptake.training.session.TrainingSession;

/**
 * The personal calendar feed: a URL with a random secret that calendar apps subscribe to without
 * signing in. A new secret replaces the old one (revoking it); removing it ends the feed.
 */
@Service
public class CalendarFeedService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final FeedRepository feeds;
    private final SessionService sessions;
    private final AuditLog audit;
    private final String baseUrl;
    private final String organizer;

    CalendarFeedService(FeedRepository feeds, SessionService sessions, AuditLog audit, @Value("${uptake.base-url}") String baseUrl,
                        @Value("${uptake.mail.from}") String organizer) {
        this.feeds = feeds;
        this.sessions = sessions;
        this.audit = audit;
        this.baseUrl = baseUrl;
        this.organizer = organizer.replaceAll(".*<([^>]+)>.*", "$1");
    }

    /** The actor's feed URL, if they have one. */
    public Optional<String> url(Actor actor) {
        if (actor.personId() == null) {
            return Optional.empty();
        }
        return feeds.secret(actor.organizationId(), actor.personId()).map(this::url);
    }

    /** A fresh secret for the actor's feed; the previous URL stops working. */
    @Transactional
    public String renew(Actor actor) {
        long person = person(actor);
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        feeds.replace(actor.organizationId(), person, secret);
        audit.action(actor, "person", person, "calendarFeedRenewed", Map.of());
        return url(secret);
    }

    @Transactional
    public void revoke(Actor actor) {
        long person = person(actor);
        feeds.delete(actor.organizationId(), person);
        audit.action(actor, "person", person, "calendarFeedRevoked", Map.of());
    }

    /** The feed's iCal text for a secret; an unknown or revoked secret is not found. */
    public String feed(String secret) {
        FeedRepository.Owner owner = feeds.owner(secret).orElseThrow(() -> new NotFoundException("calendarFeed", "secret"));
        return ICalendar.feed(owner.fullName(), sessions.ofPersonUnchecked(owner.organizationId(), owner.personId(),
                Instant.now().minus(90, ChronoUnit.DAYS), 500), organizer);
    }

    /** One session as a calendar file for "add to my calendar"; the same UID as the invitation, so apps merge them. */
    public String event(Actor actor, long sessionId) {
        TrainingSession s = sessions.get(actor, sessionId);
        return ICalendar.feed(s.courseTitle(), java.util.List.of(s), organizer);
    }

    private String url(String secret) {
        return baseUrl + "/training/calendar/" + secret + ".ics";
    }

    private static long person(Actor actor) {
        if (actor.personId() == null) {
            throw new ForbiddenException("calendar feed without a person");
        }
        return actor.personId();
    }
}
