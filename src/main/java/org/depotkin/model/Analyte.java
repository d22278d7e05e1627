package org.depotkin.model;

import java.io.Serializable;

/**
 * One analyte of a compound: the parent drug or a metabolite.
 *
 * <p>A metabolite is formed from {@code formedFrom} by the fraction {@code fm} of that analyte's
 * systemic clearance: formation rate = fm · CL · C (mg/h of precursor) × MWmetabolite/MWprecursor
 * (1 when either molar mass is unknown). It may also be formed presystemically from oral doses
 * (see {@link Formulation.Oral}).
 *
 * @param name        analyte name as used in outputs and criteria, e.g. {@code naltrexone}
 * @param molarMass   g/mol, NaN when not given
 * @param disposition its own compartments
 * @param formedFrom  name of the precursor analyte, null for the parent
 * @param fm          fraction of the precursor's clearance that forms this analyte
 * @param binding     receptor binding, null when the analyte does not bind
 */
public record Analyte(String name, double molarMass, Disposition disposition, String formedFrom, double fm,
                      Binding binding) implements Serializable {
    public Analyte {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an analyte needs a name");
        }
        if (formedFrom != null) {
            Checks.fraction("fm", fm);
        }
    }

    public boolean isParent() {
        return formedFrom == null;
    }
}
