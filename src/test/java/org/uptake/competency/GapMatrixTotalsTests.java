package org.uptake.competency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.uptake.competency.assessment.Assessment;
import org.uptake.competency.assessment.AssessmentService;
import org.uptake.competency.assessment.GapMatrix;
import org.uptake.competency.assessment.LevelsForm;
import org.uptake.competency.catalog.CompetencyKind;
import org.uptake.competency.profile.ProfileService;
import org.uptake.competency.profile.RequirementForm;
import org.uptake.org.person.Person;
import org.uptake.org.person.PersonForm;
import org.uptake.org.person.PersonService;
import org.uptake.org.unit.Unit;
import org.uptake.support.CompetencyFixtures;
import org.uptake.support.IntegrationTest;

/**
 * The gap matrix reads running totals per unit and competency (ADR 0018); whatever happens to
 * assessments and people, the totals equal what the latest agreed assessments' items say.
 */
class GapMatrixTotalsTests extends IntegrationTest {

    private CompetencyFixtures.CarService car;
    private AssessmentService assessments;
    private Unit north;
    private Unit receptionA;
    private Unit receptionB;
    private long crm;
    private long attentive;

    @BeforeEach
    void carServiceWithTwoReceptions() {
        car = new CompetencyFixtures(fixtures).carService();
        assessments = fixtures.bean(AssessmentService.class);
        north = fixtures.unit(car.admin(), "North", null);
        receptionA = fixtures.unit(car.admin(), "Reception A", north.id());
        receptionB = fixtures.unit(car.admin(), "Reception B", north.id());
        crm = require(CompetencyKind.SKILL, "Working in the CRM", 4);
        attentive = require(CompetencyKind.PERSONAL_QUALITY, "Attentiveness", 3);
    }

    private long require(CompetencyKind kind, String name, int level) {
        var f = new RequirementForm();
        f.setProcessId(car.receiving().id());
        f.setKind(kind);
        f.setName(name);
        f.setRequiredLevel(level);
        return fixtures.bean(ProfileService.class).add(car.admin(), car.adviser().id(), f).competencyId();
    }

    private Person adviserIn(String name, Long unitId) {
        return fixtures.person(car.admin(), name, unitId, car.adviser().id());
    }

    private Assessment agree(Person p, int crmLevel, int attentiveLevel) {
        Assessment a = assessments.start(car.admin(), p.id());
        var levels = new LevelsForm();
        levels.setLevels(Map.of(crm, crmLevel, attentive, attentiveLevel));
        levels.setVersion(a.version());
        return assessments.agree(car.admin(), a.id(), levels);
    }

    private void moveTo(Person p, Long unitId) {
        PersonService people = fixtures.bean(PersonService.class);
        PersonForm form = PersonForm.of(people.get(car.admin(), p.id()));
        form.setUnitId(unitId);
        people.update(car.admin(), p.id(), form);
    }

    private GapMatrix.Cell cell(GapMatrix m, long unitId, long competency) {
        return m.rows().stream().filter(r -> r.id() == unitId).findFirst().orElseThrow().cells().get(competency);
    }

    /** The totals against the items of the latest agreed assessments, unit by unit. */
    private void assertTotalsMatchTheItems() {
        long org = car.admin().organizationId();
        List<String> fromItems = jdbc.sql("""
                select p.unit_id || ':' || i.competency_id || ':' || count(*) || ':' || count(*) filter (where i.gap > 0)
                       || ':' || sum(i.gap)
                from assessment a join assessment_item i on i.assessment_id = a.id join person p on p.id = a.person_id
                where a.organization_id = ? and a.latest and p.unit_id is not null group by p.unit_id, i.competency_id order by 1""")
                .param(org).query(String.class).list();
        List<String> totals = jdbc.sql("""
                select unit_id || ':' || competency_id || ':' || assessed || ':' || with_gap || ':' || gap_sum
                from gap_rollup where organization_id = ? and assessed > 0 order by 1""").param(org).query(String.class).list();
        assertThat(totals).isEqualTo(fromItems);
    }

