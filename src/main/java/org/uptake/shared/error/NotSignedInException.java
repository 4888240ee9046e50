package org.uptake.shared.error;

/** A request reached business code without an actor: the security configuration let it through by mistake. */
public class NotSignedInException extends RuntimeException {
    public NotSignedInException() {
        super("No signed-in actor for this request");
    }
}
