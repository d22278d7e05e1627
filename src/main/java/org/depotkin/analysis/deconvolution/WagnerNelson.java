package org.depotkin.analysis.deconvolution;

import org.depotkin.analysis.nca.Profile;
import org.depotkin.model.Format;

/**
 * Wagner–Nelson: the amount absorbed for a one-compartment body with first-order elimination,
 * <pre>
 *   A(t)/V = C(t) + k10 · AUC(0, t),        F(t) = A(t)/A(∞) = (C(t) + k10·AUC(0, t)) / (k10 · AUC(0, ∞))
 * </pre>
 * AUC by the linear-up/log-down rule, AUC(0, ∞) extrapolated with λz. Wagner &amp; Nelson, J Pharm
 * Sci 53 (1964) 1392; Gibaldi &amp; Perrier, Pharmacokinetics (2nd ed.), ch. 4.
 */
public final class WagnerNelson {
    private WagnerNelson() {
    }

    /**
     * @param data   plasma concentrations (ng/mL, h)
     * @param k10    elimination rate constant (1/h)
     * @param volume central volume (L), NaN when unknown (then only fractions are returned)
     */
    public static Absorption of(Profile data, double k10, double volume) {
        if (!(k10 > 0)) {
            throw new IllegalArgumentException("Wagner-Nelson needs k10 > 0, got " + k10);
        }
        Profile p = DeconvolutionInput.fromZero(data);
        double inf = k10 * DeconvolutionInput.aucInf(p);
        double[] amount = new double[p.size()];
        double[] fraction = new double[p.size()];
        double auc = 0;
        for (int i = 0; i < p.size(); i++) {
            if (i > 0) {
                auc += p.intervalArea(i - 1);
            }
            double x = p.value(i) + k10 * auc;
            fraction[i] = x / inf;
            amount[i] = volume * x / 1000;
        }
        return new Absorption("Wagner-Nelson (k10 = " + Format.number(k10) + " /h)", p.times(), amount, fraction,
                "the amount absorbed by t = inf (k10·AUC0-inf)", volume * inf / 1000);
    }
}
