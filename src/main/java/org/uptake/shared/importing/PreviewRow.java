package org.uptake.shared.importing;

import java.util.List;

/** One row of the preview: its number, what it would do, its key and, for updates, the columns that change. */
public record PreviewRow(int row, ImportAction action, String key, List<String> changed) {
}
