package org.depotkin.analysis.deconvolution;

import java.util.List;
import org.depotkin.model.Disposition;
import org.depotkin.model.Format;
import org.depotkin.model.Peripheral;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.EigenDecompositionSymmetric;

/**
 * The unit impulse response of a linear mammillary disposition in closed form,
 * C(t) = Σ a_k e^(−λ_k t) per mg. In concentrations the model is V dC/dt = S C with S symmetric
 * (S11 = −CL − ΣQi, S1i = Si1 = Qi, Sii = −Qi); W = V^(−1/2) S V^(−1/2) is symmetric with eigenvalues
 * −λ_k and unit eigenvectors u_k, so after a 1 mg bolus (C1(0) = 1000/V1 ng/mL)
 * <pre>
 *   C1(t) = (1000/V1) Σ u_k1² e^(−λ_k t),      ∫0^t C1 = (1000/V1) Σ u_k1² (1 − e^(−λ_k t))/λ_k
 * </pre>
 * (Gibaldi &amp; Perrier, Pharmacokinetics, appendix B; for one compartment, C = (1000/V) e^(−CL t/V)).
 *
 * @param coefficients a_k (ng/mL per mg)
 * @param rates        λ_k (1/h)
 * @param source       where the disposition came from
 */
public record Polyexponential(double[] coefficients, double[] rates, String source) implements ImpulseResponse {
    public Polyexponential {
        coefficients = coefficients.clone();
        rates = rates.clone();
    }

    /** The response of a disposition (CL, V1 and peripherals). */
    public static Polyexponential of(Disposition d, String source) {
        List<Peripheral> ps = d.peripherals();
        int n = 1 + ps.size();
        double[] v = new double[n];
        double[][] s = new double[n][n];
        v[0] = d.centralVolume();
        s[0][0] = -d.clearance();
        for (int i = 1; i < n; i++) {
            Peripheral p = ps.get(i - 1);
            v[i] = p.volume();
            s[0][0] -= p.clearance();
            s[0][i] = p.clearance();
            s[i][0] = p.clearance();
            s[i][i] = -p.clearance();
        }
        double[][] w = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                w[i][j] = s[i][j] / Math.sqrt(v[i] * v[j]);
            }
        }
        EigenDecompositionSymmetric eig = new EigenDecompositionSymmetric(new Array2DRowRealMatrix(w));
        double[] a = new double[n];
        double[] lambda = new double[n];
        for (int k = 0; k < n; k++) {
            double u1 = eig.getEigenvector(k).getEntry(0);
            a[k] = 1000 / v[0] * u1 * u1;
            lambda[k] = -eig.getEigenvalue(k);
        }
        return new Polyexponential(a, lambda, source);
    }

    /** C(t) per mg (ng/mL). */
    public double at(double t) {
        double sum = 0;
        for (int k = 0; k < rates.length; k++) {
            sum += coefficients[k] * Math.exp(-rates[k] * t);
        }
        return sum;
    }

    @Override
    public double cumulative(double t) {
        if (t <= 0) {
            return 0;
        }
        double sum = 0;
        for (int k = 0; k < rates.length; k++) {
            sum += coefficients[k] * -Math.expm1(-rates[k] * t) / rates[k];
        }
        return sum;
    }

    /** ∫0^t s a e^(−λs) ds = a [1 − e^(−λt)(1 + λt)]/λ². */
    @Override
    public double moment(double t) {
        if (t <= 0) {
            return 0;
        }
        double sum = 0;
        for (int k = 0; k < rates.length; k++) {
            double l = rates[k];
            sum += coefficients[k] * (-Math.expm1(-l * t) - l * t * Math.exp(-l * t)) / (l * l);
        }
        return sum;
    }

    @Override
    public double total() {
        double sum = 0;
        for (int k = 0; k < rates.length; k++) {
            sum += coefficients[k] / rates[k];
        }
        return sum;
    }

    @Override
    public String describe() {
        StringBuilder sb = new StringBuilder("closed-form IV bolus response of " + source + ": C(t)/mg =");
        for (int k = 0; k < rates.length; k++) {
            sb.append(k == 0 ? " " : " + ").append(Format.number(coefficients[k])).append(" e^(-")
                    .append(Format.number(rates[k])).append(" t)");
        }
        return sb.append(" ng/mL").toString();
    }
}
