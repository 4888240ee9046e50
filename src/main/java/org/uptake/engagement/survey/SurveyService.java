package org.uptake.engagement.survey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.org.unit.UnitService;
import org.uptake.program.ProgramAccess;
import org.uptake.program.ProgramService;
import org.uptake.rollout.readiness.ReadinessService;
import org.uptake.rollout.wave.Wave;
import org.uptake.rollout.wave.WaveService;
import org.uptake.rollout.wave.WaveUnit;
import org.uptake.shared.Actor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.ForbiddenException;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.paging.Cursor;
import org.uptake.shared.paging.PageRequest;
import org.uptake.shared.paging.Slice;

/**
 * Surveys of a program: the program's coordinators write, distribute, open and close them; questions stay
 * as they are once someone has answered (a new version instead). Reading: the program's readers, the
 * people invited, and unit heads (for their units).
 */
@Service
public class SurveyService {

    public static final String ENTITY = "survey";

    private final SurveyRepository surveys;
    private final ParticipationRepository participation;
    private final SurveyTemplates templates;
    private final ProgramService programs;
    private final WaveService waves;
    private final UnitService units;
    private final ReadinessService readiness;
    private final AuditLog audit;

    SurveyService(SurveyRepository surveys, ParticipationRepository participation, SurveyTemplates templates,
                  ProgramService programs, WaveService waves, UnitService units, ReadinessService readiness, AuditLog audit) {
        this.surveys = surveys;
        this.participation = participation;
        this.templates = templates;
        this.programs = programs;
        this.waves = waves;
        this.units = units;
        this.readiness = readiness;
        this.audit = audit;
    }

    public Slice<SurveyRow> list(Actor actor, Long programId, PageRequest request) {
        if (programId != null) {
            programs.requireReader(actor, programId);
        } else if (!actor.readsWholeOrganization()) {
            throw new ForbiddenException("list surveys");
        }
        return Slice.of(surveys.page(actor.organizationId(), programId, request), request.size(), r -> new Cursor("", r.id()));
    }

    /** The survey if the actor may see it at all; another organisation's survey is not found. */
    public Survey get(Actor actor, long id) {
        Survey s = find(actor, id);
        if (!programs.access(actor, s.programId()).reads() && !invited(actor, s) && units.scopeOf(actor).isEmpty()) {
            throw new ForbiddenException("read survey");
        }
        return s;
    }

    public SurveyView view(Actor actor, long id) {
        Survey s = get(actor, id);
        ProgramAccess access = programs.access(actor, s.programId());
        boolean invited = invited(actor, s);
        boolean answered = invited && participation.claimed(actor.organizationId(), id, actor.personId());
        boolean results = access.reads() || !units.scopeOf(actor).isEmpty();
        return new SurveyView(s, access.program().name(), surveys.questions(actor.organizationId(), id),
                surveys.audience(actor.organizationId(), id), surveys.hasAnswers(actor.organizationId(), id), access.edits(),
                results && s.status() != SurveyStatus.DRAFT, invited && !answered && s.acceptsAnswers(Instant.now()), answered);
    }

    public List<Question> questions(Actor actor, long id) {
        return surveys.questions(get(actor, id).organizationId(), id);
    }

    public List<SurveyTemplates.Template> templates(Locale locale) {
        return templates.all(locale);
    }

    /** Whether the actor may change the survey's program's surveys (pages ask before showing forms). */
    public boolean edits(Actor actor, long programId) {
        return programs.access(actor, programId).edits();
    }

    @Transactional
    public Survey create(Actor actor, long programId, SurveyForm form) {
        programs.requireEditor(actor, programId);
        List<QuestionForm> questions = form.filledQuestions().isEmpty()
                ? templates.questions(form.getKind(), Locale.forLanguageTag(actor.language()))
                : form.filledQuestions();
        QuestionChecks.require(questions);
        requireFuture(form.getClosesAt());
        long id = surveys.insert(actor.organizationId(), programId, form, null, 1, null, actor.userId());
        surveys.replaceQuestions(actor.organizationId(), id, questions);
        Survey created = find(actor, id);
        audit.created(actor, ENTITY, id, created);
        return created;
    }

