package org.uptake.rollout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.uptake.org.person.Person;
import org.uptake.rollout.checklist.BulkMark;
import org.uptake.rollout.checklist.Category;
import org.uptake.rollout.checklist.ChecklistItem;
import org.uptake.rollout.checklist.ChecklistService;
import org.uptake.rollout.checklist.ItemForm;
import org.uptake.rollout.checklist.ItemStatus;
import org.uptake.rollout.checklist.TemplateItem;
import org.uptake.rollout.checklist.TemplateItemForm;
import org.uptake.rollout.readiness.CriterionKind;
import org.uptake.rollout.readiness.ReadinessService;
import org.uptake.rollout.readiness.UnitReadiness;
import org.uptake.rollout.wave.Wave;
import org.uptake.rollout.wave.WaveUnit;
import org.uptake.shared.error.ForbiddenException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.paging.PageRequest;
import org.uptake.support.RolloutFixtures;
import org.uptake.support.RolloutFixtures.Rollout;

/** Unit checklists: generated from the program's template, access items per person, bulk marking, evidence, readiness. */
class ChecklistTests extends RolloutTest {

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

    private int itemCount(Rollout r) {
        return count("select count(*) from rollout_checklist_item where program_id = ?", r.programId());
    }

    @Test
    void everyUnitInAWaveGetsTheDefaultInfrastructureItemsAndAnAccessItemPerPerson() {
        Rollout r = withPilot(1);
        WaveUnit u = rollouts.waveUnit(r, r.station(0).unit());
        Person anna = fixtures.person(r.world().admin(), "Anna Clerk", r.station(0).unit().id(), null);

        List<ChecklistItem> items = items(r, u);

        assertThat(items).filteredOn(i -> i.category() == Category.INFRASTRUCTURE).hasSize(5)
                .allSatisfy(i -> assertThat(i.status()).isEqualTo(ItemStatus.OPEN));
        assertThat(items).filteredOn(i -> i.category() == Category.ACCESS).extracting(ChecklistItem::personId)
                .containsExactlyInAnyOrder(r.station(0).head().personId(), anna.id());
        assertThat(items).filteredOn(i -> i.title().startsWith("Servers")).singleElement()
                .satisfies(i -> assertThat(i.dueDate()).isEqualTo(u.plannedGoLive().minusDays(14)));
    }

    @Test
    void aPersonWhoJoinsAUnitInScopeGetsAnAccessItemAtOnce() {
        Rollout r = withPilot(2);
        WaveUnit u = rollouts.waveUnit(r, r.station(0).unit());
        var sub = fixtures.unit(r.world().admin(), "Night shift", r.station(0).unit().id());
        Person outside = fixtures.person(r.world().admin(), "Outside", r.station(1).unit().id(), null);
        int before = items(r, u).size();

        fixtures.person(r.world().admin(), "Newcomer", sub.id(), null);
        var form = org.uptake.support.Fixtures.personForm("Outside", r.station(0).unit().id(), null);
        form.setEmail(outside.email());
        form.setEmployeeNumber(outside.employeeNumber());
        form.setVersion(outside.version());
        fixtures.bean(org.uptake.org.person.PersonService.class).update(r.world().admin(), outside.id(), form);

        assertThat(items(r, u)).hasSize(before + 2).filteredOn(i -> i.category() == Category.ACCESS)
                .extracting(ChecklistItem::personName).contains("Newcomer", "Outside");
    }

    @Test
    void dueDatesMoveWithTheGoLiveUnlessSetByHand() {
        Rollout r = withPilot(1);
        WaveUnit u = rollouts.waveUnit(r, r.station(0).unit());
        ChecklistItem servers = items(r, u).stream().filter(i -> i.title().startsWith("Servers")).findFirst().orElseThrow();
        ChecklistItem network = items(r, u).stream().filter(i -> i.title().startsWith("Network")).findFirst().orElseThrow();
        LocalDate byHand = LocalDate.now().plusDays(2);
        checklists().update(r.coordinator(), r.programId(), network.id(), new ItemForm(null, byHand, ItemStatus.OPEN, null,
                network.version()));
        Wave pilot = rollouts.waves().list(r.coordinator(), r.programId()).get(0);
        var form = RolloutFixtures.waveForm("Pilot", true, pilot.plannedGoLive().plusDays(10));
        form.setVersion(pilot.version());

        rollouts.waves().update(r.coordinator(), r.programId(), pilot.id(), form);

        assertThat(checklists().item(r.coordinator(), r.programId(), servers.id()).dueDate())
                .isEqualTo(pilot.plannedGoLive().plusDays(10).minusDays(14));
        assertThat(checklists().item(r.coordinator(), r.programId(), network.id()).dueDate()).isEqualTo(byHand);
    }

