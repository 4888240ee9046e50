package org.uptake.training.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.training.enrolment.EnrolmentService;
import org.uptake.training.enrolment.FeedbackForm;
import org.uptake.training.invitation.CalendarFeedService;
import org.uptake.training.session.SessionService;

/** "My trainings": the person's sessions (as participant or trainer), feedback, and their calendar feed. */
@Controller
class MyTrainingPageController {

    private final SessionService sessions;
    private final EnrolmentService enrolments;
    private final CalendarFeedService feeds;

    MyTrainingPageController(SessionService sessions, EnrolmentService enrolments, CalendarFeedService feeds) {
        this.sessions = sessions;
        this.enrolments = enrolments;
        this.feeds = feeds;
    }

    @GetMapping("/training/mine")
    String mine(Model model) {
        model(CurrentActor.get(), model);
        return "training/mine";
    }

    private void model(Actor actor, Model model) {
        model.addAttribute("sessions", sessions.mine(actor, 100));
        model.addAttribute("feedUrl", feeds.url(actor).orElse(null));
        model.addAttribute("hasPerson", actor.personId() != null);
        model.addAttribute("now", java.time.Instant.now());
    }

    @PostMapping("/training/mine/feed")
    String renew() {
        feeds.renew(CurrentActor.get());
        return "redirect:/training/mine";
    }

    @PostMapping("/training/mine/feed/revoke")
    String revoke() {
        feeds.revoke(CurrentActor.get());
        return "redirect:/training/mine";
    }

    @PostMapping("/training/sessions/{sessionId}/feedback")
    String feedback(@PathVariable long sessionId, @RequestParam(required = false) Integer rating,
                    @RequestParam(required = false) String comment, Model model) {
        Actor actor = CurrentActor.get();
        try {
            enrolments.feedback(actor, sessionId, Forms.check(new FeedbackForm(rating, comment)));
            return "redirect:/training/mine";
        } catch (InvalidInputException e) {
            model.addAttribute("violations", e.violations());
            model(actor, model);
            return "training/mine";
        }
    }
}
