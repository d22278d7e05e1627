package org.depotkin.analysis.nca;

import java.util.Arrays;

/**
 * A concentration–time profile sampled at discrete times, with the areas and interpolation used by
 * NCA: the <b>linear-up/log-down</b> rule (linear trapezoid while the concentration rises or stays,
 * log trapezoid while it falls and both ends are &gt; 0; Gabrielsson &amp; Weiner, ch. 2.5; Phoenix
 * WinNonlin "Linear Up Log Down"). Interpolation between samples follows the same rule.
 *
 * @param times  sample times (h), strictly increasing, &ge; 0
 * @param values concentrations (any unit, &ge; 0)
 */
public record Profile(double[] times, double[] values) {
    public Profile {
        if (times.length != values.length || times.length < 2) {
            throw new IllegalArgumentException("a profile needs at least 2 samples with one value each");
        }
        for (int i = 0; i < times.length; i++) {
            if (!(values[i] >= 0) || !Double.isFinite(values[i]) || !Double.isFinite(times[i])) {
                throw new IllegalArgumentException("concentration at t = " + times[i] + " h must be finite and >= 0");
            }
            if (i > 0 && times[i] <= times[i - 1]) {
                throw new IllegalArgumentException("sample times must increase strictly");
            }
        }
        times = times.clone();
        values = values.clone();
    }

    public int size() {
        return times.length;
    }

    public double time(int i) {
        return times[i];
    }

    public double value(int i) {
        return values[i];
    }

    public double firstTime() {
        return times[0];
    }

    public double lastTime() {
        return times[times.length - 1];
    }

    /** Area of one interval between samples i and i + 1 by the linear-up/log-down rule. */
    public double intervalArea(int i) {
        return area(times[i], values[i], times[i + 1], values[i + 1]);
    }

    /** ∫ C dt from the first sample to sample {@code n} (linear-up/log-down). */
    public double aucTo(int n) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += intervalArea(i);
        }
        return sum;
    }

    /**
     * ∫ C dt over [a, b] within the sampled span, interpolating at a and b by the same rule.
     *
     * @throws IllegalArgumentException when [a, b] leaves the sampled span
     */
    public double auc(double a, double b) {
        if (a < times[0] - 1e-9 || b > lastTime() + 1e-9 || b < a) {
            throw new IllegalArgumentException("interval [" + a + ", " + b + "] h is outside the samples ["
                    + times[0] + ", " + lastTime() + "] h");
        }
        double sum = 0;
        for (int i = 0; i + 1 < times.length; i++) {
            double lo = Math.max(a, times[i]);
            double hi = Math.min(b, times[i + 1]);
            if (hi > lo) {
                sum += area(lo, at(lo), hi, at(hi));
            }
        }
        return sum;
    }

    /** The concentration at t within the sampled span, interpolated by the linear-up/log-down rule. */
    public double at(double t) {
        if (t <= times[0]) {
            return values[0];
        }
        if (t >= lastTime()) {
            return values[times.length - 1];
        }
        int k = Arrays.binarySearch(times, t);
        if (k >= 0) {
            return values[k];
        }
        int i = -k - 2;
        double c1 = values[i];
        double c2 = values[i + 1];
        double w = (t - times[i]) / (times[i + 1] - times[i]);
        if (c2 < c1 && c2 > 0) {
            return c1 * Math.pow(c2 / c1, w);
        }
        return c1 + w * (c2 - c1);
    }

    /** Linear-up/log-down area of one segment. */
    static double area(double t1, double c1, double t2, double c2) {
        double dt = t2 - t1;
        if (c2 < c1 && c2 > 0) {
            return (c1 - c2) * dt / Math.log(c1 / c2);
        }
        return (c1 + c2) * dt / 2;
    }
}
