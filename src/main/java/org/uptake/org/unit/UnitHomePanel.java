package org.uptake.org.unit;

import java.util.List;
import org.springframework.stereotype.Component;
import org.uptake.shared.Actor;
import org.uptake.shared.web.HomePanel;

/** The unit head's home panel: the units they head (or act for) and how many people each holds. */
@Component
class UnitHomePanel implements HomePanel {

    private final UnitService units;

    UnitHomePanel(UnitService units) {
        this.units = units;
    }

    @Override
    public int order() {
        return 150;
    }

    @Override
    public String template() {
        return "org/units/home-panel";
    }

    @Override
    public Object data(Actor actor) {
        List<HeadedUnit> headed = units.headedBy(actor);
        return headed.isEmpty() ? null : headed;
    }
}
