package org.depotkin.release;

import java.util.List;

/**
 * First-order release: the rate is proportional to what remains,
 * <pre>
 *   F(s) = 1 - exp(-k s),      dF/ds = k exp(-k s),
 * </pre>
 * with k in 1/h. Source: S67 (PMC3361330, Table 2: %D = 100 (1 - e^(-k t))); docs/sources.md §8.
 * F only tends to 1: {@link #completionTime()} is +infinity and there are no breakpoints.
 *
 * @param k the first-order release rate constant (1/h); &gt; 0
 */
public record FirstOrder(double k) implements ReleaseLaw {

    /** Model-file name. */
    public static final String NAME = "first-order";

    public FirstOrder {
        Params.positive(NAME, "k", k);
    }

    @Override
    public double cumulative(double s) {
        return s <= 0.0 ? 0.0 : -Math.expm1(-k * s);
    }

    @Override
    public double rate(double s) {
        return s <= 0.0 ? 0.0 : k * Math.exp(-k * s);
    }

    /**
     * The law's parameters as model files name them (read in this order, in {@link #values()}'s order) and how the
     * law is made from their values.
     */
    static final ReleaseLaws.Kind KIND = new ReleaseLaws.Kind(NAME, List.of(
            new Parameter("k", "1/h", Range.POSITIVE)),
            v -> new FirstOrder(v[0]));

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
        return "FirstOrder(k = " + Params.num(k) + " /h, t1/2 = " + Params.num(Math.log(2.0) / k) + " h)";
    }
}
