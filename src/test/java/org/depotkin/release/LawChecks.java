package org.depotkin.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.LongStream;

import org.hipparchus.analysis.integration.IterativeLegendreGaussIntegrator;
import org.junit.jupiter.api.function.Executable;

/** Property checks every release law must pass (shared by the *Test classes). */
final class LawChecks {

    /** Seeds for the property-style parameterised tests (reproducible). */
    static LongStream seeds() {
        return LongStream.rangeClosed(1, 12);
    }

    private LawChecks() {
    }

    /** Log-uniform random number in [lo, hi]. */
    static double logUniform(Random rnd, double lo, double hi) {
        return lo * Math.exp(rnd.nextDouble() * Math.log(hi / lo));
    }

    /**
     * Runs every generic property check.
     *
     * @param sMax  law-times up to sMax are probed (a few multiples of the release time scale)
     * @param scale the shortest time scale (h) on which the rate changes (sets the finite-difference step)
     */
    static void checkAll(ReleaseLaw law, double sMax, double scale, long seed) {
        zeroAtAndBeforeDose(law);
        // closed forms are built from semi-monotonic java.lang.Math functions: exactly monotone;
        // a cubic polynomial (Tabulated) is monotone only up to rounding
        monotoneAndBounded(law, sMax, 20_000, law instanceof Tabulated ? 1e-15 : 0.0);
        breakpointsWellFormed(law);
        afterCompletion(law);
        rateMatchesFiniteDifference(law, sMax, scale, new Random(seed), 400);
        Random rnd = new Random(seed ^ 0x5DEECE66DL);
        double[] ends = new double[6];
        for (int i = 0; i < ends.length; i++) {
            ends[i] = sMax * rnd.nextDouble();
        }
        ends[ends.length - 1] = sMax;
        rateIntegratesToCumulative(law, ends);
        assertFalse(law.describe().isBlank());
        assertTrue(ReleaseLaws.names().contains(law.name()), law.name());
    }

    static void zeroAtAndBeforeDose(ReleaseLaw law) {
        for (double s : new double[] {0.0, -0.0, -1e-300, -1.0, -1e6, Double.NEGATIVE_INFINITY}) {
            assertEquals(0.0, law.cumulative(s), 0.0, () -> law.describe() + ": F(" + s + ")");
            assertEquals(0.0, law.rate(s), 0.0, () -> law.describe() + ": rate(" + s + ")");
        }
    }

    /**
     * F non-decreasing (allowing drops up to {@code slack}) and in [0, 1], rate finite and >= 0, on a
     * dense grid plus points hugging 0, the breakpoints and completion.
     */
    static void monotoneAndBounded(ReleaseLaw law, double sMax, int n, double slack) {
        TreeSet<Double> grid = new TreeSet<>();
        for (int i = 0; i <= n; i++) {
            grid.add(-0.05 * sMax + 1.5 * sMax * i / n);
            grid.add(sMax * Math.pow(10.0, -12.0 + 12.0 * i / n)); // log grid near 0
        }
        List<Double> special = new ArrayList<>();
        for (double b : law.breakpoints()) {
            special.add(b);
        }
        if (Double.isFinite(law.completionTime())) {
            special.add(law.completionTime());
        }
        special.add(0.0);
        for (double b : special) {
            double x = b;
            double y = b;
            for (int i = 0; i < 20; i++) {
                x = Math.nextUp(x);
                y = Math.nextDown(y);
                grid.add(x);
                grid.add(y);
            }
            for (double d = 1e-12; d < 1e-2; d *= 3) {
                grid.add(b + d * Math.max(1.0, b));
                grid.add(b - d * Math.max(1.0, b));
            }
        }
        double prevS = Double.NEGATIVE_INFINITY;
        double prevF = 0.0;
        for (double s : grid) {
            double f = law.cumulative(s);
            double r = law.rate(s);
            if (!(f >= 0.0 && f <= 1.0)) {
                fail(law.describe() + ": F(" + s + ") = " + f + " outside [0, 1]");
            }
            if (f < prevF - slack) {
                fail(law.describe() + ": F decreases from " + prevF + " at s = " + prevS + " to " + f + " at s = " + s);
            }
            if (!(r >= 0.0) || Double.isInfinite(r)) {
                fail(law.describe() + ": rate(" + s + ") = " + r);
            }
            prevS = s;
            prevF = f;
        }
    }

    static void breakpointsWellFormed(ReleaseLaw law) {
        double[] b = law.breakpoints();
        for (int i = 0; i < b.length; i++) {
            assertTrue(b[i] > 0.0 && Double.isFinite(b[i]), law.describe() + ": breakpoint " + b[i]);
            if (i > 0) {
                assertTrue(b[i] > b[i - 1], law.describe() + ": breakpoints not strictly ascending " + Arrays.toString(b));
            }
        }
        if (b.length > 0) {
            double first = b[0];
            b[0] = -1.0;
            assertEquals(first, law.breakpoints()[0], 0.0, "breakpoints() must return a copy");
        }
        double a = law.rateExponentAtZero();
        assertTrue(a > -1.0 && a <= 0.0, law.describe() + ": rateExponentAtZero " + a);
    }

