package org.uptake.approval.web;

import java.util.List;
import org.springframework.stereotype.Component;
import org.uptake.approval.SignOffFilter;
import org.uptake.approval.SignOffRow;
import org.uptake.approval.SignOffService;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.shared.paging.PageRequest;
import org.uptake.shared.web.HomePanel;

/** "Waiting for my sign-off": how many, and the first few, due first. Unit heads always see it; others when something waits. */
@Component
class SignOffHomePanel implements HomePanel {

    private static final int FIRST = 5;

    private final SignOffService signOffs;

    SignOffHomePanel(SignOffService signOffs) {
        this.signOffs = signOffs;
    }

    record Waiting(long count, List<SignOffRow> first, java.time.LocalDate today) {
    }

    @Override
    public int order() {
        return 250;
    }

    @Override
    public String template() {
        return "approval/panel";
    }

    @Override
    public Object data(Actor actor) {
        if (actor.personId() == null) {
            return null;
        }
        long count = signOffs.waitingCount(actor);
        if (count == 0 && !actor.has(Role.UNIT_HEAD)) {
            return null;
        }
        List<SignOffRow> first = count == 0 ? List.of()
                : signOffs.list(actor, SignOffFilter.waiting(), PageRequest.first(FIRST)).items();
        return new Waiting(count, first, SignOffService.today(actor));
    }
}
