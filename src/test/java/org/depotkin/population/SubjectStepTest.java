package org.depotkin.population;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import java.util.List;
import org.depotkin.io.ModelFiles;
import org.depotkin.model.Scenario;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The per-subject step written to a stream and read back (as a distributed engine would ship it) against the trial
 * run on four threads in this process: every subject's curves, Cmax, hours met and first failures bit for bit, on
 * populations with failure modes (structure drawn per subject), adherence (doses drawn per subject) and a
 * multi-phase depot.
 */
class SubjectStepTest {
    @ParameterizedTest
    @ValueSource(strings = {"population-implant-3.4g-failures.yaml", "population-oral-adherence.yaml",
        "population-xrntx.yaml"})
    void aStepReadBackGivesEverySubjectBitForBit(String file) throws Exception {
        Scenario full = ModelFiles.scenario(Path.of("models", file));
        Scenario s = full.with(Math.min(full.duration(), 60 * 24), full.outputStep(), full.solver());
        VirtualTrial trial = new VirtualTrial(s, s.population(), 4242, 1);
        List<SubjectResult> local = trial.run(16, 4, i -> { });
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(trial.step());
        }
        SubjectStep shipped;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            shipped = (SubjectStep) in.readObject();
        }
        for (int i = 15; i >= 0; i--) {
            SubjectResult there = shipped.apply(i);
            SubjectResult here = local.get(i);
            assertEquals(here.subject().factors(), there.subject().factors(), "subject " + i);
            assertEquals(here.subject().failures(), there.subject().failures(), "subject " + i);
            assertEquals(here.subject().dosesTaken(), there.subject().dosesTaken(), "subject " + i);
            assertArrayEquals(here.parent(), there.parent(), "subject " + i);
            if (here.occupancy() != null) {
                assertArrayEquals(here.occupancy(), there.occupancy(), "subject " + i);
            }
            assertEquals(here.cmax(), there.cmax(), 0, "subject " + i);
            assertArrayEquals(here.hoursMet(), there.hoursMet(), 0, "subject " + i);
            assertArrayEquals(here.firstFailure(), there.firstFailure(), 0, "subject " + i);
        }
    }
}
