package org.uptake.engagement.survey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.org.unit.UnitScope;
import org.uptake.org.unit.UnitService;
import org.uptake.program.ProgramService;
import org.uptake.shared.Actor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.ForbiddenException;
import org.uptake.shared.error.InvalidInputException;

/**
 * Answering: only invited people, once, while the survey is open, with answers that fit the questions; a
 * refused answer stores nothing. Anonymous answers are stored without the person; named ones with them, and
 * then the person sees their own answers and the unit's head those of their units.
 */
@Service
public class AnswerService {

    public static final String PARTICIPATION = "surveyParticipation";

    private final SurveyService surveys;
    private final SurveyRepository surveyRows;
    private final ParticipationRepository participation;
    private final ProgramService programs;
    private final UnitService units;
    private final AuditLog audit;

    AnswerService(SurveyService surveys, SurveyRepository surveyRows, ParticipationRepository participation,
                  ProgramService programs, UnitService units, AuditLog audit) {
        this.surveys = surveys;
        this.surveyRows = surveyRows;
        this.participation = participation;
        this.programs = programs;
        this.units = units;
        this.audit = audit;
    }

    @Transactional
    public void answer(Actor actor, long surveyId, AnswerForm form) {
        Survey s = surveys.find(actor, surveyId);
        if (actor.personId() == null || !participation.invited(actor.organizationId(), surveyId, actor.personId())) {
            throw new ForbiddenException("answer survey");
        }
        if (!s.acceptsAnswers(Instant.now())) {
            throw new InvalidInputException(null, "survey.error.closed");
        }
        List<AnswerForm.Item> items = AnswerChecks.require(surveyRows.questions(actor.organizationId(), surveyId), form);
        ParticipationRepository.Claim claim = participation.claim(actor.organizationId(), surveyId, actor.personId())
                .orElseThrow(() -> new InvalidInputException(null, "survey.error.alreadyAnswered"));
        UUID response = participation.insertResponse(actor.organizationId(), surveyId, claim.unitId(), claim.role());
        for (AnswerForm.Item item : items) {
            store(response, surveyId, item);
        }
        if (!s.anonymous()) {
            participation.insertAuthor(actor.organizationId(), surveyId, response, actor.personId());
        }
        participation.countAnswered(actor.organizationId(), surveyId);
        // Audited as participation (who answered, as the participation table knows anyway), apart from the
        // survey's own history, which thousands of answers would otherwise bury; it names no response.
        audit.action(actor, PARTICIPATION, surveyId, "answered", Map.of());
    }

    private void store(UUID response, long surveyId, AnswerForm.Item item) {
        if (item.scale() != null) {
            participation.insertAnswer(response, surveyId, item.questionId(), item.scale(), null, null);
        } else if (!item.choices().isEmpty()) {
            for (Integer c : item.choices()) {
                participation.insertAnswer(response, surveyId, item.questionId(), null, c, null);
            }
        } else {
            participation.insertAnswer(response, surveyId, item.questionId(), null, null, item.text().strip());
        }
    }

    /** The person's surveys: open ones to answer first, then answered and closed ones. */
    public List<MySurvey> mine(Actor actor, boolean openOnly) {
        return actor.personId() == null ? List.of()
                : participation.mine(actor.organizationId(), actor.personId(), openOnly, 50);
    }

    /** The person's own answers to a named survey; an anonymous one keeps no link to them, so there is nothing to show. */
    public NamedResponse myAnswers(Actor actor, long surveyId) {
        Survey s = surveys.find(actor, surveyId);
        if (actor.personId() == null || !participation.invited(actor.organizationId(), surveyId, actor.personId())) {
            throw new ForbiddenException("read own answers");
        }
        if (s.anonymous()) {
            throw new InvalidInputException(null, "survey.error.anonymousAnswers");
        }
        List<NamedResponse> mine = named(actor, s, null, actor.personId());
        return mine.isEmpty() ? null : mine.get(0);
    }

    /** Named answers with their authors: the program's editors see all, unit heads those of their units. */
    public List<NamedResponse> responses(Actor actor, long surveyId) {
        Survey s = surveys.find(actor, surveyId);
        if (s.anonymous()) {
            throw new InvalidInputException(null, "survey.error.anonymousAnswers");
        }
        if (programs.access(actor, s.programId()).edits()) {
            return named(actor, s, null, null);
        }
        UnitScope scope = units.scopeOf(actor);
        if (scope.wholeOrganization() || scope.isEmpty()) {
            throw new ForbiddenException("read named answers");
        }
        return named(actor, s, scope.pathPrefixes(), null);
    }

    private List<NamedResponse> named(Actor actor, Survey s, List<String> prefixes, Long personId) {
        Map<Long, Question> questions = surveyRows.questions(actor.organizationId(), s.id()).stream()
                .collect(Collectors.toMap(Question::id, q -> q));
        Map<UUID, NamedResponse> byResponse = new LinkedHashMap<>();
        Map<UUID, Map<Long, List<String>>> values = new HashMap<>();
        for (ParticipationRepository.NamedAnswer a : participation.namedAnswers(actor.organizationId(), s.id(), prefixes, personId, 20_000)) {
            byResponse.computeIfAbsent(a.responseId(), id -> new NamedResponse(a.personId(), a.personName(), a.role(),
                    a.answeredAt().toInstant(), new ArrayList<>()));
            Question q = questions.get(a.questionId());
            String value = a.scale() != null ? a.scale().toString() : a.choice() != null ? q.options().get(a.choice()) : a.text();
            values.computeIfAbsent(a.responseId(), id -> new LinkedHashMap<>()).computeIfAbsent(a.questionId(), id -> new ArrayList<>()).add(value);
        }
        List<NamedResponse> result = new ArrayList<>();
        byResponse.forEach((id, r) -> {
            List<NamedResponse.Answer> answers = new ArrayList<>();
            values.get(id).forEach((qid, v) -> answers.add(new NamedResponse.Answer(qid, questions.get(qid).text(), String.join(", ", v))));
            result.add(new NamedResponse(r.personId(), r.personName(), r.role(), r.answeredAt(), answers));
        });
        return result;
    }
}
