package org.depotkin.release;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class KorsmeyerPeppasTest {

    @ParameterizedTest
    @MethodSource("org.depotkin.release.LawChecks#seeds")
    void properties(long seed) {
        Random rnd = new Random(seed);
        double n = seed % 4 == 0 ? 1.0 : 0.1 + 0.9 * rnd.nextDouble();
        double k = LawChecks.logUniform(rnd, 0.01, 0.5);
        KorsmeyerPeppas law = new KorsmeyerPeppas(k, n);
        double c = law.completionTime();
        LawChecks.checkAll(law, 1.5 * c, c, seed);
    }

    /** Fickian diffusion exponents of Ritger &amp; Peppas 1987 (S68). */
    @ParameterizedTest(name = "{0}: n = {1}")
    @CsvSource({"slab, 0.50", "cylinder, 0.45", "sphere, 0.43"})
    void fickianExponents(String geometry, double n) {
        double k = 0.08; // h^-n
        KorsmeyerPeppas law = new KorsmeyerPeppas(k, n);
        double completion = Math.pow(1.0 / k, 1.0 / n);
        assertEquals(completion, law.completionTime(), 1e-12 * completion);
        assertArrayEquals(new double[] {completion}, law.breakpoints(), 1e-12 * completion);
        assertEquals(n - 1.0, law.rateExponentAtZero(), 1e-15);
        for (double s : new double[] {1e-3, 0.5, 2.0, 0.6 * completion}) {
            assertEquals(k * Math.pow(s, n), law.cumulative(s), 1e-15);
            assertEquals(k * n * Math.pow(s, n - 1.0), law.rate(s), 1e-12 * law.rate(s));
            // log-log slope of F is the exponent n
            double slope = Math.log(law.cumulative(2 * s) / law.cumulative(s)) / Math.log(2.0);
            if (2 * s < completion) {
                assertEquals(n, slope, 1e-12);
            }
        }
        assertEquals(1.0, law.cumulative(completion), 0.0);
        assertEquals(0.0, law.rate(completion), 0.0);
        LawChecks.checkAll(law, 1.5 * completion, completion, 17L);
    }

    @Test
    void caseTwoIsZeroOrder() {
        KorsmeyerPeppas law = new KorsmeyerPeppas(0.05, 1.0);
        assertEquals(0.0, law.rateExponentAtZero(), 0.0);
        assertEquals(20.0, law.completionTime(), 1e-12);
        assertEquals(0.05, law.rate(1e-9), 1e-15);
        assertEquals(0.05, law.rate(19.0), 1e-15);
        assertEquals(0.5, law.cumulative(10.0), 1e-15);
        assertEquals("korsmeyer-peppas", law.name());
    }

    @Test
    void rejectsBadParameters() {
        LawChecks.rejects(() -> new KorsmeyerPeppas(0.0, 0.5), "korsmeyer-peppas", "k must be > 0");
        LawChecks.rejects(() -> new KorsmeyerPeppas(-1.0, 0.5), "korsmeyer-peppas", "k must be > 0", "-1");
        LawChecks.rejects(() -> new KorsmeyerPeppas(0.1, 0.0), "korsmeyer-peppas", "n must be in (0, 1]", "got 0");
        LawChecks.rejects(() -> new KorsmeyerPeppas(0.1, 1.2), "korsmeyer-peppas", "n must be in (0, 1]", "1.2");
        LawChecks.rejects(() -> new KorsmeyerPeppas(0.1, -0.5), "n must be in (0, 1]");
        LawChecks.rejects(() -> new KorsmeyerPeppas(0.1, Double.NaN), "n must be in (0, 1]");
    }
}
