package org.uptake.measure.adoption;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.program.ProgramService;
import org.uptake.shared.Actor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.StaleVersionException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Adoption of a program's new system: ingests batches of usage events (idempotent by event id, within
 * a time window against clock skew, unknown accounts rejected and reported) and answers adoption per
 * day, wave and unit: active = at least one event in the trailing window (7 days unless configured),
 * scope = the people of the program's live units.
 */
@Service
public class AdoptionService {

    public static final String ENTITY = "adoption";
    static final int REPORTED_REJECTIONS = 100;

    private final ProgramService programs;
    private final AdoptionRepository adoption;
    private final CurveRepository curve;
    private final PendingRecount pending;
    private final AuditLog audit;
    private final JsonMapper json;
    private final int maxEvents;
    private final Duration maxAge;
    private final Duration maxSkew;

    AdoptionService(ProgramService programs, AdoptionRepository adoption, CurveRepository curve, PendingRecount pending,
                    AuditLog audit, JsonMapper json,
                    @Value("${uptake.adoption.max-events:5000}") int maxEvents,
                    @Value("${uptake.adoption.max-age:P30D}") Duration maxAge,
                    @Value("${uptake.adoption.max-skew:PT5M}") Duration maxSkew) {
        this.programs = programs;
        this.adoption = adoption;
        this.curve = curve;
        this.pending = pending;
        this.audit = audit;
        this.json = json;
        this.maxEvents = maxEvents;
        this.maxAge = maxAge;
        this.maxSkew = maxSkew;
    }

    public int maxEvents() {
        return maxEvents;
    }

    /** Thrown for a batch with more events than allowed: answered 413 with the limit. */
    public static final class TooManyEvents extends RuntimeException {
        private final int limit;

        TooManyEvents(int limit) {
            super("more than " + limit + " events");
            this.limit = limit;
        }

        public int limit() {
            return limit;
        }
    }

    /** Stores a batch: the program's editors' tokens (scope "adoption") send it; the whole batch is one transaction. */
    @Transactional
    public IngestResult ingest(Actor actor, AdoptionBatch batch) {
        if (batch == null || batch.programId() == null) {
            throw new InvalidInputException("programId", "adoption.error.program");
        }
        programs.requireEditor(actor, batch.programId());
        List<AdoptionBatch.Event> events = batch.events() == null ? List.of() : batch.events();
        if (events.isEmpty()) {
            throw new InvalidInputException("events", "adoption.error.empty");
        }
        if (events.size() > maxEvents) {
            throw new TooManyEvents(maxEvents);
        }
        return store(actor, batch.programId(), events, Instant.now());
    }

    private IngestResult store(Actor actor, long programId, List<AdoptionBatch.Event> events, Instant now) {
        List<IngestResult.Rejection> rejections = new ArrayList<>();
        Map<String, AdoptionRepository.Person> people = adoption.people(actor.organizationId(), keys(events));
        Map<Long, Long> waveUnits = adoption.waveUnits(actor.organizationId(), programId,
                people.values().stream().map(AdoptionRepository.Person::unitId).filter(java.util.Objects::nonNull).distinct().toList());
        var ids = new ArrayList<String>(events.size());
        var persons = new ArrayList<Long>(events.size());
        var units = new ArrayList<Long>(events.size());
        var features = new ArrayList<String>(events.size());
        var times = new ArrayList<Instant>(events.size());
        Set<String> seen = new HashSet<>();
        int repeated = 0;
        for (int i = 0; i < events.size(); i++) {
            AdoptionBatch.Event e = events.get(i);
            String reason = EventChecks.problem(e, now, maxAge, maxSkew);
            AdoptionRepository.Person person = reason == null ? person(people, e.user()) : null;
            if (reason == null && person == null) {
                reason = "unknownUser";
            }
            if (reason != null) {
                rejections.add(new IngestResult.Rejection(i, e == null ? null : e.eventId(), reason));
            } else if (!seen.add(e.eventId())) {
                repeated++;
            } else {
                ids.add(e.eventId());
                persons.add(person.id());
                units.add(person.unitId() == null ? null : waveUnits.get(person.unitId()));
                features.add(e.feature().strip());
                times.add(Instant.parse(e.occurredAt().strip()));
            }
        }
        var stored = ids.isEmpty() ? new AdoptionRepository.Stored(0, new Long[0], new LocalDate[0])
                : adoption.store(actor.organizationId(), programId, ids, persons, units, features, times);
        adoption.markDirty(actor.organizationId(), programId, stored.units(), stored.days());
        int duplicates = repeated + ids.size() - stored.inserted();
        var reported = rejections.subList(0, Math.min(REPORTED_REJECTIONS, rejections.size()));
        var result = new IngestResult(0, events.size(), stored.inserted(), duplicates, rejections.size(), List.copyOf(reported));
        long batchId = adoption.logBatch(actor.organizationId(), programId, result, json.writeValueAsString(reported), actor.userId(),
                actor.displayName());
        return new IngestResult(batchId, result.received(), result.accepted(), result.duplicates(), result.rejected(), result.rejections());
    }

