package org.uptake.matrix;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;
import static org.uptake.matrix.Endpoint.ADMINS;
import static org.uptake.matrix.Endpoint.EVERYONE;
import static org.uptake.matrix.Endpoint.READERS;
import static org.uptake.matrix.Endpoint.Target.NONE;
import static org.uptake.matrix.Endpoint.Target.ORGANIZATION;
import static org.uptake.matrix.Endpoint.api;
import static org.uptake.matrix.Endpoint.page;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.uptake.shared.Role;
import org.uptake.support.Fixtures;
import org.uptake.support.ProgramMatrixWorld;

/**
 * Matrix rows of programs, plans, playbooks and the working calendar. The program of a world is run
 * by its COORDINATOR user (the program's coordinator); its EMPLOYEE user owns the tasks that owners
 * update; the UNIT_HEAD and EMPLOYEE users are not in the team, so they do not see the program.
 */
final class ProgramMatrixRows {

    /** Program editors: organisation admins and the program's coordinator (and deputy). */
    static final Set<Role> EDITORS = EnumSet.of(Role.ADMIN, Role.COORDINATOR);
    /** Program readers: the team and whoever reads the whole organisation. */
    static final Set<Role> PROGRAM_READERS = EnumSet.of(Role.ADMIN, Role.COORDINATOR, Role.VIEWER);
    /** A task's owner updates it (here the EMPLOYEE user owns it). */
    static final Set<Role> OWNER_UPDATERS = EnumSet.of(Role.ADMIN, Role.COORDINATOR, Role.EMPLOYEE);
    static final Set<Role> OWNER_READERS = EnumSet.of(Role.ADMIN, Role.COORDINATOR, Role.VIEWER, Role.EMPLOYEE);

    private static final Map<World, ProgramMatrixWorld> WORLDS = new WeakHashMap<>();

    private ProgramMatrixRows() {
    }

    static synchronized ProgramMatrixWorld p(World w) {
        return WORLDS.computeIfAbsent(w, k -> new ProgramMatrixWorld(k.fixtures(), k.admin(), k.user(Role.COORDINATOR),
                k.user(Role.EMPLOYEE)));
    }

    static List<Endpoint> all() {
        List<Endpoint> rows = new ArrayList<>(programPages());
        rows.addAll(programApi());
        rows.addAll(planPages());
        rows.addAll(planApi());
        rows.addAll(playbooks());
        rows.addAll(calendar());
        return rows;
    }

    private static String prog(World w) {
        return "/programs/" + p(w).program();
    }

    private static String apiOf(World w) {
        return "/api/v1/programs/" + p(w).program();
    }

    private static String programForm() {
        return "name=Matrix&subject=CRM&startDate=2030-03-04&escalateAfterDays=3&version=0";
    }

    static List<Endpoint> programPages() {
        return List.of(
                page(GET, "/programs", EVERYONE, NONE, (w, own) -> "/programs?q=a"),
                page(GET, "/programs/{id}", PROGRAM_READERS, ORGANIZATION, (w, own) -> prog(w)),
                page(GET, "/programs/{id}/edit", EDITORS, ORGANIZATION, (w, own) -> prog(w) + "/edit"),
                page(POST, "/programs/{id}", EDITORS, ORGANIZATION, (w, own) -> prog(w), (w, own) -> programForm()),
                page(POST, "/programs/{id}/advance", EDITORS, ORGANIZATION,
                        (w, own) -> "/programs/" + p(w).freshProgram() + "/advance", (w, own) -> "version=0"),
                page(POST, "/programs/{id}/objective", EDITORS, ORGANIZATION, (w, own) -> prog(w) + "/objective",
                        (w, own) -> "objective=New&reason=Why&version=0"),
                page(POST, "/programs/{id}/members", EDITORS, ORGANIZATION, (w, own) -> prog(w) + "/members",
                        (w, own) -> "personId=" + p(w).personId() + "&role=MEMBER"),
                page(POST, "/programs/{id}/members/{memberId}/delete", EDITORS, ORGANIZATION,
                        (w, own) -> prog(w) + "/members/" + p(w).member() + "/delete"),
                page(POST, "/programs/{id}/goals", EDITORS, ORGANIZATION, (w, own) -> prog(w) + "/goals", (w, own) -> "statement=Goal"),
                page(POST, "/programs/{id}/goals/{goalId}/delete", EDITORS, ORGANIZATION,
                        (w, own) -> prog(w) + "/goals/" + p(w).goal() + "/delete", (w, own) -> "version=0"),
                page(POST, "/programs/{id}/units", EDITORS, ORGANIZATION, (w, own) -> prog(w) + "/units",
                        (w, own) -> "unitId=" + w.unit(true)),
                page(POST, "/programs/{id}/units/{unitId}/delete", EDITORS, ORGANIZATION,
                        (w, own) -> prog(w) + "/units/" + w.unit(true) + "/delete"),
                page(POST, "/programs/{id}/checklists", EDITORS, ORGANIZATION, (w, own) -> prog(w) + "/checklists",
                        (w, own) -> "checklist=success-factors&item=clear-planning&ticked=true"),
                page(GET, "/programs/new", EDITORS, NONE, (w, own) -> "/programs/new?playbookId=" + p(w).builtInP1()),
                page(POST, "/programs/new/preview", EDITORS, NONE, (w, own) -> "/programs/new/preview",
                        (w, own) -> "playbookId=" + p(w).builtInP1() + "&name=M&startDate=2030-03-04"),
                page(POST, "/programs", EDITORS, NONE, (w, own) -> "/programs",
                        (w, own) -> "playbookId=" + p(w).builtInP1() + "&name=M&startDate=2030-03-04"));
    }

