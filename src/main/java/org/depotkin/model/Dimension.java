package org.depotkin.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The physical dimension of a quantity: exponents of mass, volume, time and amount of substance.
 *
 * <p>Exponents may be fractional (Higuchi's rate constant is time^-0.5). On construction they are
 * snapped to the nearest fraction with a denominator up to 12 (or else rounded to nine decimals),
 * so that dimensions built by different routes compare equal.
 * The common dimensions of a PK model have names, see {@link #kind()} and {@link #describe()}.
 *
 * @param mass   exponent of mass
 * @param volume exponent of volume
 * @param time   exponent of time
 * @param amount exponent of amount of substance
 */
public record Dimension(double mass, double volume, double time, double amount) implements Serializable {

    public static final Dimension NONE = new Dimension(0, 0, 0, 0);
    public static final Dimension MASS = new Dimension(1, 0, 0, 0);
    public static final Dimension VOLUME = new Dimension(0, 1, 0, 0);
    public static final Dimension TIME = new Dimension(0, 0, 1, 0);
    public static final Dimension AMOUNT = new Dimension(0, 0, 0, 1);
    public static final Dimension RATE_CONSTANT = new Dimension(0, 0, -1, 0);
    public static final Dimension CLEARANCE = new Dimension(0, 1, -1, 0);
    public static final Dimension CONCENTRATION = new Dimension(1, -1, 0, 0);
    public static final Dimension MOLAR_CONCENTRATION = new Dimension(0, -1, 0, 1);
    /** (mass/volume)^-1 · time^-1, e.g. a kon in mL/ng/h. */
    public static final Dimension SECOND_ORDER_RATE_CONSTANT = new Dimension(-1, 1, -1, 0);
    /** (amount/volume)^-1 · time^-1, e.g. a kon in 1/nM/h. */
    public static final Dimension MOLAR_SECOND_ORDER_RATE_CONSTANT = new Dimension(0, 1, -1, -1);
    public static final Dimension MASS_RATE = new Dimension(1, 0, -1, 0);
    public static final Dimension MOLAR_MASS = new Dimension(1, 0, 0, -1);
    /** concentration · time, an area under the curve. */
    public static final Dimension EXPOSURE = new Dimension(1, -1, 1, 0);
    /** time^-0.5, Higuchi's k. */
    public static final Dimension PER_SQRT_TIME = new Dimension(0, 0, -0.5, 0);

    /** A named dimension: what it is called, a hint in parentheses and an example value. */
    private record Named(Dimension dimension, String kind, String hint, String example) {
    }

    private static final List<Named> NAMED = List.of(
            new Named(NONE, "dimensionless number", "fraction or %", "0.9"),
            new Named(MASS, "mass", "e.g. mg", "50 mg"),
            new Named(VOLUME, "volume", "e.g. L", "70 L"),
            new Named(TIME, "time", "e.g. h", "180 d"),
            new Named(AMOUNT, "amount of substance", "e.g. nmol", "5 nmol"),
            new Named(RATE_CONSTANT, "rate constant", "e.g. 1/h", "0.1 /h"),
            new Named(CLEARANCE, "clearance", "e.g. L/h", "140 L/h"),
            new Named(CONCENTRATION, "concentration", "e.g. ng/mL", "2 ng/mL"),
            new Named(MOLAR_CONCENTRATION, "molar concentration", "e.g. nM", "2.1 nM"),
            new Named(SECOND_ORDER_RATE_CONSTANT, "second-order rate constant",
                    "(ng/mL)^-1 h^-1, e.g. mL/ng/h", "0.05 mL/ng/h"),
            new Named(MOLAR_SECOND_ORDER_RATE_CONSTANT, "molar second-order rate constant",
                    "e.g. 1/nM/h", "0.5 /nM/h"),
            new Named(MASS_RATE, "mass rate", "e.g. mg/d", "0.5 mg/d"),
            new Named(CONCENTRATION.times(RATE_CONSTANT), "concentration rate", "e.g. ng/mL/h", "2 ng/mL/h"),
            new Named(MOLAR_MASS, "molar mass", "e.g. g/mol", "341.4 g/mol"),
            new Named(EXPOSURE, "exposure (AUC)", "e.g. ng·h/mL", "120 ng·h/mL"),
            new Named(PER_SQRT_TIME, "rate constant per square-root time", "e.g. h^-0.5", "0.01 h^-0.5"));

    /** Rounds the exponents (and turns -0 into 0) so that equals() is meaningful. */
    public Dimension {
        mass = snap(mass);
        volume = snap(volume);
        time = snap(time);
        amount = snap(amount);
    }

    private static double snap(double exponent) {
        if (!Double.isFinite(exponent)) {
            throw new IllegalArgumentException("dimension exponent must be finite, got " + exponent);
        }
        for (int denominator = 1; denominator <= 12; denominator++) {
            double numerator = Math.rint(exponent * denominator);
            if (Math.abs(exponent - numerator / denominator) < 1e-9) {
                return numerator / denominator + 0.0;
            }
        }
        return Math.round(exponent * 1e9) / 1e9 + 0.0;
    }

    /** The dimension of a product. */
    public Dimension times(Dimension other) {
        return new Dimension(mass + other.mass, volume + other.volume, time + other.time, amount + other.amount);
    }

    /** This dimension raised to a power. */
    public Dimension pow(double exponent) {
        return new Dimension(mass * exponent, volume * exponent, time * exponent, amount * exponent);
    }

    /** True for pure numbers (fractions, percentages, counts). */
    public boolean isDimensionless() {
        return equals(NONE);
    }

    /** Short name, e.g. {@code clearance}; for unnamed dimensions the exponents, e.g. {@code mass·time^-2}. */
    public String kind() {
        Named n = named();
        return n != null ? n.kind : exponents();
    }

    /** Name with the indefinite article, e.g. {@code a clearance}, {@code an amount of substance}. */
    public String kindWithArticle() {
        Named n = named();
        return n != null ? article(n.kind) : "a quantity in " + exponents();
    }

    /**
     * Human name with an example unit, e.g. {@code clearance (e.g. L/h)},
     * {@code dimensionless number (fraction or %)}, or for an unnamed dimension
     * {@code mass·time^-2 (e.g. mg·h^-2)}.
     */
    public String describe() {
        Named n = named();
        return n != null ? n.kind + " (" + n.hint + ")" : exponents() + " (e.g. " + baseUnits() + ")";
    }

    /** {@link #describe()} with the indefinite article, for "expected …" messages. */
    public String describeWithArticle() {
        Named n = named();
        return n != null ? article(describe()) : "a quantity in " + describe();
    }

    /** An example value with its unit, e.g. {@code 140 L/h}; for unnamed dimensions in engine units. */
    public String example() {
        Named n = named();
        return n != null ? n.example : "1 " + baseUnits();
    }

    /** The dimension written with the engine's base units, e.g. {@code mg·h^-2}. */
    public String baseUnits() {
        return format(new String[] {"mg", "L", "h", "mol"});
    }

    /** The dimension written with exponents, e.g. {@code mass^a·volume^b·time^c}, omitting zeros. */
    public String exponents() {
        return format(new String[] {"mass", "volume", "time", "amount"});
    }

    private String format(String[] names) {
        double[] e = {mass, volume, time, amount};
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < e.length; i++) {
            if (e[i] != 0) {
                parts.add(e[i] == 1 ? names[i] : names[i] + "^" + formatExponent(e[i]));
            }
        }
        return parts.isEmpty() ? "1" : String.join("·", parts);
    }

    static String formatExponent(double e) {
        if (e == Math.rint(e)) {
            return Long.toString((long) e);
        }
        return String.format(Locale.ROOT, "%.6f", e).replaceAll("0+$", "");
    }

    private Named named() {
        for (Named n : NAMED) {
            if (n.dimension.equals(this)) {
                return n;
            }
        }
        return null;
    }

    private static String article(String phrase) {
        return ("aeiou".indexOf(Character.toLowerCase(phrase.charAt(0))) >= 0 ? "an " : "a ") + phrase;
    }

    @Override
    public String toString() {
        return exponents();
    }
}
