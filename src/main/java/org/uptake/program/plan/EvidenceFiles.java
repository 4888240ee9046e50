package org.uptake.program.plan;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.uptake.shared.error.InvalidInputException;

/**
 * Evidence files of completed tasks, kept in the shared {@code stored_file} table (so every node serves
 * them). Size and type are checked before anything is stored.
 */
@Component
class EvidenceFiles {

    static final long MAX_BYTES = 10L * 1024 * 1024;
    private static final Set<String> TYPES = Set.of("application/pdf", "image/png", "image/jpeg", "image/gif", "text/plain",
            "text/csv", "application/zip", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation", "application/msword",
            "application/vnd.ms-excel", "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet");

    private final JdbcClient jdbc;

    EvidenceFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record StoredEvidence(long id, String name, String contentType, byte[] content) {
    }

    long store(long organizationId, long userId, String name, String contentType, byte[] content) {
        if (content == null || content.length == 0) {
            throw new InvalidInputException("file", "task.error.fileEmpty");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidInputException("file", "task.error.fileTooLarge", MAX_BYTES / 1024 / 1024);
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).split(";")[0].strip();
        if (!TYPES.contains(type)) {
            throw new InvalidInputException("file", "task.error.fileType", type);
        }
        String safeName = name == null || name.isBlank() ? "evidence" : name.replaceAll("[\\\\/\\p{Cntrl}]", "_");
        if (safeName.length() > 200) {
            safeName = safeName.substring(safeName.length() - 200);
        }
        return jdbc.sql("""
                insert into stored_file (organization_id, name, content_type, size_bytes, content, created_by)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(organizationId, safeName, type, content.length, content, userId).query(Long.class).single();
    }

    Optional<StoredEvidence> find(long organizationId, long id) {
        return jdbc.sql("select id, name, content_type, content from stored_file where organization_id = ? and id = ?")
                .params(organizationId, id).query(StoredEvidence.class).optional();
    }
}
