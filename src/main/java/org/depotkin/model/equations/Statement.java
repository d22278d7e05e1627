package org.depotkin.model.equations;

import org.depotkin.model.Unit;

/** One line of the {@code model:} list of an equations block, as parsed (names not yet resolved). */
public sealed interface Statement {

    /** The name on the left-hand side. */
    String name();

    /** Where that name starts in the line (0-based). */
    int namePos();

    /** The right-hand side. */
    Expr expr();

    /** {@code name = expr}: a derived quantity. */
    record Define(String name, int namePos, Expr expr) implements Statement {
    }

    /**
     * {@code d/dt(name) = expr} for a compartment of the equations' own, {@code d/dt(name) += expr} to add a
     * term to a built-in compartment's kinetics.
     */
    record Rate(String name, int namePos, boolean added, Expr expr) implements Statement {
    }

    /** {@code name(0) = expr}: the starting value of a compartment of the equations' own. */
    record Initial(String name, int namePos, Expr expr) implements Statement {
    }

    /** {@code output name = expr} or {@code output name [unit] = expr}: a reported curve, unit null when not written. */
    record Report(String name, int namePos, Unit unit, int unitPos, Expr expr) implements Statement {
    }
}
