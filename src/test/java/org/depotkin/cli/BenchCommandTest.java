package org.depotkin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code depotkin bench} end to end through {@link Main#run}. */
class BenchCommandTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "bench {0} --subjects {1} --check")
    @CsvSource({"W3, 1000, 5", "W4, 1000, 5", "W1, 1, 1", "W2, 1, 1"})
    void checkPasses(String workload, int subjects, int checks) throws IOException {
        CliTest.Result r = CliTest.run("bench", workload, "--subjects", Integer.toString(subjects), "--check",
                "--repeats", "1", "--warmup", "0", "--threads", "2");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().trim().split("\n");
        assertEquals(1, lines.length, r.out());
        JsonNode json = new ObjectMapper().readTree(lines[0]);
        assertEquals(workload, json.get("workload").asText());
        for (String field : new String[] {"import_s", "compile_s", "setup_s", "solve_s"}) {
            assertTrue(json.get(field).asDouble() >= 0, field);
        }
        assertTrue(r.err().contains("# machine: "), r.err());
        assertTrue(r.err().contains("bench check: all " + checks + " checks passed"), r.err());
        if (workload.equals("W3")) {
            assertEquals(384920, json.get("checksum").get("total_cov_hours").asLong());
            assertEquals(193875450L, json.get("checksum").get("weighted_cov").asLong());
        }
    }

    /** A 1100 mg implant is not W3: the portable totals and the statistical mean both miss, exit code 1. */
    @Test
    void aWrongModelMissesWithExitCode1() throws IOException {
        Path models = Path.of("models").toAbsolutePath();
        Files.writeString(tmp.resolve("bench-w1.yaml"), Files.readString(models.resolve("bench-w1.yaml"))
                .replace("compounds/", models + "/compounds/").replace("formulations/", models + "/formulations/")
                .replace("regimens/", models + "/regimens/"));
        Files.writeString(tmp.resolve("regimen.yaml"), "regimen: heavier\ndoses:\n  - {at: 0 h, dose: 1100 mg}\n");
        Files.writeString(tmp.resolve("bench-w2.yaml"), Files.readString(models.resolve("bench-w2.yaml"))
                .replace("compounds/", models + "/compounds/").replace("formulations/", models + "/formulations/")
                .replace("regimens/bench-implant.yaml", "regimen.yaml"));
        CliTest.Result r = CliTest.run("bench", "W3", "--subjects", "1000", "--check", "--repeats", "1", "--warmup",
                "0", "--models", tmp.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("MISS W3 N=1000 total coverage (portable stream)"), r.err());
        assertTrue(r.err().contains("checks missed"), r.err());
    }

    @Test
    void helpHasAnExample() {
        CliTest.Result r = CliTest.run("bench", "--help");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Usage: depotkin bench") && r.out().contains("Example"), r.out());
    }

    @ParameterizedTest(name = "bench {0}")
    @ValueSource(strings = {"W6", "W3 --subjects 0", "W3 --threads two", "W3 --repeats 0", "W1 --models no-such-folder",
        "W1 --bogus"})
    void badInputExitsWith2(String args) {
        CliTest.Result r = CliTest.run(("bench " + args).split(" "));
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().trim().split("\n").length, r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertEquals("", r.out());
    }
}
