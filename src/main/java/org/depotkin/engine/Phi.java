package org.depotkin.engine;

/**
 * The φ-functions of exponential integrators,
 * <pre>
 *   φ_0(z) = e^z,   φ_(k+1)(z) = (φ_k(z) − 1/k!)/z = Σ_(i≥0) z^i/(i + k + 1)!
 * </pre>
 * which give the response of a mode x' = λ·x + v^k/k! exactly: ∫₀ˢ e^(λ(s−v))·v^k/k! dv = s^(k+1)·φ_(k+1)(λs)
 * (Hochbruck &amp; Ostermann, Acta Numerica 19 (2010) 209, §2). Computed to rounding: the forward recurrence
 * is stable for k &lt; |z|, the backward one (from the series of the highest φ) for k ≥ |z|, so each k
 * uses the stable direction.
 */
final class Phi {
    private static final double[] INVERSE_FACTORIAL = new double[64];
    /** 1/k, so that the series multiplies where it would divide. */
    private static final double[] INVERSE = new double[256];

    static {
        INVERSE_FACTORIAL[0] = 1;
        for (int k = 1; k < INVERSE_FACTORIAL.length; k++) {
            INVERSE_FACTORIAL[k] = INVERSE_FACTORIAL[k - 1] / k;
        }
        for (int k = 1; k < INVERSE.length; k++) {
            INVERSE[k] = 1.0 / k;
        }
    }

    private Phi() {
    }

    /** Writes φ_0(z) … φ_K(z) into out[0..K] (K &lt; 40). */
    static void of(double z, double[] out, int last) {
        double size = Math.abs(z);
        int forward = (int) Math.min(last, Math.floor(size));
        out[0] = Math.exp(z);
        double inverseZ = 1 / z;
        for (int k = 0; k < forward; k++) {
            out[k + 1] = (out[k] - INVERSE_FACTORIAL[k]) * inverseZ;
        }
        if (forward == last) {
            return;
        }
        double sum = 0;
        double term = INVERSE_FACTORIAL[last];
        for (int i = 0; i < 200; i++) {
            sum += term;
            term *= z * INVERSE[i + last + 1];
            if (Math.abs(term) <= 1e-17 * Math.abs(sum)) {
                break;
            }
        }
        out[last] = sum;
        for (int k = last - 1; k > forward; k--) {
            out[k] = z * out[k + 1] + INVERSE_FACTORIAL[k];
        }
    }

    /**
     * Writes the divided differences φ_k[x, y] = (φ_k(x) − φ_k(y))/(x − y), k = 0 … K, into out[0..K] (K &lt; 40);
     * at x = y they are the derivatives φ_k'(x). They give the functions of an upper triangular 2×2 matrix,
     * f([[x, c], [0, y]]) = [[f(x), c·f[x, y]], [0, f(y)]] (Higham, Functions of Matrices, 2008, §4.6), so that two
     * coupled modes with nearly equal or equal rates are solved exactly ({@link Modes}). Computed without the
     * cancellation of the quotient: with x the argument of larger modulus (the divided difference is symmetric),
     * the Leibniz rule on z·φ_(k+1)(z) = φ_k(z) − 1/k! gives
     * <pre>
     *   φ_k[x, y] = x·φ_(k+1)[x, y] + φ_(k+1)(y),
     * </pre>
     * run forward from φ_0[x, y] = e^y·φ_1(x − y) for k &lt; |x| and backward from the series
     * φ_K[x, y] = Σ_(m≥0) h_m(x, y)/(m + K + 1)! (h_m = Σ_(p≤m) x^p·y^(m−p)) otherwise, the stable direction of
     * each as in {@link #of}.
     *
     * @param scratch at least K + 1 long; receives φ_0(y) … φ_K(y)
     */
    static void divided(double x, double y, double[] out, int last, double[] scratch) {
        if (Math.abs(y) > Math.abs(x)) {
            double swap = x;
            x = y;
            y = swap;
        }
        of(y, scratch, last);
        double size = Math.abs(x);
        int forward = (int) Math.min(last, Math.floor(size));
        double gap = x - y;
        out[0] = scratch[0] * (gap == 0 ? 1 : Math.expm1(gap) / gap);
        double inverseX = 1 / x;
        for (int k = 0; k < forward; k++) {
            out[k + 1] = (out[k] - scratch[k + 1]) * inverseX;
        }
        if (forward == last) {
            return;
        }
        double term = INVERSE_FACTORIAL[last + 1];
        double power = term;
        double bound = term;
        double sum = term;
        for (int m = 1; m < 200; m++) {
            double inverse = INVERSE[m + last + 1];
            power *= x * inverse;
            term = y * term * inverse + power;
            bound *= size * inverse;
            sum += term;
            if ((m + 1) * Math.abs(bound) <= 1e-17 * Math.abs(sum)) {
                break;
            }
        }
        out[last] = sum;
        for (int k = last - 1; k > forward; k--) {
            out[k] = x * out[k + 1] + scratch[k + 1];
        }
    }

    /** k! (k &lt; 64). */
    static double factorial(int k) {
        return 1 / INVERSE_FACTORIAL[k];
    }
}
