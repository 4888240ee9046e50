package org.uptake.shared.error;

/**
 * The record does not exist in the actor's organisation. Records of other organisations get
 * the same answer, so ids never reveal that something exists elsewhere.
 */
public class NotFoundException extends RuntimeException {
    private final String entity;
    private final Object id;

    public NotFoundException(String entity, Object id) {
        super(entity + " " + id + " not found");
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
