package org.depotkin.population;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.depotkin.model.Administration;
import org.depotkin.model.Analyte;
import org.depotkin.model.Binding;
import org.depotkin.model.Compound;
import org.depotkin.model.Disposition;
import org.depotkin.model.Formulation;
import org.depotkin.model.Peripheral;
import org.depotkin.model.Scenario;
import org.depotkin.model.equations.Equations;
import org.depotkin.release.DepotRelease;
import org.depotkin.release.FailureMode;
import org.depotkin.release.ReleaseLaw;

/**
 * The parameters of a scenario that a population may vary, by name, and a scenario with some of
 * them multiplied by per-subject factors. Names: {@code <analyte>.CL}, {@code .V}, {@code .Q},
 * {@code .V2}, {@code .Q3}, {@code .V3}, {@code .kon}, {@code .koff}, {@code .Kd}, {@code .ke0};
 * {@code oral.ka}, {@code oral.lag}; {@code release.<law parameter>} as written in the model file
 * (e.g. {@code release.k}, {@code release.duration}, {@code release.td}); {@code <failure mode>.<parameter>} of
 * a depot's failure modes (e.g. {@code fibrosis.tau}, {@code fibrosis.p-min}, {@code removal.at});
 * {@code equations.<name>} of the compound's equations block (e.g. {@code equations.Vmax}).
 */
public final class ParameterSet {
    private ParameterSet() {
    }

    /** Every name that {@link #apply} accepts for this scenario. */
    public static List<String> names(Scenario s) {
        List<String> out = new ArrayList<>();
        for (Analyte a : s.compound().analytes()) {
            out.add(a.name() + ".CL");
            out.add(a.name() + ".V");
            List<Peripheral> p = a.disposition().peripherals();
            if (p.size() > 0) {
                out.add(a.name() + ".Q");
                out.add(a.name() + ".V2");
            }
            if (p.size() > 1) {
                out.add(a.name() + ".Q3");
                out.add(a.name() + ".V3");
            }
            if (a.binding() != null) {
                if (a.binding().isKinetic()) {
                    out.add(a.name() + ".kon");
                    out.add(a.name() + ".koff");
                } else {
                    out.add(a.name() + ".Kd");
                }
                if (a.binding().hasEffectCompartment()) {
                    out.add(a.name() + ".ke0");
                }
            }
        }
        for (Administration adm : s.administrations()) {
            if (adm.formulation() instanceof Formulation.Oral) {
                out.add("oral.ka");
                out.add("oral.lag");
            } else if (adm.formulation() instanceof Formulation.Depot d) {
                out.addAll(recordNames("release", d.release().law()));
                for (FailureMode f : d.release().failures()) {
                    out.addAll(recordNames(f.name(), f));
                }
            }
        }
        for (Equations.Parameter p : s.compound().equations().parameters()) {
            out.add(EQUATIONS + p.name());
        }
        return out.stream().distinct().toList();
    }

    /**
     * Whether a named parameter belongs to the compound (an analyte's, e.g. {@code naltrexone.CL}, or the equations
     * block's) rather than to a formulation ({@code oral.ka}, {@code release.k}, a failure mode's).
     */
    public static boolean ofCompound(Scenario s, String name) {
        int dot = name.indexOf('.');
        return name.startsWith(EQUATIONS) || (dot > 0 && s.compound().analyte(name.substring(0, dot)).isPresent());
    }

    /** Prefix of the parameters of a compound's {@code equations:} block, e.g. {@code equations.Vmax}. */
    public static final String EQUATIONS = "equations.";

    /** The equations block's parameter with this name (without the prefix). */
    private static Equations.Parameter equationParameter(Scenario s, String name) {
        return s.compound().equations().parameters().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no parameter " + EQUATIONS + name));
    }

    /** {@code prefix.<component>} for each double component of a record (none for another class). */
    private static List<String> recordNames(String prefix, Object record) {
        List<String> out = new ArrayList<>();
        if (record.getClass().isRecord()) {
            for (RecordComponent rc : record.getClass().getRecordComponents()) {
                if (rc.getType() == double.class) {
                    out.add(prefix + "." + kebab(rc.getName()));
                }
            }
        }
        return out;
    }

