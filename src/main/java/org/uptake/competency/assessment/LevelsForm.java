package org.uptake.competency.assessment;

import java.util.HashMap;
import java.util.Map;

/** Levels per competency id as the person, the manager or the agreement gives them; 0 means "not at all". */
public class LevelsForm {

    private Map<Long, Integer> levels = new HashMap<>();
    private int version;

    public Map<Long, Integer> getLevels() { return levels; }
    public void setLevels(Map<Long, Integer> levels) { this.levels = levels == null ? new HashMap<>() : levels; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
