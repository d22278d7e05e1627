package org.depotkin.release;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class FirstOrderTest {

    @ParameterizedTest
    @MethodSource("org.depotkin.release.LawChecks#seeds")
    void properties(long seed) {
        double k = LawChecks.logUniform(new Random(seed), 1e-4, 10.0);
        LawChecks.checkAll(new FirstOrder(k), 12.0 / k, 1.0 / k, seed);
    }

    @Test
    void closedForm() {
        double k = 0.3; // XR-NTX burst phase, docs/sources.md §9.2
        FirstOrder law = new FirstOrder(k);
        for (double s : new double[] {0.1, 1.0, Math.log(2) / k, 10.0, 100.0}) {
            assertEquals(1.0 - Math.exp(-k * s), law.cumulative(s), 1e-15);
            assertEquals(k * Math.exp(-k * s), law.rate(s), 1e-15);
        }
        assertEquals(0.5, law.cumulative(Math.log(2) / k), 1e-15);
        assertEquals(0.2591817793182821, law.cumulative(1.0), 1e-15);
    }

    @Test
    void neverCompletes() {
        FirstOrder law = new FirstOrder(0.01);
        assertEquals(Double.POSITIVE_INFINITY, law.completionTime());
        assertEquals(0, law.breakpoints().length);
        assertEquals(0.0, law.rateExponentAtZero(), 0.0);
        assertEquals("first-order", law.name());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -0.3, Double.NaN, Double.POSITIVE_INFINITY})
    void rejectsBadK(double k) {
        LawChecks.rejects(() -> new FirstOrder(k), "first-order", "k must be > 0");
    }
}
