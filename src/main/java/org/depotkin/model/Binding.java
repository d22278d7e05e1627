package org.depotkin.model;

import java.io.Serializable;

/**
 * Receptor binding of one ligand (mu-opioid receptor for naltrexone and its agonists).
 *
 * <p>Equilibrium form (competitive, all ligands j present):
 * θi = (Ci/Kdi) / (1 + Σj Cj/Kdj). Kinetic form: dθi/dt = kon,i·Ci·(1 − Σj θj) − koff,i·θi,
 * with Kd = koff/kon. When {@code ke0} is set, Ci is the effect-site concentration
 * dCe/dt = ke0·(C − Ce) instead of plasma. Sources: docs/science.md §5; docs/sources.md §9.4.
 *
 * @param kd   dissociation constant (ng/mL)
 * @param kon  association rate constant ((ng/mL)^-1·h^-1), NaN for equilibrium binding
 * @param koff dissociation rate constant (1/h), NaN for equilibrium binding
 * @param ke0  effect-compartment rate constant (1/h), NaN for none
 * @param role antagonist or agonist: occupancy totals are reported per role
 */
public record Binding(double kd, double kon, double koff, double ke0, Role role) implements Serializable {
    /** What a ligand does at the receptor. */
    public enum Role { ANTAGONIST, AGONIST }

    public Binding {
        Checks.positive("Kd", kd);
        if (!Double.isNaN(kon) || !Double.isNaN(koff)) {
            Checks.positive("kon", kon);
            Checks.positive("koff", koff);
        }
        if (!Double.isNaN(ke0)) {
            Checks.positive("ke0", ke0);
        }
    }

    /** Equilibrium binding with dissociation constant kd (ng/mL). */
    public static Binding equilibrium(double kd, double ke0, Role role) {
        return new Binding(kd, Double.NaN, Double.NaN, ke0, role);
    }

    /** Kinetic binding; Kd = koff/kon. */
    public static Binding kinetic(double kon, double koff, double ke0, Role role) {
        return new Binding(koff / kon, kon, koff, ke0, role);
    }

    public boolean isKinetic() {
        return !Double.isNaN(kon);
    }

    public boolean hasEffectCompartment() {
        return !Double.isNaN(ke0);
    }
}
