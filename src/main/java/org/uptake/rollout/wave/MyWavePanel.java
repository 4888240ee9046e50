package org.uptake.rollout.wave;

import java.util.List;
import org.springframework.stereotype.Component;
import org.uptake.shared.Actor;
import org.uptake.shared.web.HomePanel;

/** Everyone's home page: my unit's wave and go-live date in each running program. */
@Component
class MyWavePanel implements HomePanel {

    private final WaveService waves;

    MyWavePanel(WaveService waves) {
        this.waves = waves;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public String template() {
        return "rollout/panels";
    }

    @Override
    public Object data(Actor actor) {
        List<MyWave> mine = waves.mine(actor);
        return mine.isEmpty() ? null : new Data("mine", mine);
    }

    /** What the fragment shows; {@code kind} selects the panel inside the shared template. */
    public record Data(String kind, List<MyWave> waves) {
    }
}
