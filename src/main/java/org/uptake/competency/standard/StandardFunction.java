package org.uptake.competency.standard;

import java.util.List;

/** A generalised labour function (no parent) or a labour function under one, with its qualification level. */
public record StandardFunction(long id, Long parentId, String code, String name, int qualificationLevel,
                               List<String> actions, List<String> skills, List<String> knowledge) {

    public boolean generalised() {
        return parentId == null;
    }
}
