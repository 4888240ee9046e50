package org.uptake.program.setup;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.uptake.program.Program;
import org.uptake.program.ProgramDraft;
import org.uptake.program.ProgramRole;
import org.uptake.program.ProgramService;
import org.uptake.program.ProgramSubject;
import org.uptake.program.ProgramTeamService;
import org.uptake.program.plan.PlanCreation;
import org.uptake.program.playbook.PlaybookService;
import org.uptake.program.playbook.PlaybookVersion;
import org.uptake.shared.Actor;
import org.uptake.shared.Languages;
import org.uptake.shared.error.InvalidInputException;

/**
 * Creates a program from a playbook: the program with its team, scope and goals, then its plan,
 * scheduled forward from the start date, in one transaction. A preview runs the same creation and
 * rolls it back, so what the wizard shows is exactly what "create" would make.
 */
@Service
public class ProgramSetupService {

    private final ProgramService programs;
    private final ProgramTeamService team;
    private final PlaybookService playbooks;
    private final PlanCreation plans;
    private final TransactionTemplate tx;

    ProgramSetupService(ProgramService programs, ProgramTeamService team, PlaybookService playbooks, PlanCreation plans,
                        TransactionTemplate tx) {
        this.programs = programs;
        this.team = team;
        this.playbooks = playbooks;
        this.plans = plans;
        this.tx = tx;
    }

    public record Created(Program program, PlanCreation.Summary plan) {
    }

    @Transactional
    public Created create(Actor actor, SetupForm form) {
        programs.requireCreator(actor);
        PlaybookVersion version = playbooks.latest(actor, form.getPlaybookId());
        ProgramDraft draft = draft(actor, form, version);
        Program program = programs.register(actor, draft);
        return new Created(program, plans.create(actor, program, version.definition()));
    }

    /** Runs the creation and rolls it back, handing the created state to {@code read} first. */
    public <T> T preview(Actor actor, SetupForm form, Function<Created, T> read) {
        return tx.execute(status -> {
            status.setRollbackOnly();
            return read.apply(create(actor, form));
        });
    }

    private ProgramDraft draft(Actor actor, SetupForm f, PlaybookVersion version) {
        Long coordinator = f.getCoordinatorPersonId() != null ? f.getCoordinatorPersonId() : actor.personId();
        if (coordinator == null) {
            throw new InvalidInputException("coordinatorPersonId", "program.error.coordinatorRequired");
        }
        List<ProgramDraft.TeamSeat> seats = new ArrayList<>();
        seats.add(new ProgramDraft.TeamSeat(coordinator, ProgramRole.COORDINATOR));
        seat(seats, f.getDeputyPersonId(), ProgramRole.DEPUTY);
        seat(seats, f.getSponsorPersonId(), ProgramRole.SPONSOR);
        seat(seats, f.getTrainerPersonId(), ProgramRole.TRAINER);
        seat(seats, f.getLineOwnerPersonId(), ProgramRole.LINE_OWNER);
        f.getMemberPersonIds().stream().filter(Objects::nonNull).distinct().forEach(id -> seat(seats, id, ProgramRole.MEMBER));
        Set<Long> people = new LinkedHashSet<>();
        seats.forEach(s -> people.add(s.personId()));
        team.checkPeople(actor, "team", people);
        Set<Long> units = new LinkedHashSet<>(f.getUnitIds().stream().filter(Objects::nonNull).toList());
        team.checkUnits(actor, units);
        List<ProgramDraft.GoalDraft> goals = new ArrayList<>();
        for (SetupForm.GoalLine g : f.getGoals()) {
            if (g != null && g.getStatement() != null) {
                if (g.getInternalCustomerPersonId() != null) {
                    team.checkPeople(actor, "goals", Set.of(g.getInternalCustomerPersonId()));
                }
                goals.add(new ProgramDraft.GoalDraft(g.getStatement(), g.getInternalCustomerPersonId()));
            }
        }
        if (f.getLanguage() != null && !Languages.isSupported(f.getLanguage())) {
            throw new InvalidInputException("language", "validation.language", f.getLanguage());
        }
        ProgramSubject subject = f.getSubject() != null ? f.getSubject() : subjectOf(version);
        return new ProgramDraft(f.getName(), subject, f.getDescription(), f.getStrategy(), f.getObjective(), f.getStartDate(),
                f.getLanguage() != null ? f.getLanguage() : actor.language(), version.playbookId(), version.id(),
                version.number(), List.copyOf(units), seats, goals);
    }

    private static void seat(List<ProgramDraft.TeamSeat> seats, Long personId, ProgramRole role) {
        if (personId != null) {
            seats.add(new ProgramDraft.TeamSeat(personId, role));
        }
    }

    private static ProgramSubject subjectOf(PlaybookVersion version) {
        String s = version.definition().subject();
        try {
            return s == null ? ProgramSubject.SOFTWARE_SYSTEM : ProgramSubject.valueOf(s);
        } catch (IllegalArgumentException e) {
            return ProgramSubject.SOFTWARE_SYSTEM;
        }
    }
}
