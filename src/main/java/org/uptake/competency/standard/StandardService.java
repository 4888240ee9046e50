package org.uptake.competency.standard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.error.StaleVersionException;

/**
 * Professional standards of the organisation. The official registries are not reachable, so a
 * standard comes from a file in Uptake's CSV or XML format; the whole file is read and checked
 * before anything is stored. Everyone reads standards; admins and coordinators (the working group
 * of seed 002 line 1156) import and remove them.
 */
@Service
public class StandardService {

    static final String ENTITY = "professional_standard";
    public static final String SAMPLE = "/standards/fictional-sample-standard.xml";

    private final StandardRepository standards;
    private final AuditLog audit;
    private final long maxBytes;

    StandardService(StandardRepository standards, AuditLog audit,
                    @Value("${uptake.import.max-file-bytes:20971520}") long maxBytes) {
        this.standards = standards;
        this.audit = audit;
        this.maxBytes = maxBytes;
    }

    public boolean mayEdit(Actor actor) {
        return actor.hasAny(Role.ADMIN, Role.COORDINATOR);
    }

    void requireEditor(Actor actor) {
        actor.require("change professional standards", Role.ADMIN, Role.COORDINATOR);
    }

    public List<Standard> list(Actor actor) {
        return standards.list(actor.organizationId());
    }

    public Standard get(Actor actor, long id) {
        return standards.find(actor.organizationId(), id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    public List<StandardFunction> functions(Actor actor, long id) {
        get(actor, id);
        return standards.functions(actor.organizationId(), id);
    }

    /** Reads a CSV or XML file and stores the standard; a bad file is refused whole with the reason. */
    @Transactional
    public Standard importFile(Actor actor, byte[] bytes) {
        requireEditor(actor);
        StandardFile.Read read = StandardFile.read(bytes, maxBytes);
        return store(actor, read.standard(), read.format());
    }

    /** The fictional sample shipped with Uptake, for the demo and for trying the feature out. */
    @Transactional
    public Standard importSample(Actor actor) {
        requireEditor(actor);
        return store(actor, StandardFile.read(sampleBytes(), maxBytes).standard(), "DEMO");
    }

    public static byte[] sampleBytes() {
        try (InputStream in = StandardService.class.getResourceAsStream(SAMPLE)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Standard store(Actor actor, ParsedStandard parsed, String from) {
        if (standards.codeTaken(actor.organizationId(), parsed.code())) {
            throw new InvalidInputException("file", "standards.error.exists", parsed.code());
        }
        long id = standards.insert(actor.organizationId(), parsed, from, actor.displayName());
        Standard created = get(actor, id);
        audit.created(actor, ENTITY, id, Map.of("code", created.code(), "name", created.name(),
                "functions", created.functionCount(), "from", from));
        return created;
    }

    /** Removes a standard with its mappings and attestations (a replaced edition is imported under its new code). */
    @Transactional
    public void delete(Actor actor, long id, int version) {
        requireEditor(actor);
        Standard before = get(actor, id);
        if (standards.delete(actor.organizationId(), id, version) == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        audit.deleted(actor, ENTITY, id, Map.of("code", before.code(), "name", before.name()));
    }

    List<Long> labourFunctions(Actor actor, long standardId, List<Long> ids) {
        return standards.labourFunctions(actor.organizationId(), standardId, ids);
    }

    public List<org.uptake.shared.audit.AuditEntry> history(Actor actor, long id) {
        get(actor, id);
        return audit.history(actor.organizationId(), ENTITY, id, 50);
    }
}
