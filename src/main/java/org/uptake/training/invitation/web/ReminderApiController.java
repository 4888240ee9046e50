package org.uptake.training.invitation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.uptake.shared.CurrentActor;
import org.uptake.training.invitation.ReminderResult;
import org.uptake.training.invitation.TrainingReminders;

@Tag(name = "Training reminders", description = "Reminders to people not enrolled in a required course and to no-shows")
@RestController
class ReminderApiController {

    private final TrainingReminders reminders;

    ReminderApiController(TrainingReminders reminders) {
        this.reminders = reminders;
    }

    @PostMapping("/api/v1/courses/{courseId}/reminders")
    @Operation(summary = "Sends the course's due reminders now (each person gets each kind once); the daily job does the same")
    ReminderResult send(@PathVariable long courseId) {
        return reminders.send(CurrentActor.get(), courseId);
    }
}
