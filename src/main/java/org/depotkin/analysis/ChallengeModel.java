package org.depotkin.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.depotkin.engine.CompiledModel;
import org.depotkin.engine.Output;
import org.depotkin.engine.Trajectory;
import org.depotkin.model.Administration;
import org.depotkin.model.Agonist;
import org.depotkin.model.Analyte;
import org.depotkin.model.Binding;
import org.depotkin.model.Formulation;
import org.depotkin.model.Regimen;
import org.depotkin.model.Scenario;
import org.depotkin.model.Schedule;
import org.depotkin.model.SolverSettings;
import org.depotkin.pd.Gaddum;

/**
 * An agonist challenge (IV, IM, SC, intranasal or oral) given at time t against an antagonist run.
 *
 * <p>The agonist's kinetics (heroin → 6-MAM → morphine: minutes) run in their own short simulation
 * of 1 mg by the challenge's route over {@link #SPAN} h, so the antagonist's system (days) never becomes
 * stiff. A route other than IV is first-order absorption with bioavailability, from the agonist's file. Agonist
 * kinetics are linear, so a dose D gives xA(s) = D·u(s) with u(s) = Σj Cj(s)/Kj per mg over the
 * analytes with agonist binding. Cj is the analyte's effect-site concentration when its binding has a ke0
 * (the brain's slow or fast equilibration with plasma), else plasma, and Kj = Ki/(fu·Kp,uu): the unbound brain
 * concentration over Ki, the receptor-level ratio that carries over between agonists (docs/blockade.md). The antagonist's receptor state is read from its own run at t + s
 * as the ratio r(t + s) = θN/(1 − θN) ({@link Gaddum}) at a few nodes in s, and the challenge's peak
 * agonist occupancy
 * <pre>
 *   P(t, D) = max over s of  D·u(s) / (1 + r(t + s) + D·u(s))
 * </pre>
 * is taken over a fixed grid of s (every minute for the first 30 min, every 10 min after), where
 * u(s) ≥ 2 % of its peak (for the heroin chain the 1 min grid is 5e-4 below the peak on a 1 s grid,
 * measured). With a fixed grid P is smooth in t, so window ends can be root-found on it.
 * The challenge is blocked while P &lt; θ*, the agonist's response threshold. P rises monotonically
 * with D, so the surmountable dose D*(t), P(t, D*) = θ*, is found by bracketing in log D and Brent.
 */
public final class ChallengeModel {
    /** How long after the challenge its occupancy is followed (h). */
    public static final double SPAN = 6.0;
    private static final double FINE = 1.0 / 60;
    private static final double FINE_UNTIL = 0.5;
    private static final double COARSE = 1.0 / 6;
    private static final double KEEP = 0.02;
    private static final double[] R_NODES = nodes();

    private final Agonist agonist;
    private final String route;
    private final double[] s;
    private final double[] u;
    private final double uMax;

    private ChallengeModel(Agonist agonist, String route, double[] s, double[] u) {
        this.agonist = agonist;
        this.route = route;
        this.s = s;
        this.u = u;
        double m = 0;
        for (double x : u) {
            m = Math.max(m, x);
        }
        this.uMax = m;
    }

