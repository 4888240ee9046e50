package org.uptake.process.assessment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/** Scores 0-4 for the six criteria in order, an optional comment for each, and a note on the whole. */
public class ApproachAssessmentForm {

    @NotNull
    @Size(min = 6, max = 6)
    private List<@NotNull @Min(0) @Max(4) Integer> scores = new ArrayList<>(List.of(0, 0, 0, 0, 0, 0));

    @Size(max = 6)
    private List<@Size(max = 2000) String> comments = new ArrayList<>();

    @Size(max = 4000)
    private String note;

    public List<Integer> getScores() {
        return scores;
    }

    public void setScores(List<Integer> scores) {
        this.scores = scores;
    }

    public List<String> getComments() {
        return comments;
    }

    public void setComments(List<String> comments) {
        this.comments = comments == null ? new ArrayList<>() : comments;
    }

    public String comment(int index) {
        if (index >= comments.size() || comments.get(index) == null || comments.get(index).isBlank()) {
            return null;
        }
        return comments.get(index).strip();
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note == null || note.isBlank() ? null : note.strip();
    }
}
