package org.depotkin.bench;

import java.util.concurrent.ExecutorService;
import org.depotkin.engine.CeilingBound;
import org.depotkin.engine.LinearPropagator;
import org.depotkin.model.Administration;
import org.depotkin.model.Disposition;
import org.depotkin.model.Dose;
import org.depotkin.model.Formulation;
import org.depotkin.model.Scenario;
import org.depotkin.release.FailureMode;
import org.depotkin.release.FirstOrder;

/**
 * W3 of docs/workloads.md §3: the implant scenario (bench-w2) with log-normal IIV, ω = 0.3 on CL, Vc,
 * k_rel and k_fib, θ_i = θ·e^(0.3·z), z from the portable stream (§4, seed (1234, 5678, 9012), Box–Muller).
 *
 * <p>Per subject, only the states that Cp depends on are propagated: central C and peripheral P,
 * <pre>
 *   dC/dt = u(t) − (CL + Q)/Vc·C + Q/Vp·P,   dP/dt = Q/Vc·C − Q/Vp·P,   Cp = 1000·C/Vc
 * </pre>
 * (M and E do not feed back), exactly from grid point to grid point by {@link LinearPropagator} with the
 * implant input u = k_rel·P_f·D as a degree-6 Taylor polynomial per 1 h step, written in the basis
 * D·b^i of {@link ImplantRelease} so that a step costs one exponential and a few multiplications; the
 * truncation error is below 1e-14 of u even for k_fib at +5 SD (ImplantPopulationTest). Against
 * DormandPrince853 at rtol 1e-12 the grid values agree to 2e-11. The typical
 * parameters come from the scenario file.
 */
public final class ImplantPopulation {
    /** ω, SD of the log of CL, Vc, k_rel and k_fib (§3). */
    public static final double OMEGA = 0.3;
    static final int[] SEED = {1234, 5678, 9012};
    static final int DEGREE = 6;

    private final double cl;
    private final double vc;
    private final double q;
    private final double vp;
    private final double kRel;
    private final double pMin;
    private final double kFib;
    private final double load;
    private final PopulationGrid grid;

    /** Subject parameters, index i − 1 for subject i. */
    public record Draws(double[] cl, double[] vc, double[] kRel, double[] kFib) {
        public int size() {
            return cl.length;
        }
    }

    /** Reads the typical subject from the implant scenario (one first-order implant with fibrosis from t = 0). */
    public ImplantPopulation(Scenario implant) {
        Disposition disp = implant.compound().parent().disposition();
        if (disp.peripherals().size() != 1 || implant.administrations().size() != 1
                || !(implant.administrations().get(0).formulation() instanceof Formulation.Depot depot)
                || !(depot.release().law() instanceof FirstOrder law) || depot.release().failures().size() != 1
                || !(depot.release().failures().get(0) instanceof FailureMode.Fibrosis fib) || fib.onset() != 0) {
            throw new IllegalArgumentException(implant.name() + ": W3 needs a 2-compartment parent and one "
                    + "first-order implant with fibrosis from t = 0 (like models/bench-w2.yaml)");
        }
        Administration adm = implant.administrations().get(0);
        Dose dose = adm.regimen().doses().get(0);
        if (adm.regimen().doses().size() != 1 || dose.time() != 0) {
            throw new IllegalArgumentException(implant.name() + ": W3 needs one implant at t = 0");
        }
        this.cl = disp.clearance();
        this.vc = disp.centralVolume();
        this.q = disp.peripherals().get(0).clearance();
        this.vp = disp.peripherals().get(0).volume();
        this.kRel = law.k();
        this.pMin = fib.pMin();
        this.kFib = 1 / fib.tau();
        this.load = dose.amount() * depot.baseFraction();
        this.grid = PopulationGrid.of(implant);
    }

