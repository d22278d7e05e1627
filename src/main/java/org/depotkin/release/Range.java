package org.depotkin.release;

import java.io.Serializable;

/**
 * The values a parameter may take: an interval whose ends are open or closed, e.g. (0, ∞) for a rate constant or
 * [0, 1] for a fraction.
 *
 * @param low      lower end
 * @param lowOpen  whether the lower end itself is excluded
 * @param high     upper end (+∞ for none)
 * @param highOpen whether the upper end itself is excluded (always for +∞)
 */
public record Range(double low, boolean lowOpen, double high, boolean highOpen) implements Serializable {
    /** Any finite number: an equations block's own parameters, whose meaning the engine does not know. */
    public static final Range ANY = new Range(Double.NEGATIVE_INFINITY, true, Double.POSITIVE_INFINITY, true);
    /** (0, ∞): volumes, clearances, rate constants, durations. */
    public static final Range POSITIVE = new Range(0, true, Double.POSITIVE_INFINITY, true);
    /** [0, ∞): lags, onsets, times. */
    public static final Range NON_NEGATIVE = new Range(0, false, Double.POSITIVE_INFINITY, true);
    /** [0, 1]: fractions. */
    public static final Range FRACTION = new Range(0, false, 1, false);
    /** [0, 1): a fraction that may not be the whole. */
    public static final Range PART = new Range(0, false, 1, true);
    /** (0, 1]: an exponent such as Korsmeyer–Peppas n. */
    public static final Range UNIT_EXPONENT = new Range(0, true, 1, false);

    /** Whether v lies in the range (NaN never does, nor an infinity). */
    public boolean contains(double v) {
        return Double.isFinite(v) && (lowOpen ? v > low : v >= low) && (highOpen ? v < high : v <= high);
    }

    /** e.g. {@code (0, ∞)} or {@code [0, 1]}. */
    @Override
    public String toString() {
        return (lowOpen ? "(" : "[") + (Double.isInfinite(low) ? "-∞" : Params.num(low)) + ", " + (Double.isInfinite(high) ? "∞" : Params.num(high))
                + (highOpen ? ")" : "]");
    }
}
