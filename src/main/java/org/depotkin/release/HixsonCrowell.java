package org.depotkin.release;

import java.util.List;

/**
 * Hixson–Crowell cube-root law (eroding or dissolving particles that keep their shape, sink
 * conditions): W_0^(1/3) - W_s^(1/3) = kappa s. Dividing by W_0^(1/3) and writing k = kappa / W_0^(1/3)
 * (1/h) gives the fraction form
 * <pre>
 *   F(s)  = 1 - (1 - k s)^3   for 0 &lt; s &lt; 1/k, else 1 (s &gt; 0),
 *   dF/ds = 3 k (1 - k s)^2   for 0 &lt; s &lt; 1/k, else 0.
 * </pre>
 * Source: S70 (Hixson–Crowell equation, webq.mobi; DocCheck "Kubikwurzelgesetz"); docs/sources.md §8.
 *
 * <p>Completion at 1/k. The rate and its first derivative both reach 0 there, but the second
 * derivative jumps, so 1/k is also listed as a breakpoint (the interface lists completion among
 * the breakpoints; a restart there costs little).
 *
 * @param k the normalised cube-root constant kappa / W_0^(1/3) (1/h); &gt; 0
 */
public record HixsonCrowell(double k) implements ReleaseLaw {

    /** Model-file name. */
    public static final String NAME = "hixson-crowell";

    public HixsonCrowell {
        Params.positive(NAME, "k", k);
    }

    @Override
    public double cumulative(double s) {
        if (s <= 0.0) {
            return 0.0;
        }
        if (s >= completionTime()) {
            return 1.0;
        }
        double y = Math.max(0.0, 1.0 - k * s);
        return 1.0 - y * y * y;
    }

    @Override
    public double rate(double s) {
        if (s <= 0.0 || s >= completionTime()) {
            return 0.0;
        }
        double y = Math.max(0.0, 1.0 - k * s);
        return 3.0 * k * y * y;
    }

    @Override
    public double completionTime() {
        return 1.0 / k;
    }

    /**
     * The law's parameters as model files name them (read in this order, in {@link #values()}'s order) and how the
     * law is made from their values.
     */
    static final ReleaseLaws.Kind KIND = new ReleaseLaws.Kind(NAME, List.of(
            new Parameter("k", "1/h", Range.POSITIVE)),
            v -> new HixsonCrowell(v[0]));

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
        return "HixsonCrowell(k = " + Params.num(k) + " /h, complete at " + Params.num(completionTime()) + " h)";
    }
}
