package org.depotkin.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.depotkin.model.equations.Equations;
import org.depotkin.release.DepotRelease;
import org.depotkin.release.FailureMode;
import org.depotkin.release.Parameter;
import org.depotkin.release.Range;
import org.depotkin.release.ReleaseLaw;

/**
 * The parameters of a scenario that a population, a fit, a design or a dataset may vary: one {@link Descriptor} per
 * parameter (name, engine unit, allowed range, the scenario's typical value, where it comes from), and the scenario
 * with a vector of values put in its place ({@link #bind}). Names: {@code <analyte>.CL}, {@code .V}, {@code .Q},
 * {@code .V2}, {@code .Q3}, {@code .V3}, {@code .kon}, {@code .koff}, {@code .Kd}, {@code .ke0}; {@code oral.ka},
 * {@code oral.lag}; {@code release.<key>} of the depot's law as its class declares it (e.g. {@code release.k},
 * {@code release.td}); {@code <failure mode>.<key>} (e.g. {@code fibrosis.tau}, {@code removal.at});
 * {@code equations.<name>} of the compound's equations block (e.g. {@code equations.Vmax}).
 *
 * <p>One walk over the scenario ({@link Walk}) both lists the parameters and puts values back, so the two cannot
 * disagree. A name shared by several administrations (two oral formulations) is one parameter: each
 * administration keeps its own ratio to the first one's typical value. Binding rebuilds only the records whose
 * numbers changed (no reflection: release laws and failure modes make their own copies).
 */
