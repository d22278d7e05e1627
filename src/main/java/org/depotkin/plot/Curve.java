package org.depotkin.plot;

import java.util.function.DoubleBinaryOperator;

/**
 * A sampled output: values at ascending times.
 *
 * @param times  h, ascending
 * @param values in the output's unit
 */
public record Curve(double[] times, double[] values) {
    public Curve {
        if (times.length != values.length) {
            throw new IllegalArgumentException(times.length + " times but " + values.length + " values");
        }
    }

    /** Largest finite value, 0 when there is none. */
    public double max() {
        double m = 0;
        for (double v : values) {
            if (Double.isFinite(v) && v > m) {
                m = v;
            }
        }
        return m;
    }

    /**
     * The lowest and highest value in each window [k·w, (k+1)·w) of the curve (the last window ends
     * with the curve), placed at the window's middle, and repeated at the curve's first and last
     * time so that the envelope spans the curve.
     * The curve's points include its true peaks and the values just before each dose
     * ({@link Sampler}), so these are the daily peaks and troughs of the solution.
     */
    public Envelope envelope(double window) {
        double end = end();
        int n = windows(window);
        double[] x = new double[n];
        double[] low = new double[n];
        double[] high = new double[n];
        java.util.Arrays.fill(low, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(high, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < times.length; i++) {
            int k = Math.min(n - 1, (int) Math.floor(times[i] / window));
            if (Double.isFinite(values[i])) {
                low[k] = Math.min(low[k], values[i]);
                high[k] = Math.max(high[k], values[i]);
            }
        }
        for (int k = 0; k < n; k++) {
            x[k] = 0.5 * (k * window + windowEnd(k, window));
            if (low[k] > high[k]) {
                low[k] = Double.NaN; // no finite value in this window
                high[k] = Double.NaN;
            }
        }
        // from the start to the end of the curve: the first and last windows' values at its ends
        return new Envelope(withEnds(x, times[0], end), withEnds(low, low[0], low[n - 1]),
                withEnds(high, high[0], high[n - 1]));
    }

    /**
     * The mean value over each window of {@link #envelope}, at the envelope's times (so also at the
     * curve's first and last time), from {@code integral}: (a, b) ↦ ∫ value dt over [a, b] h, e.g.
     * the solution's own integral (the daily average concentration is the day's AUC / 24 h).
     */
    public double[] windowMeans(double window, DoubleBinaryOperator integral) {
        int n = windows(window);
        double[] mean = new double[n];
        for (int k = 0; k < n; k++) {
            double a = k * window;
            double b = windowEnd(k, window);
            mean[k] = integral.applyAsDouble(a, b) / (b - a);
        }
        return withEnds(mean, mean[0], mean[n - 1]);
    }

    private double end() {
        return times[times.length - 1];
    }

    /** Number of windows [k·w, (k+1)·w) that cover the curve; the last ends with it. */
    private int windows(double window) {
        return (int) Math.ceil(end() / window - 1e-9);
    }

    private double windowEnd(int k, double window) {
        return Math.min((k + 1) * window, end());
    }

    private static double[] withEnds(double[] v, double first, double last) {
        double[] out = new double[v.length + 2];
        System.arraycopy(v, 0, out, 1, v.length);
        out[0] = first;
        out[out.length - 1] = last;
        return out;
    }

    /**
     * Window minima and maxima of a curve.
     *
     * @param times middle of each window (h)
     * @param low   lowest value in it
     * @param high  highest value in it
     */
    public record Envelope(double[] times, double[] low, double[] high) {
    }
}
