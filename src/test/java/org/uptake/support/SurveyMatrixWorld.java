package org.uptake.support;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.uptake.engagement.home.RoleChangeForm;
import org.uptake.engagement.home.RoleChangeService;
import org.uptake.engagement.survey.Audience;
import org.uptake.engagement.survey.Survey;
import org.uptake.engagement.survey.SurveyForm;
import org.uptake.engagement.survey.SurveyKind;
import org.uptake.engagement.survey.SurveyService;
import org.uptake.shared.Actor;

/**
 * Surveys for the permission matrix, in the rollout matrix program whose wave holds the headed and the
 * other unit (so the employee, the head, the coordinator and the viewer are all invited; the admin is
 * not): a cached named survey that is open, and fresh drafts or open surveys for calls that change them.
 */
public final class SurveyMatrixWorld {

    private static final Map<Long, Long> CACHED = new ConcurrentHashMap<>();

    private final Fixtures fixtures;
    private final Actor adminActor;
    private final Actor coordinator;
    private final long programId;
    private final long waveId;

    public SurveyMatrixWorld(Fixtures fixtures, Actor admin, Actor coordinator, long programId, long waveId) {
        this.fixtures = fixtures;
        this.adminActor = admin;
        this.coordinator = coordinator;
        this.programId = programId;
        this.waveId = waveId;
    }

    public long program() {
        return programId;
    }

    /** The cached open named survey. */
    public long open() {
        return CACHED.computeIfAbsent(coordinator.organizationId(), k -> opened());
    }

    public long draft() {
        return draftSurvey().id();
    }

    /** A fresh open survey. */
    public long opened() {
        Survey s = draftSurvey();
        return surveys().open(coordinator, s.id(), s.version()).id();
    }

    private Survey draftSurvey() {
        var form = new SurveyForm();
        form.setKind(SurveyKind.READINESS);
        form.setTitle("Matrix survey " + Fixtures.next());
        form.setAnonymous(false);
        Survey s = surveys().create(coordinator, programId, form);
        return surveys().distribute(coordinator, s.id(), new Audience(null, null, List.of(waveId), s.version()));
    }

    /** A fresh draft text for a new position: {position, role change}. */
    public long[] roleChange() {
        long position = fixtures.position(adminActor, "Matrix role " + Fixtures.next()).id();
        long id = fixtures.bean(RoleChangeService.class).save(coordinator, programId,
                new RoleChangeForm(position, "en", "Matrix text", 0)).id();
        return new long[]{position, id};
    }

    private SurveyService surveys() {
        return fixtures.bean(SurveyService.class);
    }
}
