package org.uptake.process.strategy;

import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.error.StaleVersionException;

/**
 * The strategy comes first: "there is no point working on processes without defining whom they
 * serve" (seed 002 line 135). Management's ideas are voiced, discussed and written down — each save
 * is a new revision, so the history shows how the thinking moved. Everyone reads it; admins and
 * coordinators write it.
 */
@Service
public class StrategyService {

    static final String ENTITY = "strategy";

    private final StrategyRepository strategies;
    private final AuditLog audit;

    StrategyService(StrategyRepository strategies, AuditLog audit) {
        this.strategies = strategies;
        this.audit = audit;
    }

    public Optional<StrategyRevision> current(Actor actor) {
        return strategies.latest(actor.organizationId());
    }

    public StrategyRevision revision(Actor actor, int revision) {
        return strategies.revision(actor.organizationId(), revision)
                .orElseThrow(() -> new NotFoundException(ENTITY, revision));
    }

    public List<StrategyRevision> history(Actor actor) {
        return strategies.history(actor.organizationId());
    }

    public boolean mayEdit(Actor actor) {
        return actor.hasAny(Role.ADMIN, Role.COORDINATOR);
    }

    @Transactional
    public StrategyRevision save(Actor actor, StrategyForm form) {
        actor.require("write the strategy", Role.ADMIN, Role.COORDINATOR);
        if (form.isEmpty()) {
            throw new InvalidInputException("clients", "process.strategy.error.empty");
        }
        int latest = strategies.latest(actor.organizationId()).map(StrategyRevision::revision).orElse(0);
        if (form.getBaseRevision() != latest) {
            throw new StaleVersionException(ENTITY, latest);
        }
        long id;
        try {
            id = strategies.insert(actor.organizationId(), latest + 1, form, actor);
        } catch (DuplicateKeyException e) {
            throw new StaleVersionException(ENTITY, latest);
        }
        StrategyRevision saved = revision(actor, latest + 1);
        audit.created(actor, ENTITY, id, saved);
        return saved;
    }
}