    /** Texts and deadline while not closed; the mode only in a draft; questions only while nobody has answered. */
    @Transactional
    public Survey update(Actor actor, long id, SurveyForm form) {
        Survey before = editable(actor, id);
        if (before.status() == SurveyStatus.CLOSED) {
            throw new InvalidInputException(null, "survey.error.closedEdit");
        }
        if (!before.draft() && before.anonymous() != form.isAnonymous()) {
            throw new InvalidInputException("anonymous", "survey.error.modeLocked");
        }
        List<QuestionForm> questions = form.filledQuestions();
        QuestionChecks.require(questions);
        if (questions.isEmpty()) {
            throw new InvalidInputException("questions", "survey.error.noQuestions");
        }
        List<Question> stored = surveys.questions(actor.organizationId(), id);
        boolean changed = !QuestionChecks.same(stored, questions);
        if (changed && surveys.hasAnswers(actor.organizationId(), id)) {
            throw new InvalidInputException("questions", "survey.error.questionsLocked");
        }
        if (form.getClosesAt() != null && !form.getClosesAt().equals(before.closesAt())) {
            requireFuture(form.getClosesAt());
        }
        if (surveys.update(actor.organizationId(), id, form) == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        if (changed) {
            surveys.replaceQuestions(actor.organizationId(), id, questions);
            audit.action(actor, ENTITY, id, "questions", Map.of("questions", questions.size()));
        }
        Survey after = find(actor, id);
        audit.updated(actor, ENTITY, id, before, after);
        return after;
    }

    /** Who the survey goes to: set freely in a draft; while open, newly matching people are invited too. */
    @Transactional
    public Survey distribute(Actor actor, long id, Audience audience) {
        Survey before = editable(actor, id);
        if (before.status() == SurveyStatus.CLOSED) {
            throw new InvalidInputException(null, "survey.error.closedEdit");
        }
        requireKnown(actor, before, audience);
        if (surveys.bump(actor.organizationId(), id, audience.version()) == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        surveys.replaceAudience(actor.organizationId(), id, audience);
        if (before.status() == SurveyStatus.OPEN) {
            surveys.setInvited(actor.organizationId(), id, invite(actor, before, audience));
        }
        audit.action(actor, ENTITY, id, "audience", Map.of("units", audience.unitIds().size(),
                "positions", audience.positionIds().size(), "waves", audience.waveIds().size()));
        return find(actor, id);
    }

    @Transactional
    public Survey open(Actor actor, long id, int version) {
        Survey s = editable(actor, id);
        if (!s.draft()) {
            throw new InvalidInputException(null, "survey.error.notDraft");
        }
        if (surveys.questions(actor.organizationId(), id).isEmpty()) {
            throw new InvalidInputException("questions", "survey.error.noQuestions");
        }
        Audience audience = audienceOf(actor, id);
        if (audience.empty()) {
            throw new InvalidInputException("audience", "survey.error.noAudience");
        }
        int invited = invite(actor, s, audience);
        if (invited == 0) {
            throw new InvalidInputException("audience", "survey.error.nobodyInvited");
        }
        if (surveys.open(actor.organizationId(), id, version, invited) == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        if (s.previousId() != null) {
            find(actor, s.previousId());
            closeQuietly(actor, s.previousId());
        }
        audit.action(actor, ENTITY, id, "opened", Map.of("invited", invited));
        return find(actor, id);
    }

    @Transactional
    public Survey close(Actor actor, long id, int version) {
        Survey s = editable(actor, id);
        if (s.status() != SurveyStatus.OPEN) {
            throw new InvalidInputException(null, "survey.error.notOpen");
        }
        if (surveys.close(actor.organizationId(), id, version) == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        afterClose(actor, s);
        audit.action(actor, ENTITY, id, "closed", Map.of("answered", s.answered()));
        return find(actor, id);
    }

    private void closeQuietly(Actor actor, long id) {
        Survey s = find(actor, id);
        if (s.status() == SurveyStatus.OPEN && surveys.close(actor.organizationId(), id, s.version()) > 0) {
            afterClose(actor, s);
            audit.action(actor, ENTITY, id, "closed", Map.of("answered", s.answered()));
        }
    }

    private void afterClose(Actor actor, Survey s) {
        if (s.anonymous()) {
            participation.scrub(actor.organizationId(), s.id());
        }
        if (s.kind() == SurveyKind.READINESS) {
            readiness.recompute(actor.organizationId(), s.programId());
        }
    }

    /** A new draft version with the same questions and audience, to change what is asked once answers exist. */
    @Transactional
    public Survey newVersion(Actor actor, long id, int version) {
        Survey s = editable(actor, id);
        if (s.draft()) {
            throw new InvalidInputException(null, "survey.error.draftEditable");
        }
        if (surveys.hasNextVersion(actor.organizationId(), id)) {
            throw new InvalidInputException(null, "survey.error.versionExists");
        }
        if (surveys.bump(actor.organizationId(), id, version) == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        List<Question> questions = surveys.questions(actor.organizationId(), id);
        SurveyForm form = SurveyForm.of(s, questions);
        form.setClosesAt(null);
        long copy = surveys.insert(actor.organizationId(), s.programId(), form, s.seriesId(), s.versionNumber() + 1, id,
                actor.userId());
        surveys.replaceQuestions(actor.organizationId(), copy, form.getQuestions());
        surveys.replaceAudience(actor.organizationId(), copy, audienceOf(actor, id));
        Survey created = find(actor, copy);
        audit.created(actor, ENTITY, copy, created);
        return created;
    }

    @Transactional
    public void delete(Actor actor, long id, int version) {
        Survey s = editable(actor, id);
        if (!s.draft()) {
            throw new InvalidInputException(null, "survey.error.deleteOpened");
        }
        if (surveys.delete(actor.organizationId(), id, version) == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        audit.deleted(actor, ENTITY, id, s);
    }

    /** The units results are shown for: the audience's units and the units of its waves, else the invitees' own units. */
    List<Long> reportingUnits(Actor actor, Survey s) {
        Audience a = audienceOf(actor, s.id());
        List<Long> result = new ArrayList<>(a.unitIds());
        if (!a.waveIds().isEmpty()) {
            Set<Long> waveIds = Set.copyOf(a.waveIds());
            waves.unitsUnchecked(actor.organizationId(), s.programId()).stream()
                    .filter(u -> waveIds.contains(u.waveId())).map(WaveUnit::unitId).forEach(result::add);
        }
        return result.stream().distinct().toList();
    }

    Audience audienceOf(Actor actor, long id) {
        Map<String, List<Long>> byKind = surveys.audience(actor.organizationId(), id).stream()
                .collect(Collectors.groupingBy(SurveyView.Target::kind, Collectors.mapping(SurveyView.Target::id, Collectors.toList())));
        return new Audience(byKind.get("UNIT"), byKind.get("POSITION"), byKind.get("WAVE"), 0);
    }

    private int invite(Actor actor, Survey s, Audience audience) {
        List<Long> places = new ArrayList<>(audience.unitIds());
        if (!audience.waveIds().isEmpty()) {
            Set<Long> waveIds = Set.copyOf(audience.waveIds());
            waves.unitsUnchecked(actor.organizationId(), s.programId()).stream()
                    .filter(u -> waveIds.contains(u.waveId())).map(WaveUnit::unitId).forEach(places::add);
            if (places.isEmpty()) {
                return 0;
            }
        }
        return participation.invite(actor.organizationId(), s.id(), places, audience.positionIds());
    }

    private void requireKnown(Actor actor, Survey s, Audience a) {
        long org = actor.organizationId();
        if (surveys.countKnown(org, "unit", a.unitIds()) != a.unitIds().stream().distinct().count()) {
            throw new InvalidInputException("unitIds", "survey.error.unknownUnit");
        }
        if (surveys.countKnown(org, "position", a.positionIds()) != a.positionIds().stream().distinct().count()) {
            throw new InvalidInputException("positionIds", "survey.error.unknownPosition");
        }
        Set<Long> programWaves = waves.wavesUnchecked(org, s.programId()).stream().map(Wave::id).collect(Collectors.toSet());
        if (!programWaves.containsAll(a.waveIds())) {
            throw new InvalidInputException("waveIds", "survey.error.unknownWave");
        }
    }

    private static void requireFuture(Instant closesAt) {
        if (closesAt != null && !closesAt.isAfter(Instant.now())) {
            throw new InvalidInputException("closesAt", "survey.error.closesInPast");
        }
    }

    private Survey editable(Actor actor, long id) {
        Survey s = find(actor, id);
        programs.requireEditor(actor, s.programId());
        return s;
    }

    Survey find(Actor actor, long id) {
        return surveys.find(actor.organizationId(), id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    boolean invited(Actor actor, Survey s) {
        return actor.personId() != null && participation.invited(actor.organizationId(), s.id(), actor.personId());
    }
}
