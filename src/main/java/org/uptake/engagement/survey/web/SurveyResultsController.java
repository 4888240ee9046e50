package org.uptake.engagement.survey.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.uptake.engagement.survey.AnswerService;
import org.uptake.engagement.survey.NamedResponse;
import org.uptake.engagement.survey.SurveyResultService;
import org.uptake.engagement.survey.SurveyResults;
import org.uptake.engagement.survey.UnitResult;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.error.ForbiddenException;
import tools.jackson.databind.json.JsonMapper;

/** Results: per unit (chart and table), per question with supervisors and employees apart, over time; named answers for those allowed. */
@Controller
class SurveyResultsController {

    private final SurveyResultService results;
    private final AnswerService answers;
    private final JsonMapper json;

    SurveyResultsController(SurveyResultService results, AnswerService answers, JsonMapper json) {
        this.results = results;
        this.answers = answers;
        this.json = json;
    }

    @GetMapping("/surveys/{id}/results")
    String results(@PathVariable long id, Model model) {
        Actor actor = CurrentActor.get();
        SurveyResults r = results.results(actor, id);
        model.addAttribute("r", r);
        model.addAttribute("survey", r.survey());
        List<UnitResult> shown = r.units().stream().filter(u -> u.score() != null).toList();
        model.addAttribute("chartUnits", json.writeValueAsString(shown.stream().map(UnitResult::unitName).toList()));
        model.addAttribute("chartScores", json.writeValueAsString(shown.stream().map(UnitResult::score).toList()));
        model.addAttribute("chartRuns", json.writeValueAsString(r.history().stream()
                .map(p -> p.title() + " v" + p.versionNumber()).toList()));
        model.addAttribute("chartRunScores", json.writeValueAsString(r.history().stream().map(SurveyResults.Point::score).toList()));
        model.addAttribute("chartWeeks", json.writeValueAsString(r.weeks().stream().map(w -> w.week().toString()).toList()));
        model.addAttribute("chartWeekCounts", json.writeValueAsString(r.weeks().stream().map(SurveyResults.Week::responses).toList()));
        if (!r.survey().anonymous()) {
            try {
                List<NamedResponse> named = answers.responses(actor, id);
                model.addAttribute("named", named);
            } catch (ForbiddenException notForThisReader) {
                model.addAttribute("named", null);
            }
        }
        return "engagement/results";
    }
}
