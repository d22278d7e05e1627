package org.depotkin.release;

import java.util.List;

/**
 * Higuchi (Fickian matrix diffusion, square-root-of-time) release,
 * <pre>
 *   F(s) = min(1, k sqrt(s)),   dF/ds = k / (2 sqrt(s)) for 0 &lt; s &lt; 1/k^2, else 0,
 * </pre>
 * with k in h^-1/2. Source: S72 (model overviews: Q = k_H sqrt(t)) and S67 (PMC3361330,
 * Table 2); docs/sources.md §8. The full Higuchi form Q = sqrt(D (2A - Cs) Cs t) is not used.
 *
 * <p>The rate is singular at s = 0 like s^(-1/2) ({@link #rateExponentAtZero()} = -0.5) and drops
 * to 0 when the load is exhausted at s = 1/k^2 (completion time and only breakpoint).
 *
 * @param k the Higuchi constant (h^-1/2); &gt; 0
 */
public record Higuchi(double k) implements ReleaseLaw {

    /** Model-file name. */
    public static final String NAME = "higuchi";

    public Higuchi {
        Params.positive(NAME, "k", k);
    }

    @Override
    public double cumulative(double s) {
        if (s <= 0.0) {
            return 0.0;
        }
        return s >= completionTime() ? 1.0 : Math.min(1.0, k * Math.sqrt(s));
    }

    @Override
    public double rate(double s) {
        return s > 0.0 && s < completionTime() ? 0.5 * k / Math.sqrt(s) : 0.0;
    }

    @Override
    public double completionTime() {
        return 1.0 / (k * k);
    }

    @Override
    public double rateExponentAtZero() {
        return -0.5;
    }

    /**
     * The law's parameters as model files name them (read in this order, in {@link #values()}'s order) and how the
     * law is made from their values.
     */
    static final ReleaseLaws.Kind KIND = new ReleaseLaws.Kind(NAME, List.of(
            new Parameter("k", "h^-0.5", Range.POSITIVE)),
            v -> new Higuchi(v[0]));

    @Override
    public ReleaseLaws.Kind kind() {
        return KIND;
    }

    @Override
    public double[] values() {
        return new double[] {k};
    }



    @Override
    public String describe() {
        return "Higuchi(k = " + Params.num(k) + " h^-1/2, complete at " + Params.num(completionTime()) + " h)";
    }
}
