package org.depotkin.engine;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * Test oracle, independent of {@link org.depotkin.model.ParameterSpace}: a scenario with named parameters multiplied
 * by factors, its records rebuilt by reflection over their double components (how the population command made each
 * subject before scenarios were bound).
 */
final class ReflectiveRebuild {
    private ReflectiveRebuild() {
    }

    static Scenario apply(Scenario s, String subject, Map<String, Double> x) {
        List<Analyte> analytes = new ArrayList<>();
        for (Analyte a : s.compound().analytes()) {
            analytes.add(analyte(a, x));
        }
        Equations eq = s.compound().equations();
        List<Equations.Parameter> scaled = eq.parameters().stream().map(p -> new Equations.Parameter(p.name(),
                p.value() * f(x, "equations." + p.name()), p.unit())).toList();
        Compound c = new Compound(s.compound().name(), analytes, s.compound().source(),
                new Equations(scaled, eq.derived(), eq.states(), eq.rates(), eq.outputs()));
        List<Administration> adms = new ArrayList<>();
        for (Administration adm : s.administrations()) {
            adms.add(new Administration(formulation(adm.formulation(), x), adm.regimen()));
        }
        return s.forSubject(subject, c, adms);
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
            ps.add(new Peripheral(p.clearance() * f(x, n + (k == 0 ? "Q" : "Q3")),
                    p.volume() * f(x, n + (k == 0 ? "V2" : "V3"))));
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

    /** A record with its double components scaled by {@code prefix.<kebab-case name>} factors. */
    @SuppressWarnings("unchecked")
    private static <T> T scaled(T record, String prefix, Map<String, Double> x) {
        if (!record.getClass().isRecord()) {
            return record;
        }
        RecordComponent[] rc = record.getClass().getRecordComponents();
        Object[] args = new Object[rc.length];
        Class<?>[] types = new Class<?>[rc.length];
        try {
            for (int i = 0; i < rc.length; i++) {
                types[i] = rc[i].getType();
                Object v = rc[i].getAccessor().invoke(record);
                String kebab = rc[i].getName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
                args[i] = rc[i].getType() == double.class ? (Double) v * f(x, prefix + "." + kebab) : v;
            }
            Constructor<?> ctor = record.getClass().getDeclaredConstructor(types);
            return (T) ctor.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot rebuild " + prefix, e);
        }
    }
}
