package org.depotkin.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.depotkin.engine.CompiledModel;
import org.depotkin.engine.MassBalance;
import org.depotkin.engine.Trajectory;
import org.depotkin.model.Scenario;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bundled scenario loads, runs, and keeps its mass balance. */
class BundledModelsTest {

    static Stream<Path> scenarios() throws IOException {
        return Files.list(Path.of("models")).filter(p -> p.toString().endsWith(".yaml")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void loadsRunsAndBalances(Path file) {
        Scenario s = ModelFiles.scenario(file);
        Trajectory tr = CompiledModel.compile(s).simulate();
        double end = tr.endTime();
        assertEquals(s.duration(), end, 1e-9);
        MassBalance mb = tr.massBalance(end);
        double scale = Math.max(mb.administered(), 1);
        System.out.printf("%-40s administered %10.3f mg  in body %10.4f  eliminated %10.3f  depot left %10.3f  "
                + "balance error %.2e%n", file, mb.administered(), mb.inBody(), mb.eliminated(), mb.depotRemaining(),
                mb.bodyError() / scale);
        assertEquals(0, mb.bodyError(), 1e-9 * scale, "administered = in body + eliminated");
        assertEquals(0, mb.depotError(), 1e-9 * Math.max(mb.depotLoad(), 1), "load = released + remaining + removed");
        assertTrue(tr.concentration(s.compound().parent().name(), end / 2) >= 0);
    }

    @org.junit.jupiter.api.Test
    void schedulesExpandFromTheRegimenFiles() {
        var mwf = ModelFiles.scenario(Path.of("models/oral-mon-wed-fri.yaml")).administrations().get(0).regimen()
                .doses();
        assertEquals(26 * 3, mwf.size());
        assertEquals(java.util.List.of(new org.depotkin.model.Dose(0, 100), new org.depotkin.model.Dose(48, 100),
                new org.depotkin.model.Dose(96, 150), new org.depotkin.model.Dose(168, 100)), mwf.subList(0, 4));
        var ind = ModelFiles.scenario(Path.of("models/oral-induction-25mg.yaml")).administrations().get(0).regimen()
                .doses();
        assertEquals(180, ind.size());
        assertEquals(java.util.List.of(25.0, 25.0, 25.0, 50.0), ind.subList(0, 4).stream()
                .map(org.depotkin.model.Dose::amount).toList());
        assertEquals(72, ind.get(3).time(), 0);
        var daily = ModelFiles.scenario(Path.of("models/oral-50mg-daily.yaml")).administrations().get(0).regimen()
                .doses();
        assertEquals(180, daily.size(), "every 24 h until 180 d");
        assertEquals(179 * 24, daily.get(179).time(), 0);
        var xr = ModelFiles.scenario(Path.of("models/xrntx-380mg-q4w.yaml")).administrations().get(0).regimen()
                .doses();
        assertEquals(java.util.List.of(0.0, 672.0, 1344.0, 2016.0, 2688.0, 3360.0),
                xr.stream().map(org.depotkin.model.Dose::time).toList());
    }
}
