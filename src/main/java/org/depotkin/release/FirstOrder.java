package org.depotkin.release;

/**
 * First-order release: F(s) = 1 − e^(−k s); rate = k·(remaining fraction).
 * Source: S67 (PMC3361330, Table 2); reference/naltrexone.md §9.3 (implants, ref set I-1).
 *
 * @param k release rate constant (1/h)
 */
public record FirstOrder(double k) implements ReleaseLaw {
    public FirstOrder {
        Laws.positive("first-order", "k", k);
    }

    @Override
    public double cumulative(double s) {
        return s <= 0 ? 0 : -Math.expm1(-k * s);
    }

    @Override
    public double rate(double s) {
        return s <= 0 ? 0 : k * Math.exp(-k * s);
    }

    @Override
    public String name() {
        return "first-order";
    }

    @Override
    public String describe() {
        return "first-order(k = " + Laws.perHour(k) + ", t1/2 = " + Laws.hours(Math.log(2) / k) + ")";
    }
}
