package org.uptake.matrix;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;
import static org.uptake.matrix.CompetencyMatrixRows.ARCHITECTS;
import static org.uptake.matrix.CompetencyMatrixRows.EDITORS;
import static org.uptake.matrix.CompetencyMatrixRows.MANAGERS;
import static org.uptake.matrix.CompetencyMatrixRows.PERSONAL;
import static org.uptake.matrix.Endpoint.EVERYONE;
import static org.uptake.matrix.Endpoint.Target.NONE;
import static org.uptake.matrix.Endpoint.Target.ORGANIZATION;
import static org.uptake.matrix.Endpoint.Target.UNIT;
import static org.uptake.matrix.Endpoint.api;
import static org.uptake.matrix.Endpoint.page;

import java.util.ArrayList;
import java.util.List;
import org.uptake.competency.assessment.AssessmentService;
import org.uptake.competency.catalog.CatalogService;
import org.uptake.competency.catalog.CompetencyForm;
import org.uptake.competency.catalog.CompetencyKind;
import org.uptake.competency.catalog.ValueForm;
import org.uptake.competency.profile.ProfileService;
import org.uptake.competency.profile.RequirementForm;
import org.uptake.org.person.PersonForm;
import org.uptake.org.person.PersonService;
import org.uptake.org.position.Position;
import org.uptake.support.Fixtures;

/** Matrix rows of the catalogue, requirements and job profiles (read by everyone) and of assessments (personal). */
final class CompetencyProfileMatrixRows {

    private CompetencyProfileMatrixRows() {
    }

    /** A position with one requirement: something to profile, assess and change. */
    static Position profiled(World w) {
        Position p = w.fixtures().position(w.admin(), "Matrix profiled " + Fixtures.next());
        var f = new RequirementForm();
        f.setKind(CompetencyKind.SKILL);
        f.setName("Matrix skill " + Fixtures.next());
        f.setRequiredLevel(2);
        w.fixtures().bean(ProfileService.class).add(w.admin(), p.id(), f);
        return p;
    }

    static String position(World w) {
        return "/positions/" + profiled(w).id();
    }

    static long requirement(World w, Position p) {
        return w.fixtures().bean(ProfileService.class).requirements(w.admin(), p.id()).getFirst().id();
    }

    /** The person (see {@link CompetencyMatrixRows#person}) now holding a profiled position. */
    static long assessable(World w, boolean own) {
        long person = CompetencyMatrixRows.person(w, own);
        PersonService people = w.fixtures().bean(PersonService.class);
        PersonForm form = PersonForm.of(people.get(w.admin(), person));
        form.setPositionId(profiled(w).id());
        people.update(w.admin(), person, form);
        return person;
    }

    static long assessment(World w, boolean own) {
        return w.fixtures().bean(AssessmentService.class).start(w.admin(), assessable(w, own)).id();
    }

    static long competency(World w) {
        return w.fixtures().bean(CatalogService.class)
                .create(w.admin(), CompetencyForm.of(CompetencyKind.SKILL, "Matrix " + Fixtures.next())).id();
    }

    static long value(World w) {
        var f = new ValueForm();
        f.setName("Matrix value");
        return w.fixtures().bean(CatalogService.class).addValue(w.admin(), f).id();
    }

    static List<Endpoint> all() {
        List<Endpoint> rows = new ArrayList<>(catalogue());
        rows.addAll(profiles());
        rows.addAll(assessments());
        return rows;
    }

