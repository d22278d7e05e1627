package org.depotkin.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.depotkin.io.ModelFiles;
import org.junit.jupiter.api.Test;

/** The events schedule: what the model files say happens, when. */
class EventsTest {
    @Test
    void oralDosesReachTheGutAfterTheLag() {
        CompiledModel m = CompiledModel.compile(ModelFiles.scenario(Path.of("models", "oral-50mg-daily.yaml")));
        List<Event> doses = m.events().stream().filter(e -> e.what().startsWith("dose")).toList();
        assertEquals(m.scenario().administrations().get(0).regimen().doses().size(), doses.size());
        for (int k = 0; k < doses.size(); k++) {
            assertEquals(24.0 * k + 0.374, doses.get(k).time(), 1e-12);
            assertTrue(doses.get(k).what().contains("45.18 mg"), doses.get(k).what());
        }
    }

    @Test
    void aRemovedImplantStartsAndStops() {
        CompiledModel m = CompiledModel.compile(ModelFiles.scenario(Path.of("models", "implant-3.4g-removed-day14.yaml")));
        assertEquals(List.of(new Event(0, "depot 1 given, 3400 mg"), new Event(14 * 24, "depot 1 release changes")),
                m.events());
    }
}
