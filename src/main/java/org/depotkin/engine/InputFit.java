package org.depotkin.engine;

import java.util.function.DoubleUnaryOperator;

/**
 * A smooth input u(t) on a panel [t0, t0 + H] as the polynomial
 * <pre>
 *   u(t0 + r·H) ≈ Σ_(k=0..M) d_k·r^k,   0 ≤ r ≤ 1,
 * </pre>
 * interpolating u at the M + 1 Chebyshev points of [0, 1] (all interior, so a rate that switches at a
 * panel end is seen from inside): the Chebyshev coefficients come from the discrete cosine sums
 * c_k = (2/(M+1))·Σ_i u(r_i)·cos(k·ϑ_i) (c_0 halved), then d = Σ_k c_k·T_k(2r − 1) expanded in powers of r
 * with integer coefficients (exact), so rounding stays at the level of the coefficients themselves. Trailing
 * Chebyshev coefficients whose sum stays below 1 % of the tolerance are dropped (|T_k| ≤ 1), so a slowly
 * varying input gets a low degree. The fit is accepted when it matches u at the M midpoints between the
 * nodes to {@code tol} of max|u| on the panel, or when the miss times the panel's length is below an
 * absolute amount (so that a rate with a singular derivative at a dose, like s^0.8, is followed on panels
 * that shrink towards the dose and grow again away from it); otherwise the caller halves the panel. Chebyshev
 * interpolation of an analytic function converges geometrically in M, so the check bounds the error
 * (Trefethen, Approximation Theory and Approximation Practice, 2013, ch. 8).
 */
final class InputFit {
    /** Degree M of the polynomial. */
    static final int DEGREE = 12;
    private static final int NODES_COUNT = DEGREE + 1;
    private static final double[] NODES = new double[NODES_COUNT];
    private static final double[] CHECKS = new double[DEGREE];
    /** COSINES[k][i] = cos(k·ϑ_i), ϑ_i = (2i + 1)·π/(2(M + 1)). */
    private static final double[][] COSINES = new double[NODES_COUNT][NODES_COUNT];
    /** SHIFTED[k][p]: coefficient of r^p in T_k(2r − 1). */
    private static final double[][] SHIFTED = new double[NODES_COUNT][NODES_COUNT];

    static {
        for (int i = 0; i < NODES_COUNT; i++) {
            double angle = (2 * i + 1) * Math.PI / (2 * NODES_COUNT);
            NODES[i] = 0.5 + 0.5 * Math.cos(angle);
            for (int k = 0; k < NODES_COUNT; k++) {
                COSINES[k][i] = Math.cos(k * angle);
            }
        }
        for (int i = 0; i < DEGREE; i++) {
            CHECKS[i] = 0.5 * (NODES[i] + NODES[i + 1]);
        }
        SHIFTED[0][0] = 1;
        SHIFTED[1][0] = -1;
        SHIFTED[1][1] = 2;
        for (int k = 1; k < DEGREE; k++) {
            for (int p = 0; p < NODES_COUNT; p++) {
                double twiceXTimes = -2 * SHIFTED[k][p] + (p > 0 ? 4 * SHIFTED[k][p - 1] : 0);
                SHIFTED[k + 1][p] = twiceXTimes - SHIFTED[k - 1][p];
            }
        }
    }

    private InputFit() {
    }

    /**
     * The coefficients d_0..d_M of u on [t0, t0 + h], or null when the fit misses u at a check point by
     * more than both {@code tol}·max|u| and {@code amount}/h. An input that is zero on the panel gives
     * all-zero coefficients.
     */
    static double[] fit(DoubleUnaryOperator u, double t0, double h, double tol, double amount) {
        double[] values = new double[NODES_COUNT];
        double scale = 0;
        for (int i = 0; i < NODES_COUNT; i++) {
            values[i] = u.applyAsDouble(t0 + NODES[i] * h);
            scale = Math.max(scale, Math.abs(values[i]));
        }
        double[] cheb = new double[NODES_COUNT];
        for (int k = 0; k < NODES_COUNT; k++) {
            double c = 0;
            for (int i = 0; i < NODES_COUNT; i++) {
                c += values[i] * COSINES[k][i];
            }
            cheb[k] = c * (k == 0 ? 1.0 : 2.0) / NODES_COUNT;
        }
        int degree = DEGREE;
        double dropped = Math.abs(cheb[degree]);
        while (degree > 0 && dropped <= 0.01 * tol * scale) {
            degree--;
            dropped += Math.abs(cheb[degree]);
        }
        double[] d = new double[degree + 1];
        for (int k = 0; k <= degree; k++) {
            for (int p = 0; p <= k; p++) {
                d[p] += cheb[k] * SHIFTED[k][p];
            }
        }
        double[] checks = new double[DEGREE];
        for (int i = 0; i < DEGREE; i++) {
            checks[i] = u.applyAsDouble(t0 + CHECKS[i] * h);
            scale = Math.max(scale, Math.abs(checks[i]));
        }
        for (int i = 0; i < DEGREE; i++) {
            if (!(Math.abs(value(d, CHECKS[i]) - checks[i]) <= Math.max(tol * scale, amount / h))) {
                return null;
            }
        }
        return d;
    }

    /** Σ d_k·r^k (Horner). */
    static double value(double[] d, double r) {
        double sum = 0;
        for (int k = d.length - 1; k >= 0; k--) {
            sum = sum * r + d[k];
        }
        return sum;
    }
}
