package org.depotkin.release;

import java.util.List;

/**
 * Korsmeyer–Peppas (power-law) release,
 * <pre>
 *   F(s) = min(1, k s^n),   dF/ds = k n s^(n-1) for 0 &lt; s &lt; (1/k)^(1/n), else 0,
 * </pre>
 * with 0 &lt; n &le; 1 and k in h^-n. Source: S68 Ritger &amp; Peppas 1987, J Control Release
 * (Fickian diffusion: n = 0.50 slab, 0.45 cylinder, 0.43 sphere; 0.5 &lt; n &lt; 1 anomalous;
 * n = 1 Case II for a slab, S69); docs/sources.md §8. The law was fitted to the first 60 % of the
 * release only; beyond that it is an extrapolation, capped at F = 1.
 *
 * <p>For n &lt; 1 the rate is singular at s = 0 like s^(n-1) ({@link #rateExponentAtZero()} =
 * n - 1, 0 when n = 1). Completion at (1/k)^(1/n), also the only breakpoint.
 *
 * @param k the release constant (h^-n); &gt; 0
 * @param n the release exponent; 0 &lt; n &le; 1
 */
public record KorsmeyerPeppas(double k, double n) implements ReleaseLaw {

    /** Model-file name. */
    public static final String NAME = "korsmeyer-peppas";

    public KorsmeyerPeppas {
        Params.positive(NAME, "k", k);
        if (!(n > 0.0 && n <= 1.0)) {
            throw new IllegalArgumentException(NAME + ": n must be in (0, 1], got " + Params.num(n));
        }
    }

    @Override
    public double cumulative(double s) {
        if (s <= 0.0) {
            return 0.0;
        }
        return s >= completionTime() ? 1.0 : Math.min(1.0, k * Math.pow(s, n));
    }

    @Override
    public double rate(double s) {
        return s > 0.0 && s < completionTime() ? k * n * Math.pow(s, n - 1.0) : 0.0;
    }

    @Override
    public double completionTime() {
        return Math.pow(1.0 / k, 1.0 / n);
    }

    @Override
    public double rateExponentAtZero() {
        return n - 1.0;
    }

    /**
     * The law's parameters as model files name them (read in this order, in {@link #values()}'s order) and how the
     * law is made from their values.
     */
    static final ReleaseLaws.Kind KIND = new ReleaseLaws.Kind(NAME, List.of(
            new Parameter("n", "1", Range.UNIT_EXPONENT),
            new Parameter("k", "h^-n", Range.POSITIVE)),
            v -> new KorsmeyerPeppas(v[1], v[0]));

    @Override
    public ReleaseLaws.Kind kind() {
        return KIND;
    }

    @Override
    public double[] values() {
        return new double[] {n, k};
    }



    @Override
    public String describe() {
        return "KorsmeyerPeppas(k = " + Params.num(k) + " h^-n, n = " + Params.num(n)
                + ", complete at " + Params.num(completionTime()) + " h)";
    }
}
