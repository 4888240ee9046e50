package org.uptake.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.uptake.support.Fixtures.as;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.uptake.program.resource.AllocationForm;
import org.uptake.program.resource.AllocationService;
import org.uptake.program.resource.PersonLoad;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.support.ProgramTest;

/** People allocated with hours per week; a person above their weekly capacity across programs is flagged. */
class AllocationTests extends ProgramTest {

    private static final LocalDate MONDAY = LocalDate.of(2030, 3, 4);

    private AllocationService allocations() {
        return fixtures.bean(AllocationService.class);
    }

    private static AllocationForm form(long personId, String hours, LocalDate from, LocalDate to) {
        var f = new AllocationForm();
        f.setPersonId(personId);
        f.setRole("Key user");
        f.setHoursPerWeek(new BigDecimal(hours));
        f.setStartsOn(from);
        f.setEndsOn(to);
        return f;
    }

    @Test
    void flagsAPersonAboveTheirWeeklyCapacityAcrossPrograms() {
        var w = programFixtures.world();
        Program crm = programFixtures.program(w, "P1");
        Program messenger = programFixtures.program(w, "P1");
        long trainer = w.trainer().id();
        long it = w.it().id();
        allocations().add(w.coordinator(), crm.id(), form(trainer, "30", MONDAY, MONDAY.plusWeeks(4).minusDays(1)));
        allocations().add(w.coordinator(), messenger.id(), form(trainer, "16", MONDAY.plusWeeks(2), MONDAY.plusWeeks(8)));
        allocations().add(w.coordinator(), crm.id(), form(it, "20", MONDAY, MONDAY.plusWeeks(4)));

        var loads = allocations().loads(w.coordinator(), crm.id());

        assertThat(loads).extracting(PersonLoad::personId).containsExactly(trainer, it);
        PersonLoad over = loads.getFirst();
        assertThat(over.overAllocated()).isTrue();
        assertThat(over.weeksOver()).isEqualTo(2);
        assertThat(over.firstWeekOver()).isEqualTo(MONDAY.plusWeeks(2));
        assertThat(over.peakHours()).isEqualByComparingTo("46");
        assertThat(over.programs()).isEqualTo(2);
        assertThat(loads.get(1).overAllocated()).isFalse();
    }

    @Test
    void aHigherCapacityClearsTheFlag() {
        var w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        allocations().add(w.coordinator(), p.id(), form(w.it().id(), "45", MONDAY, MONDAY.plusWeeks(1)));
        assertThat(allocations().loads(w.coordinator(), p.id()).getFirst().overAllocated()).isTrue();

        allocations().setCapacity(w.coordinator(), p.id(), w.it().id(), new BigDecimal("48"));

        assertThat(allocations().loads(w.coordinator(), p.id()).getFirst().overAllocated()).isFalse();
    }

    @Test
    void refusesAnAllocationThatEndsBeforeItStartsOrHasNoHoursAndStoresNothing() {
        var w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        assertThatThrownBy(() -> allocations().add(w.coordinator(), p.id(), form(w.it().id(), "0", MONDAY, MONDAY.minusDays(1))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.code()).containsExactly("allocation.error.hours", "allocation.error.endsBeforeStart"));
        assertThat(jdbc.sql("select count(*) from program_allocation where program_id = ?").param(p.id()).query(Long.class).single())
                .isZero();
    }

    @Test
    void aStaleEditIsAConflict() {
        var w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        var a = allocations().add(w.coordinator(), p.id(), form(w.it().id(), "10", MONDAY, MONDAY.plusWeeks(1)));
        allocations().update(w.coordinator(), p.id(), a.id(), form(w.it().id(), "12", MONDAY, MONDAY.plusWeeks(1)));
        assertThatThrownBy(() -> allocations().update(w.coordinator(), p.id(), a.id(), form(w.it().id(), "14", MONDAY, MONDAY)))
                .isInstanceOf(StaleVersionException.class);
        assertThat(allocations().get(w.coordinator(), p.id(), a.id()).hoursPerWeek()).isEqualByComparingTo("12");
    }

    @Test
    void theBudgetTabFlagsTheOverAllocatedPerson() throws Exception {
        var w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        allocations().add(w.coordinator(), p.id(), form(w.it().id(), "50", MONDAY, MONDAY.plusWeeks(1)));
        mvc.perform(get("/programs/" + p.id() + "/budget").with(as(w.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("data-testid=\"over-allocated\"")))
                .andExpect(content().string(Matchers.containsString("IT Person")));
    }
}
