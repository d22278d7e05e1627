package org.depotkin.release;

/**
 * Erosion phase of PLGA microspheres: zero-order for a plateau T, then a first-order tail with
 * the same rate at the switch, normalised so that F → 1:
 * <pre>
 *   r0 = 1/(T + 1/k)
 *   F(s) = r0·s                                   s &lt; T
 *   F(s) = r0·T + (r0/k)·(1 − e^(−k (s − T)))     s ≥ T
 * </pre>
 * Source: S74b (PLGA tri-phasic release: burst → ~zero-order → tail); reference/naltrexone.md §9.2
 * (X-1 erosion phase: zero-order day 3–14, then first-order tail k = 0.10 /d).
 *
 * @param plateau T (h)
 * @param kTail   k (1/h)
 */
public record ZeroOrderTail(double plateau, double kTail) implements ReleaseLaw {
    public ZeroOrderTail {
        Laws.positive("zero-order-tail", "plateau", plateau);
        Laws.positive("zero-order-tail", "k-tail", kTail);
    }

    private double r0() {
        return 1 / (plateau + 1 / kTail);
    }

    @Override
    public double cumulative(double s) {
        if (s <= 0) {
            return 0;
        }
        return s < plateau ? r0() * s : r0() * plateau - r0() / kTail * Math.expm1(-kTail * (s - plateau));
    }

    @Override
    public double rate(double s) {
        if (s <= 0) {
            return 0;
        }
        return s < plateau ? r0() : r0() * Math.exp(-kTail * (s - plateau));
    }

    @Override
    public double[] breakpoints() {
        return new double[] {plateau};
    }

    @Override
    public String name() {
        return "zero-order-tail";
    }

    @Override
    public String describe() {
        return "zero-order-tail(plateau " + Laws.hours(plateau) + ", tail " + Laws.perHour(kTail) + ")";
    }
}
