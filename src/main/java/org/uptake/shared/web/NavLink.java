package org.uptake.shared.web;

import java.util.function.Predicate;
import org.uptake.shared.Actor;

/**
 * One entry of the main navigation. Modules declare their own entries (a {@link NavContribution}
 * bean) so adding a capability never means editing the shared layout.
 *
 * @param path       where the entry leads, e.g. {@code /programs}
 * @param messageKey the label's message key
 * @param order      position from the left; the organisation model uses 100–199, capabilities 200–899,
 *                   administration 900+
 * @param visibleTo  who sees the entry (the target page still checks permissions itself)
 */
public record NavLink(String path, String messageKey, int order, Predicate<Actor> visibleTo) {

    public static NavLink forEveryone(String path, String messageKey, int order) {
        return new NavLink(path, messageKey, order, a -> true);
    }
}
