package org.depotkin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.depotkin.analysis.Calibration;
import org.depotkin.analysis.ChallengeModel;
import org.depotkin.io.ModelFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code depotkin blockade} and {@code depotkin calibrate} end to end through {@link Main#run}. */
class BlockadeCliTest {
    @TempDir
    Path tmp;

    @Test
    void blockadeWritesTableCsvAndThreePlots() throws IOException {
        Path out = tmp.resolve("out");
        CliTest.Result r = CliTest.run("blockade", "models/oral-50mg-single.yaml", "--criterion", "naltrexone >= 2 ng/mL",
                "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("25 mg IV heroin blocked"), r.out());
        assertTrue(r.out().contains("met (24 h after each dose)"), r.out());
        assertTrue(r.out().contains("Washout"), r.out());
        for (String f : List.of("windows.csv", "intervals.csv", "surmountable.csv", "washout.csv", "coverage.png",
            "surmountable-dose.png", "occupancy.png")) {
            assertTrue(Files.size(out.resolve("oral-50mg-single-blockade-" + f)) > 100, f);
        }
        List<String> windows = Files.readAllLines(out.resolve("oral-50mg-single-blockade-windows.csv"));
        String row = windows.stream().filter(l -> l.startsWith("oral-50mg-single,25 mg IV heroin blocked,")).findFirst()
                .orElseThrow();
        double end = Double.parseDouble(row.split(",")[3]);
        assertEquals(24, end, 1.0 / 60);
    }

    @Test
    void helpGivesAnExample() {
        for (String command : List.of("blockade", "calibrate")) {
            CliTest.Result r = CliTest.run(command, "--help");
            assertEquals(0, r.code());
            assertTrue(r.out().contains("Example"), r.out());
        }
    }

    @Test
    void badCriterionTextIsOneLineAndExitTwo() {
        for (String[] args : new String[][] {
            {"blockade", "models/oral-50mg-single.yaml", "--criterion", "naltrexone > 2 ng/mL"},
            {"blockade", "models/oral-50mg-single.yaml", "--challenge", "25 mg oral heroin"},
            {"blockade", "models/oral-50mg-single.yaml", "--challenge", "25 mg IV cocaine"},
            {"blockade", "models/oral-50mg-single.yaml", "--washout-margin", "120%"},
            {"calibrate", "--challenge", "twenty mg IV heroin"}}) {
            CliTest.Result r = CliTest.run(args);
            assertEquals(2, r.code(), String.join(" ", args) + ": " + r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertFalse(r.err().contains("Exception"), r.err());
            assertTrue(r.out().isEmpty(), r.out());
        }
    }

    @Test
    void calibrateWritesTheThresholdIntoACopyOfTheCompoundFile() throws IOException {
        Path copy = tmp.resolve("heroin.yaml");
        List<String> before = Files.readAllLines(Path.of("models/compounds/heroin.yaml"));
        Files.write(copy, before.stream().map(l -> l.startsWith("  occupancy:")
                ? "  occupancy: {value: 50 %, source: \"placeholder\"}" : l).toList());
        CliTest.Result r = CliTest.run("calibrate", "--compound", copy.toString());
        assertEquals(0, r.code(), r.err());
        List<String> after = Files.readAllLines(copy);
        assertEquals(before.size(), after.size());
        int changed = 0;
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).equals(after.get(i))) {
                changed++;
                assertTrue(after.get(i).startsWith("  occupancy: {value: "), after.get(i));
            }
        }
        assertTrue(changed <= 1);
        double written = ModelFiles.agonist(copy).response();
        double expected = Calibration.of(ModelFiles.scenario(Path.of("models/oral-50mg-single.yaml")),
                ChallengeModel.of(ModelFiles.agonist(copy)), 25, 24).response();
        assertEquals(expected, written, 1e-8 * expected);
        assertTrue(ModelFiles.agonist(copy).responseSource().startsWith("calibrated by depotkin calibrate: "));
        // the bundled file matches what calibrate writes: the bundled models use the calibrated value
        assertEquals(written, ModelFiles.agonist(Path.of("models/compounds/heroin.yaml")).response(), 1e-8 * written);
    }

    @Test
    void calibrateAddsAResponseBlockWhenThereIsNone() throws IOException {
        Path copy = tmp.resolve("heroin.yaml");
        String text = Files.readString(Path.of("models/compounds/heroin.yaml"));
        Files.writeString(copy, text.substring(0, text.indexOf("response:")));
        assertTrue(Double.isNaN(ModelFiles.agonist(copy).response()));
        assertEquals(0, CliTest.run("calibrate", "--compound", copy.toString()).code());
        double bundled = ModelFiles.agonist(Path.of("models/compounds/heroin.yaml")).response();
        assertEquals(bundled, ModelFiles.agonist(copy).response(), 1e-8 * bundled);
        assertTrue(Files.readString(copy).startsWith(text.substring(0, text.indexOf("response:")).stripTrailing()));
    }
}
