package org.uptake.engagement.survey;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A survey's texts, mode, deadline and questions. On creation an empty question list means "the
 * template's questions"; on update the list replaces the questions, which is refused once answers exist.
 */
public class SurveyForm {

    private SurveyKind kind = SurveyKind.READINESS;

    @NotBlank
    @Size(max = 200)
    private String title;

    @Size(max = 4000)
    private String intro;

    private boolean anonymous = true;
    private Instant closesAt;

    @Valid
    @Size(max = 100)
    private List<QuestionForm> questions = new ArrayList<>();

    private int version;

    public static SurveyForm of(Survey s, List<Question> questions) {
        var f = new SurveyForm();
        f.kind = s.kind();
        f.title = s.title();
        f.intro = s.intro();
        f.anonymous = s.anonymous();
        f.closesAt = s.closesAt();
        f.questions = new ArrayList<>(questions.stream().map(QuestionForm::of).toList());
        f.version = s.version();
        return f;
    }

    /** The questions that are really there (the page's empty rows dropped). */
    public List<QuestionForm> filledQuestions() {
        return questions.stream().filter(q -> q != null && !q.blank()).toList();
    }

    public SurveyKind getKind() {
        return kind;
    }

    public void setKind(SurveyKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null ? null : title.strip();
    }

    public String getIntro() {
        return intro;
    }

    public void setIntro(String intro) {
        this.intro = intro == null || intro.isBlank() ? null : intro.strip();
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public void setAnonymous(boolean anonymous) {
        this.anonymous = anonymous;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public void setClosesAt(Instant closesAt) {
        this.closesAt = closesAt;
    }

    public List<QuestionForm> getQuestions() {
        return questions;
    }

    public void setQuestions(List<QuestionForm> questions) {
        this.questions = questions == null ? new ArrayList<>() : new ArrayList<>(questions);
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
