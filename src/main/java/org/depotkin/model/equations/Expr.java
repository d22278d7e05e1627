package org.depotkin.model.equations;

import java.io.Serializable;
import java.util.List;
import org.depotkin.model.Dimension;

/**
 * A node of an equation's expression, with the offset (0-based character) in the equation's text where it
 * starts, for located errors. The parser builds {@link Name}s; the checker replaces each by a {@link Ref} to
 * what it means.
 */
public sealed interface Expr extends Serializable {

    /** Where the node starts in the equation's text (0-based). */
    int pos();

    /** The nodes directly below this one. */
    default List<Expr> children() {
        if (this instanceof Neg n) {
            return List.of(n.operand());
        } else if (this instanceof Not n) {
            return List.of(n.operand());
        } else if (this instanceof Arith a) {
            return List.of(a.left(), a.right());
        } else if (this instanceof Compare c) {
            return List.of(c.left(), c.right());
        } else if (this instanceof Logic l) {
            return List.of(l.left(), l.right());
        } else if (this instanceof Choice c) {
            return List.of(c.condition(), c.whenTrue(), c.whenFalse());
        } else if (this instanceof Call c) {
            return c.args();
        }
        return List.of();
    }

    /**
     * A number as written: bare ({@code dimension} null: dimensionless, and a bare 0 may stand for zero of any
     * unit) or with a unit in brackets, {@code 2 [ng/mL]}, its value then converted to base units.
     */
    record Num(double value, Dimension dimension, int pos) implements Expr {
    }

    /** A name as written, before it is resolved. */
    record Name(String name, int pos) implements Expr {
    }

    /** A resolved name. */
    record Ref(Symbol symbol, int pos) implements Expr {
    }

    /** {@code -e}. */
    record Neg(Expr operand, int pos) implements Expr {
    }

    /** {@code l op r} with op one of {@code + - * / ^}. */
    record Arith(char op, Expr left, Expr right, int pos) implements Expr {
    }

    /** A function call: exp, log, sqrt, abs, pow, min, max. */
    record Call(String function, List<Expr> args, int pos) implements Expr {
        public Call {
            args = List.copyOf(args);
        }
    }

    /** {@code if condition then whenTrue else whenFalse}. */
    record Choice(Expr condition, Expr whenTrue, Expr whenFalse, int pos) implements Expr {
    }

    /** {@code l op r} with op one of {@code < <= > >= == !=}; a condition. */
    record Compare(String op, Expr left, Expr right, int pos) implements Expr {
    }

    /** {@code l and r}, {@code l or r}; a condition. */
    record Logic(String op, Expr left, Expr right, int pos) implements Expr {
    }

    /** {@code not c}; a condition. */
    record Not(Expr operand, int pos) implements Expr {
    }
}
