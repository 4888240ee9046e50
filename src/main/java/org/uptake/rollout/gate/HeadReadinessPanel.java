package org.uptake.rollout.gate;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.uptake.approval.SignOff;
import org.uptake.approval.SignOffService;
import org.uptake.rollout.wave.WaveService;
import org.uptake.rollout.wave.WaveUnit;
import org.uptake.shared.Actor;
import org.uptake.shared.web.HomePanel;

/** A unit head's home page: readiness of the units they head and whether their sign-off is pending. */
@Component
class HeadReadinessPanel implements HomePanel {

    private final WaveService waves;
    private final SignOffService signOffs;

    HeadReadinessPanel(WaveService waves, SignOffService signOffs) {
        this.waves = waves;
        this.signOffs = signOffs;
    }

    @Override
    public int order() {
        return 305;
    }

    @Override
    public String template() {
        return "rollout/panels";
    }

    @Override
    public Object data(Actor actor) {
        List<WaveUnit> units = waves.headedBy(actor).stream().filter(u -> !u.live()).toList();
        if (units.isEmpty()) {
            return null;
        }
        Map<Long, SignOff> latest = signOffs.latestForSubjects(actor, GateService.SUBJECT, units.stream().map(WaveUnit::id).toList());
        List<Row> rows = units.stream().map(u -> new Row(u, latest.get(u.id()), GateService.linkOf(u.programId(), u.id()))).toList();
        return new Data("head", rows);
    }

    public record Row(WaveUnit unit, SignOff signOff, String link) {
        public boolean pending() {
            return signOff != null && signOff.isOpen();
        }
    }

    public record Data(String kind, List<Row> rows) {
    }
}