    static List<Endpoint> programApi() {
        return List.of(
                api(GET, "/api/v1/programs", EVERYONE, NONE, (w, own) -> "/api/v1/programs", (w, own) -> null),
                api(POST, "/api/v1/programs", EDITORS, NONE, (w, own) -> "/api/v1/programs",
                        (w, own) -> "{\"playbookId\":" + p(w).builtInP1() + ",\"name\":\"M\",\"startDate\":\"2030-03-04\"}"),
                api(GET, "/api/v1/programs/{id}", PROGRAM_READERS, ORGANIZATION, (w, own) -> apiOf(w), (w, own) -> null),
                api(PUT, "/api/v1/programs/{id}", EDITORS, ORGANIZATION, (w, own) -> apiOf(w),
                        (w, own) -> "{\"name\":\"M\",\"subject\":\"CRM\",\"startDate\":\"2030-03-04\",\"escalateAfterDays\":3,\"version\":0}"),
                api(POST, "/api/v1/programs/{id}/advance", EDITORS, ORGANIZATION,
                        (w, own) -> "/api/v1/programs/" + p(w).freshProgram() + "/advance", (w, own) -> "{\"version\":0}"),
                api(POST, "/api/v1/programs/{id}/objective", EDITORS, ORGANIZATION, (w, own) -> apiOf(w) + "/objective",
                        (w, own) -> "{\"objective\":\"N\",\"reason\":\"R\",\"version\":0}"),
                api(GET, "/api/v1/programs/{id}/objective/revisions", PROGRAM_READERS, ORGANIZATION,
                        (w, own) -> apiOf(w) + "/objective/revisions", (w, own) -> null),
                api(GET, "/api/v1/programs/{id}/members", PROGRAM_READERS, ORGANIZATION, (w, own) -> apiOf(w) + "/members", (w, own) -> null),
                api(POST, "/api/v1/programs/{id}/members", EDITORS, ORGANIZATION, (w, own) -> apiOf(w) + "/members",
                        (w, own) -> "{\"personId\":" + p(w).personId() + ",\"role\":\"MEMBER\"}"),
                api(DELETE, "/api/v1/programs/{id}/members/{memberId}", EDITORS, ORGANIZATION,
                        (w, own) -> apiOf(w) + "/members/" + p(w).member(), (w, own) -> null),
                api(GET, "/api/v1/programs/{id}/goals", PROGRAM_READERS, ORGANIZATION, (w, own) -> apiOf(w) + "/goals", (w, own) -> null),
                api(POST, "/api/v1/programs/{id}/goals", EDITORS, ORGANIZATION, (w, own) -> apiOf(w) + "/goals",
                        (w, own) -> "{\"statement\":\"G\",\"version\":0}"),
                api(PUT, "/api/v1/programs/{id}/goals/{goalId}", EDITORS, ORGANIZATION, (w, own) -> apiOf(w) + "/goals/" + p(w).goal(),
                        (w, own) -> "{\"statement\":\"G2\",\"version\":0}"),
                api(DELETE, "/api/v1/programs/{id}/goals/{goalId}", EDITORS, ORGANIZATION,
                        (w, own) -> apiOf(w) + "/goals/" + p(w).goal() + "?version=0", (w, own) -> null),
                api(GET, "/api/v1/programs/{id}/units", PROGRAM_READERS, ORGANIZATION, (w, own) -> apiOf(w) + "/units", (w, own) -> null),
                api(PUT, "/api/v1/programs/{id}/units", EDITORS, ORGANIZATION, (w, own) -> apiOf(w) + "/units",
                        (w, own) -> "{\"unitIds\":[" + w.unit(true) + "]}"),
                api(GET, "/api/v1/programs/{id}/checklists", PROGRAM_READERS, ORGANIZATION, (w, own) -> apiOf(w) + "/checklists",
                        (w, own) -> null),
                api(POST, "/api/v1/programs/{id}/checklists", EDITORS, ORGANIZATION, (w, own) -> apiOf(w) + "/checklists",
                        (w, own) -> "{\"checklist\":\"success-factors\",\"item\":\"user-participation\",\"ticked\":true}"));
    }

