package org.depotkin.plot;

import java.util.Arrays;
import java.util.List;
import org.depotkin.population.TrialSummary;

/**
 * Daily peak and trough percentiles of a virtual trial, for densely dosed regimens: each subject's
 * highest and lowest value in each day [k·24, (k+1)·24) h (located on the solution when the run gives
 * them, {@link org.depotkin.population.SubjectResult#dailyPeaks} and {@code dailyTroughs}, else the
 * highest and lowest value on the output grid), then the {@link TrialSummary#PERCENTILES} of those across
 * subjects (type-7 quantiles, as the pointwise bands). Pointwise percentiles of subjects who take their tablets at the same hour but skip
 * different days mix peaks with troughs and draw a moiré; these bands say instead how high and how
 * low the day went for most subjects.
 *
 * @param times   middle of each day (h), then the end of the grid
 * @param peaks   [percentile][day] of the daily peaks
 * @param troughs [percentile][day] of the daily troughs
 */
public record DailyBands(double[] times, double[][] peaks, double[][] troughs) {
    private static final double DAY = 24;

    /**
     * The bands of {@code subjects}' values (each at every {@code grid} time, h), times {@code scale}.
     *
     * @param dailyPeaks   each subject's peak in each day, or null to take the highest grid value
     * @param dailyTroughs each subject's trough in each day, or null to take the lowest grid value
     */
    public static DailyBands of(double[] grid, List<float[]> subjects, List<float[]> dailyPeaks,
                                List<float[]> dailyTroughs, double scale) {
        Curve.Envelope first = envelope(grid, subjects.get(0), scale);
        int days = first.times().length;
        int n = subjects.size();
        double[][] highs = new double[days][n];
        double[][] lows = new double[days][n];
        for (int s = 0; s < n; s++) {
            Curve.Envelope e = s == 0 ? first : envelope(grid, subjects.get(s), scale);
            for (int d = 0; d < days; d++) {
                // the envelope repeats its first and last day at the grid's ends
                int day = Math.min(Math.max(d - 1, 0), days - 3);
                highs[d][s] = dailyPeaks == null ? e.high()[d] : scale * dailyPeaks.get(s)[day];
                lows[d][s] = dailyTroughs == null ? e.low()[d] : scale * dailyTroughs.get(s)[day];
            }
        }
        double[] p = TrialSummary.PERCENTILES;
        double[][] peaks = new double[p.length][days];
        double[][] troughs = new double[p.length][days];
        for (int d = 0; d < days; d++) {
            Arrays.sort(highs[d]);
            Arrays.sort(lows[d]);
            for (int q = 0; q < p.length; q++) {
                peaks[q][d] = quantile(highs[d], p[q] / 100);
                troughs[q][d] = quantile(lows[d], p[q] / 100);
            }
        }
        return new DailyBands(first.times(), peaks, troughs);
    }

    private static Curve.Envelope envelope(double[] grid, float[] values, double scale) {
        double[] v = new double[values.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = scale * values[i];
        }
        return new Curve(grid, v).envelope(DAY);
    }

    /** Type-7 quantile (linear interpolation between order statistics) of sorted values. */
    private static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
