package org.depotkin.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The population outputs of docs/workloads.md §3 for W3 and W4: coverage hours per subject (grid points
 * with Cp ≥ threshold) and, per day d, the number of subjects covered at t = 24·d.
 *
 * @param subjects   N
 * @param coverage   coverage hours of subject i at index i − 1 (grid points)
 * @param dayCounts  subjects covered at t = 24·d, d = 0..days
 */
public record PopulationChecksum(int subjects, int[] coverage, long[] dayCounts) {
    /** The days whose fractions the JSON line reports (§7). */
    public static final int[] REPORTED_DAYS = {7, 30, 60, 90, 120, 150, 180};

    /** Σ cov_i (grid points). */
    public long totalCoverage() {
        long sum = 0;
        for (int c : coverage) {
            sum += c;
        }
        return sum;
    }

    /** Σ i·cov_i, i 1-based. */
    public long weightedCoverage() {
        long sum = 0;
        for (int i = 0; i < coverage.length; i++) {
            sum += (long) (i + 1) * coverage[i];
        }
        return sum;
    }

    /** Mean coverage hours. */
    public double meanCoverage() {
        return (double) totalCoverage() / subjects;
    }

    /** Fraction of subjects covered at t = 24·day. */
    public double dayFraction(int day) {
        return (double) dayCounts[day] / subjects;
    }

    /** Σ over all days of the daily fractions. */
    public double sumDayFraction() {
        long sum = 0;
        for (long c : dayCounts) {
            sum += c;
        }
        return (double) sum / subjects;
    }

    /** The §7 checksum fields. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("N", subjects);
        m.put("total_cov_hours", totalCoverage());
        m.put("mean_cov_hours", meanCoverage());
        m.put("weighted_cov", weightedCoverage());
        m.put("sum_day_frac", sumDayFraction());
        Map<String, Object> days = new LinkedHashMap<>();
        for (int d : REPORTED_DAYS) {
            days.put(Integer.toString(d), dayFraction(d));
        }
        m.put("day_frac", days);
        return m;
    }
}
