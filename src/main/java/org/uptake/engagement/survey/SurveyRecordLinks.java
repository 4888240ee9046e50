package org.uptake.engagement.survey;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.uptake.shared.audit.RecordLinks;

/** Audit log entries of surveys link to the survey's page. */
@Component
class SurveyRecordLinks implements RecordLinks {

    @Override
    public Map<String, String> paths() {
        return Map.of(SurveyService.ENTITY, "/surveys/{id}", AnswerService.PARTICIPATION, "/surveys/{id}");
    }
}