    static List<Endpoint> catalogue() {
        String base = "/api/v1/competencies";
        String five = "{\"levels\":[{\"name\":\"A\"},{\"name\":\"B\"},{\"name\":\"C\"},{\"name\":\"D\"},{\"name\":\"E\"}]}";
        return List.of(
                api(GET, base, EVERYONE, NONE, (w, own) -> base + "?q=a", (w, own) -> null),
                api(POST, base, ARCHITECTS, NONE, (w, own) -> base, (w, own) -> "{\"kind\":\"SKILL\",\"name\":\"M" + Fixtures.next() + "\"}"),
                api(PUT, base + "/{id}", ARCHITECTS, ORGANIZATION, (w, own) -> base + "/" + competency(w),
                        (w, own) -> "{\"kind\":\"SKILL\",\"name\":\"M" + Fixtures.next() + "\",\"version\":0}"),
                api(GET, base + "/scale", EVERYONE, NONE, (w, own) -> base + "/scale", (w, own) -> null),
                api(PUT, base + "/scale", ARCHITECTS, NONE, (w, own) -> base + "/scale", (w, own) -> five),
                api(GET, base + "/values", EVERYONE, NONE, (w, own) -> base + "/values", (w, own) -> null),
                api(POST, base + "/values", ARCHITECTS, NONE, (w, own) -> base + "/values", (w, own) -> "{\"name\":\"Honesty\"}"),
                api(PUT, base + "/values/{id}", ARCHITECTS, ORGANIZATION, (w, own) -> base + "/values/" + value(w),
                        (w, own) -> "{\"name\":\"Honesty\",\"version\":0}"),
                api(DELETE, base + "/values/{id}", ARCHITECTS, ORGANIZATION, (w, own) -> base + "/values/" + value(w) + "?version=0",
                        (w, own) -> null),
                page(GET, "/competencies/catalogue", EVERYONE, NONE, (w, own) -> "/competencies/catalogue"),
                page(POST, "/competencies/catalogue", ARCHITECTS, NONE, (w, own) -> "/competencies/catalogue",
                        (w, own) -> "kind=SKILL&name=M" + Fixtures.next()),
                page(POST, "/competencies/catalogue/values", ARCHITECTS, NONE, (w, own) -> "/competencies/catalogue/values",
                        (w, own) -> "name=Honesty"),
                page(POST, "/competencies/catalogue/{id}", ARCHITECTS, ORGANIZATION, (w, own) -> "/competencies/catalogue/" + competency(w),
                        (w, own) -> "kind=SKILL&name=M" + Fixtures.next() + "&version=0"),
                page(POST, "/competencies/catalogue/values/{id}", ARCHITECTS, ORGANIZATION,
                        (w, own) -> "/competencies/catalogue/values/" + value(w), (w, own) -> "name=Openness&version=0"),
                page(POST, "/competencies/catalogue/values/{id}/delete", ARCHITECTS, ORGANIZATION,
                        (w, own) -> "/competencies/catalogue/values/" + value(w) + "/delete?version=0"));
    }