    private static double[] nodes() {
        List<Double> n = new ArrayList<>(List.of(0.0, 5 / 60.0, 10 / 60.0, 15 / 60.0, 20 / 60.0));
        for (double x = 0.5; x <= SPAN + 1e-9; x += 0.5) {
            n.add(x);
        }
        return n.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** An IV challenge. */
    public static ChallengeModel of(Agonist agonist) {
        return of(agonist, "IV");
    }

    /**
     * Simulates 1 mg of the agonist by {@code route} and keeps the part of the curve that can set the peak.
     *
     * @throws IllegalArgumentException when the agonist's file gives no such route
     */
    public static ChallengeModel of(Agonist agonist, String route) {
        Formulation f = agonist.formulation(route);
        Scenario one = new Scenario(agonist.name() + " 1 mg " + route, agonist.name() + " 1 mg " + route,
                agonist.compound(), List.of(new Administration(f, new Regimen(List.of(new Schedule.Single(0, 1.0))))),
                List.of(), SPAN, 0.1, SolverSettings.DEFAULT);
        Trajectory tr = CompiledModel.compile(one).simulate();
        List<Analyte> ligands = agonist.compound().analytes().stream()
                .filter(a -> a.binding() != null && a.binding().role() == Binding.Role.AGONIST).toList();
        List<Double> times = new ArrayList<>();
        for (double t = 0; t < FINE_UNTIL - 1e-9; t += FINE) {
            times.add(t);
        }
        for (double t = FINE_UNTIL; t <= SPAN + 1e-9; t += COARSE) {
            times.add(t);
        }
        double[] ratio = new double[times.size()];
        for (int k = 0; k < ratio.length; k++) {
            for (Analyte a : ligands) {
                ratio[k] += tr.value(seen(a), times.get(k)) / a.binding().kd();
            }
        }
        double peak = 0;
        for (double x : ratio) {
            peak = Math.max(peak, x);
        }
        List<Integer> keep = new ArrayList<>();
        for (int k = 0; k < ratio.length; k++) {
            if (ratio[k] >= KEEP * peak) {
                keep.add(k);
            }
        }
        return new ChallengeModel(agonist, route, keep.stream().mapToDouble(times::get).toArray(),
                keep.stream().mapToDouble(k -> ratio[k]).toArray());
    }

    /** The output whose concentration the analyte's receptor sees: its effect site, or plasma. */
    private static String seen(Analyte a) {
        return a.binding().hasEffectCompartment() ? a.name() + ".effect-site" : a.name();
    }

    public Agonist agonist() {
        return agonist;
    }

    /** The route: IV, IM, SC, intranasal or oral. */
    public String route() {
        return route;
    }

    /** The challenge as written, e.g. {@code 3 mg IM hydromorphone}. */
    public String describe(double dose) {
        return org.depotkin.model.Format.number(dose) + " mg " + route + " " + agonist.name();
    }

    /** Peak of the unit-dose agonist ratio Σ C/K per mg. */
    public double peakRatioPerMg() {
        return uMax;
    }

    /** Peak agonist occupancy of dose D (mg) without antagonist. */
    public double unblockedOccupancy(double dose) {
        return Gaddum.agonistOccupancy(dose * uMax, 0);
    }

    /** The smallest dose (mg) whose peak occupancy reaches θ* without antagonist. */
    public double unblockedDose(double response) {
        return Gaddum.agonistRatioFor(response, 0) / uMax;
    }

    /**
     * The antagonist's receptor state over a challenge given at t, ready for many doses: r is read from
     * the run at the nodes s = 0, 5, 10, 15, 20, 30 min and every 30 min to {@link #SPAN} (it changes on
     * the antagonist's time scale of hours) and interpolated linearly onto the challenge grid.
     */
    public Snapshot at(Trajectory antagonist, double t) {
        Optional<Output> occ = antagonist.find("occupancy");
        double[] r = new double[s.length];
        if (occ.isPresent()) {
            double end = antagonist.endTime();
            double[] node = new double[R_NODES.length];
            for (int k = 0; k < node.length; k++) {
                node[k] = Gaddum.antagonistRatio(antagonist.value(occ.get(), Math.min(t + R_NODES[k], end)));
            }
            int j = 0;
            for (int k = 0; k < s.length; k++) {
                while (j < R_NODES.length - 2 && s[k] > R_NODES[j + 1]) {
                    j++;
                }
                double w = (s[k] - R_NODES[j]) / (R_NODES[j + 1] - R_NODES[j]);
                r[k] = node[j] + w * (node[j + 1] - node[j]);
            }
        }
        return new Snapshot(r);
    }

    /** The antagonist ratio r(t + s) on the challenge grid. */
    public final class Snapshot {
        private final double[] r;

        Snapshot(double[] r) {
            this.r = r;
        }

        /** P(t, D): the challenge's peak agonist occupancy (fraction). */
        public double peakOccupancy(double dose) {
            double best = 0;
            for (int k = 0; k < s.length; k++) {
                best = Math.max(best, Gaddum.agonistOccupancy(dose * u[k], r[k]));
            }
            return best;
        }

        /** D*(t): the smallest dose (mg) whose peak occupancy reaches θ*. */
        public double surmountableDose(double response) {
            double x = Math.log(Gaddum.agonistRatioFor(response, r[0]) / uMax);
            double lo = x;
            double hi = x;
            while (peakOccupancy(Math.exp(lo)) >= response) {
                lo -= Math.log(2);
            }
            while (peakOccupancy(Math.exp(hi)) < response) {
                hi += Math.log(2);
            }
            return Math.exp(Roots.brent(v -> peakOccupancy(Math.exp(v)) - response, lo, hi, 1e-9));
        }
    }
}
