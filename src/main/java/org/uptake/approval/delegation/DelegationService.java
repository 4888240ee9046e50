package org.uptake.approval.delegation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.shared.Actor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.ForbiddenException;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.error.Violation;

/**
 * Who may decide for whom. An approver delegates their own sign-offs (an admin may do it for
 * anyone, e.g. for someone on sick leave); the acting approver must be a current person who can
 * sign in. A delegation only adds a decider: the approver keeps the right to decide themselves.
 */
@Service
public class DelegationService {

    static final String ENTITY = "sign_off_delegation";
    /** A delegation for a period is a stand-in for an absence, not a permanent transfer of the right to decide. */
    static final int MAX_DAYS = 366;

    private final DelegationRepository delegations;
    private final AuditLog audit;

    DelegationService(DelegationRepository delegations, AuditLog audit) {
        this.delegations = delegations;
        this.audit = audit;
    }

    /** The delegations the actor gave or received, those still in force first. */
    public List<Delegation> mine(Actor actor, LocalDate today) {
        if (actor.personId() == null) {
            return List.of();
        }
        return delegations.involving(actor.organizationId(), actor.personId(), today, 50);
    }

    @Transactional
    public Delegation createForPeriod(Actor actor, DelegationForm form, LocalDate today) {
        long from = delegator(actor, form.getFromPersonId());
        List<Violation> violations = new ArrayList<>(checkDelegate(actor, from, form.getToPersonId()));
        if (form.getStartsOn() != null && form.getEndsOn() != null) {
            if (form.getEndsOn().isBefore(form.getStartsOn())) {
                violations.add(Violation.of("endsOn", "approval.error.delegationOrder"));
            } else if (form.getEndsOn().isBefore(today)) {
                violations.add(Violation.of("endsOn", "approval.error.delegationPast"));
            } else if (ChronoUnit.DAYS.between(form.getStartsOn(), form.getEndsOn()) >= MAX_DAYS) {
                violations.add(Violation.of("endsOn", "approval.error.delegationTooLong", MAX_DAYS));
            }
        } else {
            violations.add(Violation.of(form.getStartsOn() == null ? "startsOn" : "endsOn", "NotNull"));
        }
        if (form.getReason() != null && form.getReason().length() > 500) {
            violations.add(Violation.of("reason", "approval.error.tooLong", 500));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        long id = delegations.insert(actor.organizationId(), from, form.getToPersonId(), null, form.getStartsOn(),
                form.getEndsOn(), form.getReason(), userId(actor));
        Delegation created = delegations.find(actor.organizationId(), id).orElseThrow();
        audit.created(actor, ENTITY, id, created);
        return created;
    }

    /**
     * Lets {@code to} decide one request for the approver {@code from}, replacing an earlier
     * delegation of the same request. The caller ({@code SignOffService}) has checked that
     * {@code from} is an approver of the request and that the actor may speak for them.
     */
    @Transactional
    public Delegation createForRequest(Actor actor, long signOffId, long from, Long to, String reason) {
        List<Violation> violations = checkDelegate(actor, from, to);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        for (long earlier : delegations.revokeForRequest(actor.organizationId(), signOffId, from)) {
            audit.action(actor, ENTITY, earlier, "revoked", Map.of("replacedBy", to));
        }
        long id = delegations.insert(actor.organizationId(), from, to, signOffId, null, null, reason, userId(actor));
        Delegation created = delegations.find(actor.organizationId(), id).orElseThrow();
        audit.created(actor, ENTITY, id, created);
        return created;
    }

    /** The delegator, the delegate or an admin ends a delegation. */
    @Transactional
    public void revoke(Actor actor, long id, int version) {
        Delegation d = delegations.find(actor.organizationId(), id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        boolean party = actor.personId() != null
                && (actor.personId() == d.fromPersonId() || actor.personId() == d.toPersonId());
        if (!party && !actor.isAdmin()) {
            throw new NotFoundException(ENTITY, id);
        }
        if (d.revokedAt() != null) {
            throw new InvalidInputException(null, "approval.error.delegationRevoked");
        }
        if (delegations.revoke(actor.organizationId(), id, version) == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        audit.action(actor, ENTITY, id, "revoked", Map.of("from", d.fromName(), "to", d.toName()));
    }

    /** The approvers for whom the person may decide this request today (empty when they act for no one). */
    public List<Long> actingFor(long organizationId, long delegatePersonId, long signOffId, LocalDate today) {
        return delegations.actingFor(organizationId, delegatePersonId, signOffId, today);
    }

    /** For each approver given, the people who may decide this request for them today. */
    public Map<Long, List<Long>> delegatesOf(long organizationId, long signOffId, Collection<Long> approverPersonIds,
                                             LocalDate today) {
        Map<Long, List<Long>> result = new LinkedHashMap<>();
        for (DelegationRepository.Pair p : delegations.delegatesOf(organizationId, signOffId, approverPersonIds, today)) {
            result.computeIfAbsent(p.approver(), k -> new ArrayList<>()).add(p.delegate());
        }
        return result;
    }

    /** The delegations in force for one request today (its own and the approvers' period delegations). */
    public List<Delegation> forRequest(long organizationId, long signOffId, LocalDate today) {
        return delegations.forRequest(organizationId, signOffId, today);
    }

    private long delegator(Actor actor, Long requested) {
        if (requested == null || Objects.equals(requested, actor.personId())) {
            if (actor.personId() == null) {
                throw new InvalidInputException("fromPersonId", "approval.error.noPerson");
            }
            return actor.personId();
        }
        if (!actor.isAdmin()) {
            throw new ForbiddenException("delegate for someone else");
        }
        delegations.candidate(actor.organizationId(), requested)
                .orElseThrow(() -> new InvalidInputException("fromPersonId", "approval.error.personUnknown"));
        return requested;
    }

    private List<Violation> checkDelegate(Actor actor, long from, Long to) {
        if (to == null) {
            return List.of(Violation.of("toPersonId", "NotNull"));
        }
        if (to == from) {
            return List.of(Violation.of("toPersonId", "approval.error.delegateSelf"));
        }
        var candidate = delegations.candidate(actor.organizationId(), to);
        if (candidate.isEmpty() || !candidate.get().current()) {
            return List.of(Violation.of("toPersonId", "approval.error.personUnknown"));
        }
        if (!candidate.get().canSignIn()) {
            return List.of(Violation.of("toPersonId", "approval.error.delegateNoAccount"));
        }
        return List.of();
    }

    private static Long userId(Actor actor) {
        return actor.userId() == 0 ? null : actor.userId();
    }
}
