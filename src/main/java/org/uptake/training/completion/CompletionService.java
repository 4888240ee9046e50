package org.uptake.training.completion;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.uptake.competency.plan.CourseCompleted;
import org.uptake.program.ProgramService;
import org.uptake.rollout.readiness.ReadinessService;
import org.uptake.rollout.wave.WaveService;
import org.uptake.rollout.wave.WaveUnit;
import org.uptake.shared.Actor;
import org.uptake.shared.error.ForbiddenException;
import org.uptake.training.course.Course;
import org.uptake.training.course.CourseService;
import org.uptake.training.enrolment.AttendanceMarked;

/**
 * Completion as the program defines it: every required course whose audience (positions, units)
 * includes the person, attended and — where the course has a pass mark — passed. Program readers see
 * every wave unit; a unit head sees the units they head only; a person sees their own courses.
 */
@Service
public class CompletionService {

    private final ProgramService programs;
    private final WaveService waves;
    private final CourseService courses;
    private final CompletionRepository repository;
    private final ReadinessService readiness;
    private final ApplicationEventPublisher events;

    CompletionService(ProgramService programs, WaveService waves, CourseService courses, CompletionRepository repository,
                      ReadinessService readiness, ApplicationEventPublisher events) {
        this.programs = programs;
        this.waves = waves;
        this.courses = courses;
        this.repository = repository;
        this.readiness = readiness;
        this.events = events;
    }

    public Completion board(Actor actor, long programId, Long waveId) {
        List<WaveUnit> units;
        if (programs.access(actor, programId).reads()) {
            units = waves.units(actor, programId, waveId);
        } else {
            units = waves.headedBy(actor, programId).stream()
                    .filter(u -> waveId == null || u.waveId() == waveId).toList();
            if (units.isEmpty()) {
                throw new ForbiddenException("read training completion");
            }
        }
        return completion(actor.organizationId(), programId, units);
    }

    /**
     * Figures per unit (one query; each unit with its subtree), summed per wave and for the program over
     * the outermost units only, so a region in a wave together with its stations is not counted twice.
     */
    Completion completion(long org, long programId, List<WaveUnit> units) {
        Map<Long, int[]> figures = repository.byUnit(org, programId, units.stream().map(WaveUnit::unitId).distinct().toList());
        List<UnitCompletion> rows = new ArrayList<>(units.size());
        Map<Long, Completion.WaveTotal> byWave = new LinkedHashMap<>();
        int people = 0;
        int completed = 0;
        java.util.Set<String> paths = new java.util.HashSet<>();
        units.forEach(u -> paths.add(u.unitPath()));
        for (WaveUnit u : units) {
            int[] f = figures.getOrDefault(u.unitId(), new int[]{0, 0});
            rows.add(new UnitCompletion(u.unitId(), u.unitName(), u.waveId(), u.waveName(), f[0], f[1]));
            if (insideAnother(u.unitPath(), paths)) {
                continue; // its people are counted with the enclosing unit already
            }
            byWave.merge(u.waveId(), new Completion.WaveTotal(u.waveId(), u.waveName(), f[0], f[1]),
                    (a, b) -> new Completion.WaveTotal(a.waveId(), a.waveName(), a.people() + b.people(), a.completed() + b.completed()));
            people += f[0];
            completed += f[1];
        }
        return new Completion(rows, List.copyOf(byWave.values()), people, completed);
    }

    /** Whether a proper ancestor of the unit (by materialised path, "/1/7/12/") is among the paths. */
    static boolean insideAnother(String path, java.util.Set<String> paths) {
        if (path == null) {
            return false;
        }
        for (int i = path.indexOf('/', 1); i > 0 && i < path.length() - 1; i = path.indexOf('/', i + 1)) {
            if (paths.contains(path.substring(0, i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** [people, completed] per unit for the readiness signal. */
    public Map<Long, int[]> byUnitUnchecked(long org, long programId, java.util.Collection<Long> unitIds) {
        return repository.byUnit(org, programId, unitIds);
    }

    /** A person's required courses: program readers and the person themself. */
    public List<CourseProgress> ofPerson(Actor actor, long programId, long personId) {
        if (!Objects.equals(actor.personId(), personId)) {
            programs.requireReader(actor, programId);
        }
        return repository.ofPerson(actor.organizationId(), programId, personId);
    }

    public List<CourseProgress> ofPersonUnchecked(long org, long programId, long personId) {
        return repository.ofPerson(org, programId, personId);
    }

    /**
     * Tells the competency module's training plans about completed courses (by course title, the
     * plan item's course reference) and refreshes the program's stored readiness scores.
     */
    @EventListener
    public void on(AttendanceMarked e) {
        Course course = courses.find(e.organizationId(), e.courseId());
        Instant now = Instant.now();
        for (Long person : repository.completedCourse(e.organizationId(), e.courseId(), e.personIds())) {
            events.publishEvent(new CourseCompleted(e.organizationId(), person, course.title(), now));
        }
        readiness.recompute(e.organizationId(), e.programId());
    }
}
