package org.uptake.measure.adoption;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Folds the per-wave daily figures into the program's curve and one curve per wave. */
final class AdoptionCurves {

    private AdoptionCurves() {
    }

    /** Every day from {@code from} to {@code to}, the live waves' figures added up (zero before any wave is live). */
    static List<AdoptionFigures.Day> overall(List<CurveRepository.WaveDay> rows, LocalDate from, LocalDate to) {
        Map<LocalDate, int[]> byDay = new TreeMap<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            byDay.put(d, new int[2]);
        }
        for (CurveRepository.WaveDay r : rows) {
            int[] sums = byDay.get(r.day());
            if (sums != null) {
                sums[0] += r.active();
                sums[1] += r.scope();
            }
        }
        List<AdoptionFigures.Day> days = new ArrayList<>(byDay.size());
        byDay.forEach((day, sums) -> days.add(new AdoptionFigures.Day(day, sums[0], sums[1])));
        return days;
    }

    static List<AdoptionFigures.WaveCurve> perWave(List<CurveRepository.WaveDay> rows, Map<Long, String> names) {
        Map<Long, List<Double>> byWave = new LinkedHashMap<>();
        for (CurveRepository.WaveDay r : rows) {
            byWave.computeIfAbsent(r.waveId(), k -> new ArrayList<>())
                    .add(new AdoptionFigures.Day(r.day(), r.active(), r.scope()).percent());
        }
        List<AdoptionFigures.WaveCurve> curves = new ArrayList<>();
        byWave.forEach((id, percent) -> curves.add(new AdoptionFigures.WaveCurve(id, names.getOrDefault(id, String.valueOf(id)), percent)));
        return curves;
    }
}