    @Test
    void anAgreedAssessmentCountsInItsPersonsUnitAndAnOpenOneDoesNot() {
        Person anna = adviserIn("Anna Adviser", receptionA.id());
        Person boris = adviserIn("Boris Adviser", receptionA.id());
        agree(anna, 2, 3);
        assessments.start(car.admin(), boris.id());

        GapMatrix byRegion = assessments.matrix(car.admin(), null, false);
        GapMatrix byReception = assessments.matrix(car.admin(), north.id(), false);

        assertThat(cell(byRegion, north.id(), crm)).isEqualTo(new GapMatrix.Cell(1, 1, 2.0));
        assertThat(cell(byRegion, north.id(), attentive)).isEqualTo(new GapMatrix.Cell(0, 1, 0.0));
        assertThat(byReception.rows()).extracting(GapMatrix.Row::name).containsExactly("Reception A");
        assertTotalsMatchTheItems();
    }

    @Test
    void aNewAgreedAssessmentReplacesThePersonsPreviousOneInTheTotals() {
        Person anna = adviserIn("Anna Adviser", receptionA.id());
        Person boris = adviserIn("Boris Adviser", receptionA.id());
        agree(anna, 2, 3);
        agree(boris, 1, 2);

        agree(anna, 4, 1);

        GapMatrix m = assessments.matrix(car.admin(), north.id(), false);
        assertThat(cell(m, receptionA.id(), crm)).isEqualTo(new GapMatrix.Cell(1, 2, 1.5));
        assertThat(cell(m, receptionA.id(), attentive)).isEqualTo(new GapMatrix.Cell(2, 2, 1.5));
        assertTotalsMatchTheItems();
    }

    @Test
    void aPersonWhoMovesTakesTheirGapsToTheNewUnit() {
        Person anna = adviserIn("Anna Adviser", receptionA.id());
        Person boris = adviserIn("Boris Adviser", receptionA.id());
        agree(anna, 2, 3);
        agree(boris, 3, 3);

        moveTo(anna, receptionB.id());

        GapMatrix m = assessments.matrix(car.admin(), north.id(), false);
        assertThat(cell(m, receptionA.id(), crm)).isEqualTo(new GapMatrix.Cell(1, 1, 1.0));
        assertThat(cell(m, receptionB.id(), crm)).isEqualTo(new GapMatrix.Cell(1, 1, 2.0));
        assertThat(cell(assessments.matrix(car.admin(), null, false), north.id(), crm)).isEqualTo(new GapMatrix.Cell(2, 2, 1.5));
        assertTotalsMatchTheItems();
    }

    @Test
    void someoneAssessedWithoutAUnitCountsOnceTheyJoinOne() {
        Person anna = adviserIn("Anna Adviser", null);
        agree(anna, 2, 3);
        assertThat(assessments.matrix(car.admin(), null, false).rows()).isEmpty();

        moveTo(anna, receptionB.id());

        assertThat(cell(assessments.matrix(car.admin(), null, false), north.id(), crm)).isEqualTo(new GapMatrix.Cell(1, 1, 2.0));
        assertTotalsMatchTheItems();
    }

    @Test
    void movesAndReassessmentsInAnyOrderKeepTheTotalsExact() {
        Person anna = adviserIn("Anna Adviser", receptionA.id());
        Person boris = adviserIn("Boris Adviser", receptionB.id());
        agree(anna, 1, 1);
        moveTo(anna, receptionB.id());
        agree(boris, 2, 2);
        agree(anna, 3, 0);
        moveTo(boris, north.id());
        moveTo(anna, receptionA.id());
        agree(boris, 4, 3);

        GapMatrix m = assessments.matrix(car.admin(), north.id(), false);
        assertThat(cell(m, receptionA.id(), attentive)).isEqualTo(new GapMatrix.Cell(1, 1, 3.0));
        assertThat(cell(m, north.id(), crm)).isEqualTo(new GapMatrix.Cell(0, 1, 0.0));
        assertThat(m.rows()).extracting(GapMatrix.Row::name).containsExactlyInAnyOrder("North", "Reception A");
        assertTotalsMatchTheItems();
    }
}
