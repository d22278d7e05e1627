package org.depotkin.model.equations;

import java.io.Serializable;
import java.util.List;
import org.depotkin.model.Analyte;
import org.depotkin.model.Dimension;
import org.depotkin.model.Unit;

/**
 * A checked equations block of a compound: parameters with units, derived quantities, compartments of its own
 * with their rates and starting values, terms added to the rates of built-in compartments, and reported curves.
 * Every name is resolved ({@link Symbol}) and every expression's dimension checked when the file loads
 * ({@link #check}); the engine compiles the result to bytecode. Inside the equations values are in the engine's
 * base units (mg, L, h, mol): a concentration is in mg/L. The syntax is documented in docs/equations.md.
 *
 * @param parameters the block's parameters, values in base units
 * @param derived    derived quantities in an order where each comes after those it uses
 * @param states     compartments of the block's own (added after the built-in states)
 * @param rates      d/dt of those compartments and terms added to built-in compartments (mg/h)
 * @param outputs    reported curves
 */
public record Equations(List<Parameter> parameters, List<Derived> derived, List<State> states, List<Rate> rates,
                        List<Report> outputs) implements Serializable {

    /** No equations. */
    public static final Equations NONE = new Equations(List.of(), List.of(), List.of(), List.of(), List.of());

    /**
     * A parameter.
     *
     * @param name  as written
     * @param value in base units
     * @param unit  the unit it was written in (its dimension is the parameter's)
     */
    public record Parameter(String name, double value, Unit unit) implements Serializable {
    }

    /** A derived quantity {@code name = expr}. */
    public record Derived(String name, Expr expr, Dimension dimension) implements Serializable {
    }

    /** A compartment of the block's own, its starting value (a constant) and its dimension. */
    public record State(String name, Expr initial, Dimension dimension) implements Serializable {
    }

    /**
     * The rate of a compartment: of the block's own ({@link Symbol.State}) or a term added to a built-in
     * one ({@link Symbol.Amount}, mg/h).
     */
    public record Rate(Symbol target, Expr expr) implements Serializable {
    }

    /**
     * A reported curve.
     *
     * @param unit the unit it is reported in
     */
    public record Report(String name, Unit unit, Expr expr) implements Serializable {
    }

    public Equations {
        parameters = List.copyOf(parameters);
        derived = List.copyOf(derived);
        states = List.copyOf(states);
        rates = List.copyOf(rates);
        outputs = List.copyOf(outputs);
    }

    /** True when there are no equations at all. */
    public boolean isEmpty() {
        return derived.isEmpty() && states.isEmpty() && rates.isEmpty() && outputs.isEmpty();
    }

    /**
     * Parses and checks the {@code model:} lines of a block against the compound's analytes.
     *
     * @throws EquationException at the equation (index in {@code lines}) or parameter that is wrong
     */
    public static Equations check(List<String> lines, List<Parameter> parameters, List<Analyte> analytes) {
        return new EquationChecker(lines, parameters, analytes).check();
    }
}
