package org.depotkin.pd;

/**
 * The operational model of agonism (Black &amp; Leff 1983, slope 1) read as a function of agonist occupancy,
 * used to judge an agonist's effect rather than its receptor occupancy (washout: does the analgesic work
 * again?).
 * <pre>
 *   E/Em = τ·xA / (1 + r + (1 + τ)·xA) = τ·θA / (1 + τ·θA)      θA = xA/(1 + r + xA)  (Gaddum)
 *   e(θA) = E(θA)/E(1) = (1 + τ)·θA / (1 + τ·θA)                 the effect as a fraction of that at full occupancy
 *   θA(e) = e / (1 + τ − τ·e)                                    its inverse
 * </pre>
 * τ (dimensionless, ≥ 0) is the transducer ratio, receptor density over the occupancy-response coupling
 * constant: the receptor reserve. The effect rises monotonically with occupancy, so a response threshold on
 * effect is one on occupancy; τ matters where effects are compared as ratios (a washout margin: "90 % of the
 * effect without naltrexone"). With τ = 0 the effect is proportional to occupancy, e(θ) = θ.
 */
public final class OperationalModel {
    private OperationalModel() {
    }

    /** e(θ): the effect at agonist occupancy θ as a fraction of the effect at full occupancy. */
    public static double effect(double occupancy, double tau) {
        return (1 + tau) * occupancy / (1 + tau * occupancy);
    }

    /** θ(e): the agonist occupancy that gives effect fraction e. */
    public static double occupancyFor(double effect, double tau) {
        return effect / (1 + tau - tau * effect);
    }
}
