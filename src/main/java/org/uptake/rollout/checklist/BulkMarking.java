package org.uptake.rollout.checklist;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.program.ProgramService;
import org.uptake.rollout.readiness.ReadinessService;
import org.uptake.rollout.wave.WaveService;
import org.uptake.shared.Actor;
import org.uptake.shared.audit.BulkAudit;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.StaleVersionException;

/**
 * Bulk marking of checklist items (20,000 access items in one request): the items are locked and checked
 * against what the user saw (their versions, or the snapshot token of the wave unit or wave), then changed in
 * one UPDATE, audited in one COPY, recounted per wave unit in one statement, and the program's readiness
 * recomputed once. A stale or unknown item refuses the whole change.
 */
@Service
class BulkMarking {

    static final int MAX_BULK = 100_000;

    private final ProgramService programs;
    private final WaveService waves;
    private final ReadinessService readiness;
    private final ChecklistRepository repository;
    private final BulkAudit audit;

    BulkMarking(ProgramService programs, WaveService waves, ReadinessService readiness, ChecklistRepository repository,
                BulkAudit audit) {
        this.programs = programs;
        this.waves = waves;
        this.readiness = readiness;
        this.repository = repository;
        this.audit = audit;
    }

    /** The token of a wave unit's (or a wave's) items as they are now: ids and versions, hashed. */
    String snapshot(Actor actor, long programId, Long waveId, Long waveUnitId) {
        checkScope(actor, programId, waveId, waveUnitId);
        return token(repository.scope(actor.organizationId(), programId, waveId, waveUnitId, false));
    }

    @Transactional
    int mark(Actor actor, long programId, BulkMark bulk) {
        programs.requireEditor(actor, programId);
        List<ChecklistRepository.Seen> selected = bulk.itemIds() == null || bulk.itemIds().isEmpty()
                ? scope(actor, programId, bulk) : listed(actor, programId, bulk);
        List<ChecklistRepository.Seen> changing = selected.stream().filter(s -> s.status() != bulk.status()).toList();
        List<Long> ids = changing.stream().map(ChecklistRepository.Seen::id).toList();
        repository.mark(actor.organizationId(), programId, ids, bulk.status(), bulk.evidenceNote(), actor.displayName());
        repository.recount(actor.organizationId(), programId, changing.stream().map(ChecklistRepository.Seen::waveUnitId).toList());
        audit.write(actor, ChecklistService.ITEM, entries(changing, bulk));
        if (!changing.isEmpty()) {
            readiness.recompute(actor.organizationId(), programId);
        }
        return changing.size();
    }

    private List<ChecklistRepository.Seen> listed(Actor actor, long programId, BulkMark bulk) {
        List<Long> ids = bulk.itemIds();
        if (ids.size() > MAX_BULK) {
            throw new InvalidInputException("itemIds", "rollout.error.bulkTooMany", MAX_BULK);
        }
        if (ids.stream().anyMatch(java.util.Objects::isNull)) {
            throw new InvalidInputException("itemIds", "rollout.error.unknownItems");
        }
        List<Long> distinct = ids.stream().distinct().toList();
        List<ChecklistRepository.Seen> found = repository.lockListed(actor.organizationId(), programId, distinct);
        if (found.size() != distinct.size()) {
            throw new InvalidInputException("itemIds", "rollout.error.unknownItems");
        }
        List<Integer> versions = bulk.versions();
        if (versions == null || versions.size() != ids.size() || versions.stream().anyMatch(java.util.Objects::isNull)) {
            throw new InvalidInputException("versions", "rollout.error.bulkVersions");
        }
        Map<Long, Integer> current = new java.util.HashMap<>();
        found.forEach(s -> current.put(s.id(), s.version()));
        for (int i = 0; i < ids.size(); i++) {
            if (!current.get(ids.get(i)).equals(versions.get(i))) {
                throw new StaleVersionException(ChecklistService.ITEM, ids.get(i));
            }
        }
        return found;
    }

    private List<ChecklistRepository.Seen> scope(Actor actor, long programId, BulkMark bulk) {
        if (bulk.waveUnitId() == null && bulk.waveId() == null) {
            throw new InvalidInputException("itemIds", "rollout.error.bulkNothing");
        }
        if (bulk.snapshot() == null || bulk.snapshot().isBlank()) {
            throw new InvalidInputException("snapshot", "rollout.error.bulkSnapshot");
        }
        checkScope(actor, programId, bulk.waveId(), bulk.waveUnitId());
        List<ChecklistRepository.Seen> all = repository.scope(actor.organizationId(), programId, bulk.waveId(), bulk.waveUnitId(), true);
        if (!token(all).equals(bulk.snapshot().strip())) {
            throw new StaleVersionException(ChecklistService.ITEM, "bulk");
        }
        return all.stream().filter(s -> bulk.category() == null || s.category() == bulk.category()).toList();
    }

    private void checkScope(Actor actor, long programId, Long waveId, Long waveUnitId) {
        if (waveUnitId != null) {
            waves.unitUnchecked(actor.organizationId(), programId, waveUnitId);
        }
        if (waveId != null) {
            waves.get(actor, programId, waveId);
        }
    }

    /** One "updated" entry per changed item, as a single edit writes it: the status (and the note when given). */
    private static List<BulkAudit.Entry> entries(List<ChecklistRepository.Seen> changing, BulkMark bulk) {
        String note = bulk.evidenceNote() == null || bulk.evidenceNote().isBlank() ? null : bulk.evidenceNote().strip();
        List<BulkAudit.Entry> out = new ArrayList<>(changing.size());
        for (ChecklistRepository.Seen s : changing) {
            Map<String, Object> changes = new LinkedHashMap<>();
            changes.put("status", List.of(s.status().name(), bulk.status().name()));
            if (note != null && !note.equals(s.note())) {
                changes.put("evidenceNote", List.of(s.note() == null ? "" : s.note(), note));
            }
            out.add(new BulkAudit.Entry(s.id(), "updated", changes));
        }
        return out;
    }

    /** SHA-256 over "id:version," in id order, shortened: equal exactly when no item was added, removed or changed. */
    static String token(List<ChecklistRepository.Seen> items) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (ChecklistRepository.Seen s : items) {
                digest.update((s.id() + ":" + s.version() + ",").getBytes(StandardCharsets.US_ASCII));
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