    /** After completion: rate 0 and F constant. */
    static void afterCompletion(ReleaseLaw law) {
        double c = law.completionTime();
        assertTrue(c > 0.0, law.describe() + ": completion " + c);
        if (Double.isFinite(c)) {
            double fc = law.cumulative(c);
            for (double s : new double[] {c, Math.nextUp(c), c * 1.001, c * 2.0, c * 1e6}) {
                assertEquals(0.0, law.rate(s), 0.0, () -> law.describe() + ": rate after completion at " + s);
                assertEquals(fc, law.cumulative(s), 0.0, () -> law.describe() + ": F after completion at " + s);
            }
        }
    }

    /** Distance from s to the nearest point where the rate is not smooth (0, breakpoints, completion). */
    static double distanceToKinks(ReleaseLaw law, double s) {
        double d = Math.abs(s);
        for (double b : law.breakpoints()) {
            d = Math.min(d, Math.abs(s - b));
        }
        if (Double.isFinite(law.completionTime())) {
            d = Math.min(d, Math.abs(s - law.completionTime()));
        }
        return d;
    }

    /**
     * rate(s) against the fourth-order central difference (-F(s+2h) + 8F(s+h) - 8F(s-h) + F(s-2h)) / 12h,
     * with h = 1e-3 min(distance to the nearest kink, scale): relative tolerance 1e-6 plus the
     * round-off floor of the stencil, 4 ulp(1) / h.
     */
    static void rateMatchesFiniteDifference(ReleaseLaw law, double sMax, double scale, Random rnd, int points) {
        int checked = 0;
        for (int i = 0; i < points; i++) {
            double s = i % 2 == 0 ? sMax * rnd.nextDouble() : logUniform(rnd, 1e-6 * sMax, sMax);
            double dist = distanceToKinks(law, s);
            if (dist < 1e-6 * sMax) {
                continue;
            }
            double h = 1e-3 * Math.min(dist, scale);
            double fd = (-law.cumulative(s + 2 * h) + 8 * law.cumulative(s + h)
                    - 8 * law.cumulative(s - h) + law.cumulative(s - 2 * h)) / (12 * h);
            double r = law.rate(s);
            double tol = 1e-6 * Math.abs(r) + 4 * Math.ulp(1.0) / h;
            if (!(Math.abs(fd - r) <= tol)) {
                fail(law.describe() + ": rate(" + s + ") = " + r + " but finite difference " + fd + " (h = " + h + ")");
            }
            checked++;
        }
        assertTrue(checked > points / 2, "too few finite-difference points checked: " + checked);
    }

    /** Integral of the rate over [0, s] (Gauss-Legendre, split at kinks, singularity at 0 removed). */
    static double integrateRate(ReleaseLaw law, double s) {
        TreeSet<Double> cuts = new TreeSet<>();
        cuts.add(0.0);
        cuts.add(s);
        for (double b : law.breakpoints()) {
            if (b > 0 && b < s) {
                cuts.add(b);
            }
        }
        if (law.completionTime() < s) {
            cuts.add(law.completionTime());
        }
        IterativeLegendreGaussIntegrator gl = new IterativeLegendreGaussIntegrator(8, 1e-11, 1e-14);
        double a = law.rateExponentAtZero();
        Double[] c = cuts.toArray(new Double[0]);
        double sum = 0.0;
        for (int j = 0; j + 1 < c.length; j++) {
            double lo = c[j];
            double hi = c[j + 1];
            DoubleUnaryOperator g;
            double ulo;
            double uhi;
            if (j == 0 && a < 0.0) {
                // s = u^p with p = 1/(1 + a): rate ~ s^a becomes a smooth integrand in u
                double p = 1.0 / (1.0 + a);
                g = u -> law.rate(Math.pow(u, p)) * p * Math.pow(u, p - 1.0);
                ulo = 0.0;
                uhi = Math.pow(hi, 1.0 / p);
            } else {
                g = law::rate;
                ulo = lo;
                uhi = hi;
            }
            int pieces = 16;
            for (int k = 0; k < pieces; k++) {
                double x0 = ulo + (uhi - ulo) * k / pieces;
                double x1 = k == pieces - 1 ? uhi : ulo + (uhi - ulo) * (k + 1) / pieces;
                if (j == 0 && k == 0) {
                    // geometric grading towards 0: the substitution removes the worst singularity
                    // only; a milder one (another singular phase) leaves a u^c term, c > 0
                    double top = x1;
                    for (int g2 = 0; g2 < 60; g2++) {
                        sum += gl.integrate(1_000_000, g::applyAsDouble, top / 2, top);
                        top /= 2;
                    }
                    x1 = top;
                }
                sum += gl.integrate(1_000_000, g::applyAsDouble, x0, x1);
            }
        }
        return sum;
    }

    static void rateIntegratesToCumulative(ReleaseLaw law, double[] ends) {
        for (double s : ends) {
            if (s <= 0.0) {
                continue;
            }
            double integral = integrateRate(law, s);
            assertEquals(law.cumulative(s), integral, 1e-9,
                    () -> law.describe() + ": integral of rate over [0, " + s + "]");
        }
    }

    /** The constructor call must throw IllegalArgumentException naming the law and every given word. */
    static void rejects(Executable constructor, String... words) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, constructor);
        String msg = e.getMessage();
        for (String w : words) {
            assertTrue(msg != null && msg.contains(w), "message '" + msg + "' should contain '" + w + "'");
        }
    }
}
