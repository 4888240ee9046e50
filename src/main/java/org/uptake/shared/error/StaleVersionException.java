package org.uptake.shared.error;

/** Someone else saved the record after this editor loaded it; their change must not be overwritten silently. */
public class StaleVersionException extends RuntimeException {
    private final String entity;
    private final Object id;

    public StaleVersionException(String entity, Object id) {
        super(entity + " " + id + " was changed by someone else");
        this.entity = entity;
        this.id = id;
    }

    public String entity() {
        return entity;
    }

    public Object id() {
        return id;
    }
}