    private static List<String> keys(List<AdoptionBatch.Event> events) {
        return events.stream().filter(e -> e != null && e.user() != null && !e.user().isBlank()).map(e -> e.user().strip())
                .distinct().toList();
    }

    private static AdoptionRepository.Person person(Map<String, AdoptionRepository.Person> people, String user) {
        String key = user.strip();
        AdoptionRepository.Person byMail = people.get("e" + key.toLowerCase(java.util.Locale.ROOT));
        return byMail != null ? byMail : people.get("n" + key);
    }

    /** Adoption of the program for the {@code days} days up to today, per wave and per unit today. */
    public AdoptionFigures figures(Actor actor, long programId, int days) {
        programs.requireReader(actor, programId);
        return figuresUnchecked(actor.organizationId(), programId, days);
    }

    /** For dashboards and reports that already checked the reader. */
    public AdoptionFigures figuresUnchecked(long organizationId, long programId, int days) {
        pending.recount(organizationId, programId);
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        int span = Math.max(1, Math.min(days, 366));
        var waveDays = curve.days(organizationId, programId, today.minusDays(span - 1L), today);
        var rows = curve.units(organizationId, programId, today);
        var waves = new LinkedHashMap<Long, AdoptionFigures.Group>();
        List<AdoptionFigures.Group> units = new ArrayList<>();
        for (CurveRepository.UnitRow r : rows) {
            boolean live = r.liveOn() != null && !r.liveOn().isAfter(today);
            units.add(new AdoptionFigures.Group(r.unitId(), r.unitName(), live ? r.active() : 0, r.people(), r.liveOn()));
            waves.merge(r.waveId(), new AdoptionFigures.Group(r.waveId(), r.waveName(), live ? r.active() : 0, live ? r.people() : 0,
                    r.liveOn()), (a, b) -> new AdoptionFigures.Group(a.id(), a.name(), a.active() + b.active(), a.scope() + b.scope(),
                    a.liveOn() == null ? b.liveOn() : b.liveOn() == null ? a.liveOn() : a.liveOn().isBefore(b.liveOn()) ? a.liveOn() : b.liveOn()));
        }
        var names = new java.util.HashMap<Long, String>();
        rows.forEach(r -> names.put(r.waveId(), r.waveName()));
        return new AdoptionFigures(adoption.activeDays(programId), AdoptionCurves.overall(waveDays, today.minusDays(span - 1L), today),
                AdoptionCurves.perWave(waveDays, names), List.copyOf(waves.values()), units, curve.events(organizationId, programId));
    }

    public List<BatchRecord> batches(Actor actor, long programId) {
        programs.requireEditor(actor, programId);
        return adoption.batches(actor.organizationId(), programId, 20);
    }

    public int settingsVersion(Actor actor, long programId) {
        programs.requireReader(actor, programId);
        return adoption.settingsVersion(programId);
    }

    /** Changes how many trailing days make a person active; every day of the program is counted again. */
    @Transactional
    public void setActiveDays(Actor actor, long programId, Integer days, int version) {
        programs.requireEditor(actor, programId);
        if (days == null || days < 1 || days > 90) {
            throw new InvalidInputException("activeDays", "adoption.error.activeDays");
        }
        int before = adoption.activeDays(programId);
        if (adoption.saveActiveDays(actor.organizationId(), programId, days, version) == 0) {
            throw new StaleVersionException(ENTITY, programId);
        }
        adoption.recountAll(actor.organizationId(), programId, days);
        audit.action(actor, "program", programId, "adoptionWindow", Map.of("activeDays", List.of(before, days)));
    }

    /** Recounts what batches marked in every program (what the job does every few seconds). */
    public void recountPendingEverywhere() {
        pending.everyFewSeconds();
    }

    /** Carries the counts forward to a new day, so people stay active without new events (the nightly job). */
    @Transactional
    public int rollForward(LocalDate day) {
        return adoption.rollForward(day);
    }
}
