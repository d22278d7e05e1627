package org.depotkin.release;

import java.util.List;

/**
 * Biexponential (burst + sustained) release: a fraction f released first-order with a fast
 * constant, the rest first-order with a slow one,
 * <pre>
 *   F(s)  = f (1 - exp(-k1 s)) + (1 - f) (1 - exp(-k2 s)),
 *   dF/ds = f k1 exp(-k1 s) + (1 - f) k2 exp(-k2 s),
 * </pre>
 * with k1, k2 in 1/h. Source: S67 (PMC3361330, Table 2: %D = 100 [1 - (A e^(-alpha t) + B e^(-beta t))]
 * with A + B = 1); docs/sources.md §8. Completion is +infinity; no breakpoints. k1 &lt; k2 is
 * allowed (the names only say which fraction is which).
 *
 * @param burstFraction f, the fraction released with kBurst; in [0, 1]
 * @param kBurst        k1, the burst rate constant (1/h); &gt; 0
 * @param kSlow         k2, the sustained rate constant (1/h); &gt; 0
 */
public record Biexponential(double burstFraction, double kBurst, double kSlow) implements ReleaseLaw {

    /** Model-file name. */
    public static final String NAME = "biexponential";

    public Biexponential {
        Params.inClosedRange(NAME, "burstFraction", burstFraction, 0.0, 1.0);
        Params.positive(NAME, "kBurst", kBurst);
        Params.positive(NAME, "kSlow", kSlow);
    }

    @Override
    public double cumulative(double s) {
        if (s <= 0.0) {
            return 0.0;
        }
        double f = burstFraction;
        return Math.min(1.0, f * -Math.expm1(-kBurst * s) + (1.0 - f) * -Math.expm1(-kSlow * s));
    }

    @Override
    public double rate(double s) {
        if (s <= 0.0) {
            return 0.0;
        }
        double f = burstFraction;
        return f * kBurst * Math.exp(-kBurst * s) + (1.0 - f) * kSlow * Math.exp(-kSlow * s);
    }

    /**
     * The law's parameters as model files name them (read in this order, in {@link #values()}'s order) and how the
     * law is made from their values.
     */
    static final ReleaseLaws.Kind KIND = new ReleaseLaws.Kind(NAME, List.of(
            new Parameter("burst-fraction", "1", Range.FRACTION),
            new Parameter("k-burst", "1/h", Range.POSITIVE),
            new Parameter("k-slow", "1/h", Range.POSITIVE)),
            v -> new Biexponential(v[0], v[1], v[2]));

    @Override
    public ReleaseLaws.Kind kind() {
        return KIND;
    }

    @Override
    public double[] values() {
        return new double[] {burstFraction, kBurst, kSlow};
    }



    @Override
    public String describe() {
        return "Biexponential(burst " + Params.num(burstFraction) + " at k = " + Params.num(kBurst)
                + " /h, rest at k = " + Params.num(kSlow) + " /h)";
    }
}
