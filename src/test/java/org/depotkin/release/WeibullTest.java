package org.depotkin.release;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class WeibullTest {

    @ParameterizedTest
    @MethodSource("org.depotkin.release.LawChecks#seeds")
    void properties(long seed) {
        Random rnd = new Random(seed);
        double td = LawChecks.logUniform(rnd, 0.5, 500.0);
        double beta = seed % 3 == 0 ? 1.0 : LawChecks.logUniform(rnd, 0.3, 4.0);
        double lag = beta >= 1.0 && rnd.nextBoolean() ? td * rnd.nextDouble() : 0.0;
        Weibull law = new Weibull(td, beta, lag);
        LawChecks.checkAll(law, lag + 4.0 * td, td, seed);
        // T_D is the time (after the lag) to 63.2 % release, whatever beta
        assertEquals(1.0 - Math.exp(-1.0), law.cumulative(lag + td), 1e-14);
    }

    @Test
    void closedFormXrNtxDiffusionPhase() {
        double td = 60.0; // 2.5 d, docs/sources.md §9.2
        double beta = 1.8;
        Weibull law = new Weibull(td, beta, 0.0);
        for (double s : new double[] {0.5, 12.0, 60.0, 74.4, 200.0}) {
            double x = s / td;
            assertEquals(1.0 - Math.exp(-Math.pow(x, beta)), law.cumulative(s), 1e-15);
            assertEquals(beta / td * Math.pow(x, beta - 1) * Math.exp(-Math.pow(x, beta)), law.rate(s), 1e-15);
        }
        assertEquals(0.0, law.rateExponentAtZero(), 0.0);
        assertEquals(0, law.breakpoints().length);
        assertEquals(Double.POSITIVE_INFINITY, law.completionTime());
        assertEquals("weibull", law.name());
        assertEquals("Weibull(T_D = 60 h, beta = 1.8)", law.describe());
    }

    @Test
    void lagShiftsTheCurve() {
        Weibull law = new Weibull(10.0, 2.0, 5.0);
        assertArrayEquals(new double[] {5.0}, law.breakpoints(), 0.0);
        assertEquals(0.0, law.cumulative(5.0), 0.0);
        assertEquals(0.0, law.cumulative(3.0), 0.0);
        assertEquals(1.0 - Math.exp(-Math.pow(0.7, 2.0)), law.cumulative(12.0), 1e-15);
        assertEquals(2.0 / 10.0 * 0.7 * Math.exp(-0.49), law.rate(12.0), 1e-15);
    }

    @Test
    void betaOneWithLagJumpsAndIsRightContinuous() {
        Weibull law = new Weibull(8.0, 1.0, 3.0);
        assertEquals(0.0, law.rate(Math.nextDown(3.0)), 0.0);
        assertEquals(1.0 / 8.0, law.rate(3.0), 0.0);
        assertEquals(Math.exp(-1.0) / 8.0, law.rate(11.0), 1e-15);
    }

    @Test
    void betaBelowOneIsSingularAtZero() {
        Weibull law = new Weibull(20.0, 0.6, 0.0);
        assertEquals(-0.4, law.rateExponentAtZero(), 1e-15);
        double s = 1e-10;
        // rate ~ (beta/T_D) (s/T_D)^(beta-1) near 0
        assertEquals(0.6 / 20.0 * Math.pow(s / 20.0, -0.4), law.rate(s), 1e-6 * law.rate(s));
    }

    @Test
    void rejectsBadParameters() {
        LawChecks.rejects(() -> new Weibull(0.0, 1.8, 0.0), "weibull", "td must be > 0");
        LawChecks.rejects(() -> new Weibull(60.0, -1.0, 0.0), "weibull: beta must be > 0", "got -1");
        LawChecks.rejects(() -> new Weibull(60.0, 0.0, 0.0), "weibull", "beta must be > 0");
        LawChecks.rejects(() -> new Weibull(60.0, 1.8, -2.0), "weibull", "lag must be >= 0", "-2");
        LawChecks.rejects(() -> new Weibull(Double.NaN, 1.8, 0.0), "weibull", "td");
        LawChecks.rejects(() -> new Weibull(60.0, 0.7, 5.0), "weibull", "beta < 1", "lag", "singular");
    }
}
