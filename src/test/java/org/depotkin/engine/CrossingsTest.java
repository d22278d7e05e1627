package org.depotkin.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.depotkin.io.ModelFiles;
import org.depotkin.model.SolverSettings;
import org.junit.jupiter.api.Test;

/** Crossings of several (output, threshold) pairs found in one pass against one pass per pair. */
class CrossingsTest {

    @Test
    void onePassGivesExactlyTheCrossingsOfSeparatePasses() {
        // daily oral doses: naltrexone rises and falls through 1 and 2 ng/mL each day, occupancy climbs past 90 %
        Trajectory tr = CompiledModel.compile(ModelFiles.scenario(Path.of("models", "population-oral-adherence.yaml"))
                .with(14 * 24, 1, SolverSettings.DEFAULT)).simulate();
        Output nal = tr.output("naltrexone");
        Output occ = tr.output("occupancy");
        List<Output> outputs = List.of(nal, nal, occ, nal);
        double[] levels = {2, 1, 0.9, 1e6};
        List<List<Crossing>> together = tr.crossings(outputs, levels);
        assertEquals(outputs.size(), together.size());
        for (int k = 0; k < outputs.size(); k++) {
            assertEquals(tr.crossings(outputs.get(k), levels[k]), together.get(k), "pair " + k);
        }
        assertTrue(together.get(0).size() >= 20, "2 ng/mL crossed twice a day: " + together.get(0).size());
        assertTrue(together.get(2).size() >= 1, "occupancy reaches 90 %");
        assertTrue(together.get(3).isEmpty(), "a level never reached is never crossed");
    }
}
