package org.uptake.process.publication;

import jakarta.validation.constraints.Size;

/** A submit, approve or return decision on the specification version the actor read, with an optional comment. */
public class PublicationForm {

    private int specVersion;

    @Size(max = 2000)
    private String comment;

    public int getSpecVersion() {
        return specVersion;
    }

    public void setSpecVersion(int specVersion) {
        this.specVersion = specVersion;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
    }
}