    static List<Endpoint> planPages() {
        return List.of(
                page(GET, "/programs/{programId}/plan", PROGRAM_READERS, ORGANIZATION, (w, own) -> prog(w) + "/plan"),
                page(GET, "/programs/{programId}/plan/phases/{phaseId}", PROGRAM_READERS, ORGANIZATION,
                        (w, own) -> prog(w) + "/plan/phases/" + p(w).phase()),
                page(GET, "/programs/{programId}/plan/phases/{phaseId}/body", PROGRAM_READERS, ORGANIZATION,
                        (w, own) -> prog(w) + "/plan/phases/" + p(w).phase() + "/body"),
                page(GET, "/programs/{programId}/plan/picker", PROGRAM_READERS, ORGANIZATION, (w, own) -> prog(w) + "/plan/picker?q=a"),
                page(POST, "/programs/{programId}/plan/tasks", EDITORS, ORGANIZATION, (w, own) -> prog(w) + "/plan/tasks",
                        (w, own) -> "title=New&durationDays=2&plannedStart=2030-03-04"),
                page(POST, "/programs/{programId}/phases/{phaseId}/accept", EDITORS, ORGANIZATION,
                        (w, own) -> prog(w) + "/phases/" + p(w).phase() + "/accept", (w, own) -> "version=0"),
                page(GET, "/programs/{programId}/tasks/{taskId}/row", PROGRAM_READERS, ORGANIZATION,
                        (w, own) -> prog(w) + "/tasks/" + p(w).employeeTask() + "/row"),
                page(GET, "/programs/{programId}/tasks/{taskId}/row/edit", EDITORS, ORGANIZATION,
                        (w, own) -> prog(w) + "/tasks/" + p(w).employeeTask() + "/row/edit"),
                page(POST, "/programs/{programId}/tasks/{taskId}/row", EDITORS, ORGANIZATION,
                        (w, own) -> prog(w) + "/tasks/" + p(w).employeeTask() + "/row",
                        (w, own) -> "title=Edited&plannedStart=2030-03-05&durationDays=3&version=0"),
                page(GET, "/programs/{programId}/tasks/{taskId}", OWNER_READERS, ORGANIZATION,
                        (w, own) -> prog(w) + "/tasks/" + p(w).employeeTask()),
                page(POST, "/programs/{programId}/tasks/{taskId}/start", OWNER_UPDATERS, ORGANIZATION,
                        (w, own) -> prog(w) + "/tasks/" + p(w).employeeTask() + "/start", (w, own) -> "version=0"),
                page(POST, "/programs/{programId}/tasks/{taskId}/complete", OWNER_UPDATERS, ORGANIZATION,
                        (w, own) -> prog(w) + "/tasks/" + p(w).employeeTask() + "/complete",
                        (w, own) -> "version=0&criterionConfirmed=true&note=Done"),
                page(POST, "/programs/{programId}/tasks/{taskId}/cancel", EDITORS, ORGANIZATION,
                        (w, own) -> prog(w) + "/tasks/" + p(w).employeeTask() + "/cancel", (w, own) -> "version=0&reason=Not+needed"),
                page(POST, "/programs/{programId}/tasks/{taskId}/reopen", EDITORS, ORGANIZATION,
                        (w, own) -> prog(w) + "/tasks/" + p(w).taskWithEvidence() + "/reopen", (w, own) -> "version=1"),
                page(POST, "/programs/{programId}/tasks/{taskId}/owner", EDITORS, ORGANIZATION,
                        (w, own) -> prog(w) + "/tasks/" + p(w).employeeTask() + "/owner", (w, own) -> "version=0"),
                page(POST, "/programs/{programId}/tasks/{taskId}/dependencies", EDITORS, ORGANIZATION,
                        (w, own) -> prog(w) + "/tasks/" + p(w).employeeTask() + "/dependencies",
                        (w, own) -> "predecessorId=" + p(w).employeeTask()),
                page(POST, "/programs/{programId}/tasks/{taskId}/dependencies/{dependencyId}/delete", EDITORS, ORGANIZATION,
                        (w, own) -> prog(w) + "/tasks/" + p(w).employeeTask() + "/dependencies/" + p(w).dependency() + "/delete"),
                page(POST, "/programs/{programId}/tasks/{taskId}/dependencies/{dependencyId}/override", EDITORS, ORGANIZATION,
                        (w, own) -> prog(w) + "/tasks/" + p(w).employeeTask() + "/dependencies/" + p(w).dependency() + "/override",
                        (w, own) -> "reason=Urgent"),
                page(GET, "/programs/{programId}/tasks/{taskId}/evidence", OWNER_READERS, ORGANIZATION,
                        (w, own) -> prog(w) + "/tasks/" + p(w).taskWithEvidence() + "/evidence"),
                page(GET, "/tasks/mine", EVERYONE, NONE, (w, own) -> "/tasks/mine"),
                page(GET, "/tasks/overdue", EVERYONE, NONE, (w, own) -> "/tasks/overdue"));
    }

