package org.depotkin.release;

import java.util.Arrays;

/**
 * A measured cumulative release curve, interpolated with a monotone piecewise-cubic Hermite
 * interpolant (PCHIP; Fritsch &amp; Carlson 1980, SIAM J Numer Anal 17:238): F passes through every
 * point, never decreases and never overshoots its neighbours. A curve whose first time is after 0
 * gets the point (0, 0) added. After the last time F stays at the last fraction (which may be &lt; 1:
 * the rest never releases) and the rate is 0.
 *
 * @param times     h, strictly increasing, ≥ 0
 * @param fractions cumulative fractions, non-decreasing, within [0, 1]
 */
public final class Tabulated implements ReleaseLaw {
    private final double[] times;
    private final double[] fractions;
    private final double[] slopes;

    public Tabulated(double[] times, double[] fractions) {
        if (times.length != fractions.length) {
            throw new IllegalArgumentException("tabulated: " + times.length + " times but " + fractions.length
                    + " fractions");
        }
        if (times.length < 1) {
            throw new IllegalArgumentException("tabulated: needs at least one point after 0");
        }
        if (times[0] > 0) {
            times = prepend(0, times);
            fractions = prepend(0, fractions);
        } else {
            times = times.clone();
            fractions = fractions.clone();
        }
        if (times[0] < 0 || fractions[0] != 0) {
            throw new IllegalArgumentException("tabulated: the curve must start at time 0 with fraction 0");
        }
        for (int i = 1; i < times.length; i++) {
            if (!(times[i] > times[i - 1])) {
                throw new IllegalArgumentException("tabulated: times must be strictly increasing, got "
                        + times[i - 1] + " then " + times[i] + " h");
            }
            if (!(fractions[i] >= fractions[i - 1]) || fractions[i] > 1) {
                throw new IllegalArgumentException("tabulated: fractions must be non-decreasing within [0, 1], got "
                        + fractions[i - 1] + " then " + fractions[i]);
            }
        }
        if (times.length < 2) {
            throw new IllegalArgumentException("tabulated: needs at least one point after 0");
        }
        this.times = times;
        this.fractions = fractions;
        this.slopes = slopes();
    }

    /** Knot times (h), starting at 0. */
    public double[] times() {
        return times.clone();
    }

    /** Cumulative fractions at the knots. */
    public double[] fractions() {
        return fractions.clone();
    }

    private static double[] prepend(double x, double[] a) {
        double[] out = new double[a.length + 1];
        out[0] = x;
        System.arraycopy(a, 0, out, 1, a.length);
        return out;
    }

    /** Fritsch–Carlson slopes at the knots (harmonic mean of neighbouring secants, 0 at extrema/flats). */
    private double[] slopes() {
        int n = times.length;
        double[] h = new double[n - 1];
        double[] delta = new double[n - 1];
        for (int i = 0; i < n - 1; i++) {
            h[i] = times[i + 1] - times[i];
            delta[i] = (fractions[i + 1] - fractions[i]) / h[i];
        }
        double[] d = new double[n];
        if (n == 2) {
            d[0] = delta[0];
            d[1] = delta[0];
            return d;
        }
        for (int i = 1; i < n - 1; i++) {
            if (delta[i - 1] == 0 || delta[i] == 0) {
                d[i] = 0;
            } else {
                double w1 = 2 * h[i] + h[i - 1];
                double w2 = h[i] + 2 * h[i - 1];
                d[i] = (w1 + w2) / (w1 / delta[i - 1] + w2 / delta[i]);
            }
        }
        d[0] = endSlope(h[0], h[1], delta[0], delta[1]);
        d[n - 1] = endSlope(h[n - 2], h[n - 3], delta[n - 2], delta[n - 3]);
        return d;
    }

    /** Shape-preserving three-point end slope (as in MATLAB/SciPy pchip). */
    private static double endSlope(double h0, double h1, double del0, double del1) {
        double d = ((2 * h0 + h1) * del0 - h0 * del1) / (h0 + h1);
        if (Math.signum(d) != Math.signum(del0)) {
            return 0;
        }
        if (Math.signum(del0) != Math.signum(del1) && Math.abs(d) > Math.abs(3 * del0)) {
            return 3 * del0;
        }
        return d;
    }

    private int interval(double s) {
        int i = Arrays.binarySearch(times, s);
        if (i >= 0) {
            return Math.min(i, times.length - 2);
        }
        return Math.min(-i - 2, times.length - 2);
    }

    @Override
    public double cumulative(double s) {
        if (s <= 0) {
            return 0;
        }
        if (s >= times[times.length - 1]) {
            return fractions[fractions.length - 1];
        }
        int i = interval(s);
        double[] d = slopes;
        double h = times[i + 1] - times[i];
        double x = (s - times[i]) / h;
        double h00 = (1 + 2 * x) * (1 - x) * (1 - x);
        double h10 = x * (1 - x) * (1 - x);
        double h01 = x * x * (3 - 2 * x);
        double h11 = x * x * (x - 1);
        return h00 * fractions[i] + h10 * h * d[i] + h01 * fractions[i + 1] + h11 * h * d[i + 1];
    }

    @Override
    public double rate(double s) {
        if (s <= 0 || s >= times[times.length - 1]) {
            return 0;
        }
        int i = interval(s);
        double[] d = slopes;
        double h = times[i + 1] - times[i];
        double x = (s - times[i]) / h;
        double dh00 = 6 * x * x - 6 * x;
        double dh10 = 3 * x * x - 4 * x + 1;
        double dh01 = -6 * x * x + 6 * x;
        double dh11 = 3 * x * x - 2 * x;
        return Math.max(0, (dh00 * fractions[i] + dh01 * fractions[i + 1]) / h + dh10 * d[i] + dh11 * d[i + 1]);
    }

    @Override
    public double completionTime() {
        return times[times.length - 1];
    }

    @Override
    public double[] breakpoints() {
        return Arrays.copyOfRange(times, 1, times.length);
    }

    @Override
    public String name() {
        return "tabulated";
    }

    @Override
    public String describe() {
        return "tabulated(" + (times.length - 1) + " points to " + Laws.hours(completionTime()) + ")";
    }
}
