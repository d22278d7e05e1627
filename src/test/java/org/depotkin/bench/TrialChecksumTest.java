package org.depotkin.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import org.depotkin.io.ModelFiles;
import org.depotkin.model.Scenario;
import org.depotkin.population.VirtualTrial;
import org.junit.jupiter.api.Test;

/** W5's digest: the same for one and two threads, different for another seed. */
class TrialChecksumTest {
    @Test
    void digestDoesNotDependOnTheThreadCount() {
        Scenario full = ModelFiles.scenario(Path.of("models", "population-oral-adherence.yaml"));
        Scenario s = full.with(14 * 24.0, full.outputStep(), full.solver());
        TrialChecksum one = TrialChecksum.of(s.name(), new VirtualTrial(s, s.population(), 1, 1.0).run(12, 1, k -> { }));
        TrialChecksum two = TrialChecksum.of(s.name(), new VirtualTrial(s, s.population(), 1, 1.0).run(12, 2, k -> { }));
        TrialChecksum other = TrialChecksum.of(s.name(), new VirtualTrial(s, s.population(), 2, 1.0).run(12, 2, k -> { }));
        assertEquals(one.digest(), two.digest());
        assertEquals(one.meanCmax(), two.meanCmax(), 0);
        assertNotEquals(one.digest(), other.digest());
    }
}
