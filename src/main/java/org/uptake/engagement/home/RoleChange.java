package org.uptake.engagement.home;

import java.time.Instant;

/**
 * What changes for one position in one program, in one language: the draft being written and the
 * latest published version ({@code publishedNumber} 0 = never published). People read the published text.
 */
public record RoleChange(long id, long programId, long positionId, String positionTitle, String language, String draft,
                         int publishedNumber, String publishedText, Instant publishedAt, String publishedByName,
                         int version) {

    /** The draft differs from what people read. */
    public boolean unpublishedChanges() {
        return publishedNumber == 0 || !draft.equals(publishedText);
    }
}
