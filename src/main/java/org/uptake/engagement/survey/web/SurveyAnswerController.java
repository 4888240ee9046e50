package org.uptake.engagement.survey.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.uptake.engagement.survey.AnswerForm;
import org.uptake.engagement.survey.AnswerService;
import org.uptake.engagement.survey.Question;
import org.uptake.engagement.survey.SurveyService;
import org.uptake.engagement.survey.SurveyView;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.Violation;
import org.uptake.shared.paging.PageRequest;

/** The respondent's side: my surveys, the answer form (refused answers come back with the reasons and nothing stored). */
@Controller
class SurveyAnswerController {

    private final SurveyService surveys;
    private final AnswerService answers;

    SurveyAnswerController(SurveyService surveys, AnswerService answers) {
        this.surveys = surveys;
        this.answers = answers;
    }

    @GetMapping("/surveys")
    String mine(@RequestParam(required = false) String after, Model model) {
        Actor actor = CurrentActor.get();
        model.addAttribute("mine", answers.mine(actor, false));
        if (actor.readsWholeOrganization()) {
            model.addAttribute("all", surveys.list(actor, null, new PageRequest(null, after, 50)));
        }
        return "engagement/mine";
    }

    @GetMapping("/surveys/{id}/answer")
    String form(@PathVariable long id, Model model) {
        return page(CurrentActor.get(), id, Map.of(), model);
    }

    private String page(Actor actor, long id, Map<String, List<String>> given, Model model) {
        SurveyView view = surveys.view(actor, id);
        model.addAttribute("view", view);
        model.addAttribute("survey", view.survey());
        model.addAttribute("given", given);
        if (!view.survey().anonymous() && view.answered()) {
            model.addAttribute("own", answers.myAnswers(actor, id));
        }
        return "engagement/answer";
    }

    @PostMapping("/surveys/{id}/answer")
    String answer(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        try {
            answers.answer(actor, id, form(surveys.questions(actor, id), params));
            redirect.addFlashAttribute("thanks", true);
            return "redirect:/surveys/" + id + "/answer";
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("violations", e.violations());
            model.addAttribute("fieldErrors", e.violations().stream().filter(v -> v.field() != null)
                    .collect(java.util.stream.Collectors.toMap(Violation::field, v -> v, (a, b) -> a)));
        }
        return page(actor, id, params, model);
    }

    /** The page's fields ({@code q<id>}, repeated for multiple choice) as answers; what is not a number is out of range. */
    static AnswerForm form(List<Question> questions, MultiValueMap<String, String> params) {
        List<AnswerForm.Item> items = new ArrayList<>();
        for (Question q : questions) {
            List<String> values = params.getOrDefault("q" + q.id(), List.of()).stream().filter(v -> v != null && !v.isBlank()).toList();
            if (values.isEmpty()) {
                continue;
            }
            switch (q.type()) {
                case SCALE -> items.add(new AnswerForm.Item(q.id(), number(values.getFirst(), q, "survey.error.scaleRange"), null, null));
                case SINGLE, MULTIPLE -> items.add(new AnswerForm.Item(q.id(), null,
                        values.stream().map(v -> number(v, q, "survey.error.choiceRange")).toList(), null));
                case TEXT -> items.add(new AnswerForm.Item(q.id(), null, null, values.getFirst()));
            }
        }
        return new AnswerForm(items);
    }

    private static int number(String value, Question q, String code) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("q" + q.id(), code);
        }
    }
}