    static List<Endpoint> planApi() {
        return List.of(
                api(GET, "/api/v1/programs/{programId}/plan", PROGRAM_READERS, ORGANIZATION, (w, own) -> apiOf(w) + "/plan", (w, own) -> null),
                api(GET, "/api/v1/programs/{programId}/phases", PROGRAM_READERS, ORGANIZATION, (w, own) -> apiOf(w) + "/phases",
                        (w, own) -> null),
                api(POST, "/api/v1/programs/{programId}/phases/{phaseId}/acceptance", EDITORS, ORGANIZATION,
                        (w, own) -> apiOf(w) + "/phases/" + p(w).phase() + "/acceptance",
                        (w, own) -> "{\"version\":0,\"gateConfirmed\":false}"),
                api(GET, "/api/v1/programs/{programId}/tasks", PROGRAM_READERS, ORGANIZATION,
                        (w, own) -> apiOf(w) + "/tasks?phaseId=" + p(w).phase(), (w, own) -> null),
                api(POST, "/api/v1/programs/{programId}/tasks", EDITORS, ORGANIZATION, (w, own) -> apiOf(w) + "/tasks",
                        (w, own) -> "{\"title\":\"T\",\"plannedStart\":\"2030-03-04\",\"durationDays\":2}"),
                api(GET, "/api/v1/programs/{programId}/tasks/{taskId}", OWNER_READERS, ORGANIZATION,
                        (w, own) -> apiOf(w) + "/tasks/" + p(w).employeeTask(), (w, own) -> null),
                api(PUT, "/api/v1/programs/{programId}/tasks/{taskId}", EDITORS, ORGANIZATION,
                        (w, own) -> apiOf(w) + "/tasks/" + p(w).employeeTask(), (w, own) -> "{\"title\":\"T2\",\"version\":0}"),
                api(POST, "/api/v1/programs/{programId}/tasks/{taskId}/move", EDITORS, ORGANIZATION,
                        (w, own) -> apiOf(w) + "/tasks/" + p(w).employeeTask() + "/move",
                        (w, own) -> "{\"plannedStart\":\"2030-03-11\",\"version\":0}"),
                api(POST, "/api/v1/programs/{programId}/tasks/{taskId}/start", OWNER_UPDATERS, ORGANIZATION,
                        (w, own) -> apiOf(w) + "/tasks/" + p(w).employeeTask() + "/start", (w, own) -> "{\"version\":0}"),
                api(POST, "/api/v1/programs/{programId}/tasks/{taskId}/complete", OWNER_UPDATERS, ORGANIZATION,
                        (w, own) -> apiOf(w) + "/tasks/" + p(w).employeeTask() + "/complete",
                        (w, own) -> "{\"criterionConfirmed\":true,\"note\":\"Done\",\"version\":0}"),
                api(POST, "/api/v1/programs/{programId}/tasks/{taskId}/evidence", OWNER_UPDATERS, ORGANIZATION,
                        (w, own) -> apiOf(w) + "/tasks/" + p(w).employeeTask() + "/evidence", (w, own) -> "file:minutes.csv\na,b"),
                api(POST, "/api/v1/programs/{programId}/tasks/{taskId}/cancel", EDITORS, ORGANIZATION,
                        (w, own) -> apiOf(w) + "/tasks/" + p(w).employeeTask() + "/cancel", (w, own) -> "{\"reason\":\"R\",\"version\":0}"),
                api(POST, "/api/v1/programs/{programId}/tasks/{taskId}/reopen", EDITORS, ORGANIZATION,
                        (w, own) -> apiOf(w) + "/tasks/" + p(w).taskWithEvidence() + "/reopen", (w, own) -> "{\"version\":1}"),
                api(GET, "/api/v1/programs/{programId}/dependencies", PROGRAM_READERS, ORGANIZATION,
                        (w, own) -> apiOf(w) + "/dependencies", (w, own) -> null),
                api(POST, "/api/v1/programs/{programId}/dependencies", EDITORS, ORGANIZATION, (w, own) -> apiOf(w) + "/dependencies",
                        (w, own) -> "{\"predecessorId\":" + p(w).employeeTask() + ",\"successorId\":" + p(w).employeeTask() + "}"),
                api(DELETE, "/api/v1/programs/{programId}/dependencies/{dependencyId}", EDITORS, ORGANIZATION,
                        (w, own) -> apiOf(w) + "/dependencies/" + p(w).dependency(), (w, own) -> null),
                api(POST, "/api/v1/programs/{programId}/dependencies/{dependencyId}/override", EDITORS, ORGANIZATION,
                        (w, own) -> apiOf(w) + "/dependencies/" + p(w).dependency() + "/override", (w, own) -> "{\"reason\":\"R\"}"),
                api(GET, "/api/v1/tasks/mine", EVERYONE, NONE, (w, own) -> "/api/v1/tasks/mine", (w, own) -> null),
                api(GET, "/api/v1/tasks/overdue", EVERYONE, NONE, (w, own) -> "/api/v1/tasks/overdue", (w, own) -> null));
    }

