package org.uptake.rollout.pilot;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.program.ProgramAccess;
import org.uptake.program.ProgramRole;
import org.uptake.program.ProgramService;
import org.uptake.rollout.readiness.CriterionKind;
import org.uptake.rollout.readiness.ReadinessService;
import org.uptake.rollout.readiness.Reason;
import org.uptake.rollout.wave.Wave;
import org.uptake.rollout.wave.WaveService;
import org.uptake.rollout.wave.WaveUnit;
import org.uptake.shared.Actor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.ForbiddenException;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.error.StaleVersionException;

/**
 * The pilot's findings and the rule "scale up only when stable": a wave is declared stable when its
 * program's criteria are met (every unit live, no open critical finding, N days since the last
 * go-live, survey score ≥ x); otherwise only the sponsor or an admin may declare it stable, with a
 * recorded reason — the coordinator alone may not.
 */
@Service
public class PilotService {

    public static final String FINDING = "rolloutFinding";

    private final ProgramService programs;
    private final WaveService waves;
    private final ReadinessService readiness;
    private final FindingRepository findings;
    private final AuditLog audit;

    PilotService(ProgramService programs, WaveService waves, ReadinessService readiness, FindingRepository findings,
                 AuditLog audit) {
        this.programs = programs;
        this.waves = waves;
        this.readiness = readiness;
        this.findings = findings;
        this.audit = audit;
    }

    public List<Finding> findings(Actor actor, long programId, long waveId) {
        waves.get(actor, programId, waveId);
        return findings.ofWave(actor.organizationId(), waveId);
    }

    public Finding finding(Actor actor, long programId, long findingId) {
        programs.requireReader(actor, programId);
        return find(actor, programId, findingId);
    }

    @Transactional
    public Finding report(Actor actor, long programId, long waveId, FindingForm form) {
        requireTeam(actor, programId);
        waves.get(actor, programId, waveId);
        long id = findings.insert(actor.organizationId(), programId, waveId, form, actor.displayName());
        Finding created = find(actor, programId, id);
        audit.created(actor, FINDING, id, created);
        return created;
    }

    @Transactional
    public Finding update(Actor actor, long programId, long findingId, FindingForm form) {
        requireTeam(actor, programId);
        Finding before = find(actor, programId, findingId);
        if (form.statusOrOpen() != FindingStatus.OPEN && form.fixText() == null && before.kind() == FindingKind.ERROR) {
            throw new InvalidInputException("fix", "rollout.error.fixRequired");
        }
        if (findings.update(actor.organizationId(), findingId, form) == 0) {
            throw new StaleVersionException(FINDING, findingId);
        }
        Finding after = find(actor, programId, findingId);
        audit.updated(actor, FINDING, findingId, before, after);
        return after;
    }

    public StabilityRule rule(Actor actor, long programId) {
        programs.requireReader(actor, programId);
        return findings.rule(actor.organizationId(), programId);
    }

    @Transactional
    public StabilityRule saveRule(Actor actor, long programId, StabilityRule rule) {
        programs.requireEditor(actor, programId);
        StabilityRule before = findings.rule(actor.organizationId(), programId);
        if (findings.saveRule(actor.organizationId(), programId, rule) == 0) {
            throw new StaleVersionException("rolloutSettings", programId);
        }
        StabilityRule after = findings.rule(actor.organizationId(), programId);
        audit.updated(actor, org.uptake.program.ProgramService.ENTITY, programId, Map.of("stability", before),
                Map.of("stability", after));
        return after;
    }

    /** Whether the wave meets the program's stable criteria today. */
    public Stability stability(Actor actor, long programId, long waveId) {
        Wave wave = waves.get(actor, programId, waveId);
        StabilityRule rule = findings.rule(actor.organizationId(), programId);
        List<Reason> reasons = new ArrayList<>();
        List<WaveUnit> units = waves.units(actor, programId, waveId);
        if (!wave.allLive()) {
            reasons.add(new Reason(null, "rollout.stability.notAllLive", List.of(wave.liveUnits(), wave.units())));
        }
        int critical = findings.openCritical(actor.organizationId(), waveId);
        if (rule.noOpenCritical() && critical > 0) {
            reasons.add(new Reason(null, "rollout.stability.openCritical", List.of(critical)));
        }
        LocalDate lastLive = units.stream().map(WaveUnit::liveOn).filter(java.util.Objects::nonNull)
                .max(LocalDate::compareTo).orElse(null);
        long days = lastLive == null ? 0 : ChronoUnit.DAYS.between(lastLive, today(actor));
        if (wave.allLive() && days < rule.stableDays()) {
            reasons.add(new Reason(null, "rollout.stability.days", List.of(days, rule.stableDays())));
        }
        if (rule.minSurveyScore() != null) {
            Map<Long, BigDecimal> survey = readiness.values(actor.organizationId(), programId, CriterionKind.SURVEY,
                    units.stream().map(WaveUnit::unitId).toList());
            BigDecimal avg = survey.isEmpty() ? null : survey.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(survey.size()), 2, RoundingMode.HALF_UP);
            if (avg == null || avg.compareTo(rule.minSurveyScore()) < 0) {
                reasons.add(new Reason(null, "rollout.stability.survey", List.of(avg == null ? "—" : avg.toPlainString(),
                        rule.minSurveyScore().toPlainString())));
            }
        }
        return new Stability(reasons.isEmpty(), reasons);
    }

    /** The coordinator declares the wave stable once its criteria are met. */
    @Transactional
    public Wave declareStable(Actor actor, long programId, long waveId, int version) {
        programs.requireEditor(actor, programId);
        Stability s = stability(actor, programId, waveId);
        if (!s.met()) {
            throw new InvalidInputException(null, "rollout.error.notStable");
        }
        return waves.markStable(actor, programId, waveId, version, null);
    }

    /** The sponsor or an admin lets the next wave go although this one is not (yet) stable; the reason is kept. */
    @Transactional
    public Wave overrideStable(Actor actor, long programId, long waveId, String reason, int version) {
        ProgramAccess access = programs.access(actor, programId);
        if (!actor.isAdmin() && !access.has(ProgramRole.SPONSOR)) {
            throw new ForbiddenException("override stability");
        }
        if (reason == null || reason.isBlank() || reason.length() > 2000) {
            throw new InvalidInputException("reason", "rollout.error.reasonRequired");
        }
        return waves.markStable(actor, programId, waveId, version, reason.strip());
    }

    private void requireTeam(Actor actor, long programId) {
        ProgramAccess access = programs.access(actor, programId);
        if (!access.edits() && access.roles().isEmpty()) {
            throw new ForbiddenException("report pilot findings");
        }
    }

    private Finding find(Actor actor, long programId, long id) {
        return findings.find(actor.organizationId(), programId, id).orElseThrow(() -> new NotFoundException(FINDING, id));
    }

    static LocalDate today(Actor actor) {
        ZoneId zone;
        try {
            zone = ZoneId.of(actor.timeZone() == null ? "UTC" : actor.timeZone());
        } catch (java.time.DateTimeException e) {
            zone = ZoneId.of("UTC");
        }
        return LocalDate.now(zone);
    }
}
