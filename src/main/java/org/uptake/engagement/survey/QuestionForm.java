package org.uptake.engagement.survey;

import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * A question as the editor or an API client describes it. Options are one per entry (the page sends
 * them as lines); a blank text on the page means "no question in this row".
 */
public class QuestionForm {

    private QuestionType type = QuestionType.SCALE;

    @Size(max = 500)
    private String text;

    @Size(max = 20)
    private List<@Size(max = 200) String> options = new ArrayList<>();

    private boolean required = true;
    private boolean readiness;

    public static QuestionForm of(QuestionType type, String text, List<String> options, boolean required, boolean readiness) {
        var f = new QuestionForm();
        f.type = type;
        f.text = text;
        f.options = new ArrayList<>(options);
        f.required = required;
        f.readiness = readiness;
        return f;
    }

    public static QuestionForm of(Question q) {
        return of(q.type(), q.text(), q.options(), q.required(), q.readiness());
    }

    public boolean blank() {
        return text == null || text.isBlank();
    }

    /** The options as the page's textarea shows them, one per line. */
    public String getOptionLines() {
        return String.join("\n", options);
    }

    public void setOptionLines(String lines) {
        options = new ArrayList<>();
        if (lines != null) {
            lines.lines().map(String::strip).filter(s -> !s.isEmpty()).forEach(options::add);
        }
    }

    public QuestionType getType() {
        return type;
    }

    public void setType(QuestionType type) {
        this.type = type;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text == null ? null : text.strip();
    }

    public List<String> getOptions() {
        return options;
    }

    public void setOptions(List<String> options) {
        this.options = options == null ? new ArrayList<>() : new ArrayList<>(options.stream().map(o -> o == null ? "" : o.strip()).toList());
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }

    public boolean isReadiness() {
        return readiness;
    }

    public void setReadiness(boolean readiness) {
        this.readiness = readiness;
    }
}
