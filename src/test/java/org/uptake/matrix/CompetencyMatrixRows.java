package org.uptake.matrix;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;
import static org.uptake.matrix.Endpoint.EVERYONE;
import static org.uptake.matrix.Endpoint.Target.NONE;
import static org.uptake.matrix.Endpoint.Target.ORGANIZATION;
import static org.uptake.matrix.Endpoint.Target.UNIT;
import static org.uptake.matrix.Endpoint.api;
import static org.uptake.matrix.Endpoint.page;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.uptake.competency.duty.DutyService;
import org.uptake.competency.duty.IssueForm;
import org.uptake.competency.plan.PlanItem;
import org.uptake.competency.plan.PlanItemForm;
import org.uptake.competency.plan.TrainingPlanService;
import org.uptake.org.position.Position;
import org.uptake.process.catalog.Process;
import org.uptake.shared.Role;
import org.uptake.support.Fixtures;

/**
 * Matrix rows of the competency module: duties and profiles are read by everyone in the
 * organisation; functions are refined by admins, coordinators and the process's owner (the unit
 * head holds the owner position of "own" processes); a person's plan and assessments are seen by
 * the person, their manager (the unit head for people of their unit) and coordinators and admins.
 */
final class CompetencyMatrixRows {

    static final Set<Role> ARCHITECTS = EnumSet.of(Role.ADMIN, Role.COORDINATOR);
    static final Set<Role> EDITORS = EnumSet.of(Role.ADMIN, Role.COORDINATOR, Role.UNIT_HEAD);
    static final Set<Role> MANAGERS = EnumSet.of(Role.ADMIN, Role.COORDINATOR, Role.UNIT_HEAD);
    static final Set<Role> PERSONAL = EnumSet.of(Role.ADMIN, Role.COORDINATOR, Role.UNIT_HEAD, Role.EMPLOYEE);

    private CompetencyMatrixRows() {
    }

    record Duty(Position position, Process process) {
    }

    /** A position executing a process that the unit head owns (own) or that nobody in the world owns (other). */
    static Duty duty(World w, boolean own) {
        Process p = ProcessMatrixRows.measured(w, own);
        Position position = w.fixtures().position(w.admin(), "Matrix executor " + Fixtures.next());
        ProcessMatrixRows.processes(w).executor(w.admin(), p.id(), position);
        return new Duty(position, p);
    }

    static String duties(World w, boolean own) {
        return "/positions/" + duty(w, own).position().id() + "/duties";
    }

    static String issued(World w) {
        Duty d = duty(w, true);
        int revision = w.fixtures().bean(DutyService.class).issue(w.admin(), d.position().id(), new IssueForm()).revision();
        return "/positions/" + d.position().id() + "/duties/revisions/" + revision;
    }

    static String change(World w) {
        Duty d = duty(w, true);
        var change = w.fixtures().bean(DutyService.class).changes(w.admin(), d.position().id()).getFirst();
        return "/positions/" + d.position().id() + "/duties/changes/" + change.id() + "/training-need?version=" + change.version();
    }

    static String functions(World w, boolean own) {
        Duty d = duty(w, own);
        return "/positions/" + d.position().id() + "/duties/functions/" + d.process().id();
    }

    /** The world's employee (own) or someone in a unit outside the unit head's subtree (other). */
    static long person(World w, boolean own) {
        if (own) {
            return w.user(Role.EMPLOYEE).personId();
        }
        return w.fixtures().person(w.admin(), "Outsider " + Fixtures.next(), w.unit(false), null).id();
    }

    static PlanItem item(World w, boolean own) {
        var form = new PlanItemForm();
        form.setNeed("Learn the CRM");
        return w.fixtures().bean(TrainingPlanService.class).addManual(w.admin(), person(w, own), form);
    }

    static List<Endpoint> all() {
        List<Endpoint> rows = new ArrayList<>(dutyPages());
        rows.addAll(dutyApi());
        rows.addAll(plans());
        return rows;
    }

