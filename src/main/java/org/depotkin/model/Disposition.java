package org.depotkin.model;

import java.io.Serializable;
import java.util.List;

/**
 * Linear mammillary disposition of one analyte: a central compartment with first-order
 * elimination and up to two peripheral compartments.
 *
 * <pre>
 *   dA1/dt = input - (CL/V1)·A1 - Σ (Qi/V1)·A1 + Σ (Qi/Vi)·Ai
 *   dAi/dt = (Qi/V1)·A1 - (Qi/Vi)·Ai
 *   C = 1000 · A1 / V1        (A in mg, V in L, C in ng/mL)
 * </pre>
 * Standard 1/2/3-compartment model (e.g. Gabrielsson &amp; Weiner, Pharmacokinetic and
 * Pharmacodynamic Data Analysis, ch. 2; mrgsolve {@code pk2cmt}).
 *
 * @param clearance     CL, linear elimination clearance from the central compartment (L/h); 0 only beside a
 *                      saturable pathway (Michaelis-Menten, which the compound file reader requires then)
 * @param centralVolume V1 (L)
 * @param peripherals   0, 1 or 2 peripheral compartments
 */
public record Disposition(double clearance, double centralVolume, List<Peripheral> peripherals)
        implements Serializable {
    public Disposition {
        Checks.nonNegative("CL", clearance);
        Checks.positive("V", centralVolume);
        peripherals = List.copyOf(peripherals);
        if (peripherals.size() > 2) {
            throw new IllegalArgumentException("at most 2 peripheral compartments, got " + peripherals.size());
        }
    }

    /** Number of compartments (1, 2 or 3). */
    public int compartments() {
        return 1 + peripherals.size();
    }
}
