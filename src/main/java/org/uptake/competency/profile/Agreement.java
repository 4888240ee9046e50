package org.uptake.competency.profile;

import java.time.Instant;

/** One party's agreement to the requirements of a position in one process; outdated once they change. */
public record Agreement(Long processId, String party, String personName, int setVersion, Instant agreedAt, boolean current) {
}
