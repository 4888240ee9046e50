package org.uptake.shared.files;

import java.util.Set;
import org.springframework.stereotype.Service;
import org.uptake.shared.Actor;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;

/**
 * Keeps uploaded files in PostgreSQL. Each caller states the size limit and the content types it
 * accepts; the check happens here, before anything is written.
 */
@Service
public class FileStore {

    static final String ENTITY = "file";

    private final StoredFileRepository files;

    FileStore(StoredFileRepository files) {
        this.files = files;
    }

    /** Stores the bytes; the caller's transaction decides whether they stay. */
    public StoredFile store(Actor actor, String name, String contentType, byte[] content, long maxBytes,
                            Set<String> allowedTypes) {
        if (content.length > maxBytes) {
            throw new InvalidInputException("file", "file.error.tooLarge", maxBytes / (1024 * 1024));
        }
        if (!allowedTypes.contains(contentType)) {
            throw new InvalidInputException("file", "file.error.type", contentType);
        }
        String cleanName = cleanName(name);
        long id = files.insert(actor.organizationId(), cleanName, contentType, content,
                actor.userId() == 0 ? null : actor.userId());
        return get(actor, id);
    }

    public StoredFile get(Actor actor, long id) {
        return files.find(actor.organizationId(), id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    public byte[] content(Actor actor, long id) {
        return files.content(actor.organizationId(), id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    /** The last path segment only, without control characters, at most 200 characters. */
    static String cleanName(String name) {
        String base = name == null || name.isBlank() ? "upload" : name;
        base = base.substring(Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\')) + 1);
        base = base.replaceAll("\\p{Cntrl}", "").strip();
        if (base.isEmpty()) {
            base = "upload";
        }
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }
}
