package org.depotkin.release;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BiexponentialTest {

    @ParameterizedTest
    @MethodSource("org.depotkin.release.LawChecks#seeds")
    void properties(long seed) {
        Random rnd = new Random(seed);
        double f = seed % 5 == 0 ? (seed % 2 == 0 ? 0.0 : 1.0) : rnd.nextDouble();
        double k1 = LawChecks.logUniform(rnd, 0.05, 5.0);
        double k2 = LawChecks.logUniform(rnd, 1e-3, 0.5);
        Biexponential law = new Biexponential(f, k1, k2);
        LawChecks.checkAll(law, 10.0 / Math.min(k1, k2), 1.0 / Math.max(k1, k2), seed);
    }

    @Test
    void closedForm() {
        double f = 0.15;
        double k1 = 0.5;
        double k2 = 0.01;
        Biexponential law = new Biexponential(f, k1, k2);
        for (double s : new double[] {0.1, 2.0, 24.0, 300.0}) {
            double expected = 1.0 - (f * Math.exp(-k1 * s) + (1 - f) * Math.exp(-k2 * s));
            assertEquals(expected, law.cumulative(s), 1e-15);
            assertEquals(f * k1 * Math.exp(-k1 * s) + (1 - f) * k2 * Math.exp(-k2 * s), law.rate(s), 1e-15);
        }
        // rate at 0+ is the weighted sum of the constants
        assertEquals(f * k1 + (1 - f) * k2, law.rate(1e-300), 1e-15);
        assertEquals(Double.POSITIVE_INFINITY, law.completionTime());
        assertEquals(0, law.breakpoints().length);
        assertEquals("biexponential", law.name());
    }

    @Test
    void rejectsBadParameters() {
        LawChecks.rejects(() -> new Biexponential(-0.1, 1.0, 0.1), "biexponential", "burstFraction must be in [0, 1]", "-0.1");
        LawChecks.rejects(() -> new Biexponential(1.1, 1.0, 0.1), "biexponential", "burstFraction", "1.1");
        LawChecks.rejects(() -> new Biexponential(0.2, 0.0, 0.1), "biexponential", "kBurst must be > 0");
        LawChecks.rejects(() -> new Biexponential(0.2, 1.0, -0.1), "biexponential", "kSlow must be > 0");
        LawChecks.rejects(() -> new Biexponential(Double.NaN, 1.0, 0.1), "burstFraction");
    }
}
