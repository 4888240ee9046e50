package org.uptake.org.unit;

import java.util.ArrayList;
import java.util.List;

/** A unit in the tree view with its head count (own people and the whole subtree). */
public final class UnitNode {
    private final long id;
    private final String code;
    private final String name;
    private final String unitType;
    private final int depth;
    private final String headName;
    private final long directPeople;
    private long totalPeople;
    private final List<UnitNode> children = new ArrayList<>();

    UnitNode(long id, String code, String name, String unitType, int depth, String headName, long directPeople) {
        this.id = id;
        this.code = code;
        this.name = name;
        this.unitType = unitType;
        this.depth = depth;
        this.headName = headName;
        this.directPeople = directPeople;
        this.totalPeople = directPeople;
    }

    long rollUp() {
        for (UnitNode child : children) {
            totalPeople += child.rollUp();
        }
        return totalPeople;
    }

    void add(UnitNode child) {
        children.add(child);
    }

    public long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getUnitType() {
        return unitType;
    }

    public int getDepth() {
        return depth;
    }

    public String getHeadName() {
        return headName;
    }

    public long getDirectPeople() {
        return directPeople;
    }

    public long getTotalPeople() {
        return totalPeople;
    }

    public List<UnitNode> getChildren() {
        return children;
    }
}
