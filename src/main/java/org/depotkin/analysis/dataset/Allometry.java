package org.depotkin.analysis.dataset;

import java.util.LinkedHashMap;
import java.util.Map;
import org.depotkin.model.Analyte;
import org.depotkin.model.Compound;

/**
 * Body-weight scaling of disposition parameters, as a scenario's population block with a
 * {@code weight} applies it to virtual subjects:
 * <pre>
 *   CL, Q, Q3 × (WT/70 kg)^0.75        V, V2, V3 × (WT/70 kg)
 * </pre>
 * Source: Anderson &amp; Holford, Annu Rev Pharmacol Toxicol 2008;48:303 (allometric theory).
 * The same rule as {@code population/SubjectSampler}, which keeps its own copy until the population
 * package exposes it.
 */
final class Allometry {
    /** kg. */
    static final double REFERENCE_WEIGHT = 70.0;
    private static final double CLEARANCE_EXPONENT = 0.75;

    private Allometry() {
    }

    /** Parameter name → factor for a subject of {@code weight} kg ({@link org.depotkin.model.ParameterSpace} names). */
    static Map<String, Double> factors(Compound compound, double weight) {
        double ratio = weight / REFERENCE_WEIGHT;
        double cl = Math.pow(ratio, CLEARANCE_EXPONENT);
        Map<String, Double> out = new LinkedHashMap<>();
        for (Analyte a : compound.analytes()) {
            out.put(a.name() + ".CL", cl);
            out.put(a.name() + ".V", ratio);
            int peripherals = a.disposition().peripherals().size();
            if (peripherals > 0) {
                out.put(a.name() + ".Q", cl);
                out.put(a.name() + ".V2", ratio);
            }
            if (peripherals > 1) {
                out.put(a.name() + ".Q3", cl);
                out.put(a.name() + ".V3", ratio);
            }
        }
        return out;
    }
}
