package org.depotkin.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.depotkin.io.ModelFiles;
import org.depotkin.model.SolverSettings;
import org.hipparchus.analysis.UnivariateFunction;
import org.hipparchus.analysis.solvers.BrentSolver;
import org.junit.jupiter.api.Test;

/** The failure modes of the bundled 3.4 g implant against the nominal implant and closed forms. */
class FailureModesTest {
    static final double K = 0.0064 / 24;
    static final double LOAD = 3400;
    static final double DAY = 24;

    static Trajectory run(String model, double days) {
        return CompiledModel.compile(ModelFiles.scenario(Path.of("models", model + ".yaml")).with(days * DAY, 1,
                SolverSettings.DEFAULT)).simulate();
    }

    static double firstBelow(Trajectory tr, double level) {
        return tr.crossings(tr.output("naltrexone"), level).stream().filter(c -> !c.rising())
                .mapToDouble(Crossing::time).findFirst().orElse(Double.POSITIVE_INFINITY);
    }

    @Test
    void fibrosisLeavesAResidualLoadAndShortensCoverage() {
        Trajectory nominal = run("implant-3.4g", 365);
        Trajectory fib = run("implant-3.4g-fibrosis", 365);
        double t = 365 * DAY;
        // closed form: remaining = exp(-k (p t + (1 - p) tau (1 - e^(-t/tau)))), p = 0.25, tau = 14 d
        double tau = 14 * DAY;
        double expected = LOAD * Math.exp(-K * (0.25 * t + 0.75 * tau * (1 - Math.exp(-t / tau))));
        MassBalance mb = fib.massBalance(t);
        assertEquals(expected, mb.depotRemaining(), 1e-9 * LOAD);
        assertTrue(mb.depotRemaining() > 5 * nominal.massBalance(t).depotRemaining(), "residual load");
        double nominal2 = firstBelow(nominal, 2);
        double fib2 = firstBelow(fib, 2);
        System.out.printf("above 2 ng/mL: nominal %.1f d, fibrosis %.1f d; residual at 1 y %.0f vs %.0f mg%n",
                nominal2 / DAY, fib2 / DAY, mb.depotRemaining(), nominal.massBalance(t).depotRemaining());
        assertTrue(fib2 < 0.5 * nominal2, "fibrosis shortens coverage");
    }

    @Test
    void earlyDepletionEmptiesTheDepotEarlier() {
        Trajectory nominal = run("implant-3.4g", 365);
        Trajectory fast = run("implant-3.4g-early-depletion", 365);
        for (double d : new double[] {30, 90, 180}) {
            double t = d * DAY;
            assertEquals(LOAD * Math.exp(-2 * K * t), fast.massBalance(t).depotRemaining(), 1e-9 * LOAD);
            assertTrue(fast.massBalance(t).depotRemaining() < nominal.massBalance(t).depotRemaining());
        }
        assertTrue(fast.value("naltrexone", 1 * DAY) > 1.8 * nominal.value("naltrexone", 1 * DAY), "higher early");
        assertTrue(firstBelow(fast, 2) < firstBelow(nominal, 2), "coverage ends earlier");
    }

    @Test
    void removalStopsReleaseAndReportsTheRemovedAmount() {
        Trajectory tr = run("implant-3.4g-removed-day14", 60);
        double tr14 = 14 * DAY;
        double removed = LOAD * Math.exp(-K * tr14);
        MassBalance after = tr.massBalance(20 * DAY);
        assertEquals(removed, after.depotRemoved(), 1e-9 * LOAD);
        assertEquals(LOAD - removed, after.depotReleased(), 1e-9 * LOAD);
        assertEquals(0, after.depotRemaining(), 1e-9 * LOAD);
        assertEquals(0, tr.massBalance(tr14 - 1).depotRemoved(), 0);
        // after removal the parent decays freely: A1(s) = c1 e^(-alpha s) + c2 e^(-beta s) from the state at removal
        double cl = 140, v1 = 78.8, q = 43.8, v2 = 425;
        double k10 = cl / v1, k12 = q / v1, k21 = q / v2;
        double sum = k10 + k12 + k21;
        double disc = Math.sqrt(sum * sum - 4 * k10 * k21);
        double alpha = (sum + disc) / 2, beta = (sum - disc) / 2;
        double[] y = tr.state(tr14);
        int c = tr.model().stateNames().indexOf("naltrexone.central");
        int p = tr.model().stateNames().indexOf("naltrexone.peripheral1");
        double slope = -(k10 + k12) * y[c] + k21 * y[p];
        double c1 = (slope + beta * y[c]) / (beta - alpha);
        double c2 = y[c] - c1;
        UnivariateFunction conc = s -> 1000 / v1 * (c1 * Math.exp(-alpha * s) + c2 * Math.exp(-beta * s));
        for (double s : new double[] {0.1, 1, 6, 24, 72}) {
            assertEquals(conc.value(s), tr.value("naltrexone", tr14 + s), 1e-8 * conc.value(s), "s = " + s);
        }
        double below2 = new BrentSolver(1e-13).solve(100, s -> conc.value(s) - 2, 0, 48);
        System.out.printf("removal at day 14: NTX %.3f ng/mL before, below 2 ng/mL %.4f h after (closed form %.4f h)%n",
                tr.value("naltrexone", tr14 - 1e-6), firstBelow(tr, 2) - tr14, below2);
        assertEquals(tr14 + below2, firstBelow(tr, 2), 1e-6, "exact crossing after removal");
    }

    @Test
    void aSecondImplantAddsToTheFirst() {
        Trajectory one = run("implant-3.4g", 365);
        Trajectory two = run("implant-3.4g-second-day131", 365);
        double t = 200 * DAY;
        double second = 3400 * Math.exp(-K * (t - 131 * DAY));
        assertEquals(one.massBalance(t).depotRemaining() + second, two.massBalance(t).depotRemaining(), 1e-9 * LOAD);
        assertEquals(one.value("naltrexone", 130 * DAY), two.value("naltrexone", 130 * DAY), 1e-12);
        assertTrue(two.value("naltrexone", t) > 1.9 * one.value("naltrexone", t));
    }
}
