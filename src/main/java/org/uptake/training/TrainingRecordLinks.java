package org.uptake.training;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.uptake.shared.audit.RecordLinks;
import org.uptake.training.course.CourseService;
import org.uptake.training.session.SessionService;

/** The pages of courses and sessions, for links from the audit log. */
@Component
class TrainingRecordLinks implements RecordLinks {

    @Override
    public Map<String, String> paths() {
        return Map.of(CourseService.ENTITY, "/training/courses/{id}", SessionService.ENTITY, "/training/sessions/{id}");
    }
}
