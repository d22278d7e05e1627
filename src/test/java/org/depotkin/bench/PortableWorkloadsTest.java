package org.depotkin.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.depotkin.io.ModelFiles;
import org.depotkin.model.Scenario;
import org.depotkin.population.VirtualTrial;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * W3 and W4 through the population command's path ({@link VirtualTrial}) against the exact totals of
 * docs/workloads.md §6 for the portable stream (N = 1000): total and weighted coverage hours and the sum of the
 * daily fractions; the same checksum on 1 and 2 threads.
 */
class PortableWorkloadsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"W3, 384920, 193875450, 15.698", "W4, 630555, 315462730, 0"})
    void exactTotalsOfThePortableStream(Workload w, long total, long weighted, double sumDayFraction) {
        Scenario s = ModelFiles.scenario(Path.of("models").resolve(w.files().get(0)));
        PopulationGrid grid = PopulationGrid.of(s);
        int n = 1000;
        VirtualTrial trial = new VirtualTrial(s, w == Workload.W3 ? PortableSubjects.w3(s, n) : PortableSubjects.w4(s, n),
                grid.step());
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            PopulationChecksum c = PopulationChecksum.of(trial.run(n, two, 2, k -> { }), grid);
            assertEquals(total, c.totalCoverage());
            assertEquals(weighted, c.weightedCoverage());
            assertEquals(sumDayFraction, c.sumDayFraction(), 1e-12);
            PopulationChecksum one = PopulationChecksum.of(trial.run(n, 1, k -> { }), grid);
            assertArrayEquals(c.coverage(), one.coverage());
            assertArrayEquals(c.dayCounts(), one.dayCounts());
        } finally {
            two.shutdownNow();
        }
    }
}