    /** The value of a named parameter, in engine units ({@link #unit}). */
    public static double value(Scenario s, String name) {
        if (name.startsWith(EQUATIONS)) {
            Equations.Parameter p = equationParameter(s, name.substring(EQUATIONS.length()));
            return p.value() / p.unit().factor();
        }
        int dot = name.indexOf('.');
        String head = name.substring(0, dot);
        String tail = name.substring(dot + 1);
        for (Administration adm : s.administrations()) {
            if (head.equals("oral") && adm.formulation() instanceof Formulation.Oral o) {
                return tail.equals("ka") ? o.ka() : o.lag();
            }
            if (adm.formulation() instanceof Formulation.Depot d) {
                if (head.equals("release")) {
                    return component(d.release().law(), tail);
                }
                for (FailureMode f : d.release().failures()) {
                    if (head.equals(f.name())) {
                        return component(f, tail);
                    }
                }
            }
        }
        Analyte a = s.compound().analyte(head).orElseThrow(() -> new IllegalArgumentException("no parameter " + name));
        Disposition d = a.disposition();
        return switch (tail) {
            case "CL" -> d.clearance();
            case "V" -> d.centralVolume();
            case "Q" -> d.peripherals().get(0).clearance();
            case "V2" -> d.peripherals().get(0).volume();
            case "Q3" -> d.peripherals().get(1).clearance();
            case "V3" -> d.peripherals().get(1).volume();
            case "kon" -> a.binding().kon();
            case "koff" -> a.binding().koff();
            case "Kd" -> a.binding().kd();
            case "ke0" -> a.binding().ke0();
            default -> throw new IllegalArgumentException("no parameter " + name);
        };
    }

