package org.depotkin.release;

import java.util.List;

/**
 * Zero-order release: a constant rate until the load is exhausted,
 * <pre>
 *   F(s) = min(1, s / T),      dF/ds = 1/T for 0 &lt; s &lt; T, else 0,
 * </pre>
 * with T the release duration (h). Source: S67 (PMC3361330, Table 2: Q_t = Q_0 + k_0 t); see
 * docs/sources.md §8. Completion at T, which is also the only breakpoint (the rate drops to 0).
 *
 * @param duration T, the time (h) to release the whole load; &gt; 0
 */
public record ZeroOrder(double duration) implements ReleaseLaw {

    /** Model-file name. */
    public static final String NAME = "zero-order";

    public ZeroOrder {
        Params.positive(NAME, "duration", duration);
    }

    @Override
    public double cumulative(double s) {
        if (s <= 0.0) {
            return 0.0;
        }
        return s >= duration ? 1.0 : Math.min(1.0, s / duration);
    }

    @Override
    public double rate(double s) {
        return s > 0.0 && s < duration ? 1.0 / duration : 0.0;
    }

    @Override
    public double completionTime() {
        return duration;
    }

    /**
     * The law's parameters as model files name them (read in this order, in {@link #values()}'s order) and how the
     * law is made from their values.
     */
    static final ReleaseLaws.Kind KIND = new ReleaseLaws.Kind(NAME, List.of(
            new Parameter("duration", "h", Range.POSITIVE)),
            v -> new ZeroOrder(v[0]));

    @Override
    public ReleaseLaws.Kind kind() {
        return KIND;
    }

    @Override
    public double[] values() {
        return new double[] {duration};
    }



    @Override
    public String describe() {
        return "ZeroOrder(T = " + Params.num(duration) + " h, rate = " + Params.num(1.0 / duration) + " /h)";
    }
}
