package org.uptake.training.course;

/** A material is an uploaded file or a page written in the application. */
public enum MaterialKind {
    FILE, PAGE
}
