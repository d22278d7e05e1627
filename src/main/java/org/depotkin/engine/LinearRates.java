package org.depotkin.engine;

import java.util.ArrayList;
import java.util.List;
import org.depotkin.model.Analyte;
import org.depotkin.model.Compound;
import org.depotkin.model.equations.Equations;
import org.depotkin.model.equations.Expr;
import org.depotkin.model.equations.Symbol;

/**
 * The rates of a compound's equations block as terms of the model's linear matrix, when each of them is an affine
 * combination of compartments with coefficients that the parameters fix:
 * <pre>
 *   d/dt(x_i) += Σ_j a_ij·x_j + c_i        (a_ij, c_i built from numbers, parameters, V and CL; no t)
 * </pre>
 * A peripheral or transit compartment, an effect compartment, a first-order pathway, a turnover with constant
 * production (kin − kout·R) or a drug effect linear in the concentration (kin·(1 + S·C)) written as equations is
 * such a rate; Michaelis–Menten elimination, an Emax effect on a turnover rate or a rate that names the time is
 * not, and keeps the block on the general integrator. A constant c_i is the coefficient of a compartment that holds
 * 1 throughout (the unit compartment, column n of the terms: d/dt of it is 0), so that the system stays linear and
 * homogeneous. With the rates in the matrix the model takes the exact path ({@link ModalSolver}) like the built-in
 * blocks; the block's outputs, however nonlinear, are then read from the exact states.
 *
 * <p>Each expression is reduced to an affine form c + Σ_j a_j·x_j: numbers, parameters, V, CL and anything made
 * of them alone (functions, conditions) are constants; a product needs a constant factor, a quotient a constant
 * divisor, a power a constant base and exponent (or the exponent 1). Drug a term takes out of a built-in
 * compartment counts as eliminated, weighted by the compartment's parent equivalents, as on the integrator.
 */
final class LinearRates {
    /** {@code yDot[row] += coef·y[col]}; col n (one past the states given) is the unit compartment. */
    record Term(int row, int col, double coef) {
    }

    private final Equations eq;
    private final Compound compound;
    private final List<String> stateNames;
    private final int n;
    /** Affine forms of the derived quantities (null: not affine), each computed once. */
    private final double[][] derivedForms;
    private final boolean[] derivedDone;

    private LinearRates(Compound compound, List<String> stateNames) {
        this.eq = compound.equations();
        this.compound = compound;
        this.stateNames = stateNames;
        this.n = stateNames.size();
        this.derivedForms = new double[eq.derived().size()][];
        this.derivedDone = new boolean[eq.derived().size()];
    }

    /**
     * The block's rates as matrix terms, or null when some rate is not affine in the compartments.
     *
     * @param stateNames       the model's n states in order (built-in and the block's own)
     * @param parentEquivalent parent-equivalent factor of each state
     * @param elimination      elimination weight of each state and, at n, of the unit compartment (mg parent
     *                         equivalents per h per unit), to which the drug the terms take out of built-in
     *                         compartments is added when the rates are affine
     */
    static List<Term> of(Compound compound, List<String> stateNames, double[] parentEquivalent, double[] elimination) {
        LinearRates r = new LinearRates(compound, stateNames);
        List<Term> terms = new ArrayList<>();
        double[] removal = new double[stateNames.size() + 1];
        for (Equations.Rate rate : compound.equations().rates()) {
            double[] form = r.form(rate.expr());
            if (form == null) {
                return null;
            }
            int row = r.state(rate.target());
            for (int col = 0; col <= r.n; col++) {
                if (form[col] != 0) {
                    terms.add(new Term(row, col, form[col]));
                    if (rate.target() instanceof Symbol.Amount) {
                        removal[col] -= parentEquivalent[row] * form[col];
                    }
                }
            }
        }
        for (int j = 0; j < removal.length; j++) {
            elimination[j] += removal[j];
        }
        return terms;
    }

    /**
     * The affine form of an expression: coefficients of the states in [0, n), the constant at n; null when it is
     * not affine in the states or names the time. A condition is a constant 1 (true) or 0 (false).
     */
    private double[] form(Expr e) {
        if (e instanceof Expr.Num num) {
            return constant(num.value());
        } else if (e instanceof Expr.Ref ref) {
            return reference(ref.symbol());
        } else if (e instanceof Expr.Neg neg) {
            return scaled(form(neg.operand()), -1);
        } else if (e instanceof Expr.Arith a) {
            return arithmetic(a.op(), form(a.left()), form(a.right()));
        }
        List<double[]> args = new ArrayList<>();
        for (Expr child : e.children()) {
            double[] f = form(child);
            if (f == null || !isConstant(f)) {
                return null;
            }
            args.add(f);
        }
        return constant(value(e, args.stream().mapToDouble(f -> f[n]).toArray()));
    }