    @Test
    void theChecklistCriterionReadsTheShareOfCompleteItems() {
        Rollout r = withPilot(1);
        WaveUnit u = rollouts.waveUnit(r, r.station(0).unit());
        List<ChecklistItem> items = items(r, u);
        ChecklistItem first = items.get(0);

        checklists().update(r.coordinator(), r.programId(), first.id(), new ItemForm(null, first.dueDate(), ItemStatus.DONE,
                "Rack installed", first.version()));
        UnitReadiness partly = fixtures.bean(ReadinessService.class).unit(r.coordinator(), r.programId(), u.id());
        rollouts.completeChecklist(r, u);
        UnitReadiness complete = fixtures.bean(ReadinessService.class).unit(r.coordinator(), r.programId(), u.id());

        assertThat(items).hasSize(6);
        assertThat(partly.result(CriterionKind.CHECKLIST).value()).isEqualByComparingTo(new BigDecimal("16.66"));
        assertThat(partly.result(CriterionKind.CHECKLIST).manual()).isFalse();
        assertThat(partly.reasons()).extracting(x -> x.code()).contains("rollout.reason.CHECKLIST");
        assertThat(complete.result(CriterionKind.CHECKLIST).passes()).isTrue();
        assertThat(checklists().item(r.coordinator(), r.programId(), first.id()).doneByName()).isEqualTo(r.coordinator().displayName());
    }

    @Test
    void bulkMarkingTheAccessItemsOfAUnitLeavesTheRestAndIsAudited() {
        Rollout r = withPilot(1);
        WaveUnit u = rollouts.waveUnit(r, r.station(0).unit());
        fixtures.person(r.world().admin(), "Anna Clerk", r.station(0).unit().id(), null);

        int changed = checklists().mark(r.coordinator(), r.programId(), new BulkMark(null, null, null, u.id(), Category.ACCESS,
                ItemStatus.DONE, "Accounts created by IT", checklists().snapshot(r.coordinator(), r.programId(), null, u.id())));

        assertThat(changed).isEqualTo(2);
        assertThat(items(r, u)).allSatisfy(i -> assertThat(i.status())
                .isEqualTo(i.category() == Category.ACCESS ? ItemStatus.DONE : ItemStatus.OPEN));
        assertThat(count("select count(*) from audit_entry where entity_type = 'rolloutChecklistItem' and action = 'updated' "
                + "and organization_id = ?", r.world().admin().organizationId())).isEqualTo(2);
    }

    @Test
    void refusesBulkMarkingItemsOfAnotherProgramAndChangesNothing() {
        Rollout r = withPilot(1);
        Rollout other = withPilot(1);
        long foreign = items(other, rollouts.waveUnit(other, other.station(0).unit())).get(0).id();
        long own = items(r, rollouts.waveUnit(r, r.station(0).unit())).get(0).id();

        String code = refusal(() -> checklists().mark(r.coordinator(), r.programId(),
                new BulkMark(List.of(own, foreign), List.of(0, 0), null, null, null, ItemStatus.DONE, null, null)));
        String nothing = refusal(() -> checklists().mark(r.coordinator(), r.programId(),
                new BulkMark(List.of(), null, null, null, null, ItemStatus.DONE, null, null)));

        assertThat(code).isEqualTo("rollout.error.unknownItems");
        assertThat(nothing).isEqualTo("rollout.error.bulkNothing");
        assertThat(count("select count(*) from rollout_checklist_item where status <> 'OPEN' and program_id in (?, ?)",
                r.programId(), other.programId())).isZero();
    }

    @Test
    void theItemsOwnerMayUpdateItButNobodyElseOutsideTheTeam() {
        Rollout r = withPilot(2);
        WaveUnit u = rollouts.waveUnit(r, r.station(0).unit());
        ChecklistItem item = items(r, u).get(0);
        var owner = r.station(1).head();
        ChecklistItem owned = checklists().update(r.coordinator(), r.programId(), item.id(), new ItemForm(owner.personId(),
                item.dueDate(), ItemStatus.OPEN, null, item.version()));

        ChecklistItem done = checklists().update(owner, r.programId(), item.id(), new ItemForm(owner.personId(), item.dueDate(),
                ItemStatus.DONE, "Switch configured", owned.version()));
        ChecklistItem other = items(r, u).get(1);

        assertThat(done.status()).isEqualTo(ItemStatus.DONE);
        assertThatThrownBy(() -> checklists().update(owner, r.programId(), other.id(), new ItemForm(null, other.dueDate(),
                ItemStatus.DONE, null, other.version()))).isInstanceOf(ForbiddenException.class);
        assertThat(checklists().item(r.coordinator(), r.programId(), other.id()).status()).isEqualTo(ItemStatus.OPEN);
    }

