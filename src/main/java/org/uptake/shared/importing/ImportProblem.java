package org.uptake.shared.importing;

import java.util.List;

/**
 * Why a row (or the file) cannot be imported: the spreadsheet row number (the header is row 1),
 * the column, the offending value and a message key with its arguments, shown in each reader's language.
 */
public record ImportProblem(int row, String column, String value, String code, List<Object> args) {

    private static final int MAX_VALUE = 100;

    public ImportProblem {
        args = args == null ? List.of() : List.copyOf(args);
        if (value != null && value.length() > MAX_VALUE) {
            value = value.substring(0, MAX_VALUE) + "…";
        }
    }
}
