package org.uptake.org.person;

import java.util.List;

/** People who left the organisation; listeners close what they had (accounts, enrolments…). */
public record PeopleLeft(long organizationId, List<Long> personIds) {
}
