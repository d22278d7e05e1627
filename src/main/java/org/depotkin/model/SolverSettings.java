package org.depotkin.model;

import java.io.Serializable;

/**
 * Integrator tolerances (Dormand–Prince 8(5,3), Hipparchus).
 *
 * @param relTol relative tolerance
 * @param absTol absolute tolerance, the same for every state (mg, or ng/mL for effect sites)
 */
public record SolverSettings(double relTol, double absTol) implements Serializable {
    /** The defaults: tight enough that outputs match closed forms to about 1e-9 relative. */
    public static final SolverSettings DEFAULT = new SolverSettings(1e-10, 1e-12);

    public SolverSettings {
        Checks.positive("relative tolerance", relTol);
        Checks.positive("absolute tolerance", absTol);
    }
}
