package org.depotkin.analysis;

import org.depotkin.model.Quantity;
import org.depotkin.model.Scenario;
import org.depotkin.model.Unit;

/**
 * One parameter of a scenario set to a value with its unit, for one run ({@code release.k=0.0009/h},
 * {@code naltrexone.CL=100 L/h}, {@code dose=100 mg}). The names are those of {@link Knob}; the value is
 * checked against the parameter's dimension and converted to engine units; the parameter's model
 * value is then scaled to it, so a parameter whose model value is 0 cannot be set this way.
 *
 * @param name  the parameter
 * @param value the value as written
 */
public record Setting(String name, Quantity value) {

    /**
     * Reads {@code NAME=VALUE}.
     *
     * @throws IllegalArgumentException with a one-line message naming what was expected
     */
    public static Setting parse(String text) {
        int eq = text.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException("--set " + text + ": expected NAME=VALUE with a unit, e.g. "
                    + "release.k=0.0009/h or naltrexone.CL=100 L/h");
        }
        try {
            return new Setting(text.substring(0, eq).strip(), Quantity.parse(text.substring(eq + 1)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--set " + text + ": " + e.getMessage(), e);
        }
    }

    /** The scenario with this parameter at this value (its population block, if any, kept). */
    public Scenario apply(Scenario s) {
        Knob knob;
        try {
            knob = Knob.of(s, name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--set " + describe() + ": " + e.getMessage(), e);
        }
        double v = inUnitOf(knob);
        if (!(v > 0)) {
            throw new IllegalArgumentException("--set " + describe() + ": expected a value > 0 " + knob.unit());
        }
        if (knob.nominal() == 0) {
            throw new IllegalArgumentException("--set " + describe() + ": " + name + " is 0 in " + s.name()
                    + "; set it in the model file instead");
        }
        Scenario out = knob.apply(s, v);
        return new Scenario(out.name(), out.description(), out.compound(), out.administrations(), out.criteria(),
                out.duration(), out.outputStep(), out.solver(), s.population(), out.files());
    }

    /** The value in the knob's unit; a value of the wrong dimension names the parameter and the unit expected. */
    private double inUnitOf(Knob knob) {
        Unit unit;
        try {
            unit = Unit.parse(knob.unit());
        } catch (IllegalArgumentException e) {
            if (value.isBareNumber()) {
                return value.value();
            }
            throw new IllegalArgumentException("--set " + describe() + ": " + name + " is in " + knob.unit()
                    + "; write a bare number in that unit", e);
        }
        if (!value.unit().isCompatible(unit)) {
            throw new IllegalArgumentException("--set " + describe() + ": " + name + " is in " + knob.unit() + "; "
                    + value.mismatch(unit).getMessage());
        }
        return value.in(unit);
    }

    /** {@code name=value} as written. */
    public String describe() {
        return name + "=" + value.text();
    }
}
