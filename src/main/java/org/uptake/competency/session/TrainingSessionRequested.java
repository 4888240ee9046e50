package org.uptake.competency.session;

import java.util.List;

/**
 * The hook for the training module (which comes later and may depend on this module, not the other
 * way round): published when a session is asked for, with the people who have the gap, so that the
 * module can schedule a session, enrol them and record its reference on the request.
 */
public record TrainingSessionRequested(long organizationId, long requestId, long unitId, long competencyId,
                                       List<Long> personIds) {

    public TrainingSessionRequested {
        personIds = List.copyOf(personIds);
    }
}
