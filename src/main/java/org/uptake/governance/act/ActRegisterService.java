package org.uptake.governance.act;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.program.ProgramAccess;
import org.uptake.program.ProgramService;
import org.uptake.shared.Actor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.error.StaleVersionException;

/**
 * The program's registers of legal acts and of local acts to change. Whoever reads the program
 * reads them; its editors keep them. Entries are audited under the program.
 */
@Service
public class ActRegisterService {

    public static final String LEGAL = "legal_act";
    public static final String LOCAL = "local_act_change";
    private static final int SHOWN = 500;

    private final ActRepository acts;
    private final ProgramService programs;
    private final AuditLog audit;

    ActRegisterService(ActRepository acts, ProgramService programs, AuditLog audit) {
        this.acts = acts;
        this.programs = programs;
        this.audit = audit;
    }

    public ProgramAccess access(Actor actor, long programId) {
        return programs.requireReader(actor, programId);
    }

    public List<LegalAct> legalActs(Actor actor, long programId) {
        programs.requireReader(actor, programId);
        return acts.legalActs(actor.organizationId(), programId, SHOWN);
    }

    public List<LocalActChange> localChanges(Actor actor, long programId) {
        programs.requireReader(actor, programId);
        return acts.localChanges(actor.organizationId(), programId, SHOWN);
    }

    @Transactional
    public LegalAct addLegalAct(Actor actor, long programId, LegalActForm form) {
        programs.requireEditor(actor, programId);
        checkPerson(actor, "studiedById", form.studiedById());
        long id = acts.insertLegal(actor.organizationId(), programId, form);
        audit.created(actor, LEGAL, id, form);
        return acts.legalActs(actor.organizationId(), programId, SHOWN).stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    }

    @Transactional
    public LocalActChange addLocalChange(Actor actor, long programId, LocalActChangeForm form) {
        programs.requireEditor(actor, programId);
        checkPerson(actor, "responsibleId", form.responsibleId());
        if (form.documentId() != null && !acts.documentExists(actor.organizationId(), form.documentId())) {
            throw new InvalidInputException("documentId", "governance.error.reference");
        }
        long id = acts.insertLocal(actor.organizationId(), programId, form);
        audit.created(actor, LOCAL, id, form);
        return acts.localChange(actor.organizationId(), programId, id).orElseThrow();
    }

    @Transactional
    public LocalActChange markDone(Actor actor, long programId, long id, int version) {
        programs.requireEditor(actor, programId);
        LocalActChange c = acts.localChange(actor.organizationId(), programId, id).orElseThrow(() -> new NotFoundException(LOCAL, id));
        if (c.done()) {
            throw new InvalidInputException(null, "governance.error.alreadyDone");
        }
        if (!acts.markDone(actor.organizationId(), id, version)) {
            throw new StaleVersionException(LOCAL, id);
        }
        audit.action(actor, LOCAL, id, "done", Map.of("title", c.title()));
        return acts.localChange(actor.organizationId(), programId, id).orElseThrow();
    }

    private void checkPerson(Actor actor, String field, Long personId) {
        if (personId != null && !acts.personExists(actor.organizationId(), personId)) {
            throw new InvalidInputException(field, "governance.error.person");
        }
    }
}
