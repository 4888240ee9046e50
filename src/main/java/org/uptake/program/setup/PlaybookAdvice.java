package org.uptake.program.setup;

import java.util.List;
import org.uptake.shared.Actor;

/**
 * Advice another module offers someone who starts a program from a playbook — for instance the lessons that
 * earlier programs with the same playbook recorded. A module contributes it as a bean, so the program module
 * never depends on who gives the advice (docs/adr/0006); the wizard shows each contributor's items under the
 * heading it names with a message key of its own bundle.
 */
public interface PlaybookAdvice {

    /** Message key of the heading the wizard shows above this contributor's items. */
    String headingKey();

    /** The advice for a program that starts from the playbook; empty when there is none. */
    List<Item> forPlaybook(Actor actor, long playbookId);

    /** One piece of advice: a short label (already in the reader's language), the text, where it comes from and a link to it. */
    record Item(String label, String title, String text, String source, String link) {
    }

    /** A contributor's advice as the wizard shows it. */
    record Section(String headingKey, List<Item> items) {
    }
}
