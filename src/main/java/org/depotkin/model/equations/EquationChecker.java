package org.depotkin.model.equations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.depotkin.model.Analyte;
import org.depotkin.model.Dimension;
import org.depotkin.model.Limits;
import org.depotkin.model.Names;
import org.depotkin.model.Unit;

/**
 * Behind {@link Equations#check}: resolves every name, orders the derived quantities (rejecting circles),
 * and checks the dimension of every expression, each mistake an {@link EquationException} at the place in
 * the equation where it is.
 */
final class EquationChecker {
    /** Functions and their number of arguments (-1: two or more). */
    private static final Map<String, Integer> ARITY = Map.of("exp", 1, "log", 1, "sqrt", 1, "abs", 1, "pow", 2,
            "min", -1, "max", -1);
    private static final int MAX_TERMS = Limits.MAX_EQUATION_TERMS;
    /** The unit an output is reported in when the equation does not say, by dimension. */
    private static final List<Unit> REPORT_UNITS = List.of(Unit.ONE, Unit.MG, Unit.L, Unit.H, Unit.NG_PER_ML,
            Unit.PER_H, Unit.L_PER_H, Unit.MG_PER_H, Unit.NG_H_PER_ML, Unit.NMOL_PER_L, Unit.MOL);

    private final List<String> lines;
    private final List<Equations.Parameter> parameters;
    private final List<Analyte> analytes;
    private final List<Statement> statements = new ArrayList<>();
    private final Map<String, Symbol> builtins = new LinkedHashMap<>();
    private final Map<String, Integer> parameterIndex = new LinkedHashMap<>();
    /** Statement index of each derived quantity, of each own compartment's rate and starting value. */
    private final Map<String, Integer> derivedAt = new LinkedHashMap<>();
    private final Map<String, Integer> stateAt = new LinkedHashMap<>();
    private final Map<String, Integer> initialAt = new HashMap<>();
    private final Map<String, Integer> outputAt = new HashMap<>();
    /** Final position of each derived quantity in evaluation order, and of each own compartment. */
    private final Map<String, Integer> derivedIndex = new LinkedHashMap<>();
    private final Map<String, Integer> stateIndex = new LinkedHashMap<>();
    private final List<Expr> derivedExpr = new ArrayList<>();
    private final List<Expr> initialExpr = new ArrayList<>();
    private final Map<Symbol, Dimension> dimensions = new HashMap<>();
    /** Compartments starting at a bare 0 whose unit is being taken from their rate. */
    private final Set<String> inferring = new HashSet<>();

    EquationChecker(List<String> lines, List<Equations.Parameter> parameters, List<Analyte> analytes) {
        this.lines = lines;
        this.parameters = parameters;
        this.analytes = analytes;
    }

