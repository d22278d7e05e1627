package org.depotkin.population;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.depotkin.model.Criterion;

/**
 * Population statistics over a virtual trial: percentile bands (5/25/50/75/95) of the parent
 * concentration and of occupancy at each grid time, the probability of meeting each criterion at
 * each grid time, and the fraction of subjects covered (criterion met without interruption from
 * first reaching it) for at least X days.
 *
 * @param scenario    scenario name
 * @param label       scenario description
 * @param parent      the parent analyte, whose concentration the bands give
 * @param grid        times (h)
 * @param percentiles the percentiles reported
 * @param parentBands [percentile][time] ng/mL
 * @param occupancyBands [percentile][time] fraction, null when nothing binds
 * @param criteria    the criteria
 * @param probability [criterion][time] fraction of subjects meeting it
 * @param firstFailureDays [criterion][subject] days of uninterrupted coverage, sorted ascending
 */
public record TrialSummary(String scenario, String label, String parent, double[] grid, double[] percentiles, double[][] parentBands,
                           double[][] occupancyBands, List<Criterion> criteria, double[][] probability,
                           double[][] firstFailureDays) {

    public static final double[] PERCENTILES = {5, 25, 50, 75, 95};

    public static TrialSummary of(VirtualTrial trial, List<SubjectResult> results) {
        double[] grid = trial.grid();
        int n = results.size();
        int m = grid.length;
        double[][] pb = bands(results, m, true);
        double[][] ob = results.get(0).occupancy() == null ? null : bands(results, m, false);
        List<Criterion> criteria = trial.scenario().criteria();
        double[][] prob = new double[criteria.size()][m];
        double[][] ff = new double[criteria.size()][n];
        for (int k = 0; k < criteria.size(); k++) {
            int[] count = new int[m];
            for (int s = 0; s < n; s++) {
                SubjectResult r = results.get(s);
                BitSet met = r.metOnGrid()[k];
                for (int i = met.nextSetBit(0); i >= 0; i = met.nextSetBit(i + 1)) {
                    count[i]++;
                }
                ff[k][s] = r.firstFailure()[k] / 24;
            }
            for (int i = 0; i < m; i++) {
                prob[k][i] = count[i] / (double) n;
            }
            Arrays.sort(ff[k]);
        }
        return new TrialSummary(trial.scenario().name(), trial.scenario().description(),
                trial.scenario().compound().analytes().get(0).name(), grid, PERCENTILES.clone(), pb,
                ob, criteria, prob, ff);
    }

    private static double[][] bands(List<SubjectResult> results, int m, boolean parent) {
        double[][] out = new double[PERCENTILES.length][m];
        SubjectOrder order = new SubjectOrder(results.stream().map(r -> parent ? r.parent() : r.occupancy())
                .toArray(float[][]::new));
        for (int i = 0; i < m; i++) {
            double[] column = order.at(i);
            for (int q = 0; q < PERCENTILES.length; q++) {
                out[q][i] = quantile(column, PERCENTILES[q] / 100);
            }
        }
        return out;
    }

    /** Type-7 quantile (linear interpolation, the R and NumPy default) of sorted values. */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /** Fraction of subjects whose coverage by criterion k lasts at least {@code days}. */
    public double coveredAtLeast(int k, double days) {
        double[] ff = firstFailureDays[k];
        int idx = Arrays.binarySearch(ff, days);
        int firstAtLeast = idx >= 0 ? firstIndexOf(ff, idx) : -idx - 1;
        return (ff.length - firstAtLeast) / (double) ff.length;
    }

    private static int firstIndexOf(double[] a, int idx) {
        while (idx > 0 && a[idx - 1] == a[idx]) {
            idx--;
        }
        return idx;
    }
}
