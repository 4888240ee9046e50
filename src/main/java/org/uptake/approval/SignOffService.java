package org.uptake.approval;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.approval.delegation.Delegation;
import org.uptake.approval.delegation.DelegationService;
import org.uptake.approval.event.SignOffCancelled;
import org.uptake.approval.event.SignOffDelegated;
import org.uptake.approval.event.SignOffMarkedStale;
import org.uptake.approval.event.SignOffRequested;
import org.uptake.approval.event.SignOffRoundStarted;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.ForbiddenException;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.paging.Cursor;
import org.uptake.shared.paging.PageRequest;
import org.uptake.shared.paging.Slice;

/**
 * Sign-offs, the module's API. Other modules {@link #request} a sign-off about their record,
 * read it back with {@link #forSubject}, flag it with {@link #markStale} when the facts change,
 * and hear the outcome through the events in {@code org.uptake.approval.event}. Pages and the
 * REST API use the same methods; every change is audited in the same transaction.
 */
@Service
public class SignOffService {

    static final String ENTITY = "sign_off";
    private static final int SUBJECT_HISTORY = 50;

    private final SignOffRepository signOffs;
    private final SignOffListRepository lists;
    private final DraftChecks checks;
    private final SignOffVisibility visibility;
    private final SignOffProgress progress;
    private final SignOffDecisions decisions;
    private final SignOffViews views;
    private final DelegationService delegations;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    SignOffService(SignOffRepository signOffs, SignOffListRepository lists, DraftChecks checks,
                   SignOffVisibility visibility, SignOffProgress progress, SignOffDecisions decisions,
                   SignOffViews views, DelegationService delegations, AuditLog audit, ApplicationEventPublisher events) {
        this.signOffs = signOffs;
        this.lists = lists;
        this.checks = checks;
        this.visibility = visibility;
        this.progress = progress;
        this.decisions = decisions;
        this.views = views;
        this.delegations = delegations;
        this.audit = audit;
        this.events = events;
    }

    /**
     * Asks for a sign-off. The first step opens at once and its approvers are e-mailed. Viewers
     * cannot ask (they only read); any other signed-in person, and modules acting for one, can.
     */
    @Transactional
    public SignOff request(Actor actor, SignOffDraft draft) {
        requireRequester(actor);
        checks.validate(actor.organizationId(), draft, today(actor));
        long id = signOffs.insert(actor.organizationId(), draft, userId(actor), actor.personId(), actor.displayName());
        for (int i = 0; i < draft.steps().size(); i++) {
            SignOffDraft.Step step = draft.steps().get(i);
            int needed = step.rule().needed(step.approverPersonIds().size(), step.quorum());
            long stepId = signOffs.insertStep(actor.organizationId(), id, 1, i + 1, step.name(), step.rule(), needed);
            for (long person : step.approverPersonIds()) {
                signOffs.insertApprover(actor.organizationId(), id, stepId, 1, person);
            }
        }
        SignOff created = load(actor, id);
        audit.created(actor, ENTITY, id, auditOf(actor, draft));
        events.publishEvent(new SignOffRequested(created.organizationId(), id, created.subjectType(),
                created.subjectId(), created.unitId(), created.requesterPersonId()));
        progress.openStep(actor, created, 1, 1);
        return load(actor, id);
    }

    /** The request as the history shows it: the steps in words ("1. Unit head: ANY of Anna, Boris"). */
    private Map<String, Object> auditOf(Actor actor, SignOffDraft draft) {
        Map<Long, String> names = signOffs.currentPeople(actor.organizationId(),
                        draft.steps().stream().flatMap(st -> st.approverPersonIds().stream()).distinct().toList())
                .stream().collect(Collectors.toMap(SignOffRepository.Named::id, SignOffRepository.Named::name));
        List<String> steps = new java.util.ArrayList<>();
        for (int i = 0; i < draft.steps().size(); i++) {
            SignOffDraft.Step st = draft.steps().get(i);
            String rule = st.rule() == ApprovalRule.QUORUM ? st.quorum() + " of " + st.approverPersonIds().size() : st.rule().name();
            steps.add((i + 1) + ". " + (st.name() == null ? "" : st.name() + ": ") + rule + " — "
                    + String.join(", ", st.approverPersonIds().stream().map(p -> names.getOrDefault(p, "#" + p)).toList()));
        }
        return SignOffProgress.details("title", draft.title(), "subject", draft.subjectType()
                        + (draft.subjectId() == null ? "" : " " + draft.subjectId()), "link", draft.linkPath(),
                "unitId", draft.unitId(), "dueOn", draft.dueOn() == null ? null : draft.dueOn().toString(),
                "steps", String.join("; ", steps));
    }

