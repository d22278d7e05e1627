package org.depotkin.release;

import java.util.List;

/**
 * Erosion phase of PLGA microspheres: zero-order release for a plateau of T hours, then a
 * first-order tail that starts with the same rate, normalised so that F tends to 1:
 * <pre>
 *   r0    = 1 / (T + 1/k)
 *   F(s)  = r0 s                                        for 0 &lt; s &le; T,
 *         = r0 T + (r0 / k) (1 - exp(-k (s - T)))         for s &gt; T,
 *   dF/ds = r0 for 0 &lt; s &le; T,  r0 exp(-k (s - T)) after.
 * </pre>
 * The rate is continuous at T, its derivative jumps (0 to -k r0), so T is the breakpoint; F only
 * tends to 1 (completion +infinity). Sources: S74b (PMC12663523: PLGA tri-phasic release, burst
 * then ~zero-order erosion then a final phase), S74a (PLGA in vivo input), S67 (zero- and
 * first-order forms); the parameterisation is the XR-NTX erosion phase of docs/sources.md §9.2
 * (zero-order day 3 to day 14, tail k = 0.10 /d, i.e. T = 264 h, k = 0.1/24 /h).
 *
 * @param plateau T, the duration (h) of the zero-order part; &gt; 0
 * @param kTail   k, the first-order tail constant (1/h); &gt; 0
 */
public record ZeroOrderTail(double plateau, double kTail) implements ReleaseLaw {

    /** Model-file name. */
    public static final String NAME = "zero-order-tail";

    public ZeroOrderTail {
        Params.positive(NAME, "plateau", plateau);
        Params.positive(NAME, "kTail", kTail);
    }

    /** The zero-order rate r0 = 1 / (T + 1/k) (1/h), also the rate at the start of the tail. */
    public double plateauRate() {
        return 1.0 / (plateau + 1.0 / kTail);
    }

    @Override
    public double cumulative(double s) {
        if (s <= 0.0) {
            return 0.0;
        }
        double r0 = plateauRate();
        if (s <= plateau) {
            return r0 * s;
        }
        return Math.min(1.0, r0 * plateau + r0 / kTail * -Math.expm1(-kTail * (s - plateau)));
    }

    @Override
    public double rate(double s) {
        if (s <= 0.0) {
            return 0.0;
        }
        double r0 = plateauRate();
        return s <= plateau ? r0 : r0 * Math.exp(-kTail * (s - plateau));
    }

    @Override
    public double[] breakpoints() {
        return new double[] {plateau};
    }

    /**
     * The law's parameters as model files name them (read in this order, in {@link #values()}'s order) and how the
     * law is made from their values.
     */
    static final ReleaseLaws.Kind KIND = new ReleaseLaws.Kind(NAME, List.of(
            new Parameter("plateau", "h", Range.POSITIVE),
            new Parameter("k-tail", "1/h", Range.POSITIVE)),
            v -> new ZeroOrderTail(v[0], v[1]));

    @Override
    public ReleaseLaws.Kind kind() {
        return KIND;
    }

    @Override
    public double[] values() {
        return new double[] {plateau, kTail};
    }



    @Override
    public String describe() {
        return "ZeroOrderTail(plateau " + Params.num(plateau) + " h at " + Params.num(plateauRate())
                + " /h, then first-order k = " + Params.num(kTail) + " /h)";
    }
}
