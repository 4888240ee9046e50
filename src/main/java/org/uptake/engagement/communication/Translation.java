package org.uptake.engagement.communication;

/** An e-mail item's text in another language; recipients of that language get it instead of the item's own text. */
public record Translation(String language, String subject, String body) {
}
