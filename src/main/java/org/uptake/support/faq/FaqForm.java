package org.uptake.support.faq;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An FAQ entry as the coordinator writes it; promoting a problem pre-fills it from the problem. */
public class FaqForm {

    @NotBlank
    @Size(max = 500)
    private String question;

    @NotBlank
    @Size(max = 8000)
    private String answer;

    private boolean published = true;
    private int version;

    public static FaqForm of(FaqEntry e) {
        var f = new FaqForm();
        f.question = e.question();
        f.answer = e.answer();
        f.published = e.published();
        f.version = e.version();
        return f;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question == null ? null : question.strip();
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer == null ? null : answer.strip();
    }

    public boolean isPublished() {
        return published;
    }

    public void setPublished(boolean published) {
        this.published = published;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
