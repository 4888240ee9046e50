package org.uptake.program;

import java.util.List;

/** A cross-cutting checklist of the program's playbook in the reader's language, with what has been ticked. */
public record ChecklistView(String key, String name, String seedRef, List<Item> items) {

    public ChecklistView {
        items = List.copyOf(items);
    }

    public record Item(String key, String text, String seedRef, String tickedBy) {
        public boolean ticked() {
            return tickedBy != null;
        }
    }
}
