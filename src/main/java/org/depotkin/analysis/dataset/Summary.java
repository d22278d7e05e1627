package org.depotkin.analysis.dataset;

import java.util.Arrays;

/**
 * Summary statistics of one parameter across subjects (NaN values left out): arithmetic mean, SD and
 * CV % = 100·SD/mean; geometric mean exp(mean ln x) and geometric CV % = 100·sqrt(exp(s²) − 1), s the
 * SD of ln x (positive values only; NaN when any value is &le; 0); median, min and max. SDs use n − 1.
 * Source: Kirkwood, Biometrics 1979;35:908 (geometric mean and CV for log-normal data).
 *
 * @param n             values used
 * @param mean          arithmetic mean
 * @param sd            standard deviation
 * @param cvPercent     CV %
 * @param geometricMean geometric mean
 * @param geometricCv   geometric CV %
 * @param median        median
 * @param min           smallest
 * @param max           largest
 */
public record Summary(int n, double mean, double sd, double cvPercent, double geometricMean, double geometricCv,
                      double median, double min, double max) {

    /** The statistics of the non-NaN values. */
    public static Summary of(double[] values) {
        double[] x = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        int n = x.length;
        if (n == 0) {
            return new Summary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN);
        }
        double mean = Arrays.stream(x).average().orElseThrow();
        double sd = n > 1 ? Math.sqrt(Arrays.stream(x).map(v -> (v - mean) * (v - mean)).sum() / (n - 1)) : Double.NaN;
        double gm = Double.NaN;
        double gcv = Double.NaN;
        if (x[0] > 0) {
            double lm = Arrays.stream(x).map(Math::log).average().orElseThrow();
            gm = Math.exp(lm);
            if (n > 1) {
                double ls = Arrays.stream(x).map(v -> (Math.log(v) - lm) * (Math.log(v) - lm)).sum() / (n - 1);
                gcv = 100 * Math.sqrt(Math.expm1(ls));
            }
        }
        double median = n % 2 == 1 ? x[n / 2] : (x[n / 2 - 1] + x[n / 2]) / 2;
        return new Summary(n, mean, sd, 100 * sd / mean, gm, gcv, median, x[0], x[n - 1]);
    }
}