    private static String playbookJson(World w) {
        return "{\"format\":1,\"code\":\"IM" + Fixtures.next() + "\",\"name\":{\"en\":\"Imported\"},\"stages\":[{\"key\":\"s\","
                + "\"name\":{\"en\":\"S\"},\"steps\":[{\"key\":\"a\",\"name\":{\"en\":\"A\"},\"durationDays\":2}]}]}";
    }

    static List<Endpoint> playbooks() {
        return List.of(
                page(GET, "/playbooks", READERS, NONE, (w, own) -> "/playbooks"),
                page(GET, "/playbooks/{id}", READERS, ORGANIZATION, (w, own) -> "/playbooks/" + p(w).ownPlaybook()),
                page(GET, "/playbooks/{id}/export", READERS, ORGANIZATION, (w, own) -> "/playbooks/" + p(w).ownPlaybook() + "/export"),
                page(POST, "/playbooks/{id}/copy", ADMINS, ORGANIZATION, (w, own) -> "/playbooks/" + p(w).ownPlaybook() + "/copy",
                        (w, own) -> "code=C" + Fixtures.next()),
                page(POST, "/playbooks", ADMINS, NONE, (w, own) -> "/playbooks", (w, own) -> "code=N" + Fixtures.next() + "&name=New"),
                page(POST, "/playbooks/import", ADMINS, NONE, (w, own) -> "/playbooks/import", (w, own) -> "file:p.json\n" + playbookJson(w)),
                page(GET, "/playbooks/{id}/edit", ADMINS, ORGANIZATION, (w, own) -> "/playbooks/" + p(w).ownPlaybook() + "/edit"),
                page(POST, "/playbooks/{id}/edit", ADMINS, ORGANIZATION, (w, own) -> "/playbooks/" + p(w).ownPlaybook() + "/edit",
                        (w, own) -> "version=0&steps[0].key=planning&steps[0].durationDays=9"),
                page(POST, "/playbooks/{id}/json", ADMINS, ORGANIZATION, (w, own) -> "/playbooks/" + p(w).ownPlaybook() + "/json",
                        (w, own) -> "version=0&json=%7B%7D"),
                page(POST, "/playbooks/{id}/publish", ADMINS, ORGANIZATION, (w, own) -> "/playbooks/" + p(w).ownPlaybook() + "/publish",
                        (w, own) -> "version=0"),
                page(POST, "/playbooks/{id}/discard", ADMINS, ORGANIZATION, (w, own) -> "/playbooks/" + p(w).ownPlaybook() + "/discard",
                        (w, own) -> "version=0"),
                api(GET, "/api/v1/playbooks", READERS, NONE, (w, own) -> "/api/v1/playbooks", (w, own) -> null),
                api(GET, "/api/v1/playbooks/{id}", READERS, ORGANIZATION, (w, own) -> "/api/v1/playbooks/" + p(w).ownPlaybook(),
                        (w, own) -> null),
                api(GET, "/api/v1/playbooks/{id}/versions/{number}", READERS, ORGANIZATION,
                        (w, own) -> "/api/v1/playbooks/" + p(w).ownPlaybook() + "/versions/1", (w, own) -> null),
                api(GET, "/api/v1/playbooks/{id}/export", READERS, ORGANIZATION,
                        (w, own) -> "/api/v1/playbooks/" + p(w).ownPlaybook() + "/export", (w, own) -> null),
                api(GET, "/api/v1/playbooks/{id}/draft", READERS, ORGANIZATION,
                        (w, own) -> "/api/v1/playbooks/" + p(w).ownPlaybook() + "/draft", (w, own) -> null),
                api(POST, "/api/v1/playbooks/import", ADMINS, NONE, (w, own) -> "/api/v1/playbooks/import", (w, own) -> playbookJson(w)),
                api(POST, "/api/v1/playbooks/{id}/copy", ADMINS, ORGANIZATION, (w, own) -> "/api/v1/playbooks/" + p(w).ownPlaybook() + "/copy",
                        (w, own) -> "{\"code\":\"C" + Fixtures.next() + "\"}"),
                api(POST, "/api/v1/playbooks", ADMINS, NONE, (w, own) -> "/api/v1/playbooks",
                        (w, own) -> "{\"code\":\"N" + Fixtures.next() + "\",\"name\":\"New\"}"),
                api(PUT, "/api/v1/playbooks/{id}/draft", ADMINS, ORGANIZATION,
                        (w, own) -> "/api/v1/playbooks/" + p(w).ownPlaybook() + "/draft?version=0", (w, own) -> playbookJson(w)),
                api(DELETE, "/api/v1/playbooks/{id}/draft", ADMINS, ORGANIZATION,
                        (w, own) -> "/api/v1/playbooks/" + p(w).ownPlaybook() + "/draft?version=0", (w, own) -> null),
                api(POST, "/api/v1/playbooks/{id}/publish", ADMINS, ORGANIZATION,
                        (w, own) -> "/api/v1/playbooks/" + p(w).ownPlaybook() + "/publish", (w, own) -> "{\"version\":0}"));
    }

