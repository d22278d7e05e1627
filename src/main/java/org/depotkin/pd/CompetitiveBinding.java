package org.depotkin.pd;

import java.util.List;
import org.depotkin.model.Binding;

/**
 * Competitive binding of several ligands at one receptor population, some with kinetic and some
 * with equilibrium binding (the hemi-equilibrium treatment of docs/sources.md §9.4).
 *
 * <p>With K = Σ θk over kinetic ligands (states) and X = Σ Cj/Kdj over equilibrium ligands:
 * <pre>
 *   θj     = (1 − K) · (Cj/Kdj) / (1 + X)                  equilibrium ligand j
 *   free   = (1 − K) / (1 + X)                             unoccupied fraction
 *   dθk/dt = kon,k · Ck · free − koff,k · θk               kinetic ligand k
 * </pre>
 * With only equilibrium ligands this is θi = (Ci/Ki)/(1 + Σj Cj/Kj); with only kinetic ones it
 * is dθi/dt = kon,i·Ci·(1 − Σj θj) − koff,i·θi (docs/science.md §5). Ci is the plasma or the
 * effect-site concentration (ng/mL), as the ligand's binding says.
 */
public final class CompetitiveBinding {
    private final Binding[] ligands;

    public CompetitiveBinding(List<Binding> ligands) {
        this.ligands = ligands.toArray(Binding[]::new);
    }

    public int size() {
        return ligands.length;
    }

    public Binding ligand(int i) {
        return ligands[i];
    }

    /**
     * Occupancy of every ligand.
     *
     * @param conc   concentration seen by each ligand (ng/mL)
     * @param theta  current occupancy state of each ligand (used for kinetic ligands only)
     * @param out    occupancy of each ligand (fraction)
     * @return the free (unoccupied) fraction of receptors
     */
    public double occupancies(double[] conc, double[] theta, double[] out) {
        double k = 0;
        double x = 0;
        for (int i = 0; i < ligands.length; i++) {
            if (ligands[i].isKinetic()) {
                k += theta[i];
            } else {
                x += ratio(i, conc[i]);
            }
        }
        double scale = free(k, x);
        for (int i = 0; i < ligands.length; i++) {
            out[i] = occupancy(i, conc[i], theta[i], scale);
        }
        return scale;
    }

    /** C/Kd of equilibrium ligand i at concentration c (ng/mL); a negative c counts as 0. */
    public double ratio(int i, double c) {
        return Math.max(c, 0) / ligands[i].kd();
    }

    /** The free fraction (1 − K)/(1 + X) from K = Σ θ of the kinetic ligands and X = Σ C/Kd of the others. */
    public static double free(double kinetic, double equilibrium) {
        return (1 - kinetic) / (1 + equilibrium);
    }

    /** Occupancy of ligand i: its state θ when kinetic, else free·C/Kd. */
    public double occupancy(int i, double c, double theta, double free) {
        return ligands[i].isKinetic() ? theta : free * ratio(i, c);
    }

    /** dθ/dt of a kinetic ligand given the free fraction. */
    public double derivative(int i, double conc, double theta, double free) {
        Binding b = ligands[i];
        return b.kon() * Math.max(conc, 0) * free - b.koff() * theta;
    }
}
