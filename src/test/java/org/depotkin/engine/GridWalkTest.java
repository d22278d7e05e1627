package org.depotkin.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.depotkin.io.ModelFiles;
import org.depotkin.model.Scenario;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The grid walk ({@link CompiledModel#onGrid}) against the dense exact trajectory sampled and searched
 * ({@link Trajectory}, itself checked against the integrator at rtol 1e-12 by {@link ExactPathAccuracyTest}), on
 * every bundled scenario: every output on a 1 h grid, and the crossings of every concentration and occupancy
 * output with levels at 2, 10, 50 and 90 % of its peak (oral peaks between grid times, troughs at doses,
 * implant tails).
 */
class GridWalkTest {
    static final double VALUE_TOLERANCE = 1e-9;
    static final double TIME_TOLERANCE = 1e-6;

    /** Every bundled scenario on a 1 h grid, and with the grid {0} alone (crossings only, as design's coverage). */
    static Stream<Arguments> scenariosAndGrids() throws IOException {
        return ExactPathAccuracyTest.scenarios().flatMap(f -> Stream.of(Arguments.of(f, true), Arguments.of(f, false)));
    }

    @ParameterizedTest(name = "{0}, hourly grid {1}")
    @MethodSource("scenariosAndGrids")
    void agreesWithTheDenseTrajectory(Path file, boolean hourly) {
        agrees(ModelFiles.scenario(file), hourly, file.toString());
    }

    /**
     * The grid walk of a scenario against its dense trajectory: every output on the 1 h grid (or the grid {0} alone
     * when not {@code hourly}), and the crossings of the concentrations and occupancies at 2, 10, 50 and 90 % of their
     * peaks.
     */
    static void agrees(Scenario s, boolean hourly, String file) {
        final double DAY = 24;
        CompiledModel model = CompiledModel.compile(s);
        Trajectory dense = model.simulate();
        double[] hours = hours((int) Math.floor(s.duration()));
        double[] grid = hourly ? hours : new double[] {0};
        List<Output> kept = model.outputs();
        List<Output> watched = new ArrayList<>();
        List<Double> levels = new ArrayList<>();
        for (Output o : kept) {
            if (o.kind() == Output.Kind.CONCENTRATION || o.kind() == Output.Kind.OCCUPANCY) {
                double peak = 0;
                for (double v : dense.sample(o, hours)) {
                    peak = Math.max(peak, v);
                }
                for (double f : new double[] {0.02, 0.1, 0.5, 0.9}) {
                    watched.add(o);
                    levels.add(f * peak);
                }
            }
        }
        double[] level = levels.stream().mapToDouble(Double::doubleValue).toArray();
        GridResult walk = model.onGrid(grid, kept, watched, level, null, DAY);
        GridResult ref = dense.onGrid(grid, kept, watched, level, DAY);
        for (int i = 0; i < kept.size(); i++) {
            double peak = 0;
            for (double v : ref.values()[i]) {
                peak = Math.max(peak, Math.abs(v));
            }
            for (int g = 0; g < grid.length; g++) {
                assertEquals(ref.values()[i][g], walk.values()[i][g], VALUE_TOLERANCE * Math.max(peak, 1e-300),
                        file + ": " + kept.get(i).name() + " at " + grid[g] + " h");
            }
        }
        int count = 0;
        for (int k = 0; k < level.length; k++) {
            String what = file + ": " + watched.get(k).name() + " at level " + level[k];
            List<Crossing> a = walk.crossings().get(k);
            List<Crossing> b = ref.crossings().get(k);
            assertEquals(ref.startsAbove()[k], walk.startsAbove()[k], what);
            assertEquals(b.size(), a.size(), what + ": crossings " + a + " vs " + b);
            for (int c = 0; c < a.size(); c++) {
                assertEquals(b.get(c).rising(), a.get(c).rising(), what);
                assertEquals(b.get(c).time(), a.get(c).time(), TIME_TOLERANCE, what + ", crossing " + c);
            }
            assertEquals(ref.timeAbove(k), walk.timeAbove(k), level.length * TIME_TOLERANCE, what);
            count += a.size();
        }
        assertTrue(count > 0, file + ": no crossings were tested");
        assertEquals(ref.max(), walk.max(), VALUE_TOLERANCE * ref.max(), file + ": the largest " + kept.get(0).name());
        assertEquals(ref.windowMax().length, walk.windowMax().length, file + ": days");
        for (int d = 0; d < ref.windowMax().length; d++) {
            assertEquals(ref.windowMax()[d], walk.windowMax()[d], VALUE_TOLERANCE * ref.max(),
                    file + ": the largest " + kept.get(0).name() + " on day " + d);
            assertEquals(ref.windowMin()[d], walk.windowMin()[d], VALUE_TOLERANCE * ref.max(),
                    file + ": the lowest " + kept.get(0).name() + " on day " + d);
        }
    }

    /**
     * The largest concentration of one oral dose into one compartment against its closed form, on an hourly grid
     * whose times miss the peak: C(t) = F·D·ka/(V·(ka − k))·(e^(−k·s) − e^(−ka·s)), s = t − lag, peaks at
     * s = ln(ka/k)/(ka − k).
     */
    @ParameterizedTest(name = "CL {0} L/h")
    @org.junit.jupiter.params.provider.ValueSource(doubles = {140, 1e9})
    void thePeakBetweenGridTimesIsTheClosedForms(double cl, @org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        // 1e9 L/h: a rate of 1.3e7 /h, which must neither make billions of nodes nor lose the peak
        Scenario s = EquationScenarios.load(dir, "oral.yaml", EquationScenarios.scenario("oral-one-dose",
                "formulation: {route: oral, ka: 1.31 /h, F: 0.9, lag: 0.85 h}\nregimen: {doses: [{at: 0 h, dose: 50 mg}]}",
                "2 d", "    - {name: drug, CL: " + cl + " L/h, V: 78.8 L}"));
        CompiledModel model = CompiledModel.compile(s);
        double[] hours = hours(48);
        GridResult walk = model.onGrid(hours, List.of(model.output("drug")), List.of(), new double[0]);
        double ka = 1.31;
        double k = cl / 78.8;
        double peakAfterLag = Math.log(ka / k) / (ka - k);
        double cmax = 1000 * 0.9 * 50 * ka / (78.8 * (ka - k)) * (Math.exp(-k * peakAfterLag) - Math.exp(-ka * peakAfterLag));
        double gridMax = java.util.Arrays.stream(walk.values()[0]).max().orElseThrow();
        System.out.printf("one oral dose: Cmax %.12g ng/mL at %.9f h (closed form %.12g at %.9f h); hourly grid's largest "
                + "%.6g%n", walk.max(), walk.maxTime(), cmax, 0.85 + peakAfterLag, gridMax);
        assertEquals(cmax, walk.max(), 1e-12 * cmax);
        assertEquals(0.85 + peakAfterLag, walk.maxTime(), 1e-6);
        assertTrue(gridMax < 0.995 * cmax, "the grid misses the peak: " + gridMax);
    }

    /**
     * A daily IV bolus makes the concentration jump at each day's start: a day's peak is the value just after its
     * dose, its trough the left limit before the next one (which belongs to that day, not the next), in closed form
     * C_d,peak = (D/V)·Σ_(j≤d) e^(−k·24·(d − j)) and C_d,trough = C_d,peak·e^(−24·k), on the grid walk and on the dense
     * solution alike.
     */
    @org.junit.jupiter.api.Test
    void dailyExtremesAcrossABolusAtEachDaysStart(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Scenario s = EquationScenarios.load(dir, "iv.yaml", EquationScenarios.scenario("iv-daily",
                "formulation: {route: iv-bolus}\nregimen: {doses: [{dose: 100 mg, every: 24 h, count: 5}]}",
                "5 d", "    - {name: drug, CL: 5 L/h, V: 50 L}"));
        CompiledModel model = CompiledModel.compile(s);
        double[] hours = hours(120);
        List<Output> kept = List.of(model.output("drug"));
        GridResult walk = model.onGrid(hours, kept, List.of(), new double[0], null, 24);
        GridResult dense = model.simulate().onGrid(hours, kept, List.of(), new double[0], 24);
        double k = 5.0 / 50;
        double peak = 0;
        for (int d = 0; d < 5; d++) {
            peak = peak * Math.exp(-24 * k) + 1000 * 100 / 50.0;
            double trough = peak * Math.exp(-24 * k);
            for (GridResult r : List.of(walk, dense)) {
                assertEquals(peak, r.windowMax()[d], 1e-10 * peak, "peak of day " + d);
                assertEquals(trough, r.windowMin()[d], 1e-10 * peak, "trough of day " + d);
            }
        }
    }

    /** The whole hours 0, 1, …, last. */
    private static double[] hours(int last) {
        double[] hours = new double[last + 1];
        for (int i = 0; i <= last; i++) {
            hours[i] = i;
        }
        return hours;
    }
}
