package org.uptake.rollout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.uptake.rollout.checklist.BulkMark;
import org.uptake.rollout.checklist.Category;
import org.uptake.rollout.checklist.ChecklistItem;
import org.uptake.rollout.checklist.ChecklistService;
import org.uptake.rollout.checklist.ItemForm;
import org.uptake.rollout.checklist.ItemStatus;
import org.uptake.rollout.checklist.TemplateItem;
import org.uptake.rollout.wave.WaveUnit;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.paging.PageRequest;
import org.uptake.support.RolloutFixtures.Rollout;

/**
 * Bulk marking against what the user saw (item versions or the list's snapshot token), and the checklist counts
 * kept on each wave unit for the board.
 */
class BulkMarkingTests extends RolloutTest {

    private ChecklistService checklists() {
        return fixtures.bean(ChecklistService.class);
    }

    private Rollout withPilot(int stations) {
        Rollout r = rollouts.rollout(stations);
        rollouts.wave(r, "Pilot", true, LocalDate.now().plusDays(20), r.station(0).unit());
        return r;
    }

    private List<ChecklistItem> items(Rollout r, WaveUnit u) {
        return checklists().items(r.coordinator(), r.programId(), u.id(), null, null, PageRequest.first(200)).items();
    }

    private int done(Rollout r) {
        return count("select count(*) from rollout_checklist_item where program_id = ? and status = 'DONE'", r.programId());
    }

    private int audited(Rollout r) {
        return count("select count(*) from audit_entry where entity_type = 'rolloutChecklistItem' and organization_id = ?",
                r.world().admin().organizationId());
    }

    /** The counts stored on the wave unit agree with counting its items. */
    private void assertCountsAgree(Rollout r) {
        assertThat(count("""
                select count(*) from rollout_wave_unit wu where wu.program_id = ? and (wu.checklist_done, wu.checklist_total) <>
                  (select count(*) filter (where i.status in ('DONE', 'NOT_APPLICABLE')), count(*)
                   from rollout_checklist_item i where i.wave_unit_id = wu.id)""", r.programId())).isZero();
    }

    @Test
    void marksTheTickedItemsAtTheVersionsSeenWithOneAuditEntryEach() {
        Rollout r = withPilot(1);
        WaveUnit u = rollouts.waveUnit(r, r.station(0).unit());
        List<ChecklistItem> two = items(r, u).subList(0, 2);
        int auditBefore = audited(r);

        int changed = checklists().mark(r.coordinator(), r.programId(), new BulkMark(two.stream().map(ChecklistItem::id).toList(),
                two.stream().map(ChecklistItem::version).toList(), null, null, null, ItemStatus.DONE, "Checked", null));

        assertThat(changed).isEqualTo(2);
        assertThat(done(r)).isEqualTo(2);
        assertThat(audited(r)).isEqualTo(auditBefore + 2);
        assertThat(count("""
                select count(*) from audit_entry where entity_type = 'rolloutChecklistItem' and entity_id = ? and action = 'updated'
                  and changes -> 'status' ->> 1 = 'DONE' and changes -> 'status' ->> 0 = 'OPEN'""", two.get(0).id())).isEqualTo(1);
        assertCountsAgree(r);
    }

    @Test
    void refusesTheTickedItemsWhenOneChangedSinceItWasSeenAndChangesNothing() {
        Rollout r = withPilot(1);
        WaveUnit u = rollouts.waveUnit(r, r.station(0).unit());
        List<ChecklistItem> seen = items(r, u).subList(0, 3);
        ChecklistItem meanwhile = seen.get(1);
        checklists().update(r.coordinator(), r.programId(), meanwhile.id(),
                new ItemForm(null, meanwhile.dueDate(), ItemStatus.IN_PROGRESS, "ordered", meanwhile.version()));
        int auditBefore = audited(r);

        assertThatThrownBy(() -> checklists().mark(r.coordinator(), r.programId(), new BulkMark(
                seen.stream().map(ChecklistItem::id).toList(), seen.stream().map(ChecklistItem::version).toList(), null, null, null,
                ItemStatus.DONE, "Checked", null))).isInstanceOf(StaleVersionException.class);

        assertThat(done(r)).isZero();
        assertThat(audited(r)).isEqualTo(auditBefore);
        assertCountsAgree(r);
    }

