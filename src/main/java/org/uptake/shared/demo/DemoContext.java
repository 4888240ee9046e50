package org.uptake.shared.demo;

import java.util.HashMap;
import java.util.Map;

/**
 * Passed along the demo contributors in order: the organisation the first one created and
 * named records later ones build on (the demo coordinator, the pilot unit…).
 */
public final class DemoContext {
    private final DemoSize size;
    private long organizationId;
    private final Map<String, Long> ids = new HashMap<>();

    public DemoContext(DemoSize size) {
        this.size = size;
    }

    public DemoSize size() {
        return size;
    }

    public long organizationId() {
        return organizationId;
    }

    public void organizationId(long id) {
        this.organizationId = id;
    }

    public void remember(String name, long id) {
        ids.put(name, id);
    }

    public Long id(String name) {
        return ids.get(name);
    }
}