    /** Whether the actor may ask for sign-offs; pages ask before showing the form. */
    public void requireRequester(Actor actor) {
        actor.require("request a sign-off", Role.ADMIN, Role.COORDINATOR, Role.UNIT_HEAD, Role.EMPLOYEE);
    }

    /**
     * A request of the actor's organisation, for modules: no check of who may see it, because the
     * calling module has checked the actor's right to its own subject.
     */
    public Optional<SignOff> find(Actor actor, long id) {
        return signOffs.find(actor.organizationId(), id);
    }

    /** Every request about the subject, the latest first (same trust as {@link #find}). */
    public SubjectSignOffs forSubject(Actor actor, String subjectType, long subjectId) {
        return new SubjectSignOffs(signOffs.forSubject(actor.organizationId(), subjectType, subjectId, SUBJECT_HISTORY));
    }

    /** The latest request of each subject, keyed by subject id; one query for a whole board. */
    public Map<Long, SignOff> latestForSubjects(Actor actor, String subjectType, Collection<Long> subjectIds) {
        return signOffs.latestForSubjects(actor.organizationId(), subjectType, subjectIds).stream()
                .collect(Collectors.toMap(SignOff::subjectId, Function.identity()));
    }

    /**
     * Flags an open or approved request as stale: what was signed off no longer holds (the unit's
     * readiness dropped after the head signed). The requester is told; a new round clears the flag.
     * Rejected and cancelled requests, and a request already stale for the same reason, stay as they are.
     */
    @Transactional
    public SignOff markStale(Actor actor, long id, String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new InvalidInputException("reason", "approval.error.staleReason");
        }
        SignOff s = signOffs.lock(actor.organizationId(), id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        boolean applies = s.status() == SignOffStatus.OPEN || s.status() == SignOffStatus.APPROVED;
        if (!applies || (s.stale() && reason.strip().equals(s.staleReason()))) {
            return s;
        }
        signOffs.touch(s.organizationId(), id, s.version());
        signOffs.setStale(id, reason.strip());
        signOffs.insertComment(s.organizationId(), id, s.round(), "STALE", userId(actor), actor.personId(),
                actor.displayName(), null, reason.strip());
        audit.action(actor, ENTITY, id, "markedStale", Map.of("reason", reason.strip()));
        events.publishEvent(new SignOffMarkedStale(s.organizationId(), id, s.subjectType(), s.subjectId(), s.unitId(),
                reason.strip()));
        return load(actor, id);
    }

    /** Marks the subject's latest request stale, if it has one. */
    @Transactional
    public Optional<SignOff> markStale(Actor actor, String subjectType, long subjectId, String reason) {
        return forSubject(actor, subjectType, subjectId).latest().map(s -> markStale(actor, s.id(), reason));
    }

    /** The request's page, for those who may see it; anyone else gets 404. */
    public SignOffView view(Actor actor, long id) {
        return views.build(actor, visible(actor, id), today(actor));
    }

    public SignOff get(Actor actor, long id) {
        return visible(actor, id);
    }

    public Slice<SignOffRow> list(Actor actor, SignOffFilter filter, PageRequest page) {
        LocalDate today = today(actor);
        if (filter.view() == SignOffFilter.View.WAITING) {
            if (actor.personId() == null) {
                return new Slice<>(List.of(), null);
            }
            return Slice.of(lists.waiting(actor.organizationId(), actor.personId(), today, page), page.size(),
                    r -> new Cursor(SignOffListRepository.dueKey(r.dueOn()), r.id()));
        }
        SignOffListRepository.Scope scope = SignOffListRepository.Scope.MINE;
        if (filter.view() == SignOffFilter.View.ALL) {
            scope = SignOffVisibility.seesAll(actor) ? SignOffListRepository.Scope.ORGANIZATION
                    : actor.has(Role.UNIT_HEAD) ? SignOffListRepository.Scope.UNITS : SignOffListRepository.Scope.MINE;
        }
        var rows = lists.page(actor.organizationId(), scope, actor.personId(), actor.userId(),
                scope == SignOffListRepository.Scope.UNITS ? visibility.headedPaths(actor) : List.of(),
                filter.status(), page);
        return Slice.of(rows, page.size(), r -> new Cursor("", r.id()));
    }

