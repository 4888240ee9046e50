package org.uptake.training.web;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.uptake.shared.Actor;
import org.uptake.shared.web.HomePanel;
import org.uptake.training.invitation.CalendarFeedService;
import org.uptake.training.session.SessionService;
import org.uptake.training.session.TrainingSession;

/** The employee's home page: "my trainings" to come, each with a calendar file, and the calendar feed. */
@Component
class MyTrainingPanel implements HomePanel {

    private static final int SHOWN = 5;

    private final SessionService sessions;
    private final CalendarFeedService feeds;

    MyTrainingPanel(SessionService sessions, CalendarFeedService feeds) {
        this.sessions = sessions;
        this.feeds = feeds;
    }

    @Override
    public int order() {
        return 130;
    }

    @Override
    public String template() {
        return "training/panel";
    }

    @Override
    public Object data(Actor actor) {
        if (actor.personId() == null) {
            return null;
        }
        List<TrainingSession> coming = sessions.ofPersonUnchecked(actor.organizationId(), actor.personId(), Instant.now(), SHOWN);
        if (coming.isEmpty()) {
            return null;
        }
        return new Data(coming, feeds.url(actor).orElse(null));
    }

    /** Sessions still to come (or running now), soonest first. */
    public record Data(List<TrainingSession> sessions, String feedUrl) {
    }
}
