package org.uptake.engagement.home;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.uptake.engagement.survey.AnswerService;
import org.uptake.engagement.survey.MySurvey;
import org.uptake.program.Program;
import org.uptake.program.ProgramMember;
import org.uptake.program.ProgramRole;
import org.uptake.program.ProgramService;
import org.uptake.program.ProgramStatus;
import org.uptake.program.ProgramTeamService;
import org.uptake.rollout.wave.MyWave;
import org.uptake.rollout.wave.WaveService;
import org.uptake.shared.Actor;
import org.uptake.shared.web.HomePanel;

/**
 * The employee's home page panel, one card per program that touches them (their unit is in a wave, their
 * position has a published text, or a survey waits for them). Trainings have their own panel in training.
 */
@Component
class MeaningForMePanel implements HomePanel {

    private final WaveService waves;
    private final RoleChangeService roleChanges;
    private final AnswerService surveys;
    private final ProgramService programs;
    private final ProgramTeamService team;

    MeaningForMePanel(WaveService waves, RoleChangeService roleChanges, AnswerService surveys, ProgramService programs,
                      ProgramTeamService team) {
        this.waves = waves;
        this.roleChanges = roleChanges;
        this.surveys = surveys;
        this.programs = programs;
        this.team = team;
    }

    @Override
    public int order() {
        return 290;
    }

    @Override
    public String template() {
        return "engagement/home-panel";
    }

    @Override
    public Object data(Actor actor) {
        if (actor.personId() == null) {
            return null;
        }
        List<MyWave> myWaves = waves.mine(actor);
        List<MyRoleChange> texts = roleChanges.mine(actor);
        List<MySurvey> open = surveys.mine(actor, true);
        Set<Long> programIds = new LinkedHashSet<>();
        myWaves.forEach(w -> programIds.add(w.programId()));
        texts.forEach(t -> programIds.add(t.programId()));
        open.forEach(s -> programIds.add(s.programId()));
        List<MeaningForMe> cards = new ArrayList<>();
        for (long id : programIds) {
            Program p = programs.access(actor, id).program();
            if (p.status() == ProgramStatus.CLOSED) {
                continue;
            }
            ProgramMember contact = team.membersUnchecked(actor.organizationId(), id).stream()
                    .filter(m -> m.role() == ProgramRole.COORDINATOR).findFirst().orElse(null);
            cards.add(new MeaningForMe(id, p.name(), why(p), myWaves.stream().filter(w -> w.programId() == id).toList(),
                    texts.stream().filter(t -> t.programId() == id).findFirst().orElse(null),
                    open.stream().filter(s -> s.programId() == id).toList(),
                    contact == null ? null : contact.personName(), contact == null ? null : contact.email()));
        }
        return cards.isEmpty() ? null : cards;
    }

    /** The program's strategy says why; without one its objective, else its description. */
    private static String why(Program p) {
        for (String s : new String[]{p.strategy(), p.objective(), p.description()}) {
            if (s != null && !s.isBlank()) {
                return s;
            }
        }
        return null;
    }
}
