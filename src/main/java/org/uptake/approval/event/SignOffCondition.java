package org.uptake.approval.event;

/**
 * A condition an approver attached to their approval ("train the night shift first"). The
 * requesting module receives them with {@code SignOffApproved} and may turn them into tasks.
 *
 * @param actingPersonId the delegate who decided for the approver, or {@code null}
 */
public record SignOffCondition(long id, int round, long approverPersonId, String approverName, Long actingPersonId,
                               String text) {
}
