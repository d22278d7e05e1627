package org.depotkin.analysis.deconvolution;

import org.depotkin.analysis.nca.LambdaZ;
import org.depotkin.analysis.nca.Profile;
import org.depotkin.model.Format;

/**
 * A unit impulse response measured as an intravenous bolus profile, divided by its dose. Between
 * samples it is integrated by the linear-up/log-down rule ({@link Profile}); before the first
 * sample it is back-extrapolated log-linearly from the first two samples to C0 (falling) or held
 * at the first value; after the last sample it continues as Clast·e^(−λz (t − tlast)) with λz from
 * {@link LambdaZ}.
 */
public final class TabulatedResponse implements ImpulseResponse {
    private final Profile profile;
    private final LambdaZ lambdaZ;
    private final double dose;
    private final String source;

    private TabulatedResponse(Profile profile, LambdaZ lambdaZ, double dose, String source) {
        this.profile = profile;
        this.lambdaZ = lambdaZ;
        this.dose = dose;
        this.source = source;
    }

    /**
     * @param iv     IV bolus concentrations (ng/mL, h)
     * @param doseMg the bolus dose (mg)
     * @param source the file, for messages
     */
    public static TabulatedResponse of(Profile iv, double doseMg, String source) {
        if (!(doseMg > 0)) {
            throw new IllegalArgumentException("the IV bolus dose must be > 0 mg");
        }
        Profile p = iv;
        if (p.firstTime() > 0) {
            double c1 = p.value(0);
            double c2 = p.value(1);
            double c0 = c2 < c1 && c2 > 0 ? c1 * Math.pow(c1 / c2, p.time(0) / (p.time(1) - p.time(0))) : c1;
            double[] t = new double[p.size() + 1];
            double[] c = new double[p.size() + 1];
            System.arraycopy(p.times(), 0, t, 1, p.size());
            System.arraycopy(p.values(), 0, c, 1, p.size());
            c[0] = c0;
            p = new Profile(t, c);
        }
        LambdaZ lz = LambdaZ.of(p);
        if (!lz.estimated()) {
            throw new IllegalArgumentException(source + ": the IV bolus profile has no terminal phase to "
                    + "extrapolate (" + lz.reason() + ")");
        }
        return new TabulatedResponse(p, lz, doseMg, source);
    }

    @Override
    public double cumulative(double t) {
        if (t <= 0) {
            return 0;
        }
        double end = profile.lastTime();
        if (t <= end) {
            return profile.auc(0, t) / dose;
        }
        double clast = profile.value(profile.size() - 1);
        return (profile.auc(0, end) + clast * -Math.expm1(-lambdaZ.lambda() * (t - end)) / lambdaZ.lambda()) / dose;
    }

    /**
     * ∫0^t s·C(s) ds per mg: 5-point Gauss–Legendre on each sample interval (the interpolant is
     * linear or exponential there, so this is exact to ~1e-10), and in closed form on the tail,
     * ∫ s Clast e^(−λz (s − tlast)) ds = −Clast e^(−λz (s − tlast)) (s/λz + 1/λz²).
     */
    @Override
    public double moment(double t) {
        if (t <= 0) {
            return 0;
        }
        double sum = 0;
        for (int i = 0; i + 1 < profile.size() && profile.time(i) < t; i++) {
            double a = profile.time(i);
            double b = Math.min(t, profile.time(i + 1));
            for (int q = 0; q < GL_X.length; q++) {
                double s = a + (b - a) * GL_X[q];
                sum += GL_W[q] * (b - a) * s * profile.at(s);
            }
        }
        double end = profile.lastTime();
        if (t > end) {
            double l = lambdaZ.lambda();
            double clast = profile.value(profile.size() - 1);
            sum += clast * (end / l + 1 / (l * l)) - clast * Math.exp(-l * (t - end)) * (t / l + 1 / (l * l));
        }
        return sum / dose;
    }

    /** Gauss–Legendre nodes and weights on [0, 1], 5 points. */
    private static final double[] GL_X = {0.04691007703066800, 0.23076534494715845, 0.5, 0.76923465505284155,
        0.95308992296933200};
    private static final double[] GL_W = {0.11846344252809454, 0.23931433524968324, 0.28444444444444444,
        0.23931433524968324, 0.11846344252809454};

    @Override
    public double total() {
        return (profile.auc(0, profile.lastTime()) + profile.value(profile.size() - 1) / lambdaZ.lambda()) / dose;
    }

    @Override
    public String describe() {
        return "IV bolus profile " + source + " (" + Format.number(dose) + " mg; terminal t1/2 "
                + Format.number(lambdaZ.halfLife()) + " h beyond the last sample)";
    }
}
