package org.depotkin.release;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ZeroOrderTailTest {

    @ParameterizedTest
    @MethodSource("org.depotkin.release.LawChecks#seeds")
    void properties(long seed) {
        Random rnd = new Random(seed);
        double plateau = LawChecks.logUniform(rnd, 1.0, 1000.0);
        double k = LawChecks.logUniform(rnd, 1e-3, 1.0);
        ZeroOrderTail law = new ZeroOrderTail(plateau, k);
        LawChecks.checkAll(law, plateau + 10.0 / k, Math.min(plateau, 1.0 / k), seed);
        // rate continuous at the switch, F -> 1
        assertEquals(law.rate(plateau), law.rate(Math.nextUp(plateau)), 1e-12 * law.rate(plateau));
        assertEquals(1.0, law.cumulative(plateau + 60.0 / k), 1e-15);
    }

    @Test
    void closedFormXrNtxErosionPhase() {
        double t = 264.0;        // day 3 to day 14, docs/sources.md §9.2
        double k = 0.10 / 24.0;  // 0.10 /d
        ZeroOrderTail law = new ZeroOrderTail(t, k);
        double r0 = 1.0 / (t + 1.0 / k);
        assertEquals(1.0 / 504.0, r0, 1e-18);
        assertEquals(r0, law.plateauRate(), 1e-18);
        for (double s : new double[] {1.0, 100.0, 264.0}) {
            assertEquals(r0 * s, law.cumulative(s), 1e-15);
            assertEquals(r0, law.rate(s), 1e-18);
        }
        for (double s : new double[] {265.0, 336.0, 600.0, 2000.0}) {
            assertEquals(r0 * t + r0 / k * (1 - Math.exp(-k * (s - t))), law.cumulative(s), 1e-15);
            assertEquals(r0 * Math.exp(-k * (s - t)), law.rate(s), 1e-15);
        }
        // in days: 11/21 released on the plateau, the other 10/21 in the tail
        assertEquals(11.0 / 21.0, law.cumulative(264.0), 1e-15);
        assertArrayEquals(new double[] {264.0}, law.breakpoints(), 0.0);
        assertEquals(Double.POSITIVE_INFINITY, law.completionTime());
        assertEquals("zero-order-tail", law.name());
    }

    @Test
    void rejectsBadParameters() {
        LawChecks.rejects(() -> new ZeroOrderTail(0.0, 0.1), "zero-order-tail", "plateau must be > 0");
        LawChecks.rejects(() -> new ZeroOrderTail(-5.0, 0.1), "zero-order-tail", "plateau", "-5");
        LawChecks.rejects(() -> new ZeroOrderTail(264.0, 0.0), "zero-order-tail", "kTail must be > 0");
        LawChecks.rejects(() -> new ZeroOrderTail(264.0, Double.NaN), "zero-order-tail", "kTail");
    }
}
