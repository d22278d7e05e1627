package org.depotkin.analysis.deconvolution;

import org.depotkin.analysis.nca.Profile;
import org.depotkin.model.Format;

/**
 * Loo–Riegelman: the amount absorbed for a two-compartment body,
 * <pre>
 *   A(t)/V1 = C(t) + k10 · AUC(0, t) + P(t),      F(t) = A(t) / (k10 · AUC(0, ∞) · V1)
 * </pre>
 * where P = A_peripheral/V1 obeys dP/dt = k12·C − k21·P. With C linear between samples
 * (slope b = ΔC/Δt) this integrates exactly over each interval Δt:
 * <pre>
 *   P_n = P_{n−1} e^{−k21 Δt} + (k12/k21) C_{n−1} (1 − e^{−k21 Δt}) + k12 b (Δt/k21 − (1 − e^{−k21 Δt})/k21²)
 * </pre>
 * (Loo &amp; Riegelman, J Pharm Sci 57 (1968) 918; the linear-interpolation form of Wagner,
 * J Pharmacokinet Biopharm 11 (1983) 687). k10, k12, k21 come from intravenous data.
 */
public final class LooRiegelman {
    private LooRiegelman() {
    }

    /**
     * @param data   plasma concentrations (ng/mL, h)
     * @param k10    elimination from the central compartment (1/h)
     * @param k12    central → peripheral (1/h)
     * @param k21    peripheral → central (1/h)
     * @param volume central volume V1 (L), NaN when unknown
     */
    public static Absorption of(Profile data, double k10, double k12, double k21, double volume) {
        if (!(k10 > 0) || !(k12 > 0) || !(k21 > 0)) {
            throw new IllegalArgumentException("Loo-Riegelman needs k10, k12 and k21 > 0");
        }
        Profile p = DeconvolutionInput.fromZero(data);
        double inf = k10 * DeconvolutionInput.aucInf(p);
        double[] amount = new double[p.size()];
        double[] fraction = new double[p.size()];
        double auc = 0;
        double periph = 0;
        for (int i = 0; i < p.size(); i++) {
            if (i > 0) {
                double dt = p.time(i) - p.time(i - 1);
                double c0 = p.value(i - 1);
                double b = (p.value(i) - c0) / dt;
                double e = Math.exp(-k21 * dt);
                double oneMinus = -Math.expm1(-k21 * dt);
                periph = periph * e + k12 / k21 * c0 * oneMinus + k12 * b * (dt / k21 - oneMinus / (k21 * k21));
                auc += p.intervalArea(i - 1);
            }
            double x = p.value(i) + k10 * auc + periph;
            fraction[i] = x / inf;
            amount[i] = volume * x / 1000;
        }
        return new Absorption("Loo-Riegelman (k10 = " + Format.number(k10) + " /h, k12 = " + Format.number(k12)
                + " /h, k21 = " + Format.number(k21) + " /h)", p.times(), amount, fraction,
                "the amount absorbed by t = inf (k10·AUC0-inf·V1)", volume * inf / 1000);
    }
}
