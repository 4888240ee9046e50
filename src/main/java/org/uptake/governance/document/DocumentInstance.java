package org.uptake.governance.document;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A document made from a template: the filled body (frozen once it leaves the draft), the
 * records it was filled from, its revision (acknowledgements are bound to it), registration
 * number and date, the day it came into force, and the document it supersedes.
 */
public record DocumentInstance(long id, long organizationId, long templateId, int templateVersion, DocumentKind kind,
                               String language, String title, String fields, String body, int revision,
                               DocumentStatus status, Long programId, Long groupId, Long meetingId, Long signatoryId,
                               String regNumber, LocalDate regDate, LocalDate inForceOn, Long supersedesId,
                               Long signOffId, Long signedFileId, Long createdBy, int version, Instant createdAt,
                               Instant updatedAt) {
}
