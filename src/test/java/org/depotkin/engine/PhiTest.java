package org.depotkin.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The φ-functions and their divided differences ({@link Phi}) against their series summed in 120-digit decimal
 * arithmetic: φ_k(z) = Σ_i z^i/(i + k)!, φ_k[x, y] = (φ_k(x) − φ_k(y))/(x − y) from the two exact sums, and
 * φ_k'(x) = Σ_(i≥1) i·x^(i−1)/(i + k)! where x = y; every k up to 14 (the highest the exact path uses), arguments
 * from 1e-3 to 60 in size, gaps from 0 to far apart.
 */
class PhiTest {
    private static final MathContext MC = new MathContext(120);
    private static final int LAST = 14;
    /** Relative error allowed (measured: at most 2e-15 over these points). */
    private static final double TOLERANCE = 1e-14;

    static Stream<Arguments> pairs() {
        Stream.Builder<Arguments> b = Stream.builder();
        for (double x : new double[] {-1e-3, -0.3, -1, -2.6, -7.5, -13.9, -16, -45, -60, 0.7}) {
            for (double gap : new double[] {0, 1e-14, 1e-12, 1e-9, 1e-5, 1e-2, 0.3, 2, -0.9}) {
                b.add(Arguments.of(x, x * (1 + gap)));
            }
        }
        b.add(Arguments.of(-45.0, -0.01));
        b.add(Arguments.of(-0.01, -45.0));
        b.add(Arguments.of(0.0, 0.0));
        b.add(Arguments.of(0.0, -3.0));
        return b.build();
    }

    @ParameterizedTest(name = "φ[{0}, {1}]")
    @MethodSource("pairs")
    void dividedDifferencesAgreeWithTheExactSeries(double x, double y) {
        double[] out = new double[LAST + 1];
        Phi.divided(x, y, out, LAST, new double[LAST + 1]);
        for (int k = 0; k <= LAST; k++) {
            double expected = divided(x, y, k);
            double err = Math.abs(out[k] - expected) / Math.abs(expected);
            assertTrue(err <= TOLERANCE, "φ_" + k + "[" + x + ", " + y + "] = " + out[k] + ", exact " + expected
                    + ", relative error " + err);
        }
    }

    @ParameterizedTest(name = "φ({0})")
    @MethodSource("pairs")
    void functionsAgreeWithTheExactSeries(double x, double unused) {
        double[] out = new double[LAST + 1];
        Phi.of(x, out, LAST);
        for (int k = 0; k <= LAST; k++) {
            double expected = phi(new BigDecimal(x), k).doubleValue();
            double err = Math.abs(out[k] - expected) / Math.abs(expected);
            assertTrue(err <= TOLERANCE, "φ_" + k + "(" + x + ") = " + out[k] + ", exact " + expected
                    + ", relative error " + err);
        }
    }

    /** φ_k[x, y] in decimal arithmetic: the quotient of the exact sums, or the derivative's series at x = y. */
    private static double divided(double x, double y, int k) {
        BigDecimal bx = new BigDecimal(x);
        BigDecimal by = new BigDecimal(y);
        if (x != y) {
            return phi(bx, k).subtract(phi(by, k)).divide(bx.subtract(by), MC).doubleValue();
        }
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal term = BigDecimal.ONE.divide(factorial(k + 1), MC);
        for (int i = 1; i < 600; i++) {
            sum = sum.add(term.multiply(BigDecimal.valueOf(i)), MC);
            term = term.multiply(bx, MC).divide(BigDecimal.valueOf(i + k + 1), MC);
        }
        return sum.doubleValue();
    }

    private static BigDecimal phi(BigDecimal z, int k) {
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal term = BigDecimal.ONE.divide(factorial(k), MC);
        for (int i = 0; i < 600; i++) {
            sum = sum.add(term, MC);
            term = term.multiply(z, MC).divide(BigDecimal.valueOf(i + k + 1), MC);
        }
        return sum;
    }

    private static BigDecimal factorial(int n) {
        BigDecimal f = BigDecimal.ONE;
        for (int i = 2; i <= n; i++) {
            f = f.multiply(BigDecimal.valueOf(i));
        }
        return f;
    }
}
