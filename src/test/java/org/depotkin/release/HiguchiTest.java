package org.depotkin.release;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class HiguchiTest {

    @ParameterizedTest
    @MethodSource("org.depotkin.release.LawChecks#seeds")
    void properties(long seed) {
        double k = LawChecks.logUniform(new Random(seed), 0.01, 2.0);
        double c = 1.0 / (k * k);
        LawChecks.checkAll(new Higuchi(k), 1.5 * c, c, seed);
    }

    @Test
    void closedForm() {
        double k = 0.2; // h^-1/2: complete at 25 h
        Higuchi law = new Higuchi(k);
        for (double s : new double[] {1e-6, 0.25, 1.0, 9.0, 24.0}) {
            assertEquals(k * Math.sqrt(s), law.cumulative(s), 1e-15);
            assertEquals(k / (2.0 * Math.sqrt(s)), law.rate(s), 1e-12 * law.rate(s));
        }
        assertEquals(0.4, law.cumulative(4.0), 1e-15);
        assertEquals(1.0, law.cumulative(25.0), 0.0);
        assertEquals(1.0, law.cumulative(30.0), 0.0);
        assertEquals(0.0, law.rate(25.0), 0.0);
    }

    @Test
    void singularAtZeroAndCompletion() {
        Higuchi law = new Higuchi(0.2);
        assertEquals(-0.5, law.rateExponentAtZero(), 0.0);
        assertEquals(25.0, law.completionTime(), 1e-12);
        assertArrayEquals(new double[] {25.0}, law.breakpoints(), 1e-12);
        // rate * sqrt(s) is the constant k/2 near 0
        assertEquals(0.1, law.rate(1e-12) * Math.sqrt(1e-12), 1e-15);
        assertEquals("higuchi", law.name());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -0.2, Double.NaN})
    void rejectsBadK(double k) {
        LawChecks.rejects(() -> new Higuchi(k), "higuchi", "k must be > 0");
    }
}
