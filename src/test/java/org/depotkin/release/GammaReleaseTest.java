package org.depotkin.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.depotkin.release.Sequential.Phase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GammaReleaseTest {

    static final double DAY = 24.0;

    /** The XR-NTX law of models/formulations/xrntx-380mg.yaml: three gamma phases from the injection on. */
    static Sequential xrNtx() {
        return Sequential.of(new Phase(0.008, 0, new GammaRelease(2, 0.8)), new Phase(0.26, 0, new GammaRelease(3.3, 21)),
                new Phase(0.732, 0, new GammaRelease(3.2, 5.1 * DAY)));
    }

    @ParameterizedTest
    @MethodSource("org.depotkin.release.LawChecks#seeds")
    void properties(long seed) {
        Random rnd = new Random(seed);
        // shapes below 1 (singular start) for odd seeds
        double k = seed % 2 == 1 ? LawChecks.logUniform(rnd, 0.4, 1.0) : LawChecks.logUniform(rnd, 1.0, 6.0);
        double theta = LawChecks.logUniform(rnd, 0.5, 200.0);
        GammaRelease law = new GammaRelease(k, theta);
        LawChecks.checkAll(law, 6 * Math.max(k, 1) * theta, theta, seed);
    }

    /** Integer shapes are Erlang: F = 1 - exp(-x) sum_{n<k} x^n/n!, rate = x^(k-1) exp(-x) / ((k-1)! theta). */
    @Test
    void closedFormErlang() {
        GammaRelease one = new GammaRelease(1, 5);
        GammaRelease three = new GammaRelease(3, 20);
        for (double s : new double[] {0.1, 4, 20, 60, 333}) {
            double x1 = s / 5;
            double x3 = s / 20;
            assertEquals(-Math.expm1(-x1), one.cumulative(s), 1e-14);
            assertEquals(Math.exp(-x1) / 5, one.rate(s), 1e-15);
            assertEquals(1 - Math.exp(-x3) * (1 + x3 + x3 * x3 / 2), three.cumulative(s), 1e-14);
            assertEquals(x3 * x3 * Math.exp(-x3) / (2 * 20), three.rate(s), 1e-15);
        }
        assertEquals(0.0, three.rateExponentAtZero(), 0.0);
        assertEquals(0, three.breakpoints().length);
        assertEquals(Double.POSITIVE_INFINITY, three.completionTime());
        assertEquals("gamma", three.name());
        assertEquals("Gamma(k = 3, theta = 20 h)", three.describe());
    }

    /** Mass balance of XR-NTX: everything is released (F(infinity) = 1) and the rate integrates to F (quadrature). */
    @Test
    void xrNtxReleasesTheWholeLoad() {
        Sequential law = xrNtx();
        assertEquals(1.0, law.cumulative(1e5), 1e-15);
        assertEquals(1.0, LawChecks.integrateRate(law, 200 * DAY), 1e-9);
        for (double s : new double[] {2, 2 * DAY, 14 * DAY, 28 * DAY}) {
            assertEquals(law.cumulative(s), LawChecks.integrateRate(law, s), 1e-9);
        }
        assertEquals(0, law.breakpoints().length, "no phase switches on: nothing for the integrator to restart at");
        LawChecks.checkAll(law, 60 * DAY, 0.8, 7L);
    }

    /** Each phase peaks at (k - 1) theta: the burst at 0.8 h, diffusion at 2.0 d, erosion at 11.2 d. */
    @Test
    void xrNtxPhasePeaks() {
        for (Phase p : xrNtx().phases()) {
            GammaRelease g = (GammaRelease) p.law();
            double mode = (g.shape() - 1) * g.scale();
            assertTrue(g.rate(mode) > g.rate(mode * 0.99) && g.rate(mode) > g.rate(mode * 1.01), g.describe());
        }
    }

    @Test
    void singularBelowShapeOne() {
        assertEquals(-0.4, new GammaRelease(0.6, 10).rateExponentAtZero(), 1e-15);
    }

    @Test
    void rejectsBadParameters() {
        LawChecks.rejects(() -> new GammaRelease(0, 10), "gamma", "shape must be > 0");
        LawChecks.rejects(() -> new GammaRelease(2, -1), "gamma", "scale must be > 0", "-1");
        LawChecks.rejects(() -> new GammaRelease(Double.NaN, 1), "gamma", "shape");
    }
}
