package org.uptake.matrix;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;
import static org.uptake.matrix.Endpoint.EVERYONE;
import static org.uptake.matrix.Endpoint.Target.NONE;
import static org.uptake.matrix.Endpoint.Target.ORGANIZATION;
import static org.uptake.matrix.Endpoint.api;
import static org.uptake.matrix.Endpoint.page;
import static org.uptake.matrix.ProgramMatrixRows.EDITORS;
import static org.uptake.matrix.ProgramMatrixRows.PROGRAM_READERS;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.uptake.shared.Role;
import org.uptake.support.ClosureMatrixWorld;

/**
 * Matrix rows of closing a program (evaluation, final report, handover, backlog, annual wheel, lessons): the
 * program's editors write, its readers read, another organisation finds nothing. The line owner's acceptance
 * is a sign-off decision (approval's rows); HandoverTests covers who may give it.
 */
final class ClosureMatrixRows {

    private static final Map<World, ClosureMatrixWorld> WORLDS = new WeakHashMap<>();

    private ClosureMatrixRows() {
    }

    static synchronized ClosureMatrixWorld c(World w) {
        return WORLDS.computeIfAbsent(w, k -> new ClosureMatrixWorld(k.fixtures(), k.user(Role.COORDINATOR),
                ProgramMatrixRows.p(k).program()));
    }

    private static String prog(World w) {
        return "/programs/" + c(w).program();
    }

    private static String apiOf(World w) {
        return "/api/v1/programs/" + c(w).program();
    }

    static List<Endpoint> all() {
        List<Endpoint> rows = new ArrayList<>(pages());
        rows.addAll(registerPages());
        rows.addAll(apis());
        rows.addAll(registerApis());
        return rows;
    }

    static List<Endpoint> pages() {
        return List.of(
                page(GET, "/programs/{programId}/evaluation", PROGRAM_READERS, ORGANIZATION, (w, own) -> prog(w) + "/evaluation"),
                page(POST, "/programs/{programId}/evaluation", EDITORS, ORGANIZATION, (w, own) -> prog(w) + "/evaluation",
                        (w, own) -> "wentWell=Matrix&version=0"),
                page(POST, "/programs/{programId}/evaluation/goals/{goalId}", EDITORS, ORGANIZATION,
                        (w, own) -> prog(w) + "/evaluation/goals/" + c(w).goal(), (w, own) -> "verdict=PARTLY&evidence=Matrix&version=0"),
                page(POST, "/programs/{programId}/evaluation/interviews", EDITORS, ORGANIZATION, (w, own) -> prog(w) + "/evaluation/interviews",
                        (w, own) -> "personId=1&interviewedOn=2025-01-01&role=Matrix&notes=Matrix"),
                page(POST, "/programs/{programId}/evaluation/interviews/{interviewId}/delete", EDITORS, ORGANIZATION,
                        (w, own) -> prog(w) + "/evaluation/interviews/" + c(w).interview() + "/delete"),
                page(POST, "/programs/{programId}/evaluation/lessons", EDITORS, ORGANIZATION, (w, own) -> prog(w) + "/evaluation/lessons",
                        (w, own) -> "kind=AVOID&title=Matrix&advice=Matrix"),
                page(POST, "/programs/{programId}/evaluation/lessons/{lessonId}/delete", EDITORS, ORGANIZATION,
                        (w, own) -> prog(w) + "/evaluation/lessons/" + c(w).lesson() + "/delete"),
                page(GET, "/programs/{programId}/final-report", PROGRAM_READERS, ORGANIZATION, (w, own) -> prog(w) + "/final-report"),
                page(GET, "/programs/{programId}/final-report.pdf", PROGRAM_READERS, ORGANIZATION, (w, own) -> prog(w) + "/final-report.pdf"),
                page(POST, "/programs/{programId}/final-report", EDITORS, ORGANIZATION, (w, own) -> prog(w) + "/final-report",
                        (w, own) -> "summary=Matrix&version=0"),
                page(POST, "/programs/{programId}/final-report/sign-off", EDITORS, ORGANIZATION,
                        (w, own) -> prog(w) + "/final-report/sign-off", (w, own) -> "version=0"),
                page(GET, "/programs/{programId}/handover", PROGRAM_READERS, ORGANIZATION, (w, own) -> prog(w) + "/handover"),
                page(POST, "/programs/{programId}/handover", EDITORS, ORGANIZATION, (w, own) -> prog(w) + "/handover",
                        (w, own) -> "solution=Matrix&version=0"),
                page(POST, "/programs/{programId}/handover/sign-off", EDITORS, ORGANIZATION,
                        (w, own) -> prog(w) + "/handover/sign-off", (w, own) -> "version=0"),
                page(GET, "/programs/{programId}/backlog", PROGRAM_READERS, ORGANIZATION, (w, own) -> prog(w) + "/backlog"),
                page(POST, "/programs/{programId}/backlog", EDITORS, ORGANIZATION, (w, own) -> prog(w) + "/backlog",
                        (w, own) -> "title=Matrix&priority=LOW&source=FEEDBACK"),
                page(POST, "/programs/{programId}/backlog/from-problem", EDITORS, ORGANIZATION,
                        (w, own) -> prog(w) + "/backlog/from-problem", (w, own) -> "problemId=1"),
                page(POST, "/programs/{programId}/backlog/{itemId}", EDITORS, ORGANIZATION,
                        (w, own) -> prog(w) + "/backlog/" + c(w).backlogItem(), (w, own) -> "priority=HIGH&status=PLANNED&version=0"),
                page(GET, "/programs/{programId}/wheel", PROGRAM_READERS, ORGANIZATION, (w, own) -> prog(w) + "/wheel"),
                page(POST, "/programs/{programId}/wheel", EDITORS, ORGANIZATION, (w, own) -> prog(w) + "/wheel",
                        (w, own) -> "month=5&kind=ASSURANCE&title=Matrix"),
                page(POST, "/programs/{programId}/wheel/{activityId}/delete", EDITORS, ORGANIZATION,
                        (w, own) -> prog(w) + "/wheel/" + c(w).activity() + "/delete", (w, own) -> "version=0"),
                page(POST, "/programs/{programId}/wheel/tasks", EDITORS, ORGANIZATION, (w, own) -> prog(w) + "/wheel/tasks"));
    }

