package org.depotkin.release;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ZeroOrderTest {

    @ParameterizedTest
    @MethodSource("org.depotkin.release.LawChecks#seeds")
    void properties(long seed) {
        double t = LawChecks.logUniform(new Random(seed), 0.1, 1e4);
        LawChecks.checkAll(new ZeroOrder(t), 1.5 * t, t, seed);
    }

    @Test
    void closedForm() {
        double t = 40.0;
        ZeroOrder law = new ZeroOrder(t);
        for (double s : new double[] {0.5, 3.0, 17.25, 39.9}) {
            assertEquals(s / t, law.cumulative(s), 1e-15);
            assertEquals(1.0 / t, law.rate(s), 1e-15);
        }
        assertEquals(1.0, law.cumulative(40.0), 0.0);
        assertEquals(1.0, law.cumulative(1000.0), 0.0);
        assertEquals(0.0, law.rate(40.0), 0.0);
    }

    @Test
    void completionAndBreakpoints() {
        ZeroOrder law = new ZeroOrder(12.5);
        assertEquals(12.5, law.completionTime(), 0.0);
        assertArrayEquals(new double[] {12.5}, law.breakpoints(), 0.0);
        assertEquals(0.0, law.rateExponentAtZero(), 0.0);
        assertEquals("zero-order", law.name());
        assertEquals("ZeroOrder(T = 12.5 h, rate = 0.08 /h)", law.describe());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY})
    void rejectsBadDuration(double t) {
        LawChecks.rejects(() -> new ZeroOrder(t), "zero-order", "duration", "> 0");
    }
}
