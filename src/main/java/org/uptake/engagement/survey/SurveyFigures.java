package org.uptake.engagement.survey;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One survey's figures rolled up the unit tree: each unit's subtree tally and invitations. Anonymous
 * surveys show a group only from {@link #MINIMUM_GROUP} respondents; a smaller unit takes its parent's
 * figure when the parent's group is large enough, or shows "not enough answers".
 */
final class SurveyFigures {

    static final int MINIMUM_GROUP = 5;

    private final UnitTree tree;
    private final boolean anonymous;
    private final Map<Long, RoleTally> subtree;
    private final Map<Long, Integer> invited;
    private final RoleTally total;
    private final int totalInvited;

    SurveyFigures(UnitTree tree, boolean anonymous, List<ResultsRepository.GroupRow> groups,
                  List<ResultsRepository.InvitedRow> invitations) {
        this.tree = tree;
        this.anonymous = anonymous;
        Map<Long, RoleTally> own = new HashMap<>();
        RoleTally sum = RoleTally.EMPTY;
        for (ResultsRepository.GroupRow g : groups) {
            RoleTally t = RoleTally.of(g.role(), new Tally(g.respondents(), g.readinessSum(), g.readinessCount()));
            sum = sum.plus(t);
            if (g.unitId() != null) {
                own.merge(g.unitId(), t, RoleTally::plus);
            }
        }
        Map<Long, Integer> ownInvited = new HashMap<>();
        int count = 0;
        for (ResultsRepository.InvitedRow i : invitations) {
            count += i.invited();
            if (i.unitId() != null) {
                ownInvited.merge(i.unitId(), i.invited(), Integer::sum);
            }
        }
        this.total = sum;
        this.totalInvited = count;
        this.subtree = tree.rollUp(own, RoleTally::plus);
        this.invited = tree.rollUp(ownInvited, Integer::sum);
    }

    boolean shows(Tally t) {
        return !anonymous || t.respondents() >= MINIMUM_GROUP;
    }

    int invited(long unitId) {
        return invited.getOrDefault(unitId, 0);
    }

    RoleTally tally(long unitId) {
        return subtree.getOrDefault(unitId, RoleTally.EMPTY);
    }

    /** The figure of a unit's subtree, rolled up to its parent when too small to show. */
    UnitResult unit(long unitId) {
        UnitTree.Node node = tree.node(unitId);
        String name = node == null ? "?" : node.name();
        RoleTally t = tally(unitId);
        if (shows(t.all()) && t.all().respondents() > 0) {
            return result(unitId, name, t, UnitResult.State.SHOWN, null, t);
        }
        if (anonymous && node != null && node.parentId() != null) {
            RoleTally parent = tally(node.parentId());
            if (shows(parent.all())) {
                return result(unitId, name, t, UnitResult.State.ROLLED_UP, tree.node(node.parentId()).name(), parent);
            }
        }
        return new UnitResult(unitId, name, invited(unitId), t.all().respondents(), UnitResult.State.NOT_ENOUGH, null,
                null, null, null);
    }

    /** The whole survey (or the given subtrees) as one group. */
    UnitResult overall(String name, List<Long> rootUnitIds) {
        RoleTally t = rootUnitIds == null ? total
                : rootUnitIds.stream().map(this::tally).reduce(RoleTally.EMPTY, RoleTally::plus);
        int inv = rootUnitIds == null ? totalInvited : rootUnitIds.stream().mapToInt(this::invited).sum();
        if (shows(t.all()) && t.all().respondents() > 0) {
            return new UnitResult(0, name, inv, t.all().respondents(), UnitResult.State.SHOWN, null, t.all().score(),
                    score(t.supervisors()), score(t.employees()));
        }
        return new UnitResult(0, name, inv, t.all().respondents(), UnitResult.State.NOT_ENOUGH, null, null, null, null);
    }

    private UnitResult result(long unitId, String name, RoleTally own, UnitResult.State state, String rolledUpTo, RoleTally shown) {
        return new UnitResult(unitId, name, invited(unitId), own.all().respondents(), state, rolledUpTo, shown.all().score(),
                score(shown.supervisors()), score(shown.employees()));
    }

    private BigDecimal score(Tally t) {
        return shows(t) ? t.score() : null;
    }
}
