package org.uptake.rollout.evidence;

import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.uptake.shared.Actor;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.files.FileStore;
import org.uptake.shared.files.StoredFile;

/**
 * Stores an evidence file (a screenshot, a signed protocol, a backup log) after checking it is not
 * empty, at most {@value #MAX_MB} MB and of a document or image type; a refused file stores nothing.
 */
@Service
public class EvidenceStore {

    public static final int MAX_MB = 10;
    static final long MAX_BYTES = MAX_MB * 1024L * 1024L;
    static final Set<String> TYPES = Set.of("application/pdf", "image/png", "image/jpeg", "image/gif", "text/plain",
            "text/csv", "application/zip", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/msword",
            "application/vnd.ms-excel", "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet");

    private final FileStore files;

    EvidenceStore(FileStore files) {
        this.files = files;
    }

    public StoredFile store(Actor actor, String name, String contentType, byte[] content) {
        if (content == null || content.length == 0) {
            throw new InvalidInputException("file", "rollout.error.fileEmpty");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidInputException("file", "rollout.error.fileTooLarge", MAX_MB);
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).split(";")[0].strip();
        if (!TYPES.contains(type)) {
            throw new InvalidInputException("file", "rollout.error.fileType", type.isEmpty() ? "?" : type);
        }
        return files.store(actor, name, type, content, MAX_BYTES, TYPES);
    }

    public StoredFile get(Actor actor, long id) {
        return files.get(actor, id);
    }

    public byte[] content(Actor actor, long id) {
        return files.content(actor, id);
    }
}