public final class ParameterSpace implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Prefix of the parameters of a compound's {@code equations:} block, e.g. {@code equations.Vmax}. */
    public static final String EQUATIONS = "equations.";

    private final String scenario;
    private final List<Descriptor> descriptors;
    private final HashMap<String, Integer> index;
    private final double[] typical;

    /**
     * One parameter.
     *
     * @param name       e.g. {@code naltrexone.CL}
     * @param unit       engine unit, e.g. {@code L/h}; {@code 1} for a plain number
     * @param range      allowed values
     * @param typical    the scenario's value (engine unit)
     * @param origin     where the value is written in the model files, e.g.
     *                   {@code compounds/naltrexone.yaml: analytes[naltrexone].CL} (a description of the part
     *                   instead of the file for a scenario not read from files)
     * @param ofCompound whether it belongs to the compound (an analyte's or the equations block's) rather than to a
     *                   formulation or failure mode
     */
    public record Descriptor(String name, String unit, Range range, double typical, String origin, boolean ofCompound)
            implements Serializable {
        /**
         * The value when it lies in the range; otherwise an {@link IllegalArgumentException} of one line saying
         * what gave it, e.g. {@code population omega}.
         */
        public double check(double value, String givenBy) {
            if (!range.contains(value)) {
                throw new IllegalArgumentException(givenBy + " gives " + name + " = " + Format.number(value)
                        + (unit.equals("1") ? "" : " " + unit) + ", outside its allowed range " + range + " (" + origin
                        + ")");
            }
            return value;
        }
    }

    private ParameterSpace(String scenario, List<Descriptor> descriptors) {
        this.scenario = scenario;
        this.descriptors = List.copyOf(descriptors);
        this.index = new HashMap<>();
        this.typical = new double[descriptors.size()];
        for (int k = 0; k < descriptors.size(); k++) {
            index.put(descriptors.get(k).name(), k);
            typical[k] = descriptors.get(k).typical();
        }
    }

    /** The parameter space of a scenario. */
    public static ParameterSpace of(Scenario s) {
        List<Descriptor> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        new Walk(s) {
            @Override
            double value(String name, String unit, Range range, double own, String origin, boolean ofCompound) {
                if (seen.putIfAbsent(name, out.size()) == null) {
                    out.add(new Descriptor(name, unit, range, own, origin, ofCompound));
                }
                return own;
            }
        }.scenario(s.name());
        return new ParameterSpace(s.name(), out);
    }

    public List<Descriptor> descriptors() {
        return descriptors;
    }

    /** Every parameter's name, in the order of the value vectors. */
    public List<String> names() {
        return descriptors.stream().map(Descriptor::name).toList();
    }

    public int size() {
        return descriptors.size();
    }

    public boolean has(String name) {
        return index.containsKey(name);
    }

    /** Position of a named parameter in the value vectors; an error listing the names when there is none. */
    public int indexOf(String name) {
        Integer k = index.get(name);
        if (k == null) {
            throw new IllegalArgumentException("scenario " + scenario + " has no parameter '" + name + "'"
                    + Names.didYouMean(name, names()) + "; it has: " + String.join(", ", names()));
        }
        return k;
    }

    public Descriptor descriptor(String name) {
        return descriptors.get(indexOf(name));
    }

    /** The typical value of a named parameter (engine unit). */
    public double value(String name) {
        return typical[indexOf(name)];
    }

    /** The engine unit of a named parameter. */
    public String unit(String name) {
        return descriptor(name).unit();
    }

    /** The scenario's typical values, in order (a copy). */
    public double[] typical() {
        return typical.clone();
    }

    /**
     * The typical values with each named parameter multiplied by its factor, each checked against its range.
     *
     * @param givenBy what chose the factors, for the error message (e.g. {@code population omega})
     */
    public double[] values(Map<String, Double> factors, String givenBy) {
        double[] v = typical.clone();
        for (Map.Entry<String, Double> f : factors.entrySet()) {
            int k = indexOf(f.getKey());
            v[k] = descriptors.get(k).check(typical[k] * f.getValue(), givenBy);
        }
        return v;
    }

    /**
     * The scenario this space was made from ({@code s}, or one of the same structure) with the values in place,
     * named {@code name}; the records whose numbers did not change are kept. The values are checked by the records'
     * own constructors.
     */
    public Scenario bind(Scenario s, String name, double[] values) {
        if (values.length != typical.length) {
            throw new IllegalArgumentException("scenario " + scenario + " has " + typical.length + " parameters, got "
                    + values.length + " values");
        }
        return new Walk(s) {
            @Override
            double value(String n, String unit, Range range, double own, String origin, boolean ofCompound) {
                int k = index.get(n);
                if (own == typical[k]) {
                    return values[k];
                }
                // another administration's own value: the same ratio to the typical (the value itself from 0)
                return typical[k] == 0 ? (values[k] == 0 ? own : values[k]) : values[k] * (own / typical[k]);
            }
        }.scenario(name);
    }

    /** {@link #bind} of {@link #values(Map, String)}: the scenario with the named parameters multiplied. */
    public Scenario scaled(Scenario s, String name, Map<String, Double> factors, String givenBy) {
        return bind(s, name, values(factors, givenBy));
    }

    /**
     * One pass over a scenario's parameters: each number is handed to {@link #value}, and the records are made
     * again from what it returns (the same record when nothing changed).
     */
    private abstract static class Walk {
        private final Scenario s;

        Walk(Scenario s) {
            this.s = s;
        }

        /** The value to use for a parameter whose value in the scenario is {@code own}. */
        abstract double value(String name, String unit, Range range, double own, String origin, boolean ofCompound);

        Scenario scenario(String name) {
            Compound c = s.compound();
            List<Analyte> analytes = new ArrayList<>();
            boolean changed = false;
            for (Analyte a : c.analytes()) {
                Analyte b = analyte(a);
                analytes.add(b);
                changed |= b != a;
            }
            List<Administration> adms = new ArrayList<>();
            for (Administration adm : s.administrations()) {
                Formulation f = formulation(adm.formulation(), file("formulation." + adms.size(),
                        "formulation (" + adm.formulation().route() + ")"));
                adms.add(f == adm.formulation() ? adm : new Administration(f, adm.regimen()));
            }
            Equations eq = equations(c.equations());
            Compound compound = changed || eq != c.equations() ? new Compound(c.name(), analytes, c.source(), eq) : c;
            return s.forSubject(name, compound, adms);
        }

        /** The model file a part was read from, or a description of the part for a scenario not read from files. */
        private String file(String part, String otherwise) {
            return s.files().getOrDefault(part, otherwise) + ": ";
        }

        private double compound(Analyte a, String key, String unit, Range range, double own, String where) {
            return value(a.name() + "." + key, unit, range, own, file("compound", "compound " + s.compound().name())
                    + "analytes[" + a.name() + "]." + where, true);
        }

        private Analyte analyte(Analyte a) {
            Disposition d = a.disposition();
            double cl = compound(a, "CL", "L/h", Range.NON_NEGATIVE, d.clearance(), "CL");
            double v = compound(a, "V", "L", Range.POSITIVE, d.centralVolume(), "V");
            List<Peripheral> ps = new ArrayList<>();
            boolean changed = cl != d.clearance() || v != d.centralVolume();
            for (int k = 0; k < d.peripherals().size(); k++) {
                Peripheral p = d.peripherals().get(k);
                String where = "peripheral[" + (k + 1) + "].";
                double q = compound(a, k == 0 ? "Q" : "Q3", "L/h", Range.POSITIVE, p.clearance(), where + "Q");
                double vp = compound(a, k == 0 ? "V2" : "V3", "L", Range.POSITIVE, p.volume(), where + "V");
                changed |= q != p.clearance() || vp != p.volume();
                ps.add(q == p.clearance() && vp == p.volume() ? p : new Peripheral(q, vp));
            }
            Binding b = a.binding();
            Binding nb = b == null ? null : binding(a, b);
            if (!changed && nb == b) {
                return a;
            }
            Disposition nd = d.clearance() == cl && d.centralVolume() == v && ps.equals(d.peripherals())
                    ? d : new Disposition(cl, v, ps);
            return new Analyte(a.name(), a.molarMass(), nd, a.formedFrom(), a.fm(), nb);
        }

        private Binding binding(Analyte a, Binding b) {
            double kon = b.kon();
            double koff = b.koff();
            double kd = b.kd();
            if (b.isKinetic()) {
                kon = compound(a, "kon", "mL/ng/h", Range.POSITIVE, b.kon(), "binding.kon");
                koff = compound(a, "koff", "1/h", Range.POSITIVE, b.koff(), "binding.koff");
                kd = kon == b.kon() && koff == b.koff() ? b.kd() : koff / kon;
            } else {
                kd = compound(a, "Kd", "ng/mL", Range.POSITIVE, b.kd(), "binding.Kd");
            }
            double ke0 = b.hasEffectCompartment()
                    ? compound(a, "ke0", "1/h", Range.POSITIVE, b.ke0(), "binding.ke0") : b.ke0();
            boolean same = kd == b.kd() && Double.compare(kon, b.kon()) == 0 && Double.compare(koff, b.koff()) == 0
                    && Double.compare(ke0, b.ke0()) == 0;
            return same ? b : new Binding(kd, kon, koff, ke0, b.role());
        }

        private Formulation formulation(Formulation f, String where) {
            if (f instanceof Formulation.Oral o) {
                double ka = value("oral.ka", "1/h", Range.POSITIVE, o.ka(), where + "ka", false);
                double lag = value("oral.lag", "h", Range.NON_NEGATIVE, o.lag(), where + "lag", false);
                return ka == o.ka() && lag == o.lag() ? o : new Formulation.Oral(lag, ka, o.bioavailability(),
                        o.firstPassFraction(), o.firstPassTo(), o.baseFraction());
            }
            if (f instanceof Formulation.Depot d) {
                DepotRelease r = d.release();
                ReleaseLaw law = r.law();
                double[] values = values("release", law.parameters(), law.values(), where + "release.");
                ReleaseLaw newLaw = same(values, law.values()) ? law : law.with(values);
                List<FailureMode> failures = new ArrayList<>();
                boolean changed = newLaw != law;
                for (FailureMode m : r.failures()) {
                    double[] mv = values(m.name(), m.parameters(), m.values(),
                            file("scenario", "scenario " + s.name()) + "failure." + m.name() + ".");
                    FailureMode nm = same(mv, m.values()) ? m : m.with(mv);
                    failures.add(nm);
                    changed |= nm != m;
                }
                return changed ? new Formulation.Depot(d.site(), new DepotRelease(newLaw, failures), d.baseFraction())
                        : d;
            }
            return f;
        }

        private double[] values(String prefix, List<Parameter> parameters, double[] own, String where) {
            double[] out = new double[own.length];
            for (int i = 0; i < own.length; i++) {
                Parameter p = parameters.get(i);
                out[i] = value(prefix + "." + p.key(), p.unit(), p.range(), own[i], where + p.key(), false);
            }
            return out;
        }

        private static boolean same(double[] a, double[] b) {
            for (int i = 0; i < a.length; i++) {
                if (a[i] != b[i]) {
                    return false;
                }
            }
            return true;
        }

        private Equations equations(Equations eq) {
            List<Equations.Parameter> ps = new ArrayList<>();
            boolean changed = false;
            for (Equations.Parameter p : eq.parameters()) {
                double factor = p.unit().factor();
                double own = p.value() / factor;
                String symbol = p.unit().symbol();
                double v = value(EQUATIONS + p.name(), symbol.isEmpty() ? "1" : symbol, Range.ANY, own,
                        file("compound", "compound " + s.compound().name()) + "equations.parameters." + p.name(), true);
                changed |= v != own;
                ps.add(v == own ? p : new Equations.Parameter(p.name(), v * factor, p.unit()));
            }
            return changed ? new Equations(ps, eq.derived(), eq.states(), eq.rates(), eq.outputs()) : eq;
        }
    }
}
