package org.uptake.report.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.program.ProgramAccess;
import org.uptake.program.ProgramService;
import org.uptake.shared.Actor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.error.Violation;
import org.uptake.shared.paging.Cursor;
import org.uptake.shared.paging.PageRequest;
import org.uptake.shared.paging.Slice;

/**
 * Status reports of a program: generated on demand by its editors or on the schedule, stored as immutable
 * snapshots, read by whoever reads the program, with the health overridable by an editor with a comment.
 */
@Service
public class StatusReportService {

    public static final String ENTITY = "statusReport";
    /** Audit entries of a program's report settings (schedule, subscriptions) name the program's id. */
    public static final String SCHEDULE = "statusReportSchedule";
    static final int MAX_COMMENT = 2000;

    private final StatusReportRepository reports;
    private final StatusFigureReader figures;
    private final ProgramService programs;
    private final StatusReportMail mail;
    private final AuditLog audit;

    StatusReportService(StatusReportRepository reports, StatusFigureReader figures, ProgramService programs, StatusReportMail mail,
                        AuditLog audit) {
        this.reports = reports;
        this.figures = figures;
        this.programs = programs;
        this.mail = mail;
        this.audit = audit;
    }

    /** A report now, for the current week so far; subscribers get it by mail. */
    @Transactional
    public StatusReport generate(Actor actor, long programId) {
        programs.requireEditor(actor, programId);
        LocalDate[] period = Cadence.onDemand(LocalDate.now());
        return store(actor, programId, StatusReport.ReportKind.ON_DEMAND, period).orElseThrow();
    }

    /**
     * The scheduled report of the last full period, unless it exists already (on this or another node):
     * the unique index makes the second insert a no-op, so nothing is mailed twice.
     */
    @Transactional
    public Optional<StatusReport> generateScheduled(long organizationId, long programId, Cadence cadence, LocalDate today) {
        LocalDate[] period = cadence.lastFullPeriod(today);
        if (period == null || reports.exists(programId, period[1])) {
            return Optional.empty();
        }
        return store(Actor.system(organizationId), programId, StatusReport.ReportKind.SCHEDULED, period);
    }

    private Optional<StatusReport> store(Actor actor, long programId, StatusReport.ReportKind kind, LocalDate[] period) {
        StatusFigures f = figures.read(actor, programId, period[0], period[1]);
        Rag proposed = f.reasons().stream().map(RagReason::level).reduce(Rag.GREEN, Rag::worst);
        Optional<Long> id = reports.insert(actor.organizationId(), programId, kind, period[0], period[1], actor.displayName(), proposed, f);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        StatusReport report = reports.find(actor.organizationId(), programId, id.get()).orElseThrow();
        audit.action(actor, ENTITY, report.id(), "generated", Map.of("program", programId, "kind", kind.name(), "rag", proposed.name()));
        mail.send(actor.organizationId(), report, reports.subscribers(actor.organizationId(), programId));
        return Optional.of(report);
    }

    public Slice<StatusReport> list(Actor actor, long programId, PageRequest request) {
        programs.requireReader(actor, programId);
        return Slice.of(reports.page(actor.organizationId(), programId, request), request.size(), r -> new Cursor("", r.id()));
    }

    public StatusReport get(Actor actor, long programId, long id) {
        programs.requireReader(actor, programId);
        return reports.find(actor.organizationId(), programId, id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    /** The program a report belongs to (for links that name only the report), if the actor may read it. */
    public long programOf(Actor actor, long id) {
        long programId = reports.programOf(actor.organizationId(), id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        programs.requireReader(actor, programId);
        return programId;
    }

    /** What happened to a report: generated, health overridden. */
    public List<org.uptake.shared.audit.AuditEntry> history(Actor actor, long programId, long id) {
        get(actor, programId, id);
        return audit.history(actor.organizationId(), ENTITY, id, 50);
    }

    /** Sets the health shown; the figures and the rule's proposal stay as generated. */
    @Transactional
    public StatusReport override(Actor actor, long programId, long id, OverrideForm form) {
        programs.requireEditor(actor, programId);
        StatusReport before = get(actor, programId, id);
        List<Violation> violations = new ArrayList<>();
        if (form.rag() == null) {
            violations.add(Violation.of("rag", "report.error.ragRequired"));
        }
        String comment = form.comment() == null ? "" : form.comment().strip();
        if (comment.isEmpty()) {
            violations.add(Violation.of("comment", "report.error.commentRequired"));
        } else if (comment.length() > MAX_COMMENT) {
            violations.add(Violation.of("comment", "report.error.commentTooLong", MAX_COMMENT));
        }
        if (form.version() == null) {
            violations.add(Violation.of("version", "error.required"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (reports.override(actor.organizationId(), id, form.rag(), comment, actor.displayName(), form.version()) == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        StatusReport after = get(actor, programId, id);
        audit.updated(actor, ENTITY, id, Map.of("rag", before.rag().name()), Map.of("rag", after.rag().name(), "comment", comment));
        return after;
    }

    public record ScheduleSetting(Cadence cadence, int version) {
    }

    public ScheduleSetting schedule(Actor actor, long programId) {
        programs.requireReader(actor, programId);
        var s = reports.schedule(actor.organizationId(), programId);
        return new ScheduleSetting(s.cadence(), s.version());
    }

    @Transactional
    public ScheduleSetting setSchedule(Actor actor, long programId, Cadence cadence, Integer version) {
        programs.requireEditor(actor, programId);
        if (cadence == null) {
            throw new InvalidInputException("cadence", "report.error.cadenceRequired");
        }
        var before = reports.schedule(actor.organizationId(), programId);
        if (version == null || version != before.version() || reports.saveSchedule(actor.organizationId(), programId, cadence, version) == 0) {
            throw new StaleVersionException(ENTITY, programId);
        }
        audit.updated(actor, SCHEDULE, programId, Map.of("cadence", before.cadence().name()), Map.of("cadence", cadence.name()));
        return schedule(actor, programId);
    }

    /** Subscribes the actor (any reader of the program) to the program's reports by e-mail. */
    @Transactional
    public void subscribe(Actor actor, long programId) {
        programs.requireReader(actor, programId);
        reports.subscribe(actor.organizationId(), programId, actor.userId());
        audit.action(actor, SCHEDULE, programId, "subscribed", Map.of("account", actor.userId()));
    }

    @Transactional
    public void unsubscribe(Actor actor, long programId) {
        programs.requireReader(actor, programId);
        if (reports.unsubscribe(actor.organizationId(), programId, actor.userId()) > 0) {
            audit.action(actor, SCHEDULE, programId, "unsubscribed", Map.of("account", actor.userId()));
        }
    }

    public boolean subscribed(Actor actor, long programId) {
        return reports.subscribed(actor.organizationId(), programId, actor.userId());
    }

    public boolean edits(Actor actor, long programId) {
        ProgramAccess access = programs.access(actor, programId);
        return access.edits();
    }

    /** The newest report of each program, for lists that have checked what the actor may see. */
    public Map<Long, StatusReport> latest(Actor actor, Collection<Long> programIds) {
        return reports.latest(actor.organizationId(), programIds);
    }
}
