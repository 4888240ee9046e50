package org.uptake.program.risk;

import java.util.List;

/** How many active risks sit in each probability × impact cell: {@code cells} as [probability, impact, count]. */
public record HeatMap(List<int[]> cells, int total) {
}