    /** How many requests wait for the actor's decision (or their delegate's) today. */
    public long waitingCount(Actor actor) {
        return actor.personId() == null ? 0 : lists.waitingCount(actor.organizationId(), actor.personId(), today(actor));
    }

    /** Approve, approve with conditions or reject, as an approver or their acting approver. */
    @Transactional
    public SignOff decide(Actor actor, long id, DecisionForm form) {
        SignOff s = signOffs.lock(actor.organizationId(), id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        LocalDate today = today(actor);
        if (!visibility.maySee(actor, s, today)) {
            throw new NotFoundException(ENTITY, id);
        }
        decisions.decide(actor, s, form, today);
        return load(actor, id);
    }

    /** Anyone who sees the request may write in its thread, also after the decision. */
    @Transactional
    public void comment(Actor actor, long id, CommentForm form) {
        SignOff s = visible(actor, id);
        if (form.body() == null || form.body().isBlank()) {
            throw new InvalidInputException("body", "NotBlank");
        }
        if (form.body().length() > 4000) {
            throw new InvalidInputException("body", "approval.error.tooLong", 4000);
        }
        signOffs.insertComment(s.organizationId(), id, s.round(), "COMMENT", userId(actor), actor.personId(),
                actor.displayName(), null, form.body().strip());
        audit.action(actor, ENTITY, id, "commented", Map.of("comment", form.body().strip()));
    }

    /** The requester (or an admin) withdraws an open request. */
    @Transactional
    public SignOff cancel(Actor actor, long id, NoteForm form) {
        SignOff s = lockAsRequester(actor, id);
        requireOpen(s);
        requireNote(form);
        if (signOffs.touch(s.organizationId(), id, form.version()) == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        signOffs.closeRemainingSteps(id, s.round());
        signOffs.setProgress(id, SignOffStatus.CANCELLED, s.round(), null, true);
        signOffs.insertComment(s.organizationId(), id, s.round(), "CANCELLED", userId(actor), actor.personId(),
                actor.displayName(), null, form.text());
        audit.action(actor, ENTITY, id, "cancelled", SignOffProgress.details("reason", form.text()));
        events.publishEvent(new SignOffCancelled(s.organizationId(), id, s.subjectType(), s.subjectId(), s.unitId(),
                form.text()));
        return load(actor, id);
    }

    /**
     * Asks again after a rejection (or when an approval went stale): a new round with the same
     * steps and approvers, everyone undecided; the earlier rounds stay as history.
     */
    @Transactional
    public SignOff newRound(Actor actor, long id, NoteForm form) {
        SignOff s = lockAsRequester(actor, id);
        requireNote(form);
        if (!(s.status() == SignOffStatus.REJECTED || (s.status() == SignOffStatus.APPROVED && s.stale()))) {
            throw new InvalidInputException(null, "approval.error.roundNotAllowed");
        }
        if (signOffs.touch(s.organizationId(), id, form.version()) == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        int round = s.round() + 1;
        signOffs.copyRound(s.organizationId(), id, s.round());
        signOffs.clearStale(id);
        signOffs.insertComment(s.organizationId(), id, round, "NEW_ROUND", userId(actor), actor.personId(),
                actor.displayName(), null, form.text());
        audit.action(actor, ENTITY, id, "newRound", SignOffProgress.details("round", round, "note", form.text()));
        events.publishEvent(new SignOffRoundStarted(s.organizationId(), id, s.subjectType(), s.subjectId(), s.unitId(),
                round));
        progress.openStep(actor, s, round, 1);
        return load(actor, id);
    }

    /**
     * Hands an approver's place in this request to an acting approver, who then decides for them
     * (the record shows both). Approvers delegate their own place; admins may delegate anyone's.
     */
    @Transactional
    public Delegation delegate(Actor actor, long id, RequestDelegationForm form) {
        SignOff s = signOffs.lock(actor.organizationId(), id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        if (!visibility.maySee(actor, s, today(actor))) {
            throw new NotFoundException(ENTITY, id);
        }
        requireOpen(s);
        if (form.reasonText() != null && form.reasonText().length() > 500) {
            throw new InvalidInputException("reason", "approval.error.tooLong", 500);
        }
        Long approver = form.approverPersonId() == null ? actor.personId() : form.approverPersonId();
        if (approver == null) {
            throw new InvalidInputException("approverPersonId", "approval.error.noPerson");
        }
        boolean own = approver.equals(actor.personId());
        var slots = signOffs.approvers(id).stream().filter(a -> a.round() == s.round() && a.personId() == approver).toList();
        if (!own && !actor.isAdmin()) {
            throw new ForbiddenException("delegate someone else's sign-off");
        }
        if (slots.isEmpty()) {
            if (own) {
                throw new SignOffRefusedException("approval.error.notApprover");
            }
            throw new InvalidInputException("approverPersonId", "approval.error.notAnApproverPerson");
        }
        if (slots.stream().allMatch(a -> a.decision() != null)) {
            throw new InvalidInputException(null, "approval.error.alreadyDecided");
        }
        Delegation d = delegations.createForRequest(actor, id, approver, form.toPersonId(), form.reasonText());
        signOffs.insertComment(s.organizationId(), id, s.round(), "DELEGATED", userId(actor), actor.personId(),
                actor.displayName(), d.fromName(), d.toName() + (form.reasonText() == null ? "" : ": " + form.reasonText()));
        audit.action(actor, ENTITY, id, "delegated", SignOffProgress.details("approver", d.fromName(),
                "delegate", d.toName(), "reason", form.reasonText()));
        events.publishEvent(new SignOffDelegated(s.organizationId(), id, s.subjectType(), s.subjectId(), approver,
                d.toPersonId()));
        return d;
    }

    /** People to choose as approvers or acting approvers: every signed-in person may address a sign-off to anyone current. */
    public List<PersonChoice> candidates(Actor actor, String search, int limit) {
        return signOffs.candidates(actor.organizationId(), new PageRequest(search, null, limit).likePattern(),
                Math.min(limit, 50));
    }

    /** The chosen people with their names, for re-showing a form. */
    public List<PersonChoice> choices(Actor actor, Collection<Long> personIds) {
        return signOffs.choices(actor.organizationId(), personIds.stream().filter(java.util.Objects::nonNull).distinct().toList());
    }

    /** Today in the actor's time zone: due dates and delegation periods are calendar days. */
    public static LocalDate today(Actor actor) {
        try {
            return LocalDate.now(ZoneId.of(actor.timeZone() == null ? "UTC" : actor.timeZone()));
        } catch (DateTimeException e) {
            return LocalDate.now(ZoneId.of("UTC"));
        }
    }

    private SignOff visible(Actor actor, long id) {
        SignOff s = signOffs.find(actor.organizationId(), id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        if (!visibility.maySee(actor, s, today(actor))) {
            throw new NotFoundException(ENTITY, id);
        }
        return s;
    }

    private SignOff lockAsRequester(Actor actor, long id) {
        SignOff s = signOffs.lock(actor.organizationId(), id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        if (!visibility.maySee(actor, s, today(actor))) {
            throw new NotFoundException(ENTITY, id);
        }
        if (!SignOffVisibility.isRequester(actor, s) && !actor.isAdmin()) {
            throw new ForbiddenException("change someone else's sign-off request");
        }
        return s;
    }

    private static void requireNote(NoteForm form) {
        if (form.text() != null && form.text().length() > 1000) {
            throw new InvalidInputException("note", "approval.error.tooLong", 1000);
        }
    }

    private static void requireOpen(SignOff s) {
        if (s.status() == SignOffStatus.CANCELLED) {
            throw new InvalidInputException(null, "approval.error.cancelled");
        }
        if (s.status().isClosed()) {
            throw new InvalidInputException(null, "approval.error.closed");
        }
    }

    private SignOff load(Actor actor, long id) {
        return signOffs.find(actor.organizationId(), id).orElseThrow();
    }

    private static Long userId(Actor actor) {
        return actor.userId() == 0 ? null : actor.userId();
    }
}
