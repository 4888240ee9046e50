package org.uptake.program.playbook;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.program.playbook.PlaybookDefinition.StageDefinition;
import org.uptake.program.playbook.PlaybookDefinition.StepDefinition;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.error.StaleVersionException;

/**
 * Playbook templates. Everyone who plans reads them; organisation admins copy, create, edit, publish,
 * import and export them. Built-in playbooks are read-only: editing one means editing a copy. Edits
 * collect in a draft; publishing makes the next immutable version, so running programs never change.
 */
@Service
public class PlaybookService {

    static final String ENTITY = "playbook";

    private final PlaybookRepository playbooks;
    private final PlaybookFormat format;
    private final AuditLog audit;

    PlaybookService(PlaybookRepository playbooks, PlaybookFormat format, AuditLog audit) {
        this.playbooks = playbooks;
        this.format = format;
        this.audit = audit;
    }

    public void requireReader(Actor actor) {
        actor.require("read playbooks", Role.ADMIN, Role.COORDINATOR, Role.VIEWER);
    }

    public void requireEditor(Actor actor) {
        actor.require("edit playbooks", Role.ADMIN);
    }

    public List<Playbook> list(Actor actor) {
        requireReader(actor);
        return playbooks.list(actor.organizationId());
    }

    public Playbook get(Actor actor, long id) {
        requireReader(actor);
        return playbooks.find(actor.organizationId(), id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    /** The newest published version, the one new programs are created from. */
    public PlaybookVersion latest(Actor actor, long id) {
        Playbook p = get(actor, id);
        if (!p.usable()) {
            throw new InvalidInputException("playbookId", "playbook.error.unpublished");
        }
        return playbooks.version(id, p.latestVersion()).orElseThrow();
    }

    public PlaybookVersion version(Actor actor, long id, int number) {
        get(actor, id);
        return playbooks.version(id, number).orElseThrow(() -> new NotFoundException("playbookVersion", number));
    }

    /** A version by id without the reader check: a program's plan reads the version it came from. */
    public PlaybookVersion versionById(Actor actor, long versionId) {
        return playbooks.versionById(actor.organizationId(), versionId)
                .orElseThrow(() -> new NotFoundException("playbookVersion", versionId));
    }

    public List<PlaybookRepository.VersionRow> versions(Actor actor, long id) {
        get(actor, id);
        return playbooks.versions(id);
    }

    /** What an editor works on: the draft if there is one, else the latest version. */
    public PlaybookDefinition working(Actor actor, long id) {
        Playbook p = get(actor, id);
        return playbooks.draft(id).orElseGet(() -> playbooks.version(id, p.latestVersion())
                .map(PlaybookVersion::definition).orElseThrow(() -> new NotFoundException("playbookVersion", 0)));
    }

    /** Copies a playbook (built-in or own) into the organisation as a new playbook with version 1. */
    @Transactional
    public Playbook copy(Actor actor, long id, String code, String name) {
        requireEditor(actor);
        PlaybookDefinition source = working(actor, id);
        PlaybookDefinition copy = source.withCode(code == null || code.isBlank() ? source.code() + "-copy" : code.strip());
        if (name != null && !name.isBlank()) {
            copy = copy.withName(LocalizedText.english(name.strip()).with(actor.language(), name));
        }
        format.check(copy);
        return createWith(actor, copy, id, "copied");
    }

    /** A new, empty playbook of the organisation: one stage with one step, to be edited and published. */
    @Transactional
    public Playbook create(Actor actor, String code, String name) {
        requireEditor(actor);
        var step = new StepDefinition("step-1", LocalizedText.english("Step 1"), null, null, 5, "coordinator", null, null,
                null, null, null, null, null, null, null, null);
        var stage = new StageDefinition("stage-1", LocalizedText.english("Stage 1"), null, null, null, null, List.of(step));
        var definition = new PlaybookDefinition(PlaybookDefinition.FORMAT, code == null ? null : code.strip(),
                LocalizedText.english(name == null ? "" : name.strip()), null, null, null, List.of(stage), List.of(), List.of());
        format.check(definition);
        return createWith(actor, definition, null, "created");
    }

    /**
     * Imports a playbook file: a new playbook, or the next version of the organisation's playbook with
     * the same code. A refused file changes nothing.
     */
    @Transactional
    public Playbook importFile(Actor actor, byte[] content) {
        requireEditor(actor);
        PlaybookDefinition definition = format.read(content);
        var existing = playbooks.findOwn(actor.organizationId(), definition.code());
        if (existing.isEmpty()) {
            return createWith(actor, definition, null, "imported");
        }
        Playbook p = existing.get();
        playbooks.publish(p, definition, "import", actor.userId(), actor.displayName());
        audit.action(actor, ENTITY, p.id(), "imported", Map.of("version", p.latestVersion() + 1));
        return get(actor, p.id());
    }

    public String export(Actor actor, long id, Integer number) {
        return export(actor, id, number, PlaybookFormat.FileType.JSON);
    }

    /** The latest (or the given) version as a file in JSON or YAML; both import back to the same definition. */
    public String export(Actor actor, long id, Integer number, PlaybookFormat.FileType type) {
        Playbook p = get(actor, id);
        int n = number == null ? p.latestVersion() : number;
        return format.write(playbooks.version(id, n).orElseThrow(() -> new NotFoundException("playbookVersion", n)).definition(),
                type);
    }

    /** The draft (or latest version) as a file, for the editor's JSON view. */
    public String exportWorking(Actor actor, long id) {
        return format.write(working(actor, id));
    }

    /** Parses a file strictly (for a draft sent whole). */
    public PlaybookDefinition parse(byte[] content) {
        return format.read(content);
    }

    public byte[] exportBytes(Actor actor, long id, Integer number, PlaybookFormat.FileType type) {
        return export(actor, id, number, type).getBytes(StandardCharsets.UTF_8);
    }

    /** Saves edits as the draft after checking them like a file; built-in playbooks are never edited. */
    @Transactional
    public Playbook saveDraft(Actor actor, long id, PlaybookDefinition definition, int version) {
        requireEditor(actor);
        Playbook p = ownEditable(actor, id);
        format.check(definition);
        requireFreeCode(actor, definition.code(), id);
        if (playbooks.saveDraft(p, definition, version) == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        audit.action(actor, ENTITY, id, "draftSaved", Map.of("code", definition.code()));
        return get(actor, id);
    }

    /** Applies the structured editor's changes (in the actor's language) to the working definition and saves it as the draft. */
    @Transactional
    public Playbook saveEdits(Actor actor, long id, PlaybookEdit edit) {
        PlaybookDefinition working = working(actor, id);
        return saveDraft(actor, id, PlaybookEditor.apply(working, edit, actor.language()), edit.getVersion());
    }

    @Transactional
    public Playbook saveDraftJson(Actor actor, long id, String json, int version) {
        return saveDraft(actor, id, format.read(json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8)), version);
    }

    @Transactional
    public Playbook publish(Actor actor, long id, int version, String note) {
        requireEditor(actor);
        Playbook p = ownEditable(actor, id);
        if (p.version() != version) {
            throw new StaleVersionException(ENTITY, id);
        }
        PlaybookDefinition draft = playbooks.draft(id)
                .orElseThrow(() -> new InvalidInputException(null, "playbook.error.noDraft"));
        if (playbooks.publish(p, draft, note == null || note.isBlank() ? null : note.strip(), actor.userId(),
                actor.displayName()) == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        audit.action(actor, ENTITY, id, "published", Map.of("version", p.latestVersion() + 1));
        return get(actor, id);
    }

    @Transactional
    public Playbook discardDraft(Actor actor, long id, int version) {
        requireEditor(actor);
        Playbook p = ownEditable(actor, id);
        if (playbooks.discardDraft(p, version) == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        audit.action(actor, ENTITY, id, "draftDiscarded", Map.of());
        return get(actor, id);
    }

    private Playbook ownEditable(Actor actor, long id) {
        Playbook p = get(actor, id);
        if (p.builtIn()) {
            throw new InvalidInputException(null, "playbook.error.builtIn");
        }
        return p;
    }

    private Playbook createWith(Actor actor, PlaybookDefinition definition, Long copiedFrom, String action) {
        requireFreeCode(actor, definition.code(), null);
        long id = playbooks.insert(actor.organizationId(), definition.code(), definition.name().in("en"), copiedFrom);
        Playbook fresh = playbooks.find(actor.organizationId(), id).orElseThrow();
        playbooks.publish(fresh, definition, action, actor.userId(), actor.displayName());
        audit.action(actor, ENTITY, id, action, copiedFrom == null ? Map.of("code", definition.code())
                : Map.of("code", definition.code(), "copiedFrom", copiedFrom));
        return get(actor, id);
    }

    private void requireFreeCode(Actor actor, String code, Long exceptId) {
        playbooks.findOwn(actor.organizationId(), code).filter(p -> exceptId == null || p.id() != exceptId)
                .ifPresent(p -> {
                    throw new InvalidInputException("code", "error.codeTaken", code);
                });
    }
}
