package org.depotkin.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.depotkin.analysis.Extrema;
import org.depotkin.engine.CompiledModel;
import org.depotkin.engine.Crossing;
import org.depotkin.engine.GridResult;
import org.depotkin.engine.Output;
import org.depotkin.engine.Trajectory;
import org.depotkin.io.ModelFiles;
import org.depotkin.model.Scenario;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.univariate.BrentOptimizer;
import org.hipparchus.optim.univariate.SearchInterval;
import org.hipparchus.optim.univariate.UnivariateObjectiveFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The population path's grid walk against the dense exact trajectory on virtual subjects of every bundled
 * population scenario (their own clearances, volumes, release rates, failures and skipped doses): the same
 * crossings of the parent at 0.5, 1, 2 and 5 ng/mL and of the occupancy at 80, 90 and 95 %, each within 1e-6 h, and the
 * same peak concentration (the highest of the dense solution's peaks, located by Brent's method on it: {@code
 * Extrema}) to 1e-9 — the subject's Cmax, which the hourly grid alone misses by up to 30 % for oral subjects — and
 * the same peak and trough in every day (the extremes of the dense solution's located peaks and troughs in it and of
 * its values at the day's ends).
 */
class GridWalkSubjectsTest {

    @ParameterizedTest
    @ValueSource(strings = {"population-implant-3.4g.yaml", "population-implant-3.4g-failures.yaml",
        "population-oral-adherence.yaml", "population-xrntx.yaml"})
    void subjectsCrossWhereTheDenseSolutionDoes(String file) {
        Scenario s = ModelFiles.scenario(Path.of("models", file));
        SubjectSampler sampler = new SubjectSampler(s, s.population(), 20261202L);
        double[] grid = new double[(int) s.duration() + 1];
        for (int i = 0; i < grid.length; i++) {
            grid[i] = i;
        }
        int crossings = 0;
        double worstGridMiss = 0;
        for (int i = 0; i < 25; i++) {
            CompiledModel m = CompiledModel.compile(sampler.draw(i).scenario());
            Output parent = m.outputs().get(0);
            Output occupancy = m.output("occupancy");
            List<Output> watched = List.of(parent, parent, parent, parent, occupancy, occupancy, occupancy);
            double[] levels = {0.5, 1, 2, 5, 0.8, 0.9, 0.95};
            GridResult walk = m.onGrid(grid, List.of(parent), watched, levels, null, SubjectResult.DAY);
            List<List<Crossing>> dense = m.simulate().crossings(watched, levels);
            for (int k = 0; k < levels.length; k++) {
                String what = file + " subject " + i + ", " + watched.get(k).name() + " at " + levels[k];
                List<Crossing> a = walk.crossings().get(k);
                List<Crossing> b = dense.get(k);
                assertEquals(b.size(), a.size(), what + ": " + a + " vs " + b);
                for (int c = 0; c < a.size(); c++) {
                    assertEquals(b.get(c).rising(), a.get(c).rising(), what);
                    assertEquals(b.get(c).time(), a.get(c).time(), 1e-6, what);
                }
                crossings += a.size();
            }
            Trajectory tr = m.simulate();
            Extrema extrema = Extrema.of(tr, parent);
            // the highest peak (max() is the first peak within 1e-8 of it, for Tmax)
            double cmax = Math.max(extrema.max().value(),
                    extrema.maxima().stream().mapToDouble(Extrema.Point::value).max().orElse(0));
            assertEquals(cmax, walk.max(), 1e-9 * cmax, file + " subject " + i + ": Cmax");
            double[] daily = walk.windowMax();
            assertEquals((int) Math.ceil(s.duration() / 24), daily.length, file + ": days");
            for (int d = 0; d < daily.length; d++) {
                double dayEnd = Math.min(24 * (d + 1), s.duration());
                double start = tr.value(parent, 24 * d);
                double end = tr.value(parent, dayEnd - 1e-9);
                double expected = Math.max(start, end);
                double lowest = Math.min(start, end);
                for (Extrema.Point p : extrema.maxima()) {
                    if (p.time() >= 24 * d && p.time() < dayEnd) {
                        expected = Math.max(expected, p.value());
                    }
                }
                for (Extrema.Point p : extrema.minima()) {
                    if (p.time() >= 24 * d && p.time() < dayEnd) {
                        lowest = Math.min(lowest, p.value());
                    }
                }
                // a trough just after a dose at the day's start (XR-NTX: the release starts slowly), which the
                // located minima leave out: Brent's method on the dense solution over the day's first hour
                double from = 24 * d;
                double firstHour = Math.min(from + 1, dayEnd);
                lowest = Math.min(lowest, new BrentOptimizer(1e-12, 1e-12).optimize(new MaxEval(500), GoalType.MINIMIZE,
                        new SearchInterval(from, firstHour), new UnivariateObjectiveFunction(x -> tr.value(parent, x)))
                        .getValue());
                assertEquals(expected, daily[d], 1e-9 * cmax, file + " subject " + i + ": peak of day " + d);
                assertEquals(lowest, walk.windowMin()[d], 1e-9 * cmax, file + " subject " + i + ": trough of day " + d);
                double onGrid = 0;
                for (int h = 24 * d; h < dayEnd; h++) {
                    onGrid = Math.max(onGrid, walk.values()[0][h]);
                }
                if (daily[d] > 0) {
                    worstGridMiss = Math.max(worstGridMiss, 1 - onGrid / daily[d]);
                }
            }
        }
        assertTrue(crossings > 25, file + ": only " + crossings + " crossings tested");
        System.out.printf("%s: the hourly grid's highest value misses a day's peak by up to %.2g%n", file, worstGridMiss);
    }
}
