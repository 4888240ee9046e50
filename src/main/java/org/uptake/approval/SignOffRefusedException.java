package org.uptake.approval;

import org.uptake.shared.error.ForbiddenException;

/**
 * The actor sees the request but may not decide it: they are not one of its approvers (nor act
 * for one), or their account is no longer active. Answered with 403 and the reason's message.
 */
public class SignOffRefusedException extends ForbiddenException {

    private final String code;

    public SignOffRefusedException(String code) {
        super(code);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
