package org.uptake.competency.standard;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.uptake.shared.error.InvalidInputException;

/**
 * Collects a standard while a file is read, in whatever order the format gives it, and checks
 * the whole before anything is stored: one code, name and goal; unique function codes; levels
 * 1–9; every labour function under a generalised one; text lengths the tables accept.
 */
final class StandardDraft {

    static final int MAX_FUNCTIONS = 2000;
    static final int MAX_ITEMS = 200;

    String code;
    String name;
    String activityGoal;
    boolean fictional;
    final List<String> jobTitles = new ArrayList<>();
    private final List<Node> generalised = new ArrayList<>();
    private final Set<String> codes = new HashSet<>();
    private int functions;

    /** A function while it is being read; items are added as they come. */
    static final class Node {
        final String code;
        final String name;
        final int level;
        final List<String> actions = new ArrayList<>();
        final List<String> skills = new ArrayList<>();
        final List<String> knowledge = new ArrayList<>();
        final List<Node> children = new ArrayList<>();

        Node(String code, String name, int level) {
            this.code = code;
            this.name = name;
            this.level = level;
        }

        void add(String kind, String text, String where) {
            List<String> list = switch (kind) {
                case "action" -> actions;
                case "skill" -> skills;
                case "knowledge" -> knowledge;
                default -> throw new InvalidInputException("file", "standards.error.unknownItem", where, kind);
            };
            if (list.size() >= MAX_ITEMS) {
                throw new InvalidInputException("file", "standards.error.tooMany", where);
            }
            list.add(text(text, 2000, where));
        }
    }

    Node generalised(String code, String name, String level, String where) {
        Node n = node(code, name, level, where);
        generalised.add(n);
        return n;
    }

    Node function(Node parent, String code, String name, String level, String where) {
        Node n = node(code, name, level, where);
        parent.children.add(n);
        return n;
    }

    private Node node(String code, String name, String level, String where) {
        String c = text(code, 32, where);
        if (!codes.add(c)) {
            throw new InvalidInputException("file", "standards.error.duplicateCode", where, c);
        }
        if (++functions > MAX_FUNCTIONS) {
            throw new InvalidInputException("file", "standards.error.tooMany", where);
        }
        return new Node(c, text(name, 1000, where), level(level, where));
    }

    static int level(String level, String where) {
        try {
            int l = Integer.parseInt(level == null ? "" : level.strip());
            if (l >= 1 && l <= 9) {
                return l;
            }
        } catch (NumberFormatException ignored) {
            // reported below, with where it happened
        }
        throw new InvalidInputException("file", "standards.error.level", where, String.valueOf(level));
    }

    static String text(String value, int max, String where) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw new InvalidInputException("file", "standards.error.missing", where);
        }
        if (v.length() > max) {
            throw new InvalidInputException("file", "standards.error.tooLong", where, max);
        }
        return v;
    }

    ParsedStandard finish() {
        text(code, 64, "code");
        if (!code.strip().matches("[\\p{L}\\p{N}._/-]+")) {
            throw new InvalidInputException("file", "standards.error.code", code);
        }
        text(name, 500, "name");
        text(activityGoal, 4000, "activity goal");
        if (generalised.isEmpty()) {
            throw new InvalidInputException("file", "standards.error.noFunctions");
        }
        for (Node g : generalised) {
            if (g.children.isEmpty()) {
                throw new InvalidInputException("file", "standards.error.emptyGeneralised", g.code);
            }
        }
        return new ParsedStandard(code.strip(), name.strip(), activityGoal.strip(), List.copyOf(jobTitles), fictional,
                generalised.stream().map(StandardDraft::toFunction).toList());
    }

    private static ParsedStandard.Function toFunction(Node n) {
        return new ParsedStandard.Function(n.code, n.name, n.level, List.copyOf(n.actions), List.copyOf(n.skills),
                List.copyOf(n.knowledge), n.children.stream().map(StandardDraft::toFunction).toList());
    }
}
