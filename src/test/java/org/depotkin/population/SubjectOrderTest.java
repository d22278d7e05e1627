package org.depotkin.population;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sorted values SubjectOrder gives at each time equal a sort of that time's values alone (Arrays.sort), bit for
 * bit: on curves that drift (nearly sorted from one time to the next), that are reshuffled at some times (a dose
 * taken by some subjects: the insertion gives up and sorts anew), with ties, zeros and negative values.
 */
class SubjectOrderTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42, 2026})
    void equalsASortOfEachTime(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = 1 + rng.nextInt(1500);
        int m = 300;
        float[][] curves = new float[n][m];
        for (int s = 0; s < n; s++) {
            double level = rng.nextDouble() * 10;
            double rate = 0.01 + rng.nextDouble() * 0.05;
            for (int i = 0; i < m; i++) {
                if (i % 24 == 0 && rng.nextDouble() < 0.6) {
                    level += 5 * rng.nextDouble(); // a dose: reshuffles the order
                }
                level *= Math.exp(-rate);
                double v = rng.nextDouble() < 0.05 ? 0 : level;
                curves[s][i] = (float) (rng.nextDouble() < 0.02 ? -v : rng.nextDouble() < 0.1 ? Math.rint(v) : v);
            }
        }
        SubjectOrder order = new SubjectOrder(curves);
        for (int i = 0; i < m; i++) {
            double[] expected = new double[n];
            for (int s = 0; s < n; s++) {
                expected[s] = curves[s][i];
            }
            Arrays.sort(expected);
            assertArrayEquals(expected, order.at(i), "time " + i);
        }
    }
}
