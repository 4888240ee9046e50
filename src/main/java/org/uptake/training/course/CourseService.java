package org.uptake.training.course;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.program.ProgramService;
import org.uptake.shared.Actor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.files.FileStore;
import org.uptake.shared.files.StoredFile;

/**
 * Courses of a program, their materials and the coverage check. The program's readers see them; its
 * coordinators and deputies change them.
 */
@Service
public class CourseService {

    public static final String ENTITY = "trainingCourse";
    static final long MAX_MATERIAL_BYTES = 20L * 1024 * 1024;
    static final Set<String> MATERIAL_TYPES = Set.of("application/pdf", "text/plain", "text/html", "image/png", "image/jpeg",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "video/mp4");

    private final ProgramService programs;
    private final CourseRepository courses;
    private final MaterialRepository materials;
    private final FileStore files;
    private final AuditLog audit;

    CourseService(ProgramService programs, CourseRepository courses, MaterialRepository materials, FileStore files,
                  AuditLog audit) {
        this.programs = programs;
        this.courses = courses;
        this.materials = materials;
        this.files = files;
        this.audit = audit;
    }

    public List<Course> list(Actor actor, long programId) {
        programs.requireReader(actor, programId);
        return courses.ofProgram(actor.organizationId(), programId);
    }

    public List<Course> ofProgramUnchecked(long org, long programId) {
        return courses.ofProgram(org, programId);
    }

    /** Program readers, and the course's participants and trainers (who need its user guides and instructions). */
    public Course get(Actor actor, long id) {
        Course c = find(actor.organizationId(), id);
        if (actor.personId() == null || !courses.takesPart(actor.organizationId(), id, actor.personId())) {
            programs.requireReader(actor, c.programId());
        }
        return c;
    }

    /** The course without an access check, for other features that checked the program already. */
    public Course find(long org, long id) {
        return courses.find(org, id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    @Transactional
    public Course create(Actor actor, CourseForm form) {
        programs.requireEditor(actor, form.programId());
        checkAudience(actor, form);
        long id = courses.insert(actor.organizationId(), form);
        Course created = find(actor.organizationId(), id);
        audit.created(actor, ENTITY, id, created);
        return created;
    }

    @Transactional
    public Course update(Actor actor, long id, CourseForm form) {
        Course before = find(actor.organizationId(), id);
        programs.requireEditor(actor, before.programId());
        if (form.programId() != before.programId()) {
            throw new InvalidInputException("programId", "training.error.programFixed");
        }
        checkAudience(actor, form);
        if (courses.update(actor.organizationId(), id, form) == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        Course after = find(actor.organizationId(), id);
        audit.updated(actor, ENTITY, id, before, after);
        return after;
    }

    /** A course with sessions stays: its sessions carry attendance and completion. */
    @Transactional
    public void delete(Actor actor, long id, int version) {
        Course before = find(actor.organizationId(), id);
        programs.requireEditor(actor, before.programId());
        if (courses.hasSessions(actor.organizationId(), id)) {
            throw new InvalidInputException(null, "training.error.courseHasSessions");
        }
        if (courses.delete(actor.organizationId(), id, version) == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        audit.deleted(actor, ENTITY, id, before);
    }

    public Coverage coverage(Actor actor, long programId) {
        programs.requireReader(actor, programId);
        return new Coverage(courses.aspects(actor.organizationId(), programId),
                courses.uncovered(actor.organizationId(), programId));
    }

    @Transactional
    public Coverage saveAspects(Actor actor, long programId, List<String> aspects) {
        programs.requireEditor(actor, programId);
        List<String> clean = aspects.stream().map(String::strip).filter(a -> !a.isEmpty()).distinct().toList();
        if (clean.stream().anyMatch(a -> a.length() > 200)) {
            throw new InvalidInputException("aspects", "training.error.aspectTooLong");
        }
        List<String> before = courses.aspects(actor.organizationId(), programId);
        courses.replaceAspects(actor.organizationId(), programId, clean);
        audit.action(actor, "program", programId, "trainingAspects", Map.of("before", before, "after", clean));
        return coverage(actor, programId);
    }

    public List<Material> materials(Actor actor, long courseId) {
        get(actor, courseId);
        return materials.ofCourse(actor.organizationId(), courseId);
    }

    /** A new revision of a file material; a wrong type or an oversized file is refused before anything is stored. */
    @Transactional
    public Material addFile(Actor actor, long courseId, String title, String fileName, String contentType, byte[] content) {
        Course c = requireEditor(actor, courseId);
        String cleanTitle = title(title, fileName);
        if (content == null || content.length == 0) {
            throw new InvalidInputException("file", "training.error.emptyFile");
        }
        StoredFile stored = files.store(actor, fileName, contentType == null ? "" : contentType.split(";")[0].strip(),
                content, MAX_MATERIAL_BYTES, MATERIAL_TYPES);
        return added(actor, c, materials.insert(actor.organizationId(), courseId, cleanTitle, MaterialKind.FILE,
                stored.id(), null, actor.displayName()));
    }

    /** A new revision of a page material (an instruction written in the application). */
    @Transactional
    public Material addPage(Actor actor, long courseId, String title, String body) {
        Course c = requireEditor(actor, courseId);
        if (body == null || body.isBlank()) {
            throw new InvalidInputException("body", "training.error.emptyPage");
        }
        if (body.length() > 100000) {
            throw new InvalidInputException("body", "training.error.pageTooLong");
        }
        return added(actor, c, materials.insert(actor.organizationId(), courseId, title(title, null), MaterialKind.PAGE,
                null, body, actor.displayName()));
    }

    public Material material(Actor actor, long materialId) {
        Material m = materials.find(actor.organizationId(), materialId)
                .orElseThrow(() -> new NotFoundException("trainingMaterial", materialId));
        get(actor, m.courseId());
        return m;
    }

    public byte[] fileContent(Actor actor, Material m) {
        return files.content(actor, m.fileId());
    }

    private Material added(Actor actor, Course c, long id) {
        Material m = materials.find(actor.organizationId(), id).orElseThrow();
        audit.action(actor, ENTITY, c.id(), "materialAdded", Map.of("title", m.title(), "revision", m.revision()));
        return m;
    }

    private Course requireEditor(Actor actor, long courseId) {
        Course c = find(actor.organizationId(), courseId);
        programs.requireEditor(actor, c.programId());
        return c;
    }

    private static String title(String title, String fileName) {
        String t = title == null || title.isBlank() ? fileName : title.strip();
        if (t == null || t.isBlank()) {
            throw new InvalidInputException("title", "training.error.titleRequired");
        }
        if (t.length() > 200) {
            throw new InvalidInputException("title", "training.error.titleTooLong");
        }
        return t;
    }

    private void checkAudience(Actor actor, CourseForm form) {
        if (courses.countKnown(actor.organizationId(), "position", form.positionsOrEmpty()) != form.positionsOrEmpty().size()) {
            throw new InvalidInputException("positionIds", "training.error.unknownPosition");
        }
        if (courses.countKnown(actor.organizationId(), "unit", form.unitsOrEmpty()) != form.unitsOrEmpty().size()) {
            throw new InvalidInputException("unitIds", "training.error.unknownUnit");
        }
    }
}
