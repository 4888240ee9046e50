package org.uptake.support;

import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.shared.Actor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.ForbiddenException;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.files.FileStore;
import org.uptake.shared.files.StoredFile;

/**
 * Working a problem: status moves, the conversation with the reporter (whose answer restarts the SLA
 * clock), merging duplicates, attachments. Handlers (coordinators, admins, the owner) move it; the
 * reporter replies, confirms a resolution (closes) or reopens it.
 */
@Service
public class ProblemWorkflow {

    public static final long MAX_ATTACHMENT_BYTES = 10L * 1024 * 1024;
    public static final int MAX_ATTACHMENTS = 10;
    public static final Set<String> ATTACHMENT_TYPES = Set.of("image/png", "image/jpeg", "image/gif", "image/webp",
            "application/pdf", "text/plain", "text/csv",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ProblemService service;
    private final ProblemRepository problems;
    private final ProblemMail mail;
    private final FileStore files;
    private final AuditLog audit;

    ProblemWorkflow(ProblemService service, ProblemRepository problems, ProblemMail mail, FileStore files, AuditLog audit) {
        this.service = service;
        this.problems = problems;
        this.mail = mail;
        this.files = files;
        this.audit = audit;
    }

    @Transactional
    public Problem move(Actor actor, long id, StatusForm form) {
        Problem before = service.get(actor, id);
        ProblemStatus to = form.status();
        requireMayMove(actor, before, to);
        if (!before.status().mayMoveTo(to)) {
            throw new InvalidInputException("status", "support.error.transition", before.status().name(), to.name());
        }
        String text = form.cleanText();
        if (to == ProblemStatus.RESOLVED && text == null) {
            throw new InvalidInputException("text", "support.error.resolutionRequired");
        }
        if (to == ProblemStatus.WAITING_FOR_REPORTER && text == null) {
            throw new InvalidInputException("text", "support.error.questionRequired");
        }
        if (to == ProblemStatus.WAITING_FOR_REPORTER && before.reporterPersonId() == null) {
            throw new InvalidInputException("status", "support.error.noReporter");
        }
        if (problems.move(actor.organizationId(), id, form.version(), to, to == ProblemStatus.RESOLVED ? text : null) == 0) {
            throw new StaleVersionException(ProblemService.ENTITY, id);
        }
        afterMove(actor, before, to, text);
        Problem after = service.find(actor, id);
        audit.updated(actor, ProblemService.ENTITY, id, before, after);
        return after;
    }

    private void requireMayMove(Actor actor, Problem p, ProblemStatus to) {
        boolean reporterMove = p.status() == ProblemStatus.RESOLVED
                && (to == ProblemStatus.CLOSED || to == ProblemStatus.IN_PROGRESS);
        if (!service.handles(actor, p) && !(reporterMove && ProblemService.isReporter(actor, p))) {
            throw new ForbiddenException("work on problem");
        }
    }

    private void afterMove(Actor actor, Problem before, ProblemStatus to, String text) {
        long org = actor.organizationId();
        if (to == ProblemStatus.WAITING_FOR_REPORTER) {
            problems.addNote(org, before.id(), "QUESTION", text, actor.personId(), actor.displayName());
            mail.question(org, before, text);
        } else if (to == ProblemStatus.RESOLVED) {
            problems.resolveDuplicates(org, before.id(), text);
            mail.resolved(org, before, text);
        } else if (text != null) {
            problems.addNote(org, before.id(), "COMMENT", text, actor.personId(), actor.displayName());
        }
    }

    /**
     * Adds a comment. The reporter's note on a problem waiting for them is their answer: the problem goes
     * back to work and its SLA clock runs again.
     */
    @Transactional
    public Problem comment(Actor actor, long id, NoteForm form) {
        Problem p = service.get(actor, id);
        boolean reporter = ProblemService.isReporter(actor, p);
        if (!reporter && !service.handles(actor, p)) {
            throw new ForbiddenException("comment on problem");
        }
        if (p.status() == ProblemStatus.CLOSED || p.status() == ProblemStatus.DUPLICATE) {
            throw new InvalidInputException("body", "support.error.finished");
        }
        boolean answer = reporter && p.status() == ProblemStatus.WAITING_FOR_REPORTER;
        problems.addNote(actor.organizationId(), id, answer ? "REPLY" : "COMMENT", form.body().strip(), actor.personId(),
                actor.displayName());
        if (answer && problems.move(actor.organizationId(), id, p.version(), ProblemStatus.IN_PROGRESS, null) == 0) {
            throw new StaleVersionException(ProblemService.ENTITY, id);
        }
        audit.action(actor, ProblemService.ENTITY, id, answer ? "replied" : "commented", Map.of("text", form.body().strip()));
        if (answer) {
            mail.replied(actor.organizationId(), p);
        }
        return service.find(actor, id);
    }

    /** Folds a duplicate into the problem it repeats; the duplicate's reporter follows the original from now on. */
    @Transactional
    public Problem merge(Actor actor, long id, MergeForm form) {
        service.requireTriager(actor);
        Problem source = service.find(actor, id);
        if (form.intoId() == id) {
            throw new InvalidInputException("intoId", "support.error.mergeSelf");
        }
        Problem target = problems.find(actor.organizationId(), form.intoId())
                .orElseThrow(() -> new InvalidInputException("intoId", "support.error.mergeUnknown"));
        if (source.status() == ProblemStatus.DUPLICATE || source.status() == ProblemStatus.CLOSED) {
            throw new InvalidInputException(null, "support.error.finished");
        }
        if (target.status() == ProblemStatus.DUPLICATE) {
            throw new InvalidInputException("intoId", "support.error.mergeIntoDuplicate", target.duplicateOfId());
        }
        if (problems.markDuplicate(actor.organizationId(), id, target.id(), form.version()) == 0) {
            throw new StaleVersionException(ProblemService.ENTITY, id);
        }
        problems.addNote(actor.organizationId(), target.id(), "MERGED", "#" + id + " " + source.title(), actor.personId(),
                actor.displayName());
        problems.addNote(actor.organizationId(), id, "MERGED", "#" + target.id() + " " + target.title(), actor.personId(),
                actor.displayName());
        audit.action(actor, ProblemService.ENTITY, id, "merged", Map.of("into", target.id()));
        audit.action(actor, ProblemService.ENTITY, target.id(), "mergedFrom", Map.of("duplicate", id));
        return service.find(actor, id);
    }

    @Transactional
    public ProblemAttachment attach(Actor actor, long id, String name, String contentType, byte[] content) {
        Problem p = service.get(actor, id);
        if (!ProblemService.isReporter(actor, p) && !service.handles(actor, p)) {
            throw new ForbiddenException("attach to problem");
        }
        if (content.length == 0) {
            throw new InvalidInputException("file", "support.error.fileEmpty");
        }
        if (problems.attachmentCount(actor.organizationId(), id) >= MAX_ATTACHMENTS) {
            throw new InvalidInputException("file", "support.error.tooManyFiles", MAX_ATTACHMENTS);
        }
        StoredFile file = files.store(actor, name, contentType == null ? "" : contentType, content, MAX_ATTACHMENT_BYTES,
                ATTACHMENT_TYPES);
        problems.addAttachment(actor.organizationId(), id, file.id(), file.name(), file.contentType(), file.sizeBytes(),
                actor.displayName());
        audit.action(actor, ProblemService.ENTITY, id, "attached", Map.of("file", file.name()));
        return problems.attachments(actor.organizationId(), id).getLast();
    }

    public record Download(ProblemAttachment attachment, byte[] content) {
    }

    public Download download(Actor actor, long id, long attachmentId) {
        service.get(actor, id);
        ProblemAttachment a = problems.attachment(actor.organizationId(), id, attachmentId)
                .orElseThrow(() -> new NotFoundException("problemAttachment", attachmentId));
        return new Download(a, files.content(actor, a.fileId()));
    }

    /** Records that a published FAQ entry answers this problem (the FAQ module's call). */
    @Transactional
    public void answeredBy(Actor actor, long id, Long faqId) {
        service.requireTriager(actor);
        Problem p = service.find(actor, id);
        problems.setFaq(actor.organizationId(), id, faqId);
        audit.updated(actor, ProblemService.ENTITY, id, p, service.find(actor, id));
    }
}
