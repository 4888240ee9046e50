package org.uptake.competency;

import java.util.List;
import org.springframework.stereotype.Component;
import org.uptake.competency.duty.DutyChange;
import org.uptake.competency.duty.DutyService;
import org.uptake.competency.plan.PersonalAccess;
import org.uptake.competency.plan.PlanItem;
import org.uptake.competency.plan.TrainingPlanService;
import org.uptake.shared.Actor;
import org.uptake.shared.web.HomePanel;

/** The employee's "what changes for me": changes to my duties and my training plan. */
@Component
class CompetencyHomePanel implements HomePanel {

    private final DutyService duties;
    private final TrainingPlanService plans;
    private final PersonalAccess people;

    CompetencyHomePanel(DutyService duties, TrainingPlanService plans, PersonalAccess people) {
        this.duties = duties;
        this.plans = plans;
        this.people = people;
    }

    record Data(long personId, Long positionId, List<DutyChange> changes, List<PlanItem> plan) {
    }

    @Override
    public int order() {
        return 750;
    }

    @Override
    public String template() {
        return "competency/home";
    }

    @Override
    public Object data(Actor actor) {
        if (actor.personId() == null) {
            return null;
        }
        Long position = people.subject(actor, actor.personId()).map(PersonalAccess.Subject::positionId).orElse(null);
        List<DutyChange> changes = duties.myChanges(actor, position);
        List<PlanItem> plan = plans.myPlan(actor).stream().filter(PlanItem::open).limit(5).toList();
        if (position == null && plan.isEmpty()) {
            return null;
        }
        return new Data(actor.personId(), position, changes, plan);
    }
}
