package org.depotkin.analysis;

import java.util.ArrayList;
import java.util.List;
import org.depotkin.engine.CompiledModel;
import org.depotkin.engine.Trajectory;
import org.depotkin.model.Administration;
import org.depotkin.model.Dose;
import org.depotkin.model.Regimen;
import org.depotkin.model.Scenario;
import org.depotkin.model.Schedule;
import org.depotkin.pd.OperationalModel;

/**
 * How long before an operation the antagonist must be stopped: the time after the regimen's last dose
 * (before the end of the scenario's span) until an IV analgesic challenge (10 mg IV morphine) reaches at least
 * {@code margin} × the peak effect it reaches without any antagonist, and stays there. Effect is the operational
 * model's ({@link OperationalModel}, the agonist's transducer ratio τ): the analgesic works when its peak
 * occupancy reaches θ(margin · e(θ0)), θ0 its antagonist-free peak occupancy; with τ = 0 that is margin · θ0.
 *
 * <p>The regimen is cut at the scenario's span (no dose after it) and run on, doubling the horizon
 * from max(60 d, span) up to {@link #MAX_HORIZON} h until the analgesic works at its end. The
 * condition is evaluated on a grid (horizon/500, within 15 min – 24 h) and refined by Brent to
 * {@link Blockade#TIME_TOL} h; the washout is the last time it turns true.
 *
 * @param challenge   e.g. {@code 10 mg IV morphine}
 * @param margin      fraction of the antagonist-free peak effect that counts as working
 * @param unblocked   the analgesic's peak occupancy without antagonist (fraction)
 * @param lastDose    time of the last dose (h)
 * @param hours       washout after the last dose (h); +inf when longer than the horizon
 * @param horizon     how far after the last dose was searched (h)
 */
public record Washout(String challenge, double margin, double unblocked, double lastDose, double hours,
                      double horizon) {
    /** Longest horizon searched after the last dose (h): 4 years. */
    public static final double MAX_HORIZON = 4 * 365 * 24.0;

    /** Washout of {@code scenario} for an analgesic challenge of {@code dose} mg. */
    public static Washout of(Scenario scenario, ChallengeModel analgesic, double dose, double margin) {
        if (!(margin > 0 && margin < 1)) {
            throw new IllegalArgumentException("washout margin must be within (0, 100 %), got " + margin * 100 + " %");
        }
        List<Administration> cut = new ArrayList<>();
        double last = 0;
        for (Administration a : scenario.administrations()) {
            List<Schedule> singles = new ArrayList<>();
            for (Dose d : a.regimen().doses()) {
                if (d.time() < scenario.duration()) {
                    singles.add(new Schedule.Single(d.time(), d.amount()));
                    last = Math.max(last, d.time());
                }
            }
            if (!singles.isEmpty()) {
                cut.add(new Administration(a.formulation(), new Regimen(singles)));
            }
        }
        double unblocked = analgesic.unblockedOccupancy(dose);
        double tau = analgesic.agonist().transducerRatio();
        double target = OperationalModel.occupancyFor(margin * OperationalModel.effect(unblocked, tau), tau);
        String name = analgesic.describe(dose);
        for (double horizon = Math.max(60 * 24.0, scenario.duration()); ; horizon *= 2) {
            horizon = Math.min(horizon, MAX_HORIZON);
            Scenario run = new Scenario(scenario.name(), scenario.description(), scenario.compound(), cut,
                    List.of(), last + horizon, scenario.outputStep(), scenario.solver());
            Trajectory tr = CompiledModel.compile(run).simulate();
            double[] grid = Blockade.grid(last, last + horizon, List.of(), 500, 24);
            double[] f = new double[grid.length];
            for (int i = 0; i < grid.length; i++) {
                f[i] = analgesic.at(tr, grid[i]).peakOccupancy(dose) - target;
            }
            if (f[f.length - 1] >= 0) {
                int k = f.length - 1;
                while (k > 0 && f[k - 1] >= 0) {
                    k--;
                }
                double at = k == 0 ? last : Roots.brent(t -> analgesic.at(tr, t).peakOccupancy(dose) - target,
                        grid[k - 1], grid[k], Blockade.TIME_TOL);
                return new Washout(name, margin, unblocked, last, at - last, horizon);
            }
            if (horizon >= MAX_HORIZON) {
                return new Washout(name, margin, unblocked, last, Double.POSITIVE_INFINITY, horizon);
            }
        }
    }
}
