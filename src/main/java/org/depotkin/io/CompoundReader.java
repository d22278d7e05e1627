package org.depotkin.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.depotkin.io.yaml.ModelFileException;
import org.depotkin.io.yaml.YamlList;
import org.depotkin.io.yaml.YamlMap;
import org.depotkin.model.Agonist;
import org.depotkin.model.Analyte;
import org.depotkin.model.Binding;
import org.depotkin.model.Compound;
import org.depotkin.model.Criterion;
import org.depotkin.model.Disposition;
import org.depotkin.model.Formulation;
import org.depotkin.model.Names;
import org.depotkin.model.Peripheral;
import org.depotkin.model.Unit;
import org.depotkin.model.equations.Equations;

/**
 * Reads a compound: {@code compound:}, {@code analytes:} (parent first), each with disposition and binding,
 * the optional {@code equations:} block and {@code michaelis-menten:} on an analyte ({@link EquationsReader}),
 * and for an agonist the {@code response:} block ({@code occupancy: {value: 9.6 %, source: ...}}) that says
 * which agonist occupancy a challenge must reach to be felt.
 */
final class CompoundReader {
    private CompoundReader() {
    }

    static Compound read(YamlMap m) {
        m.optMap("response");
        m.optMap("routes");
        String name = m.optString("compound").orElse("inline compound");
        m.optString("description");
        String source = m.optString("source").orElse("");
        YamlList list = m.list("analytes");
        List<Analyte> analytes = new ArrayList<>();
        EquationsReader equations = new EquationsReader();
        for (int i = 0; i < list.size(); i++) {
            analytes.add(analyte(list.map(i), analytes.stream().map(Analyte::name).toList(), equations));
        }
        Equations checked = equations.read(m.optMap("equations").orElse(null), analytes);
        m.finish();
        try {
            return new Compound(name, analytes, source, checked);
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(m.valueLocation("analytes"), e.getMessage());
        }
    }

    /**
     * An agonist: the compound, its {@code response:} block, {@code occupancy} (the challenge threshold) or
     * {@code shared-with: <agonist>} (the same receptor occupancy as that agonist's, read with {@code others}),
     * and {@code washout-margin} (for an analgesic), each NaN when absent; and its {@code routes:} (IM, SC,
     * intranasal, oral: {@code F}, {@code ka}, optional {@code lag}, each with its source).
     */
    static Agonist agonist(YamlMap m, Function<String, Agonist> others) {
        double response = Double.NaN;
        double tau = 0;
        double margin = Double.NaN;
        String source = "";
        YamlMap r = m.optMap("response").orElse(null);
        if (r != null) {
            response = fraction(r, "occupancy");
            source = r.source("occupancy").orElse("");
            tau = r.optNonNegative("transducer-ratio", Unit.ONE).orElse(0);
            r.source("transducer-ratio");
            Optional<String> shared = r.optString("shared-with");
            if (shared.isPresent()) {
                if (!Double.isNaN(response) || r.has("transducer-ratio")) {
                    throw r.error("shared-with", "give either 'occupancy' and 'transducer-ratio' or 'shared-with', "
                            + "not both");
                }
                Agonist other = others.apply(shared.get());
                response = other.response();
                tau = other.transducerRatio();
                source = "shared with " + shared.get() + " (the same receptor occupancy is needed for effect): "
                        + other.responseSource();
            }
            margin = fraction(r, "washout-margin");
            r.finish();
        }
        Map<String, Formulation> routes = new LinkedHashMap<>();
        m.optMap("routes").ifPresent(block -> {
            for (String route : block.keys()) {
                if (!Criterion.Challenge.ROUTES.contains(route) || route.equals("IV")) {
                    throw block.error(route, "route '" + route + "' is not one of IM, SC, intranasal, oral (IV needs "
                            + "no entry)");
                }
                YamlMap a = block.map(route);
                a.optString("source");
                try {
                    routes.put(route, new Formulation.Oral(a.optNonNegative("lag", Unit.H).orElse(0),
                            a.positive("ka", Unit.PER_H), a.fraction("F"), 0, null, 1.0));
                } catch (IllegalArgumentException e) {
                    throw new ModelFileException(a.location(), e.getMessage());
                }
                a.finish();
            }
        });
        Compound c = read(m);
        try {
            return new Agonist(c, response, source, tau, margin, routes);
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(m.location(), e.getMessage());
        }
    }