    Equations check() {
        int terms = 0;
        for (int i = 0; i < lines.size(); i++) {
            try {
                statements.add(EquationParser.parse(lines.get(i)));
            } catch (EquationException e) {
                throw e.inLine(i);
            }
            terms += size(statements.get(i).expr());
            if (terms > MAX_TERMS) {
                throw EquationException.at(i, 0, "the equations hold more than " + MAX_TERMS + " terms in all (numbers,"
                        + " names, operations): more than one model's compiled code can hold");
            }
        }
        builtins();
        for (int p = 0; p < parameters.size(); p++) {
            String name = parameters.get(p).name();
            if (builtins.containsKey(name) || EquationParser.KEYWORDS.contains(name)) {
                throw EquationException.parameter(p, "parameter '" + name + "': " + taken(name)
                        + "; give the parameter another name");
            }
            if (parameterIndex.put(name, p) != null) {
                throw EquationException.parameter(p, "parameter '" + name + "' is given twice (a shorthand names its "
                        + "parameters <name>.<parameter>)");
            }
        }
        declare();
        order();
        List<String> derivedNames = new ArrayList<>(derivedIndex.keySet());
        derivedNames.sort((a, b) -> derivedIndex.get(a) - derivedIndex.get(b));
        for (String name : derivedNames) {
            derivedExpr.add(resolve(statements.get(derivedAt.get(name)).expr(), derivedAt.get(name)));
        }
        for (String name : stateAt.keySet()) {
            int line = initialAt.get(name);
            initialExpr.add(resolve(statements.get(line).expr(), line));
            constant(initialExpr.get(initialExpr.size() - 1), line, name + "(0)");
        }
        List<Equations.Derived> derived = new ArrayList<>();
        for (int k = 0; k < derivedNames.size(); k++) {
            derived.add(new Equations.Derived(derivedNames.get(k), derivedExpr.get(k),
                    orNone(dimensionOf(new Symbol.Derived(k), derivedAt.get(derivedNames.get(k))))));
        }
        List<Equations.State> states = new ArrayList<>();
        for (String name : stateAt.keySet()) {
            int k = stateIndex.get(name);
            states.add(new Equations.State(name, initialExpr.get(k), dimensionOf(new Symbol.State(k), initialAt.get(name))));
        }
        List<Equations.Rate> rates = new ArrayList<>();
        List<Equations.Report> outputs = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            Statement s = statements.get(i);
            if (s instanceof Statement.Rate r) {
                rates.add(rate(r, i));
            } else if (s instanceof Statement.Report r) {
                outputs.add(report(r, i));
            }
        }
        return new Equations(parameters, derived, states, rates, outputs);
    }

    // ---- names ----

    private void builtins() {
        builtins.put("t", new Symbol.Time());
        for (Analyte a : analytes) {
            String n = a.name();
            builtins.put(n, new Symbol.Concentration(n));
            builtins.put(n + ".central", new Symbol.Amount(n, 0));
            for (int k = 1; k <= a.disposition().peripherals().size(); k++) {
                builtins.put(n + ".peripheral" + k, new Symbol.Amount(n, k));
            }
            if (a.binding() != null && a.binding().hasEffectCompartment()) {
                builtins.put(n + ".effect", new Symbol.EffectSite(n));
            }
            builtins.put(n + ".V", new Symbol.Disposition(n, "V"));
            builtins.put(n + ".CL", new Symbol.Disposition(n, "CL"));
        }
    }

    /** What a built-in name already means, for "choose another name" messages. */
    private String taken(String name) {
        if (EquationParser.KEYWORDS.contains(name)) {
            return "'" + name + "' is a keyword";
        }
        Symbol s = builtins.get(name);
        String what = s instanceof Symbol.Time ? "time since the start (h)"
                : s instanceof Symbol.Concentration c ? "the plasma concentration of " + c.analyte()
                : s instanceof Symbol.Amount a ? "the amount in a compartment of " + a.analyte()
                : s instanceof Symbol.EffectSite e ? "the effect-site concentration of " + e.analyte()
                : "a built-in parameter of " + ((Symbol.Disposition) s).analyte();
        return "'" + name + "' is built in (" + what + ")";
    }

    /** Collects what each equation defines, rejecting assignments to parameters, built-ins and names given twice. */
    private void declare() {
        for (int i = 0; i < statements.size(); i++) {
            Statement s = statements.get(i);
            if (s instanceof Statement.Define) {
                fresh(s, i, "a derived quantity");
                derivedAt.put(s.name(), i);
            } else if (s instanceof Statement.Rate r) {
                declareRate(r, i);
            }
        }
        for (int i = 0; i < statements.size(); i++) {
            Statement s = statements.get(i);
            if (s instanceof Statement.Initial) {
                notParameter(s, i);
                if (!stateAt.containsKey(s.name())) {
                    throw EquationException.at(i, s.namePos(), builtins.get(s.name()) instanceof Symbol.Amount
                            ? "built-in compartments start empty (doses fill them); only compartments of your own "
                            + "take a starting value"
                            : "'" + s.name() + "(0)' sets the starting value of a compartment, but no equation gives "
                            + "d/dt(" + s.name() + ")");
                }
                once(initialAt, s, i, s.name() + "(0)");
            } else if (s instanceof Statement.Report r) {
                if (analytes.stream().anyMatch(a -> a.name().equals(r.name())) || r.name().startsWith("occupancy")
                        || r.name().contains(".")) {
                    throw EquationException.at(i, r.namePos(), "output '" + r.name() + "' would clash with the built-in "
                            + "outputs (analyte names, occupancy..., names with '.'); choose another name");
                }
                once(outputAt, s, i, "output " + r.name());
            }
        }
        for (Map.Entry<String, Integer> e : stateAt.entrySet()) {
            if (!initialAt.containsKey(e.getKey())) {
                Statement s = statements.get(e.getValue());
                throw EquationException.at(e.getValue(), s.namePos(), "compartment '" + s.name()
                        + "' needs a starting value: add the equation '" + s.name() + "(0) = ...' (with its unit, "
                        + "which sets the compartment's unit)");
            }
            stateIndex.put(e.getKey(), stateIndex.size());
        }
    }

    private void declareRate(Statement.Rate r, int i) {
        notParameter(r, i);
        Symbol builtin = builtins.get(r.name());
        if (r.added()) {
            if (stateAt.containsKey(r.name())) {
                throw EquationException.at(i, r.namePos(), "'" + r.name() + "' is a compartment of your own: give its "
                        + "whole rate once, 'd/dt(" + r.name() + ") = ...' ('+=' adds to a built-in compartment)");
            }
            if (!(builtin instanceof Symbol.Amount)) {
                throw EquationException.at(i, r.namePos(), "'+=' adds a term to a built-in compartment; '" + r.name()
                        + "' is not one" + (builtin == null ? " (write 'd/dt(" + r.name() + ") = ...' for a compartment "
                        + "of your own)" : "") + compartments());
            }
            return;
        }
        if (builtin instanceof Symbol.Amount) {
            throw EquationException.at(i, r.namePos(), "'" + r.name() + "' has built-in kinetics: write 'd/dt("
                    + r.name() + ") += ...' to add a term to them");
        }
        fresh(r, i, "a compartment");
        stateAt.put(r.name(), i);
    }

    private String compartments() {
        List<String> names = builtins.entrySet().stream().filter(e -> e.getValue() instanceof Symbol.Amount)
                .map(Map.Entry::getKey).toList();
        return " (built-in compartments: " + String.join(", ", names) + ")";
    }

    /** A new name: not a parameter, not built in, not defined before, without dots. */
    private void fresh(Statement s, int i, String what) {
        notParameter(s, i);
        String name = s.name();
        if (builtins.containsKey(name)) {
            throw EquationException.at(i, s.namePos(), taken(name) + "; choose another name for " + what);
        }
        Integer before = derivedAt.containsKey(name) ? derivedAt.get(name) : stateAt.get(name);
        if (before != null) {
            throw EquationException.at(i, s.namePos(), "'" + name + "' is already defined by equation "
                    + (before + 1) + " ('" + lines.get(before).strip() + "'); each name is defined once");
        }
        if (name.contains(".")) {
            throw EquationException.at(i, s.namePos(), "a name of your own may not contain '.' (dotted names are "
                    + "the built-in compartments and parameters)");
        }
    }

    private void notParameter(Statement s, int i) {
        if (parameterIndex.containsKey(s.name())) {
            throw EquationException.at(i, s.namePos(), "'" + s.name() + "' is a parameter: its value is set under "
                    + "'parameters:', an equation cannot assign to it");
        }
    }

    private void once(Map<String, Integer> seen, Statement s, int i, String what) {
        Integer before = seen.put(s.name(), i);
        if (before != null) {
            throw EquationException.at(i, s.namePos(), "'" + what + "' is already given by equation " + (before + 1)
                    + " ('" + lines.get(before).strip() + "'); give it once");
        }
    }

    // ---- order of the derived quantities ----

    /** Orders the derived quantities so that each comes after those it uses; a circle is an error. */
    private void order() {
        Map<String, Integer> mark = new HashMap<>();
        for (String name : derivedAt.keySet()) {
            visit(name, mark, new ArrayList<>());
        }
    }

    private void visit(String name, Map<String, Integer> mark, List<String> path) {
        Integer m = mark.get(name);
        if (m != null && m == 2) {
            return;
        }
        path.add(name);
        if (m != null) {
            List<String> circle = path.subList(path.indexOf(name), path.size());
            int line = derivedAt.get(circle.get(0));
            throw EquationException.at(line, statements.get(line).namePos(), "derived quantities defined in a "
                    + "circle: " + String.join(" -> ", circle) + "; one of them must be computed without the others");
        }
        mark.put(name, 1);
        for (String used : names(statements.get(derivedAt.get(name)).expr(), new ArrayList<>())) {
            if (derivedAt.containsKey(used) && !parameterIndex.containsKey(used)) {
                visit(used, mark, path);
            }
        }
        mark.put(name, 2);
        derivedIndex.put(name, derivedIndex.size());
        path.remove(path.size() - 1);
    }

    private static int size(Expr e) {
        int n = 1;
        for (Expr c : e.children()) {
            n += size(c);
        }
        return n;
    }

    private static List<String> names(Expr e, List<String> out) {
        if (e instanceof Expr.Name n) {
            out.add(n.name());
        }
        e.children().forEach(c -> names(c, out));
        return out;
    }


    /** Where an expression's text starts (a binary node's own position is its operator's). */
    private static int start(Expr e) {
        return e instanceof Expr.Arith a ? start(a.left()) : e instanceof Expr.Compare c ? start(c.left())
                : e instanceof Expr.Logic l ? start(l.left()) : e.pos();
    }

    // ---- resolution ----

    private Expr resolve(Expr e, int line) {
        if (e instanceof Expr.Name n) {
            return new Expr.Ref(symbol(n, line), n.pos());
        } else if (e instanceof Expr.Neg n) {
            return new Expr.Neg(resolve(n.operand(), line), n.pos());
        } else if (e instanceof Expr.Not n) {
            return new Expr.Not(resolve(n.operand(), line), n.pos());
        } else if (e instanceof Expr.Arith a) {
            return new Expr.Arith(a.op(), resolve(a.left(), line), resolve(a.right(), line), a.pos());
        } else if (e instanceof Expr.Compare c) {
            return new Expr.Compare(c.op(), resolve(c.left(), line), resolve(c.right(), line), c.pos());
        } else if (e instanceof Expr.Logic l) {
            return new Expr.Logic(l.op(), resolve(l.left(), line), resolve(l.right(), line), l.pos());
        } else if (e instanceof Expr.Choice c) {
            return new Expr.Choice(resolve(c.condition(), line), resolve(c.whenTrue(), line),
                    resolve(c.whenFalse(), line), c.pos());
        } else if (e instanceof Expr.Call c) {
            Integer arity = ARITY.get(c.function());
            if (arity == null) {
                throw EquationException.at(line, c.pos(), "unknown function '" + c.function() + "'"
                        + Names.didYouMean(c.function(), ARITY.keySet()) + " (functions: exp, log, sqrt, abs, pow, "
                        + "min, max)");
            }
            if (arity >= 0 ? c.args().size() != arity : c.args().size() < 2) {
                throw EquationException.at(line, c.pos(), c.function() + "() takes " + (arity == 1 ? "one argument"
                        : arity == 2 ? "two arguments" : "two or more arguments") + ", got " + c.args().size());
            }
            return new Expr.Call(c.function(), c.args().stream().map(x -> resolve(x, line)).toList(), c.pos());
        }
        return e;
    }

    private Symbol symbol(Expr.Name n, int line) {
        String name = n.name();
        if (parameterIndex.containsKey(name)) {
            return new Symbol.Parameter(parameterIndex.get(name));
        }
        if (derivedIndex.containsKey(name)) {
            return new Symbol.Derived(derivedIndex.get(name));
        }
        if (stateIndex.containsKey(name)) {
            return new Symbol.State(stateIndex.get(name));
        }
        Symbol s = builtins.get(name);
        if (s == null) {
            List<String> known = new ArrayList<>(parameterIndex.keySet());
            known.addAll(derivedIndex.keySet());
            known.addAll(stateIndex.keySet());
            known.addAll(builtins.keySet());
            throw EquationException.at(line, n.pos(), "unknown name '" + name + "'" + Names.didYouMean(name, known)
                    + " (known: " + String.join(", ", known) + ")");
        }
        return s;
    }

    // ---- dimensions ----

    private Dimension dimensionOf(Symbol s, int line) {
        if (dimensions.containsKey(s)) {
            return dimensions.get(s);
        }
        Dimension d;
        if (s instanceof Symbol.Time) {
            d = Dimension.TIME;
        } else if (s instanceof Symbol.Parameter p) {
            d = parameters.get(p.index()).unit().dimension();
        } else if (s instanceof Symbol.Amount) {
            d = Dimension.MASS;
        } else if (s instanceof Symbol.Concentration || s instanceof Symbol.EffectSite) {
            d = Dimension.CONCENTRATION;
        } else if (s instanceof Symbol.Disposition p) {
            d = p.parameter().equals("V") ? Dimension.VOLUME : Dimension.CLEARANCE;
        } else if (s instanceof Symbol.Derived k) {
            int at = derivedAt.get(nameOf(derivedIndex, k.index()));
            d = dimension(derivedExpr.get(k.index()), at);
        } else {
            int k = ((Symbol.State) s).index();
            String name = nameOf(stateIndex, k);
            d = dimension(initialExpr.get(k), initialAt.get(name));
            if (d == null) {
                if (!inferring.add(name)) {
                    return null;
                }
                d = inferred(name);
                inferring.remove(name);
            }
        }
        dimensions.put(s, d);
        return d;
    }

    /**
     * The unit of a compartment that starts at a bare 0: its rate's unit times time, the rate's dimension worked
     * out with the compartment itself standing for any unit (and nothing computed on the way kept).
     */
    private Dimension inferred(String state) {
        int line = stateAt.get(state);
        Map<Symbol, Dimension> before = new HashMap<>(dimensions);
        Dimension rate = dimension(resolve(statements.get(line).expr(), line), line);
        dimensions.clear();
        dimensions.putAll(before);
        return rate == null ? Dimension.NONE : rate.times(Dimension.TIME);
    }

    private static String nameOf(Map<String, Integer> index, int k) {
        return index.entrySet().stream().filter(e -> e.getValue() == k).findFirst().orElseThrow().getKey();
    }

    private static Dimension orNone(Dimension d) {
        return d == null ? Dimension.NONE : d;
    }

    /**
     * The dimension of a number-valued expression; null for "any unit": a bare 0 (zero of any unit), a product
     * with one, or a compartment whose unit is being taken from its rate.
     */
    private Dimension dimension(Expr e, int line) {
        if (e instanceof Expr.Num n) {
            return n.dimension() != null ? n.dimension() : n.value() == 0 ? null : Dimension.NONE;
        } else if (e instanceof Expr.Ref r) {
            return dimensionOf(r.symbol(), line);
        } else if (e instanceof Expr.Neg n) {
            return dimension(n.operand(), line);
        } else if (e instanceof Expr.Arith a) {
            return arith(a, line);
        } else if (e instanceof Expr.Call c) {
            return call(c, line);
        } else if (e instanceof Expr.Choice c) {
            condition(c.condition(), line);
            Dimension a = dimension(c.whenTrue(), line);
            Dimension b = dimension(c.whenFalse(), line);
            return same(a, b, line, start(c.whenFalse()), "the two branches of 'if' have different units: " + kind(a)
                    + " after 'then', " + kind(b) + " after 'else'");
        }
        throw EquationException.at(line, start(e), "a condition (true or false) is not a number: use it in "
                + "'if ... then ... else ...'");
    }

    private Dimension arith(Expr.Arith a, int line) {
        Dimension l = dimension(a.left(), line);
        Dimension r = dimension(a.right(), line);
        switch (a.op()) {
            case '+', '-':
                return same(l, r, line, a.pos(), (a.op() == '+' ? "cannot add " : "cannot subtract ")
                        + kind(r) + (a.op() == '+' ? " to " : " from ") + kind(l));
            case '*':
                return l == null || r == null ? null : l.times(r);
            case '/':
                return l == null || r == null ? null : l.times(r.pow(-1));
            default:
                return power(a.left(), l, a.right(), r, line, a.pos());
        }
    }

    private Dimension power(Expr base, Dimension b, Expr exponent, Dimension x, int line, int pos) {
        if (!orNone(x).isDimensionless()) {
            throw EquationException.at(line, start(exponent), "an exponent must be a pure number, got " + kind(x));
        }
        if (b == null || b.isDimensionless()) {
            return b;
        }
        OptionalDouble value = constant(exponent);
        if (value.isEmpty()) {
            throw EquationException.at(line, pos, "raising " + kind(b) + " to a power that is not a fixed number "
                    + "leaves its unit unknown: divide by a reference value first, e.g. (C / EC50)^gamma");
        }
        return b.pow(value.getAsDouble());
    }

    private Dimension call(Expr.Call c, int line) {
        List<Dimension> args = c.args().stream().map(x -> dimension(x, line)).toList();
        switch (c.function()) {
            case "exp", "log":
                if (!orNone(args.get(0)).isDimensionless()) {
                    throw EquationException.at(line, c.pos(), c.function() + "() of " + kind(args.get(0))
                            + ": its argument must be a pure number; divide by a reference value first, e.g. "
                            + c.function() + "(C / C50)");
                }
                return Dimension.NONE;
            case "sqrt":
                return args.get(0) == null ? null : args.get(0).pow(0.5);
            case "abs":
                return args.get(0);
            case "pow":
                return power(c.args().get(0), args.get(0), c.args().get(1), args.get(1), line, c.pos());
            default:
                Dimension d = args.get(0);
                for (int k = 1; k < args.size(); k++) {
                    d = same(d, args.get(k), line, start(c.args().get(k)), c.function() + "() of quantities with "
                            + "different units: " + kind(d) + " and " + kind(args.get(k)));
                }
                return d;
        }
    }

    private void condition(Expr e, int line) {
        if (e instanceof Expr.Compare c) {
            Dimension l = dimension(c.left(), line);
            Dimension r = dimension(c.right(), line);
            same(l, r, line, c.pos(), "cannot compare " + kind(l) + " with " + kind(r));
        } else if (e instanceof Expr.Logic l) {
            condition(l.left(), line);
            condition(l.right(), line);
        } else if (e instanceof Expr.Not n) {
            condition(n.operand(), line);
        } else {
            throw EquationException.at(line, start(e), "expected a condition such as 'C > 2 [ng/mL]', got a number");
        }
    }

    /** The common dimension of two sides (a bare 0 matches any), or the error {@code what}. */
    private static Dimension same(Dimension a, Dimension b, int line, int pos, String what) {
        if (a == null) {
            return b;
        }
        if (b == null || a.equals(b)) {
            return a;
        }
        throw EquationException.at(line, pos, what + "; both need the same unit");
    }

    private static String kind(Dimension d) {
        return d == null ? "zero" : d.kindWithArticle();
    }

    /** The value of an expression made of bare numbers only, as in an exponent {@code 1/2}. */
    private static OptionalDouble constant(Expr e) {
        if (e instanceof Expr.Num n && n.dimension() == null) {
            return OptionalDouble.of(n.value());
        }
        if (e instanceof Expr.Neg n) {
            OptionalDouble v = constant(n.operand());
            return v.isPresent() ? OptionalDouble.of(-v.getAsDouble()) : v;
        }
        if (e instanceof Expr.Arith a) {
            OptionalDouble l = constant(a.left());
            OptionalDouble r = constant(a.right());
            if (l.isEmpty() || r.isEmpty()) {
                return OptionalDouble.empty();
            }
            double x = l.getAsDouble();
            double y = r.getAsDouble();
            return OptionalDouble.of(switch (a.op()) {
                case '+' -> x + y;
                case '-' -> x - y;
                case '*' -> x * y;
                case '/' -> x / y;
                default -> Math.pow(x, y);
            });
        }
        return OptionalDouble.empty();
    }

    /** Rejects a starting value that changes with time: it may use parameters, numbers and constant derived quantities. */
    private void constant(Expr e, int line, String what) {
        if (e instanceof Expr.Ref r) {
            Symbol s = r.symbol();
            boolean varies = s instanceof Symbol.Time || s instanceof Symbol.State || s instanceof Symbol.Amount
                    || s instanceof Symbol.Concentration || s instanceof Symbol.EffectSite;
            if (!varies && s instanceof Symbol.Derived d) {
                varies = changes(derivedExpr.get(d.index()));
            }
            if (varies) {
                throw EquationException.at(line, r.pos(), what + " must be a fixed value (parameters and numbers): "
                        + "it uses '" + lines.get(line).substring(r.pos()).split("[^\\w.`]")[0]
                        + "', which changes with time");
            }
        }
        e.children().forEach(c -> constant(c, line, what));
    }

    private boolean changes(Expr e) {
        if (e instanceof Expr.Ref r) {
            Symbol s = r.symbol();
            if (s instanceof Symbol.Derived d) {
                return changes(derivedExpr.get(d.index()));
            }
            return !(s instanceof Symbol.Parameter || s instanceof Symbol.Disposition);
        }
        return e.children().stream().anyMatch(this::changes);
    }

    // ---- rates and outputs ----

    private Equations.Rate rate(Statement.Rate r, int line) {
        Expr e = resolve(r.expr(), line);
        Symbol target = stateIndex.containsKey(r.name()) ? new Symbol.State(stateIndex.get(r.name()))
                : builtins.get(r.name());
        Dimension unit = target instanceof Symbol.State s ? dimensionOf(s, line) : Dimension.MASS;
        Dimension expected = unit.times(Dimension.TIME.pow(-1));
        Dimension got = dimension(e, line);
        if (got != null && !got.equals(expected)) {
            throw EquationException.at(line, start(e), "d/dt(" + r.name() + ") must be " + r.name() + "'s unit per "
                    + "time, " + expected.describe() + ", got " + got.describe());
        }
        return new Equations.Rate(target, e);
    }

    private Equations.Report report(Statement.Report r, int line) {
        Expr e = resolve(r.expr(), line);
        Dimension d = orNone(dimension(e, line));
        if (r.unit() != null) {
            if (!r.unit().dimension().equals(d)) {
                throw EquationException.at(line, r.unitPos(), "output " + r.name() + " is " + d.kindWithArticle()
                        + ", it cannot be reported in '" + r.unit().symbol() + "' (" + r.unit().dimension().kind() + ")");
            }
            return new Equations.Report(r.name(), r.unit(), e);
        }
        Unit unit = REPORT_UNITS.stream().filter(u -> u.dimension().equals(d)).findFirst()
                .orElse(new Unit(d.baseUnits(), 1, d));
        return new Equations.Report(r.name(), unit, e);
    }
}
