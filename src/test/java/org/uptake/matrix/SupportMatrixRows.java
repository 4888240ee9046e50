package org.uptake.matrix;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;
import static org.uptake.matrix.Endpoint.EVERYONE;
import static org.uptake.matrix.Endpoint.READERS;
import static org.uptake.matrix.Endpoint.READERS_AND_HEADS;
import static org.uptake.matrix.Endpoint.Target.NONE;
import static org.uptake.matrix.Endpoint.Target.ORGANIZATION;
import static org.uptake.matrix.Endpoint.Target.UNIT;
import static org.uptake.matrix.Endpoint.api;
import static org.uptake.matrix.Endpoint.page;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.uptake.shared.Role;
import org.uptake.support.Problem;
import org.uptake.support.ProblemForm;
import org.uptake.support.ProblemService;
import org.uptake.support.ProblemStatus;
import org.uptake.support.ProblemType;
import org.uptake.support.ProblemWorkflow;
import org.uptake.support.StatusForm;
import org.uptake.support.faq.FaqForm;
import org.uptake.support.faq.FaqService;

/**
 * Matrix rows of the problem log. Problems are reported by the admin in the head's unit or outside it,
 * so the employee (not the reporter) may not read them and the head reads only the ones in their unit;
 * coordinators and admins triage and work them; everyone reports and reads the FAQ.
 */
final class SupportMatrixRows {

    static final Set<Role> TRIAGERS = EnumSet.of(Role.ADMIN, Role.COORDINATOR);

    private SupportMatrixRows() {
    }

    private static Problem problem(World w, boolean inHeadsSubtree) {
        var form = new ProblemForm();
        form.setType(ProblemType.QUESTION);
        form.setTitle("Matrix problem");
        form.setUnitId(w.unit(inHeadsSubtree));
        return w.fixtures().bean(ProblemService.class).report(w.admin(), form);
    }

    private static long id(World w) {
        return problem(w, true).id();
    }

    private static long resolved(World w) {
        Problem p = problem(w, true);
        return w.fixtures().bean(ProblemWorkflow.class).move(w.admin(), p.id(),
                new StatusForm(ProblemStatus.RESOLVED, "Answered", p.version())).id();
    }

    /** [problem, attachment] */
    private static long[] attachment(World w, boolean inHeadsSubtree) {
        Problem p = problem(w, inHeadsSubtree);
        long a = w.fixtures().bean(ProblemWorkflow.class).attach(w.admin(), p.id(), "m.txt", "text/plain", "m".getBytes()).id();
        return new long[]{p.id(), a};
    }

    private static long faq(World w) {
        var f = new FaqForm();
        f.setQuestion("Matrix?");
        f.setAnswer("Yes.");
        return w.fixtures().bean(FaqService.class).create(w.admin(), f).id();
    }

    private static final String TRIAGE_FORM = "type=QUESTION&severity=LOW&title=Matrix&version=0";
    private static final String TRIAGE_JSON = "{\"type\":\"QUESTION\",\"severity\":\"LOW\",\"title\":\"Matrix\",\"version\":0}";
    private static final String SLA_FORM = "criticalHours=8&highHours=24&mediumHours=72&lowHours=168&version=0";
    private static final String SLA_JSON = "{\"criticalHours\":8,\"highHours\":24,\"mediumHours\":72,\"lowHours\":168,\"version\":0}";
    private static final String FAQ_JSON = "{\"question\":\"Q?\",\"answer\":\"A.\",\"published\":true,\"version\":0}";

    static List<Endpoint> all() {
        List<Endpoint> rows = new ArrayList<>(apiRows());
        rows.addAll(pages());
        return rows;
    }

