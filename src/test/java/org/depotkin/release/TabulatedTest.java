package org.depotkin.release;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TabulatedTest {

    /** Random monotone data: 2..15 knots, some flat segments, final fraction in (0.3, 1]. */
    static double[][] randomData(long seed) {
        Random rnd = new Random(seed);
        int n = 2 + rnd.nextInt(14);
        double[] t = new double[n];
        double[] f = new double[n];
        boolean startsAtZero = rnd.nextBoolean();
        double time = startsAtZero ? 0.0 : LawChecks.logUniform(rnd, 0.1, 10.0);
        double[] inc = new double[n];
        double sumInc = 0;
        for (int i = 0; i < n; i++) {
            t[i] = time;
            time += LawChecks.logUniform(rnd, 0.05, 50.0);
            inc[i] = (i == 0 && startsAtZero) || rnd.nextInt(4) == 0 ? 0.0 : Math.pow(rnd.nextDouble(), 3);
            sumInc += inc[i];
        }
        double total = 0.3 + 0.7 * rnd.nextDouble();
        if (seed % 3 == 0) {
            total = 1.0;
        }
        double acc = 0;
        for (int i = 0; i < n; i++) {
            acc += sumInc > 0 ? inc[i] / sumInc * total : 0.0;
            f[i] = Math.min(1.0, acc);
        }
        if (sumInc == 0 && startsAtZero && n > 1) {
            f[n - 1] = total;
        }
        return new double[][] {t, f};
    }

    @ParameterizedTest
    @MethodSource("org.depotkin.release.LawChecks#seeds")
    void properties(long seed) {
        double[][] d = randomData(seed);
        Tabulated law = new Tabulated(d[0], d[1]);
        double[] t = law.times();
        double minGap = Double.POSITIVE_INFINITY;
        for (int i = 1; i < t.length; i++) {
            minGap = Math.min(minGap, t[i] - t[i - 1]);
        }
        double last = t[t.length - 1];
        LawChecks.checkAll(law, 1.2 * last, minGap, seed);
    }

    @ParameterizedTest
    @MethodSource("org.depotkin.release.LawChecks#seeds")
    void passesThroughKnotsAndNeverOvershoots(long seed) {
        double[][] d = randomData(seed);
        Tabulated law = new Tabulated(d[0], d[1]);
        double[] t = law.times();
        double[] f = law.fractions();
        for (int i = 0; i < t.length; i++) {
            assertEquals(f[i], law.cumulative(t[i]), 0.0, "knot " + i);
        }
        Random rnd = new Random(seed);
        for (int k = 0; k + 1 < t.length; k++) {
            for (int j = 0; j < 200; j++) {
                double s = t[k] + (t[k + 1] - t[k]) * rnd.nextDouble();
                double v = law.cumulative(s);
                assertTrue(v >= f[k] && v <= f[k + 1],
                        "F(" + s + ") = " + v + " outside [" + f[k] + ", " + f[k + 1] + "]");
                if (f[k] == f[k + 1]) {
                    assertEquals(f[k], v, 0.0, "flat segment must stay flat");
                    assertEquals(0.0, law.rate(s), 0.0, "flat segment must have rate 0");
                }
            }
        }
        assertEquals(t[t.length - 1], law.completionTime(), 0.0);
        assertArrayEquals(java.util.Arrays.copyOfRange(t, 1, t.length), law.breakpoints(), 0.0);
    }

    @Test
    void stepLikeDataStaysMonotoneAndFlat() {
        // a cubic spline through these points would dip below 0 and overshoot 0.9
        Tabulated law = new Tabulated(new double[] {0, 1, 2, 3, 4, 5}, new double[] {0, 0, 0, 0.9, 0.9, 0.9});
        for (double s = 0; s <= 6; s += 1e-3) {
            double v = law.cumulative(s);
            assertTrue(v >= 0 && v <= 0.9, "F(" + s + ") = " + v);
            if (s <= 2.0 || s >= 3.0) {
                assertEquals(s <= 2.0 ? 0.0 : 0.9, v, 0.0);
                assertEquals(0.0, law.rate(s), 0.0);
            }
        }
        // on [2, 3] both end slopes are 0: F = 0.9 (3u^2 - 2u^3)
        double u = 0.3;
        assertEquals(0.9 * (3 * u * u - 2 * u * u * u), law.cumulative(2.3), 1e-15);
        assertEquals(0.9 * (6 * u - 6 * u * u), law.rate(2.3), 1e-15);
        assertEquals(0.1, law.unreleasedFraction(), 1e-15);
    }

    @Test
    void fritschCarlsonSlopesByHand() {
        // secants d0 = 0.5, d1 = 0.05; three-point slope at t = 1: (2*0.5 + 1*0.05)/3 = 0.35;
        // interval 1 has (a, b) = (7, 1), outside the circle of radius 3: scaled by 3/sqrt(50)
        Tabulated law = new Tabulated(new double[] {0, 1, 3}, new double[] {0, 0.5, 0.6});
        double tau = 3.0 / Math.sqrt(50.0);
        double[] expected = {0.5, tau * 7 * 0.05, tau * 1 * 0.05};
        assertArrayEquals(expected, law.slopes(), 1e-15);
        // Hermite cubic on [0, 1] at u = 0.4, written out
        double u = 0.4;
        double h00 = 2 * u * u * u - 3 * u * u + 1;
        double h10 = u * u * u - 2 * u * u + u;
        double h01 = -2 * u * u * u + 3 * u * u;
        double h11 = u * u * u - u * u;
        assertEquals(h00 * 0 + h10 * 1 * expected[0] + h01 * 0.5 + h11 * 1 * expected[1], law.cumulative(0.4), 1e-15);
        // on [1, 3] at u = 0.25 (s = 1.5), h = 2
        u = 0.25;
        h00 = 2 * u * u * u - 3 * u * u + 1;
        h10 = u * u * u - 2 * u * u + u;
        h01 = -2 * u * u * u + 3 * u * u;
        h11 = u * u * u - u * u;
        assertEquals(h00 * 0.5 + h10 * 2 * expected[1] + h01 * 0.6 + h11 * 2 * expected[2], law.cumulative(1.5), 1e-15);
        LawChecks.checkAll(law, 4.0, 1.0, 3L);
    }

    @Test
    void linearDataIsReproducedExactly() {
        Tabulated law = new Tabulated(new double[] {0, 2, 5, 10}, new double[] {0, 0.1, 0.25, 0.5});
        for (double s : new double[] {0.5, 2.0, 3.3, 7.7, 9.99}) {
            assertEquals(0.05 * s, law.cumulative(s), 1e-15);
            assertEquals(0.05, law.rate(s), 1e-15);
        }
        assertEquals(0.5, law.cumulative(10.0), 0.0);
        assertEquals(0.5, law.cumulative(1e6), 0.0);
        assertEquals(0.0, law.rate(10.0), 0.0);
        assertEquals(0.0, law.rate(50.0), 0.0);
        assertEquals(10.0, law.completionTime(), 0.0);
        assertArrayEquals(new double[] {2, 5, 10}, law.breakpoints(), 0.0);
        assertEquals(0.0, law.rateExponentAtZero(), 0.0);
        assertEquals("tabulated", law.name());
    }

    @Test
    void insertsOriginWhenFirstTimeIsPositive() {
        Tabulated law = new Tabulated(new double[] {1, 2, 4}, new double[] {0.2, 0.4, 0.8});
        assertArrayEquals(new double[] {0, 1, 2, 4}, law.times(), 0.0);
        assertArrayEquals(new double[] {0, 0.2, 0.4, 0.8}, law.fractions(), 0.0);
        assertArrayEquals(new double[] {1, 2, 4}, law.breakpoints(), 0.0);
        assertEquals(0.1, law.cumulative(0.5), 1e-15);
        Tabulated single = new Tabulated(new double[] {24}, new double[] {0.6});
        assertEquals(0.3, single.cumulative(12), 1e-15);
        assertEquals(0.6 / 24, single.rate(12), 1e-15);
    }

    @Test
    void inputArraysAreCopied() {
        double[] t = {0, 1, 2};
        double[] f = {0, 0.5, 1.0};
        Tabulated law = new Tabulated(t, f);
        t[2] = 100;
        f[1] = 0.9;
        assertEquals(0.5, law.cumulative(1.0), 0.0);
        assertEquals(2.0, law.completionTime(), 0.0);
        law.times()[1] = 7;
        assertEquals(1.0, law.times()[1], 0.0);
        assertEquals(new Tabulated(new double[] {0, 1, 2}, new double[] {0, 0.5, 1.0}), law);
    }

    @Test
    void rejectsBadData() {
        LawChecks.rejects(() -> new Tabulated(new double[] {0, 2, 1}, new double[] {0, 0.1, 0.2}), "tabulated", "times must be strictly increasing");
        LawChecks.rejects(() -> new Tabulated(new double[] {0, 1, 1}, new double[] {0, 0.1, 0.2}), "tabulated", "strictly increasing");
        LawChecks.rejects(() -> new Tabulated(new double[] {-1, 1}, new double[] {0, 0.1}), "tabulated", "times[0] must be >= 0", "-1");
        LawChecks.rejects(() -> new Tabulated(new double[] {0, 1, 2}, new double[] {0, 0.5, 0.4}), "tabulated", "fractions must be non-decreasing", "0.4");
        LawChecks.rejects(() -> new Tabulated(new double[] {0, 1}, new double[] {0, 1.2}), "tabulated", "fractions[1] must be in [0, 1]", "1.2");
        LawChecks.rejects(() -> new Tabulated(new double[] {1, 2}, new double[] {-0.1, 0.5}), "tabulated", "fractions[0]");
        LawChecks.rejects(() -> new Tabulated(new double[] {0, 1}, new double[] {0.1, 0.5}), "tabulated", "fractions[0] must be 0 at time 0");
        LawChecks.rejects(() -> new Tabulated(new double[] {0, 1}, new double[] {0}), "tabulated", "same length");
        LawChecks.rejects(() -> new Tabulated(new double[0], new double[0]), "tabulated", "at least one time > 0");
        LawChecks.rejects(() -> new Tabulated(new double[] {0}, new double[] {0}), "tabulated", "at least one time > 0");
        LawChecks.rejects(() -> new Tabulated(null, new double[] {0}), "tabulated", "must not be null");
        LawChecks.rejects(() -> new Tabulated(new double[] {0, Double.NaN}, new double[] {0, 0.5}), "tabulated", "times[1]");
        LawChecks.rejects(() -> new Tabulated(new double[] {0, 1}, new double[] {0, Double.NaN}), "tabulated", "fractions[1]");
    }
}
