package org.depotkin.analysis.deconvolution;

import org.depotkin.analysis.nca.Profile;

/**
 * Numerical deconvolution: the input rate r(t) such that C = r * UIR (convolution with the unit
 * impulse response), with r <b>piecewise linear</b> between the sample times (t0 = 0, r0 = r1):
 * <pre>
 *   C(t_i) = Σ_{j ≤ i} ∫_{t_{j−1}}^{t_j} r(s) UIR(t_i − s) ds
 *          = Σ_{j ≤ i} [ r_{j−1} (A_ij − B_ij/Δ_j) + r_j B_ij/Δ_j ],
 *   A_ij = U(t_i − t_{j−1}) − U(t_i − t_j),                   U(t) = ∫0^t UIR
 *   B_ij = (t_i − t_{j−1}) A_ij − [M(t_i − t_{j−1}) − M(t_i − t_j)],   M(t) = ∫0^t s UIR(s) ds
 * </pre>
 * a lower-triangular system solved by forward substitution; the cumulative amount is the
 * trapezoidal integral of r, exact for a piecewise-linear input. (Deconvolution through
 * convolution with a spline input: Verotta, J Pharmacokinet Biopharm 21 (1993) 609; the
 * piecewise-constant "point-area" version: Vaughan &amp; Dennis, J Pharm Sci 67 (1978) 663.) A jump
 * in the true rate (the end of a zero-order release) is smeared over one sampling interval. Noise in
 * C enters r unsmoothed; the cumulative amount, a running integral, averages it out. The fraction is
 * of the amount absorbed by t = ∞, AUC0–∞(data)/AUC0–∞(UIR).
 */
public final class NumericalDeconvolution {
    private NumericalDeconvolution() {
    }

    /**
     * @param data plasma concentrations (ng/mL, h)
     * @param uir  the unit impulse response (per mg)
     */
    public static Absorption of(Profile data, ImpulseResponse uir) {
        Profile p = DeconvolutionInput.fromZero(data);
        int n = p.size();
        double[] t = p.times();
        double[] r = new double[n];
        double[] amount = new double[n];
        for (int i = 1; i < n; i++) {
            double c = p.value(i);
            double own = 0;
            for (int j = 1; j <= i; j++) {
                double dt = t[j] - t[j - 1];
                double a = uir.cumulative(t[i] - t[j - 1]) - uir.cumulative(t[i] - t[j]);
                double b = (t[i] - t[j - 1]) * a - (uir.moment(t[i] - t[j - 1]) - uir.moment(t[i] - t[j]));
                double early = a - b / dt;
                double late = b / dt;
                if (j < i) {
                    c -= (j == 1 ? r[1] : r[j - 1]) * early + r[j] * late;
                } else {
                    own = late;
                    if (j == 1) {
                        own += early;
                    } else {
                        c -= r[j - 1] * early;
                    }
                }
            }
            r[i] = c / own;
            if (i == 1) {
                r[0] = r[1];
            }
            amount[i] = amount[i - 1] + (r[i - 1] + r[i]) / 2 * (t[i] - t[i - 1]);
        }
        double total = DeconvolutionInput.aucInf(p) / uir.total();
        double[] fraction = new double[n];
        for (int i = 0; i < n; i++) {
            fraction[i] = amount[i] / total;
        }
        return new Absorption("numerical deconvolution, piecewise-linear input (" + uir.describe() + ")", t, amount,
                fraction, "the amount absorbed by t = inf (AUC0-inf / AUC0-inf of the unit impulse response)", total);
    }
}