    /**
     * fu·Kp,uu: the receptor region's unbound concentration per unit plasma concentration at equilibrium, from
     * the binding's optional {@code fu} (unbound fraction in plasma, default 1) and {@code Kpuu} (unbound
     * brain / unbound plasma at steady state, default 1). An equilibrium constant K (Ki or Kd, of the unbound
     * ligand at the receptor) then acts on plasma concentration as K/(fu·Kp,uu) (docs/blockade.md).
     */
    private static double unboundInBrain(YamlMap b) {
        double fu = b.optFraction("fu").orElse(1);
        if (!(fu > 0)) {
            throw new ModelFileException(b.valueLocation("fu"), "'fu' must be above 0 (the unbound fraction in plasma)");
        }
        double kpuu = b.optPositive("Kpuu", Unit.ONE).orElse(1);
        b.source("fu");
        b.source("Kpuu");
        if (b.has("kon") && (b.has("fu") || b.has("Kpuu"))) {
            throw b.error(b.has("fu") ? "fu" : "Kpuu", "'fu' and 'Kpuu' apply to equilibrium binding (Ki or Kd) only");
        }
        return fu * kpuu;
    }

    private static double fraction(YamlMap r, String key) {
        double v = r.optQuantity(key, Unit.ONE).orElse(Double.NaN);
        if (!Double.isNaN(v) && !(v > 0 && v < 1)) {
            throw new ModelFileException(r.valueLocation(key), "'" + key + "' must be within (0, 100 %), got "
                    + v * 100 + " %");
        }
        r.source(key);
        return v;
    }

    private static Analyte analyte(YamlMap a, List<String> before, EquationsReader equations) {
        String name = a.string("name");
        a.optMap("michaelis-menten").ifPresent(mm -> equations.analyteShorthand(name, mm));
        double mw = a.optPositive("molar-mass", Unit.G_PER_MOL).orElse(Double.NaN);
        String formedFrom = a.optString("formed-from").orElse(null);
        if (formedFrom != null && !before.contains(formedFrom)) {
            throw a.error("formed-from", "unknown precursor '" + formedFrom + "'" + Names.didYouMean(formedFrom, before)
                    + " (analytes listed before it: " + String.join(", ", before) + ")");
        }
        double fm = formedFrom == null ? 0 : a.fraction("fm");
        if (formedFrom == null && a.has("fm")) {
            throw a.error("fm", "'fm' belongs to a metabolite: add 'formed-from: <precursor>'");
        }
        // CL 0 is pure Michaelis-Menten elimination; without it the drug would never leave
        double cl = a.has("michaelis-menten") ? a.nonNegative("CL", Unit.L_PER_H) : a.positive("CL", Unit.L_PER_H);
        double v = a.positive("V", Unit.L);
        List<Peripheral> peripherals = new ArrayList<>();
        a.optList("peripheral").ifPresent(list -> {
            if (list.size() > 2) {
                throw new ModelFileException(list.location(), "at most 2 peripheral compartments, got " + list.size());
            }
            for (int k = 0; k < list.size(); k++) {
                YamlMap p = list.map(k);
                peripherals.add(new Peripheral(p.positive("Q", Unit.L_PER_H), p.positive("V", Unit.L)));
                p.optString("source");
                p.finish();
            }
        });
        Binding binding = a.optMap("binding").map(b -> binding(b, mw)).orElse(null);
        a.optString("description");
        a.finish();
        try {
            return new Analyte(name, mw, new Disposition(cl, v, peripherals), formedFrom, fm, binding);
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(a.location(), e.getMessage());
        }
    }

    private static Binding binding(YamlMap b, double mw) {
        String model = b.choice("model", List.of("kinetic", "equilibrium"));
        Binding.Role role = Binding.Role.valueOf(b.choice("role", List.of("antagonist", "agonist"))
                .toUpperCase(java.util.Locale.ROOT));
        double ke0 = b.optPositive("ke0", Unit.PER_H).orElse(Double.NaN);
        double brain = unboundInBrain(b);
        b.optString("source");
        Binding out;
        if (model.equals("kinetic")) {
            out = Binding.kinetic(b.positive("kon", Unit.NG_PER_ML_INV_PER_H),
                    b.positive("koff", Unit.PER_H), ke0, role);
        } else if (b.has("Ki")) {
            if (Double.isNaN(mw)) {
                throw b.error("Ki", "a molar Ki needs the analyte's 'molar-mass' to convert it to ng/mL");
            }
            out = Binding.equilibrium(b.quantity("Ki", Unit.NG_PER_ML, mw) / brain, ke0, role);
        } else {
            out = Binding.equilibrium(b.positive("Kd", Unit.NG_PER_ML) / brain, ke0, role);
        }
        b.finish();
        return out;
    }
}
