package org.depotkin.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.depotkin.io.ModelFiles;
import org.depotkin.model.ParameterSpace;
import org.depotkin.model.Scenario;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A run that takes its input fit from the cache, filled by a run of another subject with the same release, gives
 * bit for bit the numbers of a run that fits the input itself; a subject with another release does not hit it.
 */
class InputCacheTest {

    @ParameterizedTest
    @ValueSource(strings = {"population-xrntx.yaml", "population-implant-3.4g.yaml", "xrntx-380mg-q4w.yaml"})
    void sharedFitGivesTheSameNumbers(String file) {
        Scenario s = ModelFiles.scenario(Path.of("models", file));
        String parent = s.compound().parent().name();
        Scenario other = ParameterSpace.of(s).scaled(s, "other", Map.of(parent + ".CL", 1.37, parent + ".V", 0.81), "test");
        double[] grid = new double[(int) s.duration() + 1];
        for (int i = 0; i < grid.length; i++) {
            grid[i] = i;
        }
        InputCache cache = new InputCache();
        run(CompiledModel.compile(s), grid, cache);
        InputPanels.Key own = InputPanels.Key.of(CompiledModel.compile(other), 1, 1, 0);
        assertEquals(InputPanels.Key.of(CompiledModel.compile(s), 1, 1, 0), own, "same release, same input schedule");
        GridResult shared = run(CompiledModel.compile(other), grid, cache);
        GridResult fresh = run(CompiledModel.compile(other), grid, null);
        for (int i = 0; i < fresh.values().length; i++) {
            assertArrayEquals(fresh.values()[i], shared.values()[i], 0);
        }
        assertEquals(fresh.crossings(), shared.crossings());
        ParameterSpace space = ParameterSpace.of(s);
        Scenario slower = space.scaled(s, "slower", Map.of(space.names().stream()
                .filter(n -> n.startsWith("release.")).findFirst().orElse(parent + ".CL"), 1.1), "test");
        if (space.names().stream().anyMatch(n -> n.startsWith("release."))) {
            assertNotEquals(InputPanels.Key.of(CompiledModel.compile(s), 1, 1, 0),
                    InputPanels.Key.of(CompiledModel.compile(slower), 1, 1, 0));
        }
    }

    private static GridResult run(CompiledModel m, double[] grid, InputCache cache) {
        Output parent = m.outputs().get(0);
        return m.onGrid(grid, m.outputs(), List.of(parent, parent), new double[] {1, 2}, cache);
    }
}
