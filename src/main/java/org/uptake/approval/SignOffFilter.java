package org.uptake.approval;

/**
 * Which requests a list shows: those WAITING for the actor's decision (or their delegate's), MINE
 * (requested or decided by the actor, any status) or ALL the actor may see; optionally one status.
 */
public record SignOffFilter(View view, SignOffStatus status) {

    public enum View { WAITING, MINE, ALL }

    public SignOffFilter {
        view = view == null ? View.WAITING : view;
    }

    public static SignOffFilter waiting() {
        return new SignOffFilter(View.WAITING, null);
    }
}
