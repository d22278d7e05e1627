package org.depotkin.release;

import java.util.Arrays;

/**
 * A measured or digitised cumulative release curve, interpolated with a monotone piecewise-cubic
 * Hermite interpolant (PCHIP) following Fritsch &amp; Carlson 1980, "Monotone piecewise cubic
 * interpolation", SIAM J Numer Anal 17:238–246.
 *
 * <p>Data: times t_0 &lt; t_1 &lt; ... (h) with cumulative fractions F_0 &le; F_1 &le; ... in [0, 1].
 * If the first time is 0 its fraction must be 0; if it is &gt; 0 the point (0, 0) is inserted
 * (release is taken to start at the dose; prepend your own (0, 0) plus a flat point to model a
 * lag). At least one time must be &gt; 0.
 *
 * <p>Interpolant on [t_k, t_k+1], h = t_k+1 - t_k, u = (s - t_k)/h:
 * <pre>
 *   F(s) = F_k + (F_k+1 - F_k) (3u^2 - 2u^3) + h [ m_k (u^3 - 2u^2 + u) + m_k+1 (u^3 - u^2) ]
 * </pre>
 * and the rate is its derivative. Slopes m_k (Fritsch–Carlson steps 1–3):
 * <ol>
 *   <li>interior knots: the three-point (parabolic) estimate
 *       m_k = (h_k d_k-1 + h_k-1 d_k) / (h_k-1 + h_k), d_k the secant slopes; end knots: the
 *       one-sided secant (m_0 = d_0, m_n = d_n-1);</li>
 *   <li>for every flat interval (d_k = 0): m_k = m_k+1 = 0, so the curve stays flat there;</li>
 *   <li>for every other interval, with a = m_k/d_k and b = m_k+1/d_k: if a^2 + b^2 &gt; 9, scale both
 *       by 3/sqrt(a^2 + b^2) (the circle inside the monotonicity region).</li>
 * </ol>
 * The cubic is evaluated in power form F = F_k + u (c1 + u (c2 + u c3)) with coefficients computed
 * once (this avoids the cancellation of the Hermite-basis form near a knot). The result is C^1,
 * passes through every knot exactly, is non-decreasing, and stays between the neighbouring data
 * values on every interval (enforced against rounding by clamping). As with any floating-point
 * polynomial, monotonicity between two nearly equal s holds only up to rounding (a few units in the
 * last place of F, ~1e-16); a flat interval is exactly flat. The rate is clamped at 0 from below
 * against the same rounding.
 * After the last time F stays at the last fraction (which may be &lt; 1: the rest is never
 * released) and the rate is 0; completion = last time; breakpoints = every knot &gt; 0.
 */
public final class Tabulated implements ReleaseLaw {

    /** Model-file name. */
    public static final String NAME = "tabulated";

    private final double[] t;
    private final double[] f;
    private final double[] m;
    /** Per interval: F = f_k + u (c1 + u (c2 + u c3)), u = (s - t_k)/h_k. */
    private final double[] c1;
    private final double[] c2;
    private final double[] c3;

    /**
     * @param times     strictly increasing, finite, &ge; 0 (h); (0, 0) is prepended when times[0] &gt; 0
     * @param fractions cumulative fractions, non-decreasing, in [0, 1]; 0 at time 0
     */
    public Tabulated(double[] times, double[] fractions) {
        if (times == null || fractions == null) {
            throw new IllegalArgumentException(NAME + ": times and fractions must not be null");
        }
        if (times.length != fractions.length) {
            throw new IllegalArgumentException(NAME + ": times and fractions must have the same length, got "
                    + times.length + " times and " + fractions.length + " fractions");
        }
        if (times.length == 0) {
            throw new IllegalArgumentException(NAME + ": times must contain at least one time > 0, got none");
        }
        for (int i = 0; i < times.length; i++) {
            if (!(times[i] >= 0.0) || Double.isInfinite(times[i])) {
                throw new IllegalArgumentException(NAME + ": times[" + i + "] must be >= 0 and finite, got "
                        + Params.num(times[i]));
            }
            if (i > 0 && !(times[i] > times[i - 1])) {
                throw new IllegalArgumentException(NAME + ": times must be strictly increasing, got times["
                        + i + "] = " + Params.num(times[i]) + " after " + Params.num(times[i - 1]));
            }
            Params.inClosedRange(NAME, "fractions[" + i + "]", fractions[i], 0.0, 1.0);
            if (i > 0 && fractions[i] < fractions[i - 1]) {
                throw new IllegalArgumentException(NAME + ": fractions must be non-decreasing, got fractions["
                        + i + "] = " + Params.num(fractions[i]) + " after " + Params.num(fractions[i - 1]));
            }
        }
        if (times[0] == 0.0 && fractions[0] != 0.0) {
            throw new IllegalArgumentException(NAME + ": fractions[0] must be 0 at time 0, got "
                    + Params.num(fractions[0]));
        }
        if (times[0] == 0.0 && times.length == 1) {
            throw new IllegalArgumentException(NAME + ": times must contain at least one time > 0, got only 0");
        }
        if (times[0] > 0.0) {
            t = new double[times.length + 1];
            f = new double[times.length + 1];
            System.arraycopy(times, 0, t, 1, times.length);
            System.arraycopy(fractions, 0, f, 1, fractions.length);
        } else {
            t = times.clone();
            f = fractions.clone();
        }
        m = fritschCarlsonSlopes(t, f);
        int n = t.length - 1;
        c1 = new double[n];
        c2 = new double[n];
        c3 = new double[n];
        for (int k = 0; k < n; k++) {
            double h = t[k + 1] - t[k];
            double dy = f[k + 1] - f[k];
            c1[k] = h * m[k];
            c2[k] = 3.0 * dy - 2.0 * h * m[k] - h * m[k + 1];
            c3[k] = -2.0 * dy + h * m[k] + h * m[k + 1];
        }
    }

