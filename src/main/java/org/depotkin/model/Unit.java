package org.depotkin.model;

import java.io.Serializable;

/**
 * A unit of measurement: its symbol, the factor that converts a value in this unit to the
 * engine's base units (mass mg, volume L, time h, amount of substance mol), and its dimension.
 *
 * <p>A value {@code v} in this unit is {@code v * factor()} in base units; converting between two
 * units of the same dimension is {@code v * from.factor() / to.factor()}. Note that the engine's
 * concentration unit ng/mL is 1e-3 mg/L, so {@code NG_PER_ML.factor()} is 1e-3.
 *
 * @param symbol    the unit as written, e.g. {@code mL/min}; empty for a pure number
 * @param factor    value of one of this unit in base units (finite, &gt; 0)
 * @param dimension its physical dimension
 */
public record Unit(String symbol, double factor, Dimension dimension) implements Serializable {

    /** Pure number. */
    public static final Unit ONE = new Unit("", 1, Dimension.NONE);
    /** Percent: 0.01. */
    public static final Unit PERCENT = new Unit("%", 0.01, Dimension.NONE);
    public static final Unit MG = new Unit("mg", 1, Dimension.MASS);
    public static final Unit L = new Unit("L", 1, Dimension.VOLUME);
    public static final Unit H = new Unit("h", 1, Dimension.TIME);
    public static final Unit MOL = new Unit("mol", 1, Dimension.AMOUNT);
    public static final Unit PER_H = new Unit("1/h", 1, Dimension.RATE_CONSTANT);
    /** Higuchi's rate constant, h^-0.5. */
    public static final Unit PER_SQRT_H = new Unit("h^-0.5", 1, Dimension.PER_SQRT_TIME);
    public static final Unit L_PER_H = new Unit("L/h", 1, Dimension.CLEARANCE);
    public static final Unit MG_PER_H = new Unit("mg/h", 1, Dimension.MASS_RATE);
    /** The engine's concentration unit: 1 ng/mL = 1e-3 mg/L. */
    public static final Unit NG_PER_ML = new Unit("ng/mL", 1e-3, Dimension.CONCENTRATION);
    /** Exposure (AUC) in the engine's units. */
    public static final Unit NG_H_PER_ML = new Unit("ng·h/mL", 1e-3, Dimension.EXPOSURE);
    /** Second-order rate constant (ng/mL)^-1 h^-1 = mL/ng/h = 1e3 L/mg/h. */
    public static final Unit NG_PER_ML_INV_PER_H = new Unit("mL/ng/h", 1e3, Dimension.SECOND_ORDER_RATE_CONSTANT);
    /** Molar concentration nM = nmol/L. */
    public static final Unit NMOL_PER_L = new Unit("nmol/L", 1e-9, Dimension.MOLAR_CONCENTRATION);
    /** Molar second-order rate constant nM^-1 h^-1 = L/nmol/h. */
    public static final Unit L_PER_NMOL_PER_H = new Unit("L/nmol/h", 1e9, Dimension.MOLAR_SECOND_ORDER_RATE_CONSTANT);
    /** Molar mass g/mol = 1e3 mg/mol. */
    public static final Unit G_PER_MOL = new Unit("g/mol", 1e3, Dimension.MOLAR_MASS);

    public Unit {
        if (symbol == null || dimension == null) {
            throw new IllegalArgumentException("unit symbol and dimension are required");
        }
        if (!(factor > 0) || !Double.isFinite(factor)) {
            throw new IllegalArgumentException("unit factor must be finite and > 0, got " + factor + " for '" + symbol + "'");
        }
    }

    /**
     * Parses a unit expression: symbols multiplied ({@code ·}, {@code *} or {@code .}) and divided
     * ({@code /}, left-associative: {@code mL/ng/h} = mL·ng^-1·h^-1), each optionally raised to a
     * power ({@code h^-1}, {@code d^-0.5}, {@code h^(-1/2)}, {@code h⁻¹}), with parentheses
     * ({@code (ng/mL)^-1/h}); {@code 1/h} and {@code /h} are reciprocals; the empty string and
     * {@code 1} are dimensionless; {@code %} is 0.01.
     *
     * @throws IllegalArgumentException for an unknown symbol (naming the nearest known one),
     *                                  months or years (ambiguous), or bad syntax
     */
    public static Unit parse(String text) {
        return UnitParser.parse(text);
    }

    /** The product of two units. */
    public Unit times(Unit other) {
        return new Unit(join(symbol, "·", other.symbol), factor * other.factor, dimension.times(other.dimension));
    }

    /** The quotient of two units. */
    public Unit per(Unit other) {
        return new Unit(join(symbol.isEmpty() ? "1" : symbol, "/", other.symbol),
                factor / other.factor, dimension.times(other.dimension.pow(-1)));
    }

    /** This unit raised to a power. */
    public Unit pow(double exponent) {
        double f = exponent == 1 ? factor : exponent == -1 ? 1 / factor : Math.pow(factor, exponent);
        String s = exponent == 1 ? symbol : "(" + symbol + ")^" + Dimension.formatExponent(exponent);
        return new Unit(s, f, dimension.pow(exponent));
    }

    /** The same unit under another symbol (e.g. the text the user wrote). */
    public Unit withSymbol(String newSymbol) {
        return new Unit(newSymbol, factor, dimension);
    }

    /** True when this unit measures the same kind of thing as {@code other}. */
    public boolean isCompatible(Unit other) {
        return dimension.equals(other.dimension);
    }

    private static String join(String a, String op, String b) {
        if (b.isEmpty()) {
            return a;
        }
        return a.isEmpty() ? b : a + op + b;
    }

    @Override
    public String toString() {
        return symbol;
    }
}
