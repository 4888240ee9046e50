package org.uptake.procurement.integration;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.approval.SignOffService;
import org.uptake.program.ProgramService;
import org.uptake.program.ProgramStatus;
import org.uptake.shared.Actor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.paging.Cursor;
import org.uptake.shared.paging.PageRequest;
import org.uptake.shared.paging.Slice;

/** The integrations register of a program: whoever reads the program reads it, its editors keep it and record verifications. */
@Service
public class IntegrationService {

    public static final String ENTITY = "integration";

    private final ProgramService programs;
    private final IntegrationRepository integrations;
    private final AuditLog audit;

    IntegrationService(ProgramService programs, IntegrationRepository integrations, AuditLog audit) {
        this.programs = programs;
        this.integrations = integrations;
        this.audit = audit;
    }

    public Slice<Integration> list(Actor actor, long programId, PageRequest request) {
        programs.requireReader(actor, programId);
        Cursor after = request.cursor();
        return Slice.of(integrations.page(actor.organizationId(), programId, after == null ? 0 : after.id(), request.size() + 1),
                request.size(), i -> new Cursor("", i.id()));
    }

    /** Every integration of the program, for the export and the tab (a program has a handful). */
    public List<Integration> all(Actor actor, long programId) {
        return list(actor, programId, PageRequest.first(PageRequest.MAX_SIZE)).items();
    }

    public Integration get(Actor actor, long programId, long id) {
        programs.requireReader(actor, programId);
        return find(actor, programId, id);
    }

    private Integration find(Actor actor, long programId, long id) {
        return integrations.find(actor.organizationId(), programId, id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    @Transactional
    public Integration create(Actor actor, long programId, IntegrationForm form) {
        editable(actor, programId);
        check(actor, form);
        long id = integrations.insert(actor.organizationId(), programId, form);
        Integration created = find(actor, programId, id);
        audit.created(actor, ENTITY, id, created);
        return created;
    }

    @Transactional
    public Integration update(Actor actor, long programId, long id, IntegrationForm form) {
        editable(actor, programId);
        Integration before = find(actor, programId, id);
        check(actor, form);
        if (integrations.update(actor.organizationId(), id, form) == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        Integration after = find(actor, programId, id);
        audit.updated(actor, ENTITY, id, before, after);
        return after;
    }

    /** Someone checked today that the integration works: the next verification is due a full interval later. */
    @Transactional
    public Integration verified(Actor actor, long programId, long id, int version) {
        editable(actor, programId);
        Integration before = find(actor, programId, id);
        LocalDate today = SignOffService.today(actor);
        if (integrations.verified(actor.organizationId(), id, today, version) == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        audit.action(actor, ENTITY, id, "verified", Map.of("system", before.systemName(), "on", today.toString()));
        return find(actor, programId, id);
    }

    @Transactional
    public void delete(Actor actor, long programId, long id, int version) {
        editable(actor, programId);
        Integration before = find(actor, programId, id);
        if (integrations.delete(actor.organizationId(), id, version) == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        audit.deleted(actor, ENTITY, id, before);
    }

    private static void check(Actor actor, IntegrationForm f) {
        if (f.lastVerifiedOn() != null && f.lastVerifiedOn().isAfter(SignOffService.today(actor))) {
            throw new InvalidInputException("lastVerifiedOn", "procurement.error.verifiedInFuture");
        }
    }

    private void editable(Actor actor, long programId) {
        if (programs.requireEditor(actor, programId).program().status() == ProgramStatus.CLOSED) {
            throw new InvalidInputException(null, "program.error.closed");
        }
    }
}
