package org.depotkin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code depotkin validate} on the bundled qualification file, end to end through {@link Main#run}. */
class ValidateCliTest {
    /**
     * The solid targets the model misses, each explained in docs/validation.md (none since the receptor
     * model was chosen by AIC, docs/receptor-model.md). Any solid failure not listed here, or a listed one
     * passing, fails this test, so the list and the docs stay true.
     */
    static final Set<String> KNOWN_SOLID_MISSES = Set.of();

    @TempDir
    Path tmp;

    @Test
    void scorecardCsvAndPlot() throws IOException {
        Path out = tmp.resolve("v");
        CliTest.Result r = CliTest.run("validate", "--out", out.toString(), "--plot", "png");
        assertTrue(r.out().contains("predicted") && r.out().contains("observed"), r.out());
        assertTrue(Files.size(out.resolve("validation.png")) > 1000);
        List<String[]> rows = Files.readAllLines(out.resolve("validation.csv")).stream()
                .filter(l -> !l.startsWith("#")).skip(1).map(l -> l.split(",")).toList();
        assertTrue(rows.size() >= 30, "targets: " + rows.size());
        assertEquals(rows.size(), rows.stream().map(c -> c[0]).distinct().count(), "ids must be unique");
        Set<String> solidMisses = rows.stream().filter(c -> c[1].equals("solid") && c[10].equals("false"))
                .map(c -> c[0]).collect(Collectors.toSet());
        assertEquals(KNOWN_SOLID_MISSES, solidMisses);
        assertEquals(solidMisses.isEmpty() ? 0 : 1, r.code(), r.err());
        assertTrue(r.out().contains("solid targets failing: none"), r.out());
    }

    @Test
    void badQualificationFileIsOneLineAndExitTwo() throws IOException {
        Path f = tmp.resolve("bad.yaml");
        Files.writeString(f, String.join("\n", "validation: bad", "models: .", "targets:", "  - id: T",
                "    source: here", "    scenario: " + Path.of("models/oral-50mg-single.yaml").toAbsolutePath(),
                "    measure: {peek: naltrexone, from: 0 h, to: 24 h}", "    observed: 13.3 ng/mL",
                "    ratio: [0.67, 1.5]", "    strength: solid", ""));
        Path out = tmp.resolve("none");
        CliTest.Result r = CliTest.run("validate", f.toString(), "--out", out.toString());
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("bad.yaml:7:") && r.err().contains("peak"), r.err());
        assertFalse(Files.exists(out));
    }
}