    /** The first n subjects of the portable stream (§4). */
    public Draws draw(int n) {
        WichmannHill rng = new WichmannHill(SEED[0], SEED[1], SEED[2]);
        double[] z = new double[4];
        Draws d = new Draws(new double[n], new double[n], new double[n], new double[n]);
        for (int i = 0; i < n; i++) {
            rng.nextNormalPair(z, 0);
            rng.nextNormalPair(z, 2);
            d.cl[i] = cl * Math.exp(OMEGA * z[0]);
            d.vc[i] = vc * Math.exp(OMEGA * z[1]);
            d.kRel[i] = kRel * Math.exp(OMEGA * z[2]);
            d.kFib[i] = kFib * Math.exp(OMEGA * z[3]);
        }
        return d;
    }

    /**
     * Coverage of every subject on a pool of {@code threads} threads; with {@code fullGrid} every subject is
     * walked to the end of the grid instead of stopping once the threshold is out of reach (same result).
     */
    public PopulationChecksum solve(Draws draws, ExecutorService pool, int threads, boolean fullGrid) {
        return Subjects.run(draws.size(), grid.days(), pool, threads, (from, to, coverage, dayCounts) -> {
            double[] x = new double[2];
            double[] work = new double[2];
            double[] u = new double[DEGREE + 2];
            for (int i = from; i < to; i++) {
                coverage[i] = subject(draws.cl[i], draws.vc[i], draws.kRel[i], draws.kFib[i], x, work, u, dayCounts,
                        null, !fullGrid);
            }
        });
    }

    /** Disposition matrix of (C, P) (1/h). */
    static double[][] disposition(double cl, double vc, double q, double vp) {
        return new double[][] {{-(cl + q) / vc, q / vp}, {q / vc, -q / vp}};
    }

    /** Typical disposition matrix of (C, P) (1/h). */
    double[][] typicalDisposition() {
        return disposition(cl, vc, q, vp);
    }

    /**
     * Coverage hours of one subject; adds the subject to dayCounts on the days it is covered and, when
     * {@code cp} is not null, keeps Cp (ng/mL) at every grid point there. With earlyStop the walk stops once
     * Cp can no longer reach the threshold: the release rate u = k_rel·P_f·D never increases, so
     * {@link CeilingBound} bounds every later Cp. x and work: length 2, u: length
     * {@link #DEGREE} + 2 (the input basis).
     */
    int subject(double cli, double vci, double kReli, double kFibi, double[] x, double[] work, double[] u,
                long[] dayCounts, double[] cp, boolean earlyStop) {
        ImplantRelease input = new ImplantRelease(load, kReli, pMin, kFibi, grid.step());
        double[][] basis = input.taylorBasis(DEGREE);
        double[][] a = disposition(cli, vci, q, vp);
        LinearPropagator step = LinearPropagator.of(a, 0, DEGREE, grid.step()).withInputBasis(basis);
        CeilingBound ceiling = earlyStop ? new CeilingBound(a, 0, 0) : null;
        double[] rate = basis[0];
        double toCp = 1000 / vci;
        double threshold = grid.threshold();
        int perDay = grid.perDay();
        x[0] = 0;
        x[1] = 0;
        int covered = 0;
        for (int n = 0; n <= grid.steps(); n++) {
            input.basisThenAdvance(u);
            double c = toCp * x[0];
            if (c >= threshold) {
                covered++;
                if (n % perDay == 0) {
                    dayCounts[n / perDay]++;
                }
            } else if (ceiling != null && toCp * ceiling.ceiling(x, dot(rate, u)) < threshold) {
                return covered;
            }
            if (cp != null) {
                cp[n] = c;
            }
            step.step(x, u, work);
        }
        return covered;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /** Cp (ng/mL) of one subject at t = 0, step, …, duration. */
    public double[] concentrations(double cli, double vci, double kReli, double kFibi) {
        double[] cp = new double[grid.steps() + 1];
        subject(cli, vci, kReli, kFibi, new double[2], new double[2], new double[DEGREE + 2],
                new long[grid.days() + 1], cp, false);
        return cp;
    }
}