    static List<Endpoint> registerPages() {
        return List.of(page(GET, "/lessons", EVERYONE, NONE, (w, own) -> "/lessons"));
    }

    static List<Endpoint> apis() {
        return List.of(
                api(GET, "/api/v1/programs/{programId}/evaluation", PROGRAM_READERS, ORGANIZATION, (w, own) -> apiOf(w) + "/evaluation",
                        (w, own) -> null),
                api(PUT, "/api/v1/programs/{programId}/evaluation", EDITORS, ORGANIZATION, (w, own) -> apiOf(w) + "/evaluation",
                        (w, own) -> "{\"wentWell\":\"Matrix\",\"version\":0}"),
                api(PUT, "/api/v1/programs/{programId}/evaluation/goals/{goalId}", EDITORS, ORGANIZATION,
                        (w, own) -> apiOf(w) + "/evaluation/goals/" + c(w).goal(), (w, own) -> "{\"verdict\":\"ACHIEVED\",\"evidence\":\"M\"}"),
                api(POST, "/api/v1/programs/{programId}/evaluation/interviews", EDITORS, ORGANIZATION,
                        (w, own) -> apiOf(w) + "/evaluation/interviews", (w, own) -> "{\"personId\":1,\"interviewedOn\":\"2025-01-01\"}"),
                api(DELETE, "/api/v1/programs/{programId}/evaluation/interviews/{interviewId}", EDITORS, ORGANIZATION,
                        (w, own) -> apiOf(w) + "/evaluation/interviews/" + c(w).interview(), (w, own) -> null),
                api(GET, "/api/v1/programs/{programId}/final-report", PROGRAM_READERS, ORGANIZATION, (w, own) -> apiOf(w) + "/final-report",
                        (w, own) -> null),
                api(PUT, "/api/v1/programs/{programId}/final-report", EDITORS, ORGANIZATION, (w, own) -> apiOf(w) + "/final-report",
                        (w, own) -> "{\"summary\":\"Matrix\",\"version\":0}"),
                api(POST, "/api/v1/programs/{programId}/final-report/sign-off", EDITORS, ORGANIZATION,
                        (w, own) -> apiOf(w) + "/final-report/sign-off", (w, own) -> "{\"version\":0}"),
                api(GET, "/api/v1/programs/{programId}/handover", PROGRAM_READERS, ORGANIZATION, (w, own) -> apiOf(w) + "/handover",
                        (w, own) -> null),
                api(PUT, "/api/v1/programs/{programId}/handover", EDITORS, ORGANIZATION, (w, own) -> apiOf(w) + "/handover",
                        (w, own) -> "{\"solution\":\"Matrix\",\"version\":0}"),
                api(POST, "/api/v1/programs/{programId}/handover/sign-off", EDITORS, ORGANIZATION,
                        (w, own) -> apiOf(w) + "/handover/sign-off", (w, own) -> "{\"version\":0}"),
                api(GET, "/api/v1/programs/{programId}/backlog", PROGRAM_READERS, ORGANIZATION, (w, own) -> apiOf(w) + "/backlog",
                        (w, own) -> null),
                api(POST, "/api/v1/programs/{programId}/backlog", EDITORS, ORGANIZATION, (w, own) -> apiOf(w) + "/backlog",
                        (w, own) -> "{\"title\":\"Matrix\",\"priority\":\"LOW\"}"),
                api(POST, "/api/v1/programs/{programId}/backlog/from-problem", EDITORS, ORGANIZATION,
                        (w, own) -> apiOf(w) + "/backlog/from-problem", (w, own) -> "{\"problemId\":1}"),
                api(GET, "/api/v1/programs/{programId}/backlog/{itemId}", PROGRAM_READERS, ORGANIZATION,
                        (w, own) -> apiOf(w) + "/backlog/" + c(w).backlogItem(), (w, own) -> null),
                api(PUT, "/api/v1/programs/{programId}/backlog/{itemId}", EDITORS, ORGANIZATION,
                        (w, own) -> apiOf(w) + "/backlog/" + c(w).backlogItem(),
                        (w, own) -> "{\"title\":\"Matrix\",\"priority\":\"HIGH\",\"status\":\"DONE\",\"version\":0}"),
                api(GET, "/api/v1/programs/{programId}/wheel", PROGRAM_READERS, ORGANIZATION, (w, own) -> apiOf(w) + "/wheel",
                        (w, own) -> null),
                api(POST, "/api/v1/programs/{programId}/wheel", EDITORS, ORGANIZATION, (w, own) -> apiOf(w) + "/wheel",
                        (w, own) -> "{\"month\":2,\"kind\":\"ASSURANCE\",\"title\":\"Matrix\"}"),
                api(DELETE, "/api/v1/programs/{programId}/wheel/{activityId}", EDITORS, ORGANIZATION,
                        (w, own) -> apiOf(w) + "/wheel/" + c(w).activity() + "?version=0", (w, own) -> null),
                api(POST, "/api/v1/programs/{programId}/wheel/tasks", EDITORS, ORGANIZATION, (w, own) -> apiOf(w) + "/wheel/tasks",
                        (w, own) -> null));
    }

    static List<Endpoint> registerApis() {
        return List.of(
                api(GET, "/api/v1/lessons", EVERYONE, NONE, (w, own) -> "/api/v1/lessons", (w, own) -> null),
                api(GET, "/api/v1/programs/{programId}/lessons", PROGRAM_READERS, ORGANIZATION, (w, own) -> apiOf(w) + "/lessons",
                        (w, own) -> null),
                api(POST, "/api/v1/programs/{programId}/lessons", EDITORS, ORGANIZATION, (w, own) -> apiOf(w) + "/lessons",
                        (w, own) -> "{\"kind\":\"KEEP\",\"title\":\"Matrix\",\"advice\":\"Matrix\"}"),
                api(DELETE, "/api/v1/programs/{programId}/lessons/{lessonId}", EDITORS, ORGANIZATION,
                        (w, own) -> apiOf(w) + "/lessons/" + c(w).lesson(), (w, own) -> null));
    }
}