    static List<Endpoint> apiRows() {
        String one = "/api/v1/problems/{id}";
        return List.of(
                api(GET, "/api/v1/problems", EVERYONE, NONE, (w, own) -> "/api/v1/problems?open=true&type=QUESTION", (w, own) -> null),
                api(POST, "/api/v1/problems", EVERYONE, NONE, (w, own) -> "/api/v1/problems",
                        (w, own) -> "{\"type\":\"QUESTION\",\"title\":\"Matrix\"}"),
                api(GET, one, READERS_AND_HEADS, UNIT, (w, own) -> "/api/v1/problems/" + problem(w, own).id(), (w, own) -> null),
                api(PUT, one, TRIAGERS, ORGANIZATION, (w, own) -> "/api/v1/problems/" + id(w), (w, own) -> TRIAGE_JSON),
                api(POST, one + "/status", TRIAGERS, ORGANIZATION, (w, own) -> "/api/v1/problems/" + id(w) + "/status",
                        (w, own) -> "{\"status\":\"IN_PROGRESS\",\"version\":0}"),
                api(POST, one + "/notes", TRIAGERS, ORGANIZATION, (w, own) -> "/api/v1/problems/" + id(w) + "/notes",
                        (w, own) -> "{\"body\":\"Matrix note\"}"),
                api(POST, one + "/merge", TRIAGERS, ORGANIZATION, (w, own) -> "/api/v1/problems/" + id(w) + "/merge",
                        (w, own) -> "{\"intoId\":" + id(w) + ",\"version\":0}"),
                api(POST, one + "/attachments", TRIAGERS, ORGANIZATION, (w, own) -> "/api/v1/problems/" + id(w) + "/attachments",
                        (w, own) -> "file:m.csv\na,b"),
                api(GET, one + "/attachments/{attachmentId}", READERS_AND_HEADS, UNIT, (w, own) -> {
                    long[] a = attachment(w, own);
                    return "/api/v1/problems/" + a[0] + "/attachments/" + a[1];
                }, (w, own) -> null),
                api(POST, one + "/faq", TRIAGERS, ORGANIZATION, (w, own) -> "/api/v1/problems/" + resolved(w) + "/faq",
                        (w, own) -> FAQ_JSON),
                api(GET, "/api/v1/problems/trends", READERS, NONE, (w, own) -> "/api/v1/problems/trends?weeks=8", (w, own) -> null),
                api(GET, "/api/v1/problems/sla", READERS, NONE, (w, own) -> "/api/v1/problems/sla", (w, own) -> null),
                api(PUT, "/api/v1/problems/sla", TRIAGERS, NONE, (w, own) -> "/api/v1/problems/sla", (w, own) -> SLA_JSON),
                api(GET, "/api/v1/faq", EVERYONE, NONE, (w, own) -> "/api/v1/faq", (w, own) -> null),
                api(POST, "/api/v1/faq", TRIAGERS, NONE, (w, own) -> "/api/v1/faq", (w, own) -> FAQ_JSON),
                api(PUT, "/api/v1/faq/{id}", TRIAGERS, ORGANIZATION, (w, own) -> "/api/v1/faq/" + faq(w), (w, own) -> FAQ_JSON));
    }

    static List<Endpoint> pages() {
        String one = "/problems/{id}";
        return List.of(
                page(GET, "/problems", EVERYONE, NONE, (w, own) -> "/problems?open=true&severity=LOW"),
                page(GET, "/problems/export.{format}", EVERYONE, NONE, (w, own) -> "/problems/export.xlsx?open=true&severity=LOW"),
                page(GET, "/problems/new", EVERYONE, NONE, (w, own) -> "/problems/new"),
                page(POST, "/problems", EVERYONE, NONE, (w, own) -> "/problems", (w, own) -> "type=QUESTION&severity=LOW&title=Matrix"),
                page(GET, one, READERS_AND_HEADS, UNIT, (w, own) -> "/problems/" + problem(w, own).id()),
                page(GET, one + "/edit", TRIAGERS, ORGANIZATION, (w, own) -> "/problems/" + id(w) + "/edit"),
                page(POST, one, TRIAGERS, ORGANIZATION, (w, own) -> "/problems/" + id(w), (w, own) -> TRIAGE_FORM),
                page(POST, one + "/status", TRIAGERS, ORGANIZATION, (w, own) -> "/problems/" + id(w) + "/status",
                        (w, own) -> "status=IN_PROGRESS&version=0"),
                page(POST, one + "/notes", TRIAGERS, ORGANIZATION, (w, own) -> "/problems/" + id(w) + "/notes",
                        (w, own) -> "body=Matrix"),
                page(POST, one + "/merge", TRIAGERS, ORGANIZATION, (w, own) -> "/problems/" + id(w) + "/merge",
                        (w, own) -> "intoId=" + id(w) + "&version=0"),
                page(POST, one + "/attachments", TRIAGERS, ORGANIZATION, (w, own) -> "/problems/" + id(w) + "/attachments",
                        (w, own) -> "file:m.csv\na,b"),
                page(GET, one + "/attachments/{attachmentId}", READERS_AND_HEADS, UNIT, (w, own) -> {
                    long[] a = attachment(w, own);
                    return "/problems/" + a[0] + "/attachments/" + a[1];
                }),
                page(GET, one + "/faq", TRIAGERS, ORGANIZATION, (w, own) -> "/problems/" + resolved(w) + "/faq"),
                page(POST, one + "/faq", TRIAGERS, ORGANIZATION, (w, own) -> "/problems/" + resolved(w) + "/faq",
                        (w, own) -> "question=Q&answer=A&published=true"),
                page(GET, "/problems/trends", READERS, NONE, (w, own) -> "/problems/trends?weeks=6"),
                page(GET, "/problems/sla", READERS, NONE, (w, own) -> "/problems/sla"),
                page(POST, "/problems/sla", TRIAGERS, NONE, (w, own) -> "/problems/sla", (w, own) -> SLA_FORM),
                page(GET, "/faq", EVERYONE, NONE, (w, own) -> "/faq"),
                page(GET, "/faq/new", TRIAGERS, NONE, (w, own) -> "/faq/new"),
                page(POST, "/faq", TRIAGERS, NONE, (w, own) -> "/faq", (w, own) -> "question=Q&answer=A&published=true"),
                page(GET, "/faq/{id}/edit", TRIAGERS, ORGANIZATION, (w, own) -> "/faq/" + faq(w) + "/edit"),
                page(POST, "/faq/{id}", TRIAGERS, ORGANIZATION, (w, own) -> "/faq/" + faq(w),
                        (w, own) -> "question=Q&answer=A&published=true&version=0"));
    }
}