    static List<Endpoint> profiles() {
        String api = "/api/v1/positions/{id}";
        return List.of(
                api(GET, api + "/profile", EVERYONE, ORGANIZATION, (w, own) -> "/api/v1" + position(w) + "/profile", (w, own) -> null),
                api(GET, api + "/profile/export", EVERYONE, ORGANIZATION, (w, own) -> "/api/v1" + position(w) + "/profile/export?format=docx",
                        (w, own) -> null),
                api(GET, api + "/profile/vacancy", EVERYONE, ORGANIZATION, (w, own) -> "/api/v1" + position(w) + "/profile/vacancy",
                        (w, own) -> null),
                api(GET, api + "/requirements", EVERYONE, ORGANIZATION, (w, own) -> "/api/v1" + position(w) + "/requirements",
                        (w, own) -> null),
                api(POST, api + "/requirements", EDITORS, ORGANIZATION, (w, own) -> "/api/v1" + position(w) + "/requirements",
                        (w, own) -> "{\"kind\":\"SKILL\",\"name\":\"M" + Fixtures.next() + "\",\"requiredLevel\":2}"),
                api(PUT, api + "/requirements/{requirementId}", EDITORS, ORGANIZATION, (w, own) -> {
                    Position p = profiled(w);
                    return "/api/v1/positions/" + p.id() + "/requirements/" + requirement(w, p);
                }, (w, own) -> "{\"requiredLevel\":3,\"version\":0}"),
                api(DELETE, api + "/requirements/{requirementId}", EDITORS, ORGANIZATION, (w, own) -> {
                    Position p = profiled(w);
                    return "/api/v1/positions/" + p.id() + "/requirements/" + requirement(w, p) + "?version=0";
                }, (w, own) -> null),
                api(GET, api + "/requirements/agreements", EVERYONE, ORGANIZATION,
                        (w, own) -> "/api/v1" + position(w) + "/requirements/agreements", (w, own) -> null),
                api(POST, api + "/requirements/agreements", EVERYONE, ORGANIZATION,
                        (w, own) -> "/api/v1" + position(w) + "/requirements/agreements", (w, own) -> "{\"party\":\"EMPLOYEE\"}"),
                api(POST, api + "/responsibilities", ARCHITECTS, ORGANIZATION, (w, own) -> "/api/v1" + position(w) + "/responsibilities",
                        (w, own) -> "{\"text\":\"Client loyalty\"}"),
                api(DELETE, api + "/responsibilities/{responsibilityId}", ARCHITECTS, ORGANIZATION, (w, own) -> {
                    Position p = profiled(w);
                    long r = w.fixtures().bean(ProfileService.class).addResponsibility(w.admin(), p.id(), "Loyalty").id();
                    return "/api/v1/positions/" + p.id() + "/responsibilities/" + r + "?version=0";
                }, (w, own) -> null),
                page(GET, "/positions/{id}/profile", EVERYONE, ORGANIZATION, (w, own) -> position(w) + "/profile"),
                page(GET, "/positions/{id}/profile/export", EVERYONE, ORGANIZATION, (w, own) -> position(w) + "/profile/export?format=pdf"),
                page(GET, "/positions/{id}/vacancy", EVERYONE, ORGANIZATION, (w, own) -> position(w) + "/vacancy"),
                page(POST, "/positions/{id}/responsibilities", ARCHITECTS, ORGANIZATION, (w, own) -> position(w) + "/responsibilities",
                        (w, own) -> "text=Client+loyalty"),
                page(GET, "/positions/{id}/competencies", EVERYONE, ORGANIZATION, (w, own) -> position(w) + "/competencies"),
                page(POST, "/positions/{id}/competencies", EDITORS, ORGANIZATION, (w, own) -> position(w) + "/competencies",
                        (w, own) -> "kind=SKILL&name=M" + Fixtures.next() + "&requiredLevel=2"),
                page(POST, "/positions/{id}/competencies/{requirementId}/delete", EDITORS, ORGANIZATION, (w, own) -> {
                    Position p = profiled(w);
                    return "/positions/" + p.id() + "/competencies/" + requirement(w, p) + "/delete?version=0";
                }),
                page(POST, "/positions/{id}/competencies/agree", EVERYONE, ORGANIZATION, (w, own) -> position(w) + "/competencies/agree",
                        (w, own) -> "party=EMPLOYEE"));
    }

    static List<Endpoint> assessments() {
        return List.of(
                api(POST, "/api/v1/assessments", MANAGERS, UNIT, (w, own) -> "/api/v1/assessments",
                        (w, own) -> "{\"personId\":" + assessable(w, own) + "}"),
                api(GET, "/api/v1/assessments/{id}", PERSONAL, UNIT, (w, own) -> "/api/v1/assessments/" + assessment(w, own), (w, own) -> null),
                api(PUT, "/api/v1/assessments/{id}/levels", PERSONAL, UNIT, (w, own) -> "/api/v1/assessments/" + assessment(w, own) + "/levels",
                        (w, own) -> "{\"levels\":{},\"version\":0}"),
                api(POST, "/api/v1/assessments/{id}/agree", MANAGERS, UNIT, (w, own) -> "/api/v1/assessments/" + assessment(w, own) + "/agree",
                        (w, own) -> "{\"levels\":{},\"version\":0}"),
                api(GET, "/api/v1/people/{personId}/assessments", PERSONAL, UNIT,
                        (w, own) -> "/api/v1/people/" + CompetencyMatrixRows.person(w, own) + "/assessments", (w, own) -> null),
                api(GET, "/api/v1/assessments/gap-matrix", ARCHITECTS, NONE, (w, own) -> "/api/v1/assessments/gap-matrix", (w, own) -> null),
                page(POST, "/people/{personId}/assessments", MANAGERS, UNIT, (w, own) -> "/people/" + assessable(w, own) + "/assessments"),
                page(GET, "/assessments/{id}", PERSONAL, UNIT, (w, own) -> "/assessments/" + assessment(w, own)),
                page(POST, "/assessments/{id}/{step}", PERSONAL, UNIT, (w, own) -> "/assessments/" + assessment(w, own) + "/rate",
                        (w, own) -> "version=0"),
                page(GET, "/assessments/matrix", ARCHITECTS, NONE, (w, own) -> "/assessments/matrix"));
    }
}
