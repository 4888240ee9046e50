package org.uptake.org.person;

import java.util.List;

/**
 * People who were added to a unit or moved to another one; listeners give them what people of that
 * unit have (a rollout's access items, enrolments…). Published in the transaction of the change.
 */
public record PeopleJoinedUnits(long organizationId, List<Long> personIds) {
}
