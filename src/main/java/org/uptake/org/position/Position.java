package org.uptake.org.position;

/** An organisation-wide job title ("Service advisor"); people hold one, processes name them as executors. */
public record Position(long id, long organizationId, String code, String title, String description, int version) {
}
