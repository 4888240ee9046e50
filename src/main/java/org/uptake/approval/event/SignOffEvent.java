package org.uptake.approval.event;

/**
 * What happened to a sign-off request, published as a Spring application event inside the
 * transaction that made the change. Owning modules listen for their own {@link #subjectType()}
 * so that {@code approval} never depends on them.
 */
public sealed interface SignOffEvent permits SignOffRequested, SignOffStepOpened, SignOffApproved, SignOffRejected,
        SignOffCancelled, SignOffRoundStarted, SignOffMarkedStale, SignOffDelegated {

    long organizationId();

    long signOffId();

    String subjectType();

    Long subjectId();
}
