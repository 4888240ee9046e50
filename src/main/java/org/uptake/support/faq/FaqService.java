package org.uptake.support.faq;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.shared.Actor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.support.Problem;
import org.uptake.support.ProblemService;
import org.uptake.support.ProblemStatus;
import org.uptake.support.ProblemWorkflow;

/**
 * The FAQ: everyone reads the published entries; coordinators and admins write them, mostly by
 * promoting a resolved problem whose answer keeps being needed. The problem (and the ones merged into
 * it) then point at the entry, which counts how many problems it answered.
 */
@Service
public class FaqService {

    public static final String ENTITY = "faq";

    private final FaqRepository faqs;
    private final ProblemService problems;
    private final ProblemWorkflow workflow;
    private final AuditLog audit;

    FaqService(FaqRepository faqs, ProblemService problems, ProblemWorkflow workflow, AuditLog audit) {
        this.faqs = faqs;
        this.problems = problems;
        this.workflow = workflow;
        this.audit = audit;
    }

    /** Published entries for everyone; editors also see drafts. */
    public List<FaqEntry> list(Actor actor, int limit) {
        return faqs.list(actor.organizationId(), !problems.triages(actor), Math.min(Math.max(limit, 1), 200));
    }

    public FaqEntry get(Actor actor, long id) {
        FaqEntry e = faqs.find(actor.organizationId(), id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        if (!e.published() && !problems.triages(actor)) {
            throw new NotFoundException(ENTITY, id);
        }
        return e;
    }

    public List<FaqCandidate> candidates(Actor actor) {
        problems.requireTriager(actor);
        return faqs.candidates(actor.organizationId(), 20);
    }

    @Transactional
    public FaqEntry create(Actor actor, FaqForm form) {
        problems.requireTriager(actor);
        long id = faqs.insert(actor.organizationId(), form, null);
        FaqEntry created = faqs.find(actor.organizationId(), id).orElseThrow();
        audit.created(actor, ENTITY, id, created);
        return created;
    }

    @Transactional
    public FaqEntry update(Actor actor, long id, FaqForm form) {
        problems.requireTriager(actor);
        FaqEntry before = get(actor, id);
        if (faqs.update(actor.organizationId(), id, form) == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        FaqEntry after = faqs.find(actor.organizationId(), id).orElseThrow();
        audit.updated(actor, ENTITY, id, before, after);
        return after;
    }

    /** Turns a resolved problem's answer into an FAQ entry; the problem and its duplicates are marked answered by it. */
    @Transactional
    public FaqEntry promote(Actor actor, long problemId, FaqForm form) {
        problems.requireTriager(actor);
        Problem p = problems.get(actor, problemId);
        if (p.status() != ProblemStatus.RESOLVED && p.status() != ProblemStatus.CLOSED) {
            throw new InvalidInputException(null, "support.error.promoteUnresolved");
        }
        if (p.faqId() != null) {
            throw new InvalidInputException(null, "support.error.alreadyFaq");
        }
        long id = faqs.insert(actor.organizationId(), form, problemId);
        FaqEntry created = faqs.find(actor.organizationId(), id).orElseThrow();
        audit.created(actor, ENTITY, id, created);
        workflow.answeredBy(actor, problemId, id);
        problems.view(actor, problemId).duplicates().forEach(d -> workflow.answeredBy(actor, d, id));
        return faqs.find(actor.organizationId(), id).orElseThrow();
    }

    /** Answers a (new) problem with an existing entry: the entry's count grows, showing it recurs. */
    @Transactional
    public void answer(Actor actor, long problemId, long faqId) {
        get(actor, faqId);
        workflow.answeredBy(actor, problemId, faqId);
    }
}