    /** The value of a function, condition or choice of constant arguments (in {@link Expr#children()} order). */
    private static double value(Expr e, double[] x) {
        if (e instanceof Expr.Not) {
            return x[0] != 0 ? 0 : 1;
        } else if (e instanceof Expr.Logic l) {
            boolean left = x[0] != 0;
            boolean right = x[1] != 0;
            return (l.op().equals("and") ? left && right : left || right) ? 1 : 0;
        } else if (e instanceof Expr.Compare c) {
            boolean holds = switch (c.op()) {
                case "<" -> x[0] < x[1];
                case "<=" -> x[0] <= x[1];
                case ">" -> x[0] > x[1];
                case ">=" -> x[0] >= x[1];
                case "==" -> x[0] == x[1];
                default -> x[0] != x[1];
            };
            return holds ? 1 : 0;
        } else if (e instanceof Expr.Choice) {
            return x[0] != 0 ? x[1] : x[2];
        }
        Expr.Call call = (Expr.Call) e;
        return switch (call.function()) {
            case "exp" -> Math.exp(x[0]);
            case "log" -> Math.log(x[0]);
            case "sqrt" -> Math.sqrt(x[0]);
            case "abs" -> Math.abs(x[0]);
            case "pow" -> Math.pow(x[0], x[1]);
            case "min" -> java.util.Arrays.stream(x).min().orElseThrow();
            case "max" -> java.util.Arrays.stream(x).max().orElseThrow();
            default -> throw new IllegalStateException("internal error: no function " + call.function());
        };
    }

    private double[] arithmetic(char op, double[] l, double[] r) {
        if (l == null || r == null) {
            return null;
        }
        switch (op) {
            case '+', '-' -> {
                double[] out = new double[n + 1];
                double sign = op == '+' ? 1 : -1;
                for (int j = 0; j <= n; j++) {
                    out[j] = l[j] + sign * r[j];
                }
                return out;
            }
            case '*' -> {
                return isConstant(l) ? scaled(r, l[n]) : isConstant(r) ? scaled(l, r[n]) : null;
            }
            case '/' -> {
                return isConstant(r) && r[n] != 0 ? scaled(l, 1 / r[n]) : null;
            }
            default -> {
                if (isConstant(l) && isConstant(r)) {
                    return constant(Math.pow(l[n], r[n]));
                }
                return isConstant(r) && r[n] == 1 ? l : null;
            }
        }
    }

    private double[] reference(Symbol s) {
        if (s instanceof Symbol.Time) {
            return null;
        } else if (s instanceof Symbol.Parameter p) {
            return constant(eq.parameters().get(p.index()).value());
        } else if (s instanceof Symbol.Derived d) {
            int k = d.index();
            if (!derivedDone[k]) {
                derivedForms[k] = form(eq.derived().get(k).expr());
                derivedDone[k] = true;
            }
            return derivedForms[k];
        } else if (s instanceof Symbol.State || s instanceof Symbol.Amount) {
            return unit(state(s), 1);
        } else if (s instanceof Symbol.EffectSite e) {
            return unit(stateNames.indexOf(e.stateName()), 0.001);
        } else if (s instanceof Symbol.Concentration c) {
            return unit(stateNames.indexOf(c.analyte() + ".central"), 1 / analyte(c.analyte()).disposition().centralVolume());
        }
        Symbol.Disposition d = (Symbol.Disposition) s;
        Analyte a = analyte(d.analyte());
        return constant(d.parameter().equals("V") ? a.disposition().centralVolume() : a.disposition().clearance());
    }

    private int state(Symbol s) {
        return EquationCode.state(eq, stateNames, s);
    }

    private Analyte analyte(String name) {
        return compound.analyte(name).orElseThrow();
    }

    private double[] constant(double c) {
        double[] out = new double[n + 1];
        out[n] = c;
        return out;
    }

    private double[] unit(int state, double coef) {
        double[] out = new double[n + 1];
        out[state] = coef;
        return out;
    }

    private boolean isConstant(double[] f) {
        for (int j = 0; j < n; j++) {
            if (f[j] != 0) {
                return false;
            }
        }
        return true;
    }

    private static double[] scaled(double[] f, double by) {
        if (f == null) {
            return null;
        }
        double[] out = new double[f.length];
        for (int j = 0; j < f.length; j++) {
            out[j] = f[j] * by;
        }
        return out;
    }
}