    @Test
    void aStaleEditOrAnUnknownOwnerIsRefusedAndChangesNothing() {
        Rollout r = withPilot(1);
        ChecklistItem item = items(r, rollouts.waveUnit(r, r.station(0).unit())).get(0);
        checklists().update(r.coordinator(), r.programId(), item.id(), new ItemForm(null, item.dueDate(), ItemStatus.IN_PROGRESS,
                null, item.version()));

        assertThatThrownBy(() -> checklists().update(r.coordinator(), r.programId(), item.id(), new ItemForm(null, item.dueDate(),
                ItemStatus.DONE, null, item.version()))).isInstanceOf(StaleVersionException.class);
        String code = refusal(() -> checklists().update(r.coordinator(), r.programId(), item.id(), new ItemForm(-5L,
                item.dueDate(), ItemStatus.DONE, null, item.version() + 1)));

        assertThat(code).isEqualTo("rollout.error.unknownPerson");
        assertThat(checklists().item(r.coordinator(), r.programId(), item.id()).status()).isEqualTo(ItemStatus.IN_PROGRESS);
    }

    @Test
    void evidenceFilesAreKeptAndOversizeOrForeignTypesAreRefusedWithNothingStored() {
        Rollout r = withPilot(1);
        ChecklistItem item = items(r, rollouts.waveUnit(r, r.station(0).unit())).get(0);
        int files = count("select count(*) from stored_file where organization_id = ?", r.world().admin().organizationId());

        String tooBig = refusal(() -> checklists().attach(r.coordinator(), r.programId(), item.id(), item.version(), "log.txt",
                "text/plain", new byte[10 * 1024 * 1024 + 1]));
        String exe = refusal(() -> checklists().attach(r.coordinator(), r.programId(), item.id(), item.version(), "setup.exe",
                "application/x-msdownload", new byte[]{1, 2}));
        ChecklistItem attached = checklists().attach(r.coordinator(), r.programId(), item.id(), item.version(), "rack.pdf",
                "application/pdf", "%PDF-1.4".getBytes());

        assertThat(tooBig).isEqualTo("rollout.error.fileTooLarge");
        assertThat(exe).isEqualTo("rollout.error.fileType");
        assertThat(attached.evidenceFileName()).isEqualTo("rack.pdf");
        assertThat(count("select count(*) from stored_file where organization_id = ?", r.world().admin().organizationId()))
                .isEqualTo(files + 1);
        assertThat(checklists().evidence(r.coordinator(), r.programId(), item.id()).content()).isEqualTo("%PDF-1.4".getBytes());
    }

    @Test
    void aNewTemplateItemReachesEveryUnitAndDeletingItLeavesLiveUnitsAlone() {
        Rollout r = withPilot(2);
        rollouts.wave(r, "Wave 2", false, LocalDate.now().plusDays(30), r.station(1).unit());
        int before = itemCount(r);

        TemplateItem printers = checklists().addTemplateItem(r.coordinator(), r.programId(),
                new TemplateItemForm(Category.INFRASTRUCTURE, "Receipt printers", null, 5, 0));
        int withPrinters = itemCount(r);
        checklists().deleteTemplateItem(r.coordinator(), r.programId(), printers.id(), printers.version());

        assertThat(checklists().template(r.coordinator(), r.programId())).hasSize(6);
        assertThat(withPrinters).isEqualTo(before + 2);
        assertThat(itemCount(r)).isEqualTo(before);
    }

    @Test
    void refusesChangingATemplateItemsCategory() {
        Rollout r = withPilot(1);
        TemplateItem servers = checklists().template(r.coordinator(), r.programId()).get(0);

        String code = refusal(() -> checklists().updateTemplateItem(r.coordinator(), r.programId(), servers.id(),
                new TemplateItemForm(Category.ACCESS, "Servers", null, 3, servers.version())));

        assertThat(code).isEqualTo("rollout.error.categoryFixed");
        assertThat(checklists().template(r.coordinator(), r.programId()).get(0)).isEqualTo(servers);
    }

    @Test
    void peopleWhoLeaveHaveTheirOpenAccessItemsClosed() {
        Rollout r = withPilot(1);
        WaveUnit u = rollouts.waveUnit(r, r.station(0).unit());
        Person anna = fixtures.person(r.world().admin(), "Anna Clerk", r.station(0).unit().id(), null);
        var form = org.uptake.support.Fixtures.personForm("Anna Clerk", r.station(0).unit().id(), null);
        form.setEmail(anna.email());
        form.setEmployeeNumber(anna.employeeNumber());
        form.setEmploymentStatus(org.uptake.org.person.EmploymentStatus.LEFT);
        form.setVersion(anna.version());

        fixtures.bean(org.uptake.org.person.PersonService.class).update(r.world().admin(), anna.id(), form);

        assertThat(items(r, u)).filteredOn(i -> "Anna Clerk".equals(i.personName())).singleElement()
                .satisfies(i -> assertThat(i.status()).isEqualTo(ItemStatus.NOT_APPLICABLE));
    }
}
