package org.depotkin.engine;

import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.codehaus.commons.compiler.CompileException;
import org.codehaus.janino.SimpleCompiler;
import org.depotkin.model.Analyte;
import org.depotkin.model.Compound;
import org.depotkin.model.equations.Equations;
import org.depotkin.model.equations.Expr;
import org.depotkin.model.equations.Symbol;

/**
 * Compiles a checked {@link Equations} block to a Java class implementing {@link EquationTerms} (Janino), so that
 * custom equations run as straight-line arithmetic on the state array, like the built-in kinetics. Every
 * number the model may change between runs (the block's parameters, the analytes' V and CL) is a constructor
 * argument, not a literal: one compiled class serves every subject of a population, and classes are cached by
 * their source text. Values inside are in base units (mg, L, h, mol); an effect-site state (ng/mL) is read as
 * 0.001 mg/L and an output divided by its reporting unit's factor.
 */
final class EquationCode {
    private static final Map<String, Constructor<?>> CLASSES = new ConcurrentHashMap<>();

    private final Equations eq;
    private final Compound compound;
    private final List<String> stateNames;
    private final double[] parentEquivalent;
    /** Constructor arguments by their name in the source. */
    private final Map<String, Double> constants = new LinkedHashMap<>();
    /** The field of each constant by what it is, e.g. {@code invV_naltrexone}. */
    private final Map<String, String> keys = new LinkedHashMap<>();

    private EquationCode(Equations eq, Compound compound, List<String> stateNames, double[] parentEquivalent) {
        this.eq = eq;
        this.compound = compound;
        this.stateNames = stateNames;
        this.parentEquivalent = parentEquivalent;
    }

    /**
     * The compound's equations compiled against a state layout.
     *
     * @param stateNames       the model's states in order (built-in and the block's own)
     * @param parentEquivalent parent-equivalent factor of each state, for {@link EquationTerms#removal}
     */
    static EquationTerms compile(Compound compound, List<String> stateNames, double[] parentEquivalent) {
        EquationCode code = new EquationCode(compound.equations(), compound, stateNames, parentEquivalent);
        String source = code.source();
        double[] args = code.constants.values().stream().mapToDouble(Double::doubleValue).toArray();
        try {
            return (EquationTerms) CLASSES.computeIfAbsent(source, EquationCode::load).newInstance((Object) args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("internal error: compiled equations cannot be instantiated", e);
        }
    }

    private static Constructor<?> load(String source) {
        SimpleCompiler compiler = new SimpleCompiler();
        compiler.setParentClassLoader(EquationTerms.class.getClassLoader());
        try {
            compiler.cook(source);
            return compiler.getClassLoader().loadClass("Terms").getConstructor(double[].class);
        } catch (CompileException | ReflectiveOperationException e) {
            throw new IllegalStateException("internal error: generated equation code does not compile: "
                    + e.getMessage() + "\n" + source, e);
        }
    }

    /** The Java source of the class; fills {@link #constants} as it goes. */
    String source() {
        for (Equations.Parameter p : eq.parameters()) {
            constants.put("p_" + constants.size(), p.value());
        }
        List<Expr> rateExprs = eq.rates().stream().map(Equations.Rate::expr).toList();
        List<Expr> removed = new ArrayList<>();
        StringBuilder rates = new StringBuilder();
        StringBuilder removal = new StringBuilder("0.0");
        for (Equations.Rate r : eq.rates()) {
            int i = state(r.target());
            rates.append("        dy[").append(i).append("] += ").append(java(r.expr())).append(";\n");
            if (r.target() instanceof Symbol.Amount) {
                removed.add(r.expr());
                removal.append(" - ").append(parentEquivalent[i]).append(" * ").append(java(r.expr()));
            }
        }
        StringBuilder outputs = new StringBuilder();
        for (int k = 0; k < eq.outputs().size(); k++) {
            Equations.Report o = eq.outputs().get(k);
            outputs.append("            case ").append(k).append(": {\n").append(derived(List.of(o.expr()), "                "))
                    .append("                return ").append(java(o.expr())).append(" / ").append(o.unit().factor())
                    .append(";\n            }\n");
        }
        StringBuilder start = new StringBuilder();
        for (int k = 0; k < eq.states().size(); k++) {
            start.append("        y[").append(state(new Symbol.State(k))).append("] = ")
                    .append(java(eq.states().get(k).initial())).append(";\n");
        }
        List<Expr> initials = eq.states().stream().map(Equations.State::initial).toList();
        String body = "    public void addRates(double t, double[] y, double[] dy) {\n" + derived(rateExprs, "        ") + rates
                + "    }\n"
                + "    public double removal(double t, double[] y) {\n" + derived(removed, "        ")
                + "        return " + removal + ";\n    }\n"
                + "    public double output(int k, double t, double[] y) {\n        switch (k) {\n" + outputs
                + "            default: throw new IllegalArgumentException(\"no output \" + k);\n        }\n    }\n"
                + "    public void start(double[] y) {\n        double t = 0;\n" + derived(initials, "        ") + start
                + "    }\n";
        StringBuilder head = new StringBuilder("public final class Terms implements " + EquationTerms.class.getName()
                + " {\n");
        StringBuilder init = new StringBuilder("    public Terms(double[] k) {\n");
        int n = 0;
        for (String c : constants.keySet()) {
            head.append("    private final double ").append(c).append(";\n");
            init.append("        this.").append(c).append(" = k[").append(n++).append("];\n");
        }
        return head + init.toString() + "    }\n" + body + "}\n";
    }

    /** Local variables for the derived quantities these expressions need, in evaluation order. */
    private String derived(List<Expr> exprs, String indent) {
        boolean[] needed = new boolean[eq.derived().size()];
        exprs.forEach(e -> uses(e, needed));
        // a derived quantity uses only those before it: one pass from the last marks every one needed
        for (int k = needed.length - 1; k >= 0; k--) {
            if (needed[k]) {
                uses(eq.derived().get(k).expr(), needed);
            }
        }
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < needed.length; k++) {
            if (needed[k]) {
                out.append(indent).append("final double d_").append(k).append(" = ")
                        .append(java(eq.derived().get(k).expr())).append(";\n");
            }
        }
        return out.toString();
    }