    /** The double component of a record named {@code kebab} as model files write it. */
    private static double component(Object record, String kebab) {
        for (RecordComponent rc : record.getClass().getRecordComponents()) {
            if (kebab(rc.getName()).equals(kebab)) {
                try {
                    return (Double) rc.getAccessor().invoke(record);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalArgumentException("no parameter " + kebab);
    }

    /** The engine unit of a named parameter of this scenario. */
    public static String unit(Scenario s, String name) {
        if (name.startsWith(EQUATIONS)) {
            String symbol = equationParameter(s, name.substring(EQUATIONS.length())).unit().symbol();
            return symbol.isEmpty() ? "1" : symbol;
        }
        if (name.equals("release.k")) {
            for (Administration adm : s.administrations()) {
                if (adm.formulation() instanceof Formulation.Depot d) {
                    String law = d.release().law().name();
                    if (law.equals("higuchi")) {
                        return "h^-0.5";
                    }
                    if (law.equals("korsmeyer-peppas")) {
                        return "h^-n";
                    }
                }
            }
        }
        return unit(name);
    }

    private static String unit(String name) {
        String tail = name.substring(name.indexOf('.') + 1);
        return switch (tail) {
            case "CL", "Q", "Q3" -> "L/h";
            case "V", "V2", "V3" -> "L";
            case "kon" -> "mL/ng/h";
            case "Kd" -> "ng/mL";
            case "lag", "duration", "td", "plateau", "onset", "tau", "at" -> "h";
            case "beta", "n", "burst-fraction", "p-min", "multiplier", "extra-burst" -> "1";
            default -> "1/h";
        };
    }

    /** The scenario's compound and formulations with each named parameter multiplied by its factor. */
    public static Scenario apply(Scenario s, String subject, Map<String, Double> factors) {
        List<String> known = names(s);
        for (String name : factors.keySet()) {
            if (!known.contains(name)) {
                throw new IllegalArgumentException("scenario " + s.name() + " has no parameter '" + name
                        + "'; it has: " + String.join(", ", known));
            }
        }
        List<Analyte> analytes = new ArrayList<>();
        for (Analyte a : s.compound().analytes()) {
            analytes.add(analyte(a, factors));
        }
        Compound c = new Compound(s.compound().name(), analytes, s.compound().source(),
                equations(s.compound().equations(), factors));
        List<Administration> adms = new ArrayList<>();
        for (Administration adm : s.administrations()) {
            adms.add(new Administration(formulation(adm.formulation(), factors), adm.regimen()));
        }
        return s.forSubject(subject, c, adms);
    }

    /** The equations with each parameter multiplied by its {@code equations.<name>} factor. */
    private static Equations equations(Equations eq, Map<String, Double> x) {
        if (x.keySet().stream().noneMatch(k -> k.startsWith(EQUATIONS))) {
            return eq;
        }
        List<Equations.Parameter> scaled = eq.parameters().stream().map(p -> new Equations.Parameter(p.name(),
                p.value() * f(x, EQUATIONS + p.name()), p.unit())).toList();
        return new Equations(scaled, eq.derived(), eq.states(), eq.rates(), eq.outputs());
    }

    private static double f(Map<String, Double> factors, String name) {
        return factors.getOrDefault(name, 1.0);
    }

    private static Analyte analyte(Analyte a, Map<String, Double> x) {
        String n = a.name() + ".";
        Disposition d = a.disposition();
        List<Peripheral> ps = new ArrayList<>();
        for (int k = 0; k < d.peripherals().size(); k++) {
            Peripheral p = d.peripherals().get(k);
            String q = k == 0 ? "Q" : "Q3";
            String v = k == 0 ? "V2" : "V3";
            ps.add(new Peripheral(p.clearance() * f(x, n + q), p.volume() * f(x, n + v)));
        }
        Disposition nd = new Disposition(d.clearance() * f(x, n + "CL"), d.centralVolume() * f(x, n + "V"), ps);
        Binding b = a.binding();
        Binding nb = b == null ? null : new Binding(b.kd() * f(x, n + "Kd") * f(x, n + "koff") / f(x, n + "kon"),
                b.kon() * f(x, n + "kon"), b.koff() * f(x, n + "koff"), b.ke0() * f(x, n + "ke0"), b.role());
        return new Analyte(a.name(), a.molarMass(), nd, a.formedFrom(), a.fm(), nb);
    }

    private static Formulation formulation(Formulation f, Map<String, Double> x) {
        if (f instanceof Formulation.Oral o) {
            return new Formulation.Oral(o.lag() * f(x, "oral.lag"), o.ka() * f(x, "oral.ka"), o.bioavailability(),
                    o.firstPassFraction(), o.firstPassTo(), o.baseFraction());
        }
        if (f instanceof Formulation.Depot d) {
            ReleaseLaw law = scaled(d.release().law(), "release", x);
            List<FailureMode> failures = d.release().failures().stream().map(m -> scaled(m, m.name(), x)).toList();
            return new Formulation.Depot(d.site(), new DepotRelease(law, failures), d.baseFraction());
        }
        return f;
    }

    /**
     * A release law or failure mode record with its double components scaled by {@code prefix.<name>} factors (the
     * record itself when none applies or it is not a record).
     */
    @SuppressWarnings("unchecked")
    private static <T> T scaled(T record, String prefix, Map<String, Double> x) {
        if (!record.getClass().isRecord() || x.keySet().stream().noneMatch(k -> k.startsWith(prefix + "."))) {
            return record;
        }
        RecordComponent[] rc = record.getClass().getRecordComponents();
        Object[] args = new Object[rc.length];
        Class<?>[] types = new Class<?>[rc.length];
        try {
            for (int i = 0; i < rc.length; i++) {
                types[i] = rc[i].getType();
                Object v = rc[i].getAccessor().invoke(record);
                args[i] = rc[i].getType() == double.class ? (Double) v * f(x, prefix + "." + kebab(rc[i].getName())) : v;
            }
            Constructor<?> ctor = record.getClass().getDeclaredConstructor(types);
            return (T) ctor.newInstance(args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw new IllegalArgumentException(e.getCause().getMessage(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot rebuild " + prefix, e);
        }
    }

    /** kTail → k-tail, as model files write it. */
    static String kebab(String camel) {
        return CAMEL_HUMP.matcher(camel).replaceAll("$1-$2").toLowerCase(Locale.ROOT);
    }

    private static final Pattern CAMEL_HUMP = Pattern.compile("([a-z0-9])([A-Z])");
}