    static List<Endpoint> dutyPages() {
        String base = "/positions/{id}/duties";
        return List.of(
                page(GET, "/competencies", EVERYONE, NONE, (w, own) -> "/competencies?q=a"),
                page(GET, base, EVERYONE, ORGANIZATION, CompetencyMatrixRows::duties),
                page(POST, base + "/issue", ARCHITECTS, ORGANIZATION, (w, own) -> duties(w, true) + "/issue?version=0"),
                page(GET, base + "/functions/{processId}/edit", EDITORS, UNIT, (w, own) -> functions(w, own) + "/edit"),
                page(POST, base + "/functions/{processId}", EDITORS, UNIT, CompetencyMatrixRows::functions,
                        (w, own) -> "functions=Receives+cars&version=0"),
                page(POST, base + "/changes/{changeId}/training-need", MANAGERS, ORGANIZATION, (w, own) -> change(w)),
                page(GET, base + "/revisions/{revision}", EVERYONE, ORGANIZATION, (w, own) -> issued(w)),
                page(GET, base + "/export", EVERYONE, ORGANIZATION, (w, own) -> duties(w, own) + "/export?format=docx"));
    }

    static List<Endpoint> dutyApi() {
        String base = "/api/v1/positions/{id}/duties";
        return List.of(
                api(GET, base, EVERYONE, ORGANIZATION, (w, own) -> "/api/v1" + duties(w, own), (w, own) -> null),
                api(PUT, base + "/functions/{processId}", EDITORS, UNIT, (w, own) -> "/api/v1" + functions(w, own),
                        (w, own) -> "{\"functions\":\"Receives cars\",\"version\":0}"),
                api(POST, base + "/revisions", ARCHITECTS, ORGANIZATION, (w, own) -> "/api/v1" + duties(w, true) + "/revisions",
                        (w, own) -> "{\"version\":0}"),
                api(GET, base + "/revisions", EVERYONE, ORGANIZATION, (w, own) -> "/api/v1" + duties(w, own) + "/revisions",
                        (w, own) -> null),
                api(GET, base + "/revisions/{revision}", EVERYONE, ORGANIZATION, (w, own) -> "/api/v1" + issued(w),
                        (w, own) -> null),
                api(GET, base + "/diff", EVERYONE, ORGANIZATION, (w, own) -> "/api/v1" + duties(w, own) + "/diff", (w, own) -> null),
                api(GET, base + "/changes", EVERYONE, ORGANIZATION, (w, own) -> "/api/v1" + duties(w, own) + "/changes",
                        (w, own) -> null),
                api(POST, base + "/changes/{changeId}/training-need", MANAGERS, ORGANIZATION, (w, own) -> "/api/v1" + change(w),
                        (w, own) -> null),
                api(GET, base + "/export", EVERYONE, ORGANIZATION, (w, own) -> "/api/v1" + duties(w, own) + "/export?format=pdf",
                        (w, own) -> null));
    }

    static List<Endpoint> plans() {
        return List.of(
                page(GET, "/people/{id}/plan", PERSONAL, UNIT, (w, own) -> "/people/" + person(w, own) + "/plan"),
                page(POST, "/people/{id}/plan", MANAGERS, UNIT, (w, own) -> "/people/" + person(w, own) + "/plan",
                        (w, own) -> "need=Learn+the+CRM"),
                page(POST, "/plan-items/{itemId}/{action}", PERSONAL, UNIT,
                        (w, own) -> "/plan-items/" + item(w, own).id() + "/complete?version=0"),
                api(GET, "/api/v1/people/{personId}/training-plan", PERSONAL, UNIT,
                        (w, own) -> "/api/v1/people/" + person(w, own) + "/training-plan", (w, own) -> null),
                api(POST, "/api/v1/people/{personId}/training-plan", MANAGERS, UNIT,
                        (w, own) -> "/api/v1/people/" + person(w, own) + "/training-plan", (w, own) -> "{\"need\":\"Learn the CRM\"}"),
                api(PUT, "/api/v1/training-plan-items/{id}", MANAGERS, UNIT,
                        (w, own) -> "/api/v1/training-plan-items/" + item(w, own).id(),
                        (w, own) -> "{\"need\":\"Learn the CRM well\",\"version\":0}"),
                api(POST, "/api/v1/training-plan-items/{id}/complete", PERSONAL, UNIT,
                        (w, own) -> "/api/v1/training-plan-items/" + item(w, own).id() + "/complete?version=0", (w, own) -> null),
                api(POST, "/api/v1/training-plan-items/{id}/cancel", MANAGERS, UNIT,
                        (w, own) -> "/api/v1/training-plan-items/" + item(w, own).id() + "/cancel?version=0", (w, own) -> null));
    }
}