    static List<Endpoint> calendar() {
        return List.of(
                page(GET, "/calendar", EVERYONE, NONE, (w, own) -> "/calendar"),
                page(POST, "/calendar/weekend", ADMINS, NONE, (w, own) -> "/calendar/weekend", (w, own) -> "days=6&days=7&version=0"),
                page(POST, "/calendar/holidays", ADMINS, NONE, (w, own) -> "/calendar/holidays",
                        (w, own) -> "day=2031-01-0" + (1 + Fixtures.next() % 9) + "&name=Holiday"),
                page(POST, "/calendar/holidays/{day}/delete", ADMINS, NONE, (w, own) -> "/calendar/holidays/" + p(w).holiday() + "/delete"),
                api(GET, "/api/v1/calendar", EVERYONE, NONE, (w, own) -> "/api/v1/calendar", (w, own) -> null),
                api(PUT, "/api/v1/calendar/weekend", ADMINS, NONE, (w, own) -> "/api/v1/calendar/weekend",
                        (w, own) -> "{\"days\":[6,7],\"version\":0}"),
                api(POST, "/api/v1/calendar/holidays", ADMINS, NONE, (w, own) -> "/api/v1/calendar/holidays",
                        (w, own) -> "{\"day\":\"2032-01-0" + (1 + Fixtures.next() % 9) + "\",\"name\":\"H\"}"),
                api(DELETE, "/api/v1/calendar/holidays/{day}", ADMINS, NONE, (w, own) -> "/api/v1/calendar/holidays/" + p(w).holiday(),
                        (w, own) -> null));
    }
}
