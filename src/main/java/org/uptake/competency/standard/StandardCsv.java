package org.uptake.competency.standard;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.uptake.shared.error.InvalidInputException;

/**
 * Reads the CSV form of a professional standard: one record per line with the columns
 * {@code record,code,parent,level,text} (docs/professional-standard-format.md). A parent must
 * come before its children, as a standard reads top to bottom.
 */
final class StandardCsv {

    static final List<String> HEADER = List.of("record", "code", "parent", "level", "text");

    private StandardCsv() {
    }

    static ParsedStandard read(String text) {
        char separator = text.lines().findFirst().orElse("").contains(";") ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true).get();
        StandardDraft draft = new StandardDraft();
        Map<String, StandardDraft.Node> generalised = new HashMap<>();
        Map<String, StandardDraft.Node> functions = new HashMap<>();
        boolean header = false;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord r : parser) {
                if (!header) {
                    checkHeader(r);
                    header = true;
                    continue;
                }
                String where = "line " + r.getParser().getCurrentLineNumber();
                row(draft, generalised, functions, r, where);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new InvalidInputException("file", "standards.error.malformedCsv", String.valueOf(e.getMessage()));
        }
        if (!header) {
            throw new InvalidInputException("file", "standards.error.empty");
        }
        return draft.finish();
    }

    private static void checkHeader(CSVRecord r) {
        List<String> cells = r.stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
        if (!cells.equals(HEADER)) {
            throw new InvalidInputException("file", "standards.error.csvHeader", String.join(",", HEADER));
        }
    }

    private static void row(StandardDraft draft, Map<String, StandardDraft.Node> generalised,
                            Map<String, StandardDraft.Node> functions, CSVRecord r, String where) {
        if (r.size() != HEADER.size()) {
            throw new InvalidInputException("file", "standards.error.csvColumns", where, HEADER.size());
        }
        String kind = r.get(0).strip().toUpperCase(Locale.ROOT);
        String code = r.get(1);
        String parent = r.get(2).strip();
        String text = r.get(4);
        switch (kind) {
            case "STANDARD" -> {
                draft.code = code;
                draft.name = text;
            }
            case "GOAL" -> draft.activityGoal = text;
            case "TITLE" -> draft.jobTitles.add(StandardDraft.text(text, 200, where));
            case "FICTIONAL" -> draft.fictional = List.of("yes", "true", "1").contains(text.strip().toLowerCase(Locale.ROOT));
            case "GENERALISED" -> generalised.put(code.strip(), draft.generalised(code, text, r.get(3), where));
            case "FUNCTION" -> functions.put(code.strip(), draft.function(parent(generalised, parent, where), code, text, r.get(3), where));
            case "ACTION", "SKILL", "KNOWLEDGE" -> parent(functions, parent, where).add(kind.toLowerCase(Locale.ROOT), text, where);
            default -> throw new InvalidInputException("file", "standards.error.unknownItem", where, r.get(0));
        }
    }

    private static StandardDraft.Node parent(Map<String, StandardDraft.Node> known, String code, String where) {
        StandardDraft.Node n = known.get(code);
        if (n == null) {
            throw new InvalidInputException("file", "standards.error.parent", where, code);
        }
        return n;
    }
}