    /** Slopes at the knots (1/h), Fritsch &amp; Carlson 1980 steps 1–3 (see class comment). */
    static double[] fritschCarlsonSlopes(double[] x, double[] y) {
        int n = x.length - 1; // intervals
        double[] h = new double[n];
        double[] d = new double[n];
        for (int k = 0; k < n; k++) {
            h[k] = x[k + 1] - x[k];
            d[k] = (y[k + 1] - y[k]) / h[k];
        }
        double[] s = new double[n + 1];
        s[0] = d[0];
        s[n] = d[n - 1];
        for (int k = 1; k < n; k++) {
            s[k] = (h[k] * d[k - 1] + h[k - 1] * d[k]) / (h[k - 1] + h[k]);
        }
        for (int k = 0; k < n; k++) {
            if (d[k] == 0.0) {
                s[k] = 0.0;
                s[k + 1] = 0.0;
            }
        }
        for (int k = 0; k < n; k++) {
            if (d[k] == 0.0) {
                continue;
            }
            double a = s[k] / d[k];
            double b = s[k + 1] / d[k];
            double r2 = a * a + b * b;
            if (r2 > 9.0) {
                double tau = 3.0 / Math.sqrt(r2);
                s[k] = tau * a * d[k];
                s[k + 1] = tau * b * d[k];
            }
        }
        return s;
    }

    /** Index k of the interval [t_k, t_k+1) holding s, for t_0 &le; s &lt; t_n. */
    private int interval(double s) {
        int i = Arrays.binarySearch(t, s);
        return i >= 0 ? i : -i - 2;
    }

    @Override
    public double cumulative(double s) {
        if (s <= 0.0) {
            return 0.0;
        }
        int last = t.length - 1;
        if (s >= t[last]) {
            return f[last];
        }
        int k = interval(s);
        double u = (s - t[k]) / (t[k + 1] - t[k]);
        double v = f[k] + u * (c1[k] + u * (c2[k] + u * c3[k]));
        return Math.max(f[k], Math.min(f[k + 1], v));
    }

    @Override
    public double rate(double s) {
        if (s <= 0.0 || s >= t[t.length - 1]) {
            return 0.0;
        }
        int k = interval(s);
        double h = t[k + 1] - t[k];
        double u = (s - t[k]) / h;
        double r = (c1[k] + u * (2.0 * c2[k] + 3.0 * u * c3[k])) / h;
        return Math.max(0.0, r);
    }

    @Override
    public double completionTime() {
        return t[t.length - 1];
    }

    @Override
    public double[] breakpoints() {
        return Arrays.copyOfRange(t, 1, t.length);
    }

    /** The knot times (h) actually interpolated, including an inserted 0; a copy. */
    public double[] times() {
        return t.clone();
    }

    /** The knot fractions actually interpolated, including an inserted 0; a copy. */
    public double[] fractions() {
        return f.clone();
    }

    /** The Fritsch–Carlson slopes at the knots (1/h); a copy. */
    public double[] slopes() {
        return m.clone();
    }

    /** The fraction that is never released (1 minus the last tabulated fraction). */
    public double unreleasedFraction() {
        return 1.0 - f[f.length - 1];
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String describe() {
        int last = t.length - 1;
        return "Tabulated(" + t.length + " knots, monotone cubic (Fritsch-Carlson), F = "
                + Params.num(f[last]) + " at " + Params.num(t[last]) + " h)";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tabulated other && Arrays.equals(t, other.t) && Arrays.equals(f, other.f);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(t) + Arrays.hashCode(f);
    }

    @Override
    public String toString() {
        return "Tabulated[times=" + Arrays.toString(t) + ", fractions=" + Arrays.toString(f) + "]";
    }
}
