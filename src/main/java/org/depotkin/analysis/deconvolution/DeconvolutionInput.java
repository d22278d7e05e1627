package org.depotkin.analysis.deconvolution;

import org.depotkin.analysis.nca.LambdaZ;
import org.depotkin.analysis.nca.Profile;

/** What every deconvolution method needs from the plasma data: a profile from t = 0 and its AUC0–∞. */
final class DeconvolutionInput {
    private DeconvolutionInput() {
    }

    /**
     * The profile starting at t = 0: a sample (0, 0) is added when the first sample is later (no
     * drug before the dose); a positive concentration at t = 0 is refused.
     */
    static Profile fromZero(Profile p) {
        if (p.firstTime() > 0) {
            double[] t = new double[p.size() + 1];
            double[] c = new double[p.size() + 1];
            System.arraycopy(p.times(), 0, t, 1, p.size());
            System.arraycopy(p.values(), 0, c, 1, p.size());
            return new Profile(t, c);
        }
        if (p.value(0) > 0) {
            throw new IllegalArgumentException("deconvolution assumes no drug at t = 0 (a single input starting "
                    + "then); the data have " + p.value(0) + " at t = 0");
        }
        return p;
    }

    /** AUC0–∞ = AUC0–tlast + Clast/λz (ng·h/mL); refused when λz cannot be estimated. */
    static double aucInf(Profile p) {
        LambdaZ lz = LambdaZ.of(p);
        if (!lz.estimated()) {
            throw new IllegalArgumentException("cannot extrapolate AUC to infinity (" + lz.reason()
                    + "): the fraction absorbed needs it");
        }
        int last = p.size() - 1;
        while (last > 0 && p.value(last) == 0) {
            last--;
        }
        return p.aucTo(last) + p.value(last) / lz.lambda();
    }
}
