package org.depotkin.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * e^A against closed forms (rotation, Jordan block, diagonal, 2-compartment biexponential) and e^A·e^(−A) = I.
 * Scaling and squaring amplifies rounding by up to 2^s for s squarings (Higham 2005), so a large norm gets
 * a 1e-13 relative bound (s ≤ 8 here), a small one 1e-15.
 */
class MatrixExponentialTest {

    @ParameterizedTest(name = "rotation by {0} rad")
    @ValueSource(doubles = {0.1, 1, 3, 20})
    void rotationGivesCosineAndSine(double angle) {
        double[][] e = MatrixExponential.of(new double[][] {{0, -angle}, {angle, 0}});
        double tol = 1e-14 * Math.max(1, angle);
        assertEquals(Math.cos(angle), e[0][0], tol);
        assertEquals(-Math.sin(angle), e[0][1], tol);
        assertEquals(Math.sin(angle), e[1][0], tol);
        assertEquals(Math.cos(angle), e[1][1], tol);
    }

    @Test
    void jordanBlock() {
        double a = -0.7;
        double[][] e = MatrixExponential.of(new double[][] {{a, 1, 0}, {0, a, 1}, {0, 0, a}});
        double ea = Math.exp(a);
        assertEquals(ea, e[0][0], 1e-15);
        assertEquals(ea, e[0][1], 1e-15);
        assertEquals(ea / 2, e[0][2], 1e-15);
        assertEquals(0, e[2][0], 1e-17);
    }

    @Test
    void stiffDiagonalNeedsScaling() {
        double[][] e = MatrixExponential.of(new double[][] {{-50, 0}, {0, -0.1}});
        assertEquals(Math.exp(-50), e[0][0], 1e-13 * Math.exp(-50));
        assertEquals(Math.exp(-0.1), e[1][1], 1e-13);
    }

    /** Central amount after a unit bolus into C of the bench 2-compartment model: A1·e^(−λ1 t) + A2·e^(−λ2 t). */
    @ParameterizedTest(name = "t = {0} h")
    @ValueSource(doubles = {0.5, 1, 24, 100})
    void twoCompartmentBolusIsBiexponential(double t) {
        double k10 = 200.0 / 400;
        double k12 = 150.0 / 400;
        double k21 = 150.0 / 900;
        double s = k10 + k12 + k21;
        double root = Math.sqrt(s * s - 4 * k10 * k21);
        double l1 = (s + root) / 2;
        double l2 = (s - root) / 2;
        double expected = ((k21 - l1) * Math.exp(-l1 * t) - (k21 - l2) * Math.exp(-l2 * t)) / (l2 - l1);
        double[][] e = MatrixExponential.of(new double[][] {{-(k10 + k12) * t, k21 * t}, {k12 * t, -k21 * t}});
        assertEquals(expected, e[0][0], 1e-13 * expected);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void inverseIsExponentialOfMinusA(int seed) {
        Random r = new Random(seed);
        int n = 2 + r.nextInt(6);
        double[][] a = new double[n][n];
        double[][] minus = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = 3 * r.nextGaussian();
                minus[i][j] = -a[i][j];
            }
        }
        double[][] product = MatrixExponential.multiply(MatrixExponential.of(a), MatrixExponential.of(minus));
        double scale = 0;
        double[][] ea = MatrixExponential.of(a);
        double[][] em = MatrixExponential.of(minus);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                for (int k = 0; k < n; k++) {
                    scale = Math.max(scale, Math.abs(ea[i][k] * em[k][j]));
                }
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                assertEquals(i == j ? 1 : 0, product[i][j], 1e-12 * Math.max(1, scale), "entry " + i + "," + j);
            }
        }
    }
}
