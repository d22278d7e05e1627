package org.depotkin.model;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.depotkin.model.equations.Equations;

/**
 * A drug and its metabolites. The first analyte is the parent; every metabolite names a precursor
 * listed before it, so that chains such as heroin → 6-MAM → morphine are allowed. The fractions
 * fm formed from one precursor may not exceed 1 in total.
 *
 * @param name     compound name, e.g. {@code naltrexone}
 * @param analytes parent first, then metabolites
 * @param source   where the parameters come from (free text, shown in outputs)
 * @param equations what the compound's {@code equations:} block adds to the built-in kinetics
 *                  ({@link Equations#NONE} when it has none)
 */
public record Compound(String name, List<Analyte> analytes, String source, Equations equations)
        implements Serializable {
    /** A compound with the built-in kinetics only. */
    public Compound(String name, List<Analyte> analytes, String source) {
        this(name, analytes, source, Equations.NONE);
    }

    public Compound {
        analytes = List.copyOf(analytes);
        equations = equations == null ? Equations.NONE : equations;
        if (analytes.isEmpty() || !analytes.get(0).isParent()) {
            throw new IllegalArgumentException("compound " + name + ": the first analyte must be the parent");
        }
        Set<String> seen = new HashSet<>();
        for (Analyte a : analytes) {
            if (a != analytes.get(0) && a.isParent()) {
                throw new IllegalArgumentException("compound " + name + ": only one parent allowed, '"
                        + a.name() + "' needs 'formed-from'");
            }
            if (!a.isParent() && !seen.contains(a.formedFrom())) {
                throw new IllegalArgumentException("metabolite '" + a.name() + "' is formed from '"
                        + a.formedFrom() + "', which is not listed before it");
            }
            if (!seen.add(a.name())) {
                throw new IllegalArgumentException("compound " + name + ": analyte '" + a.name() + "' twice");
            }
        }
        for (Analyte p : analytes) {
            double sum = analytes.stream().filter(m -> p.name().equals(m.formedFrom())).mapToDouble(Analyte::fm).sum();
            if (sum > 1 + 1e-12) {
                throw new IllegalArgumentException("metabolites formed from '" + p.name() + "' have fm summing to "
                        + sum + " > 1");
            }
        }
    }

    /** The same compound with other analytes (same names, e.g. one virtual subject's parameters). */
    public Compound withAnalytes(List<Analyte> newAnalytes) {
        return new Compound(name, newAnalytes, source, equations);
    }

    public Analyte parent() {
        return analytes.get(0);
    }

    public Optional<Analyte> analyte(String analyteName) {
        return analytes.stream().filter(a -> a.name().equals(analyteName)).findFirst();
    }

    public int indexOf(String analyteName) {
        for (int i = 0; i < analytes.size(); i++) {
            if (analytes.get(i).name().equals(analyteName)) {
                return i;
            }
        }
        return -1;
    }
}
