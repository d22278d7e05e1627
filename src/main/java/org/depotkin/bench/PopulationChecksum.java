package org.depotkin.bench;

import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.depotkin.population.SubjectResult;

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

    /**
     * The checksum of a population run on the workload's grid: coverage of subject i = the grid points where its
     * first criterion ({@code Cp >= 2 ng/mL}) is met; day d counts the subjects meeting it at t = 24·d.
     */
    static PopulationChecksum of(List<SubjectResult> results, PopulationGrid grid) {
        int[] coverage = new int[results.size()];
        long[] dayCounts = new long[grid.days() + 1];
        for (int i = 0; i < coverage.length; i++) {
            BitSet met = results.get(i).metOnGrid()[0];
            coverage[i] = met.cardinality();
            for (int d = 0; d < dayCounts.length; d++) {
                dayCounts[d] += met.get(d * grid.perDay()) ? 1 : 0;
            }
        }
        return new PopulationChecksum(results.size(), coverage, dayCounts);
    }

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
