package org.depotkin.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.depotkin.model.Administration;
import org.depotkin.model.Dose;
import org.depotkin.model.Formulation;
import org.depotkin.model.ParameterSpace;
import org.depotkin.model.Regimen;
import org.depotkin.model.Scenario;
import org.depotkin.model.Schedule;
import org.depotkin.population.Subject;
import org.depotkin.population.VirtualTrial;

/**
 * The subjects of W3 and W4 (docs/workloads.md §3 and §4), drawn from the portable stream ({@link WichmannHill})
 * in the order the workloads define. This is all the benchmark adds: the subjects are simulated by the
 * population command's own path ({@link VirtualTrial}: compile each subject's scenario, follow it along the grid).
 * <ul>
 *   <li>W3, the implant scenario: CL, Vc, k_rel and k_fib each × e^(0.3·z), four normals per subject by
 *       Box–Muller from uniforms 4(i − 1) + 1 … 4i; k_fib = 1/τ, so τ is × e^(−0.3·z4).</li>
 *   <li>W4, the oral scenario: dose k of subject i (at 24·k h) is taken iff uniform 180·(i − 1) + k + 1 is below
 *       0.7; typical parameters.</li>
 * </ul>
 */
final class PortableSubjects {
    /** ω, SD of the log of each W3 parameter. */
    static final double OMEGA = 0.3;
    static final int[] W3_SEED = {1234, 5678, 9012};
    static final int[] W4_SEED = {4321, 8765, 2109};
    /** Probability that a W4 dose is taken. */
    static final double TAKEN = 0.7;

    private PortableSubjects() {
    }

    /** W3's first n subjects of the implant scenario (one depot with fibrosis). */
    static IntFunction<Subject> w3(Scenario implant, int n) {
        String parent = implant.compound().parent().name();
        ParameterSpace space = ParameterSpace.of(implant);
        List<String> varied = List.of(parent + ".CL", parent + ".V", "release.k", "fibrosis.tau");
        if (!space.names().containsAll(varied)) {
            throw new IllegalArgumentException(implant.name() + ": W3 needs a first-order depot with fibrosis "
                    + "(like models/bench-w2.yaml)");
        }
        double[][] z = normals(n);
        return i -> {
            Map<String, Double> factors = Map.of(varied.get(0), Math.exp(OMEGA * z[i][0]), varied.get(1),
                    Math.exp(OMEGA * z[i][1]), varied.get(2), Math.exp(OMEGA * z[i][2]), varied.get(3),
                    Math.exp(-OMEGA * z[i][3]));
            return new Subject(i, factors, Double.NaN, List.of(), 0, 0,
                    space.scaled(implant, implant.name() + "#" + (i + 1), factors, "W3"));
        };
    }

    /** The four normals of each of W3's first n subjects, in stream order. */
    static double[][] normals(int n) {
        WichmannHill rng = new WichmannHill(W3_SEED[0], W3_SEED[1], W3_SEED[2]);
        double[][] z = new double[n][4];
        for (int i = 0; i < n; i++) {
            rng.nextNormalPair(z[i], 0);
            rng.nextNormalPair(z[i], 2);
        }
        return z;
    }

    /** W4's first n subjects of the oral scenario (one oral formulation). */
    static IntFunction<Subject> w4(Scenario oral, int n) {
        if (oral.administrations().size() != 1
                || !(oral.administrations().get(0).formulation() instanceof Formulation.Oral)) {
            throw new IllegalArgumentException(oral.name() + ": W4 needs one oral formulation (like models/bench-w1.yaml)");
        }
        Administration planned = oral.administrations().get(0);
        List<Dose> doses = planned.regimen().doses();
        boolean[][] taken = taken(n, doses.size());
        return i -> {
            List<Schedule> own = new ArrayList<>();
            for (int k = 0; k < doses.size(); k++) {
                if (taken[i][k]) {
                    own.add(new Schedule.Single(doses.get(k).time(), doses.get(k).amount()));
                }
            }
            Scenario s = oral.forSubject(oral.name() + "#" + (i + 1), oral.compound(),
                    List.of(new Administration(planned.formulation(), new Regimen(own))));
            return new Subject(i, Map.of(), Double.NaN, List.of(), doses.size(), own.size(), s);
        };
    }

    /** Which of {@code doses} doses each of W4's first n subjects takes, in stream order. */
    static boolean[][] taken(int n, int doses) {
        WichmannHill rng = new WichmannHill(W4_SEED[0], W4_SEED[1], W4_SEED[2]);
        boolean[][] taken = new boolean[n][doses];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < doses; k++) {
                taken[i][k] = rng.next() < TAKEN;
            }
        }
        return taken;
    }
}
