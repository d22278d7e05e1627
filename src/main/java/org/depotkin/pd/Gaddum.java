package org.depotkin.pd;

/**
 * Competition of an agonist with an antagonist at equilibrium (Gaddum 1937; Arunlakshana &amp; Schild
 * 1959), used for challenges:
 * <pre>
 *   θA = xA / (1 + r + xA)        xA = Σ agonist Cj/Kj,  r = the antagonist's ratio
 *   r  = θN / (1 − θN)            from the antagonist's own occupancy θN (no agonist present)
 *   xR(r) = θR / (1 − θR) · (1 + r)   the agonist ratio that reaches the response θR: dose ratio 1 + r
 * </pre>
 * For an antagonist bound at equilibrium r = C/K, and xR(r) / xR(0) = 1 + C/K is Schild's dose
 * ratio. For naltrexone's kinetic binding (RO-1) r comes from the slow occupancy state: the slow
 * loss of blockade (72–108 h half-time, S44) is read as a slowly falling antagonist level at the
 * receptor against which the agonist competes at equilibrium, so that the blockade stays
 * surmountable by a large enough dose (S52: fatal overdose with an implant in place).
 */
public final class Gaddum {
    private Gaddum() {
    }

    /** Agonist occupancy θA for agonist ratio xA against antagonist ratio r. */
    public static double agonistOccupancy(double xAgonist, double r) {
        return xAgonist / (1 + r + xAgonist);
    }

    /** The antagonist ratio r = θN/(1 − θN) that gives occupancy θN without agonist. */
    public static double antagonistRatio(double antagonistOccupancy) {
        double theta = Math.min(Math.max(antagonistOccupancy, 0), 1 - 1e-15);
        return theta / (1 - theta);
    }

    /** The agonist ratio xA that reaches occupancy θR against r. */
    public static double agonistRatioFor(double response, double r) {
        return response / (1 - response) * (1 + r);
    }
}
