package org.depotkin.model;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number with its unit, as written in a model file ("140 L/h", "0.0064 /d", "90 %").
 *
 * @param value the number as written (not converted)
 * @param unit  its unit ({@link Unit#ONE} for a bare number)
 * @param text  the original text, for messages
 */
public record Quantity(double value, Unit unit, String text) {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");
    private static final Pattern NOT_FINITE = Pattern.compile("[+-]?\\.?(?:nan|inf|infinity)\\b.*",
            Pattern.CASE_INSENSITIVE);

    public Quantity {
        if (unit == null) {
            throw new IllegalArgumentException("unit is required");
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        if (text == null) {
            text = format(value, unit);
        }
    }

    /** A quantity built in code; its text is the value and the unit symbol. */
    public static Quantity of(double value, Unit unit) {
        return new Quantity(value, unit, null);
    }

    /**
     * Parses {@code "<number> <unit>"}; the space is optional ({@code 180d}), scientific notation
     * is allowed ({@code 1.5e-3 /h}), a bare number is dimensionless.
     *
     * @throws IllegalArgumentException when there is no number, the number is NaN, infinite or
     *                                  out of range, or the unit does not parse
     */
    public static Quantity parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("expected a number with a unit (e.g. '140 L/h'), got nothing");
        }
        String t = text.strip();
        Matcher m = NUMBER.matcher(t);
        if (!m.lookingAt()) {
            if (NOT_FINITE.matcher(t).matches()) {
                throw new IllegalArgumentException("'" + t + "' is not allowed: values must be finite numbers");
            }
            throw new IllegalArgumentException("expected a number with a unit (e.g. '140 L/h'), got '" + t + "'");
        }
        double value = Double.parseDouble(m.group());
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("number out of range: '" + m.group() + "'");
        }
        String rest = t.substring(m.end());
        if (rest.matches(",\\d.*")) {
            throw new IllegalArgumentException("bad number '" + t + "': use '.' as the decimal separator"
                    + " and no thousands separators");
        }
        return new Quantity(value, Unit.parse(rest), t);
    }

    /** True when the unit is dimensionless (a bare number or a percentage). */
    public boolean isDimensionless() {
        return unit.dimension().isDimensionless();
    }

    /** True when no unit was written at all. */
    public boolean isBareNumber() {
        return unit.symbol().isEmpty();
    }

    /**
     * The value converted to {@code target}.
     *
     * @throws IllegalArgumentException when the dimensions differ, e.g.
     *         "expected a clearance (e.g. L/h), got 'mg/h' (a mass rate)"
     */
    public double in(Unit target) {
        if (!unit.isCompatible(target)) {
            throw mismatch(target);
        }
        return checked(value * unit.factor() / target.factor());
    }

    /**
     * The value converted to {@code target}, also converting between mass and amount of substance
     * with the compound's molar mass (e.g. 2.12 nM at 343.4 g/mol is 0.728 ng/mL).
     *
     * @param molarMassGPerMol molar mass in g/mol (finite, &gt; 0)
     * @throws IllegalArgumentException when the dimensions differ by more than mass ⇄ amount
     */
    public double in(Unit target, double molarMassGPerMol) {
        if (!(molarMassGPerMol > 0) || !Double.isFinite(molarMassGPerMol)) {
            throw new IllegalArgumentException("molar mass must be finite and > 0 g/mol, got " + molarMassGPerMol);
        }
        Dimension from = unit.dimension();
        Dimension to = target.dimension();
        boolean convertible = from.volume() == to.volume() && from.time() == to.time()
                && Math.abs(from.mass() + from.amount() - to.mass() - to.amount()) < 1e-9;
        if (!convertible) {
            throw mismatch(target);
        }
        // Replacing k mol by mass: mol^k = (M mg)^k with M in mg/mol.
        double k = to.mass() - from.mass();
        double base = value * unit.factor() * Math.pow(molarMassGPerMol * 1e3, k);
        return checked(base / target.factor());
    }

    /** The message for a dimension mismatch, also used by callers that phrase their own errors. */
    public IllegalArgumentException mismatch(Unit target) {
        String got = isBareNumber() ? text : unit.symbol();
        return new IllegalArgumentException("expected " + target.dimension().describeWithArticle()
                + ", got '" + got + "' (" + unit.dimension().kindWithArticle() + ")");
    }

    private double checked(double converted) {
        if (!Double.isFinite(converted)) {
            throw new IllegalArgumentException("'" + text + "' is out of range after unit conversion");
        }
        return converted;
    }

    private static String format(double value, Unit unit) {
        String number = value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value) : String.format(Locale.ROOT, "%s", value);
        return unit.symbol().isEmpty() ? number : number + " " + unit.symbol();
    }

    @Override
    public String toString() {
        return text;
    }
}
