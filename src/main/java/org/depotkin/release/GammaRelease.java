package org.depotkin.release;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.hipparchus.special.Gamma;

/**
 * Gamma-shaped release: a smooth phase with no switch-on, for PLGA microspheres (XR-NTX: burst, diffusion
 * and erosion as three such phases of a {@link Sequential} law, each starting at 0),
 * <pre>
 *   F(s)  = P(k, s/theta),        P the regularised lower incomplete gamma function,
 *   dF/ds = s^(k - 1) exp(-s/theta) / (Gamma(k) theta^k),
 * </pre>
 * with k the shape and theta the scale (h). The rate peaks at (k - 1) theta, the mean release time is
 * k theta, and the tail falls like exp(-s/theta). A shape k &gt; 1 delays release smoothly (for integer k it
 * is the output of k transit compartments) instead of switching a phase on at a start time, so plasma has
 * no kink between doses; k = 1 is first-order release; k &lt; 1 makes the rate singular at s = 0 like
 * s^(k - 1) ({@link #rateExponentAtZero()}). F only tends to 1: completion is +infinity, no breakpoints.
 * Sources: S74a (PLGA microspheres: a sum of sigmoid phases for burst/lag, erosion and terminal release in
 * vivo), S74b (PLGA tri-phasic release), S13 (XR-NTX "sequential release in three phases");
 * docs/sources.md §8 and §9.2.
 *
 * @param shape k; &gt; 0
 * @param scale theta (h); &gt; 0
 */
public record GammaRelease(double shape, double scale) implements ReleaseLaw {

    /** Model-file name. */
    public static final String NAME = "gamma";

    public GammaRelease {
        Params.positive(NAME, "shape", shape);
        Params.positive(NAME, "scale", scale);
    }

    @Override
    public double cumulative(double s) {
        return s <= 0.0 ? 0.0 : Gamma.regularizedGammaP(shape, s / scale);
    }

    @Override
    public double rate(double s) {
        return density(s, shape, scale, Gamma.logGamma(shape));
    }

    @Override
    public DoubleUnaryOperator rateFunction() {
        double logGamma = Gamma.logGamma(shape);
        return s -> density(s, shape, scale, logGamma);
    }

    private static double density(double s, double shape, double scale, double logGamma) {
        if (s <= 0.0) {
            return 0.0;
        }
        // log(s) - log(theta) rather than log(s / theta): a tiny s must not underflow to 0
        double logX = Math.log(s) - Math.log(scale);
        return Math.exp((shape - 1.0) * logX - s / scale - logGamma) / scale;
    }

    @Override
    public double rateExponentAtZero() {
        return Math.min(0.0, shape - 1.0);
    }

    /**
     * The law's parameters as model files name them (read in this order, in {@link #values()}'s order) and how the
     * law is made from their values.
     */
    static final ReleaseLaws.Kind KIND = new ReleaseLaws.Kind(NAME, List.of(
            new Parameter("shape", "1", Range.POSITIVE),
            new Parameter("scale", "h", Range.POSITIVE)),
            v -> new GammaRelease(v[0], v[1]));

    @Override
    public ReleaseLaws.Kind kind() {
        return KIND;
    }

    @Override
    public double[] values() {
        return new double[] {shape, scale};
    }



    @Override
    public String describe() {
        return "Gamma(k = " + Params.num(shape) + ", theta = " + Params.num(scale) + " h)";
    }
}
