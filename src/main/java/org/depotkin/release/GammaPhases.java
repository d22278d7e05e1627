package org.depotkin.release;

import java.util.Arrays;
import java.util.List;
import org.hipparchus.special.Gamma;

/**
 * Smooth multi-phase release: the load is split into fractions, each released with a gamma-shaped
 * rate (e.g. PLGA microspheres such as XR-NTX: burst, diffusion, erosion),
 * <pre>
 *   dF/ds = sum_i f_i g_i(s),   g_i(s) = s^(k_i - 1) exp(-s/theta_i) / (Gamma(k_i) theta_i^k_i),
 *   F(s)  = sum_i f_i P(k_i, s/theta_i),
 * </pre>
 * with P the regularised lower incomplete gamma function, f_i the fractions (sum 1 within 1e-9),
 * k_i the shape and theta_i the scale (h). Phase i's rate peaks at (k_i - 1) theta_i, its mean release
 * time is k_i theta_i and its tail falls like exp(-s/theta_i) (apparent half-life about theta_i ln 2).
 * A shape k &gt; 1 gives a smooth delayed onset (for integer k it is the output of k transit
 * compartments) instead of a phase switched on at a start time, so plasma has no kink between doses.
 * Sources: S74a (PLGA microspheres: a sum of sigmoid phases for the burst/lag, erosion and
 * terminal phases of the in vivo input), S74b (PLGA tri-phasic release), S13 (XR-NTX absorption
 * "sequential release in three phases"); naltrexone.md §8 and §9.2.
 *
 * <p>F only tends to 1 (completion +infinity) and the rate is smooth for s &gt; 0: no breakpoints.
 * A shape k &lt; 1 makes the rate singular at s = 0 like s^(k - 1), reported by
 * {@link #rateExponentAtZero()}; k = 1 is first-order release.
 *
 * @param phases the phases, at least one; the list is copied
 */
public record GammaPhases(List<Phase> phases) implements ReleaseLaw {

    /** Model-file name. */
    public static final String NAME = "gamma-phases";

    /**
     * One gamma-shaped phase.
     *
     * @param fraction f, the share of the load this phase releases; in [0, 1]
     * @param shape    k, the shape; &gt; 0
     * @param scale    theta, the scale time (h); &gt; 0
     */
    public record Phase(double fraction, double shape, double scale) {
        public Phase {
            Params.inClosedRange(NAME, "phase fraction", fraction, 0.0, 1.0);
            Params.positive(NAME, "phase shape", shape);
            Params.positive(NAME, "phase scale", scale);
        }

        double cumulative(double s) {
            return Gamma.regularizedGammaP(shape, s / scale);
        }

        double rate(double s) {
            // log(s) - log(theta) rather than log(s / theta): a tiny s must not underflow to 0
            double logX = Math.log(s) - Math.log(scale);
            return Math.exp((shape - 1.0) * logX - s / scale - Gamma.logGamma(shape)) / scale;
        }
    }

    public GammaPhases {
        if (phases == null || phases.isEmpty()) {
            throw new IllegalArgumentException(NAME + ": phases must contain at least one phase, got none");
        }
        phases = List.copyOf(phases);
        double sum = phases.stream().mapToDouble(Phase::fraction).sum();
        if (!(Math.abs(sum - 1.0) <= Sequential.FRACTION_SUM_TOLERANCE)) {
            throw new IllegalArgumentException(NAME + ": phase fractions must sum to 1 (within 1e-9), got " + sum);
        }
    }

    /** Convenience: {@code new GammaPhases(List.of(phases))}. */
    public static GammaPhases of(Phase... phases) {
        return new GammaPhases(Arrays.asList(phases));
    }

    @Override
    public double cumulative(double s) {
        if (s <= 0.0) {
            return 0.0;
        }
        double f = 0.0;
        for (Phase p : phases) {
            f += p.fraction() * p.cumulative(s);
        }
        return Math.min(1.0, f);
    }

    @Override
    public double rate(double s) {
        if (s <= 0.0) {
            return 0.0;
        }
        double r = 0.0;
        for (Phase p : phases) {
            r += p.fraction() * p.rate(s);
        }
        return r;
    }

    @Override
    public double rateExponentAtZero() {
        return Math.min(0.0, phases.stream().mapToDouble(p -> p.shape() - 1.0).min().orElse(0.0));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String describe() {
        StringBuilder sb = new StringBuilder("GammaPhases[");
        for (int i = 0; i < phases.size(); i++) {
            Phase p = phases.get(i);
            sb.append(i > 0 ? "; " : "").append(Params.num(p.fraction())).append(" x gamma(k = ")
                    .append(Params.num(p.shape())).append(", theta = ").append(Params.num(p.scale())).append(" h)");
        }
        return sb.append(']').toString();
    }
}