    /** Marks the derived quantities this expression names. */
    private static void uses(Expr e, boolean[] needed) {
        if (e instanceof Expr.Ref r && r.symbol() instanceof Symbol.Derived d) {
            needed[d.index()] = true;
        }
        for (Expr c : e.children()) {
            uses(c, needed);
        }
    }

    private String java(Expr e) {
        if (e instanceof Expr.Num n) {
            return "(" + n.value() + ")";
        } else if (e instanceof Expr.Ref r) {
            return reference(r.symbol());
        } else if (e instanceof Expr.Neg n) {
            return "(-" + java(n.operand()) + ")";
        } else if (e instanceof Expr.Not n) {
            return "(!" + java(n.operand()) + ")";
        } else if (e instanceof Expr.Arith a) {
            return a.op() == '^' ? "Math.pow(" + java(a.left()) + ", " + java(a.right()) + ")" : "(" + chain(a) + ")";
        } else if (e instanceof Expr.Compare c) {
            return "(" + java(c.left()) + " " + c.op() + " " + java(c.right()) + ")";
        } else if (e instanceof Expr.Logic l) {
            return "(" + java(l.left()) + (l.op().equals("and") ? " && " : " || ") + java(l.right()) + ")";
        } else if (e instanceof Expr.Choice c) {
            return "(" + java(c.condition()) + " ? " + java(c.whenTrue()) + " : " + java(c.whenFalse()) + ")";
        }
        Expr.Call c = (Expr.Call) e;
        List<String> args = c.args().stream().map(this::java).toList();
        if (c.function().equals("min") || c.function().equals("max")) {
            String out = args.get(args.size() - 1);
            for (int k = args.size() - 2; k >= 0; k--) {
                out = "Math." + c.function() + "(" + args.get(k) + ", " + out + ")";
            }
            return out;
        }
        return "Math." + c.function() + "(" + String.join(", ", args) + ")";
    }

    /**
     * {@code l op r} where a left operand of the same precedence (a + b - c, a * b / c) is written without its
     * parentheses, so that a long sum does not nest; Java evaluates it in the same order.
     */
    private String chain(Expr.Arith a) {
        boolean additive = a.op() == '+' || a.op() == '-';
        boolean sameLevel = a.left() instanceof Expr.Arith l && l.op() != '^'
                && (l.op() == '+' || l.op() == '-') == additive;
        String left = sameLevel ? chain((Expr.Arith) a.left()) : java(a.left());
        return left + " " + a.op() + " " + java(a.right());
    }

    private String reference(Symbol s) {
        if (s instanceof Symbol.Time) {
            return "t";
        } else if (s instanceof Symbol.Parameter p) {
            return "p_" + p.index();
        } else if (s instanceof Symbol.Derived d) {
            return "d_" + d.index();
        } else if (s instanceof Symbol.State || s instanceof Symbol.Amount) {
            return "y[" + state(s) + "]";
        } else if (s instanceof Symbol.EffectSite e) {
            return "(0.001 * y[" + stateNames.indexOf(e.stateName()) + "])";
        } else if (s instanceof Symbol.Concentration c) {
            Analyte a = analyte(c.analyte());
            return "(" + constant("invV_" + c.analyte(), 1 / a.disposition().centralVolume()) + " * y["
                    + stateNames.indexOf(c.analyte() + ".central") + "])";
        }
        Symbol.Disposition d = (Symbol.Disposition) s;
        Analyte a = analyte(d.analyte());
        return constant(d.parameter() + "_" + d.analyte(),
                d.parameter().equals("V") ? a.disposition().centralVolume() : a.disposition().clearance());
    }

    /** The field holding a constant; analyte names may hold any character, so fields are numbered. */
    private String constant(String key, double value) {
        String existing = keys.get(key);
        if (existing != null) {
            return existing;
        }
        String field = "c_" + constants.size();
        constants.put(field, value);
        keys.put(key, field);
        return field;
    }

    private int state(Symbol s) {
        return state(eq, stateNames, s);
    }

    /** The index in {@code stateNames} of a compartment of the block's own or a built-in one the block names. */
    static int state(Equations eq, List<String> stateNames, Symbol s) {
        String name = s instanceof Symbol.State st ? ownState(eq.states().get(st.index()).name())
                : ((Symbol.Amount) s).stateName();
        int i = stateNames.indexOf(name);
        if (i < 0) {
            throw new IllegalStateException("internal error: no state " + name + " in " + stateNames);
        }
        return i;
    }

    /** The engine's name of a compartment of the block's own (apart from the built-in states' names). */
    static String ownState(String name) {
        return "equations." + name;
    }

    private Analyte analyte(String name) {
        return compound.analyte(name).orElseThrow();
    }
}
