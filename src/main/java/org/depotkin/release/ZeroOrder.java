package org.depotkin.release;

/**
 * Zero-order release: F(s) = min(1, s/T), constant rate 1/T until the load is gone.
 * Source: S67 (PMC3361330, Table 2), suits implantable depots and osmotic systems (S72).
 *
 * @param duration T, time to release the whole load (h)
 */
public record ZeroOrder(double duration) implements ReleaseLaw {
    public ZeroOrder {
        Laws.positive("zero-order", "duration", duration);
    }

    @Override
    public double cumulative(double s) {
        return s <= 0 ? 0 : Math.min(1, s / duration);
    }

    @Override
    public double rate(double s) {
        return s <= 0 || s >= duration ? 0 : 1 / duration;
    }

    @Override
    public double completionTime() {
        return duration;
    }

    @Override
    public double[] breakpoints() {
        return new double[] {duration};
    }

    @Override
    public String name() {
        return "zero-order";
    }

    @Override
    public String describe() {
        return "zero-order(T = " + Laws.hours(duration) + ")";
    }
}