    @Test
    void refusesMarkingAllOfAUnitWhenTheListChangedSinceTheSnapshotAndChangesNothing() {
        Rollout r = withPilot(1);
        WaveUnit u = rollouts.waveUnit(r, r.station(0).unit());
        String snapshot = checklists().snapshot(r.coordinator(), r.programId(), null, u.id());
        fixtures.person(r.world().admin(), "Late Joiner", r.station(0).unit().id(), null);
        int auditBefore = audited(r);

        assertThatThrownBy(() -> checklists().mark(r.coordinator(), r.programId(),
                new BulkMark(null, null, null, u.id(), Category.ACCESS, ItemStatus.DONE, null, snapshot)))
                .isInstanceOf(StaleVersionException.class);

        assertThat(done(r)).isZero();
        assertThat(audited(r)).isEqualTo(auditBefore);
    }

    @Test
    void marksAllOfAUnitWithAFreshSnapshot() {
        Rollout r = withPilot(1);
        WaveUnit u = rollouts.waveUnit(r, r.station(0).unit());
        String snapshot = checklists().snapshot(r.coordinator(), r.programId(), null, u.id());

        int changed = checklists().mark(r.coordinator(), r.programId(),
                new BulkMark(null, null, null, u.id(), null, ItemStatus.NOT_APPLICABLE, null, snapshot));

        assertThat(changed).isEqualTo(items(r, u).size());
        assertThat(checklists().snapshot(r.coordinator(), r.programId(), null, u.id())).isNotEqualTo(snapshot);
        assertCountsAgree(r);
    }

    @Test
    void refusesTickedItemsWithoutVersionsOrAllWithoutASnapshotAndChangesNothing() {
        Rollout r = withPilot(1);
        WaveUnit u = rollouts.waveUnit(r, r.station(0).unit());
        List<Long> ids = items(r, u).stream().map(ChecklistItem::id).toList();

        String noVersions = refusal(() -> checklists().mark(r.coordinator(), r.programId(),
                new BulkMark(ids, null, null, null, null, ItemStatus.DONE, null, null)));
        String tooFew = refusal(() -> checklists().mark(r.coordinator(), r.programId(),
                new BulkMark(ids, List.of(0), null, null, null, ItemStatus.DONE, null, null)));
        String noSnapshot = refusal(() -> checklists().mark(r.coordinator(), r.programId(),
                new BulkMark(null, null, null, u.id(), null, ItemStatus.DONE, null, " ")));

        assertThat(noVersions).isEqualTo("rollout.error.bulkVersions");
        assertThat(tooFew).isEqualTo("rollout.error.bulkVersions");
        assertThat(noSnapshot).isEqualTo("rollout.error.bulkSnapshot");
        assertThat(done(r)).isZero();
    }

    @Test
    void theCountsOnTheWaveUnitFollowEveryKindOfChange() {
        Rollout r = withPilot(2);
        WaveUnit u = rollouts.waveUnit(r, r.station(0).unit());
        ChecklistItem first = items(r, u).get(0);

        checklists().update(r.coordinator(), r.programId(), first.id(),
                new ItemForm(null, first.dueDate(), ItemStatus.DONE, "done", first.version()));
        assertCountsAgree(r);
        fixtures.person(r.world().admin(), "Newcomer", r.station(0).unit().id(), null);
        assertCountsAgree(r);
        rollouts.wave(r, "Second", false, LocalDate.now().plusDays(40), r.station(1).unit());
        assertCountsAgree(r);
        TemplateItem servers = checklists().template(r.coordinator(), r.programId()).get(0);
        checklists().deleteTemplateItem(r.coordinator(), r.programId(), servers.id(), servers.version());
        assertCountsAgree(r);
        assertThat(count("select checklist_total from rollout_wave_unit where id = ?", u.id())).isEqualTo(items(r, u).size());
    }
}
