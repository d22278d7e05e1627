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

    /** k! (k &lt; 64). */
    static double factorial(int k) {
        return 1 / INVERSE_FACTORIAL[k];
    }
}
