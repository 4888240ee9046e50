package org.uptake.access;

/** A freshly created token: the secret appears here exactly once. */
public record IssuedToken(ApiToken token, String secret) {
}
