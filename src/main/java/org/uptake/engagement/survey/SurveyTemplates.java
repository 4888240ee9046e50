package org.uptake.engagement.survey;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The built-in templates (readiness per unit, satisfaction, open feedback). Their texts are message
 * keys, so a survey created from one is copied into the organisation in its creator's language and
 * then belongs to the organisation like any survey it wrote itself.
 */
@Component
public class SurveyTemplates {

    private static final String YES_NO = "yes,partly,no";

    private final MessageSource messages;

    SurveyTemplates(MessageSource messages) {
        this.messages = messages;
    }

    /** A template as the API lists it: its kind, name and questions in the reader's language. */
    public record Template(SurveyKind kind, String name, List<QuestionForm> questions) {
    }

    public List<Template> all(Locale locale) {
        return List.of(SurveyKind.values()).stream()
                .map(k -> new Template(k, messages.getMessage("survey.kind." + k.name(), null, locale), questions(k, locale)))
                .toList();
    }

    public List<QuestionForm> questions(SurveyKind kind, Locale locale) {
        return switch (kind) {
            case READINESS -> List.of(
                    scale(locale, "readiness.know", true), scale(locale, "readiness.trained", true),
                    scale(locale, "readiness.ready", true), single(locale, "readiness.help", YES_NO),
                    text(locale, "readiness.worry", false));
            case SATISFACTION -> List.of(
                    scale(locale, "satisfaction.overall", false), scale(locale, "satisfaction.training", false),
                    QuestionForm.of(QuestionType.MULTIPLE, msg(locale, "satisfaction.helps"),
                            options(locale, "training,guides,colleagues,desk,floor"), false, false),
                    text(locale, "satisfaction.improve", false));
            case FEEDBACK -> List.of(single(locale, "feedback.going", "well,mixed,badly"), text(locale, "feedback.text", true));
            case CUSTOM -> List.of();
        };
    }

    private QuestionForm scale(Locale locale, String key, boolean readiness) {
        return QuestionForm.of(QuestionType.SCALE, msg(locale, key), List.of(), true, readiness);
    }

    private QuestionForm single(Locale locale, String key, String optionKeys) {
        return QuestionForm.of(QuestionType.SINGLE, msg(locale, key), options(locale, optionKeys), true, false);
    }

    private QuestionForm text(Locale locale, String key, boolean required) {
        return QuestionForm.of(QuestionType.TEXT, msg(locale, key), List.of(), required, false);
    }

    private List<String> options(Locale locale, String keys) {
        return List.of(keys.split(",")).stream().map(k -> msg(locale, "option." + k)).toList();
    }

    private String msg(Locale locale, String key) {
        return messages.getMessage("survey.template." + key, null, locale);
    }
}
