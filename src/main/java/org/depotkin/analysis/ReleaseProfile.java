package org.depotkin.analysis;

import java.util.Arrays;

/**
 * Cumulative release (or dissolution) measured at a series of times, one curve per replicate
 * (vessel, unit, sample).
 *
 * @param source     where the data come from (file name), for reports
 * @param times      sampling times (h), increasing, &ge; 0
 * @param replicates {@code replicates[r][i]}: fraction released (0..1) by replicate r at {@code times[i]};
 *                   NaN where not measured
 */
public record ReleaseProfile(String source, double[] times, double[][] replicates) {
    public ReleaseProfile {
        times = times.clone();
        replicates = Arrays.stream(replicates).map(double[]::clone).toArray(double[][]::new);
        for (double[] r : replicates) {
            if (r.length != times.length) {
                throw new IllegalArgumentException("every replicate needs one value per time");
            }
        }
        if (replicates.length == 0) {
            throw new IllegalArgumentException("a release profile needs at least one replicate");
        }
    }

    /** Number of replicates. */
    public int replicateCount() {
        return replicates.length;
    }

    /** Mean fraction released at {@code times[i]} over the replicates that were measured. */
    public double mean(int i) {
        double sum = 0;
        int n = 0;
        for (double[] r : replicates) {
            if (!Double.isNaN(r[i])) {
                sum += r[i];
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** Sample standard deviation at {@code times[i]} (NaN with fewer than two values). */
    public double sd(int i) {
        double m = mean(i);
        double ss = 0;
        int n = 0;
        for (double[] r : replicates) {
            if (!Double.isNaN(r[i])) {
                ss += (r[i] - m) * (r[i] - m);
                n++;
            }
        }
        return n < 2 ? Double.NaN : Math.sqrt(ss / (n - 1));
    }
}
