package org.depotkin.release;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class HixsonCrowellTest {

    @ParameterizedTest
    @MethodSource("org.depotkin.release.LawChecks#seeds")
    void properties(long seed) {
        double k = LawChecks.logUniform(new Random(seed), 1e-4, 2.0);
        LawChecks.checkAll(new HixsonCrowell(k), 1.5 / k, 1.0 / k, seed);
    }

    @Test
    void closedForm() {
        double k = 0.02; // complete at 50 h
        HixsonCrowell law = new HixsonCrowell(k);
        for (double s : new double[] {0.01, 5.0, 25.0, 49.0}) {
            double remaining = Math.pow(1 - k * s, 3);
            assertEquals(1 - remaining, law.cumulative(s), 1e-15);
            assertEquals(3 * k * Math.pow(1 - k * s, 2), law.rate(s), 1e-15);
            // the cube-root law: W0^(1/3) - Ws^(1/3) = kappa s, with W0 = 1 and kappa = k
            assertEquals(k * s, 1.0 - Math.cbrt(1.0 - law.cumulative(s)), 1e-12);
        }
        assertEquals(0.875, law.cumulative(25.0), 1e-15);
        assertEquals(1.0, law.cumulative(50.0), 0.0);
        assertEquals(0.0, law.rate(50.0), 0.0);
        assertEquals(50.0, law.completionTime(), 1e-12);
        assertArrayEquals(new double[] {50.0}, law.breakpoints(), 1e-12);
        assertEquals("hixson-crowell", law.name());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -0.02, Double.NaN, Double.NEGATIVE_INFINITY})
    void rejectsBadK(double k) {
        LawChecks.rejects(() -> new HixsonCrowell(k), "hixson-crowell", "k must be > 0");
    }
}
