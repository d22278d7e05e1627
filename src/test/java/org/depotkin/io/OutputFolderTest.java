package org.depotkin.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output folders owned by runs: re-runs replace, other files are kept, killed runs are finished or removed. */
class OutputFolderTest {
    /** A pid no process has (Linux pids stay below 2^22). */
    private static final String DEAD_OWNER = "999999999-0-";

    @TempDir
    Path tmp;

    private static List<Path> write(Path target, boolean force, String run, Map<String, String> files) {
        try (OutputFolder folder = new OutputFolder(target, force, run)) {
            for (var e : files.entrySet()) {
                Files.writeString(folder.file(e.getKey()), e.getValue());
            }
            return folder.commit();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Every file and folder under {@code dir}'s parent, with the content of files: the whole visible state. */
    private static Map<String, String> state(Path parent) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(parent)) {
            for (Path p : walk.toList()) {
                out.put(parent.relativize(p).toString(), Files.isRegularFile(p) ? Files.readString(p) : "/");
            }
        }
        return out;
    }

    @Test
    void reRunReplacesItsOwnOutputsAsAWholeWithoutForce() throws IOException {
        Path out = tmp.resolve("out");
        write(out, false, "simulate a", Map.of("a.csv", "1", "a-summary.json", "{}"));
        write(out, false, "simulate a", Map.of("a-summary.json", "{\"new\":1}"));
        assertFalse(Files.exists(out.resolve("a.csv")), "the previous run's CSV is not left beside the new JSON");
        assertEquals("{\"new\":1}", Files.readString(out.resolve("a-summary.json")));
        RunManifest m = RunManifest.read(out);
        assertEquals(List.of(new RunManifest.Entry("simulate a", List.of("a-summary.json"))), m.runs());
    }

    @Test
    void otherRunsFilesAreKeptAndForeignFilesNeedForce() throws IOException {
        Path out = tmp.resolve("out");
        write(out, false, "simulate a", Map.of("a.csv", "a"));
        write(out, false, "simulate b", Map.of("b.csv", "b"));
        Files.writeString(out.resolve("mine.txt"), "mine");
        Map<String, String> before = state(tmp);
        OutputFolder.ExistsException e = assertThrows(OutputFolder.ExistsException.class,
                () -> write(out, false, "simulate b", Map.of("b.csv", "b2", "mine.txt", "overwritten")));
        assertTrue(e.getMessage().contains("mine.txt exists and was not written by an earlier 'simulate b' run"),
                e.getMessage());
        assertEquals(before, state(tmp), "nothing moved, nothing left beside the folder");
        write(out, true, "simulate b", Map.of("b.csv", "b2", "mine.txt", "overwritten"));
        assertEquals("a", Files.readString(out.resolve("a.csv")), "another run's file is never touched");
        assertEquals("overwritten", Files.readString(out.resolve("mine.txt")));
        assertEquals(List.of(new RunManifest.Entry("simulate a", List.of("a.csv")),
                new RunManifest.Entry("simulate b", List.of("b.csv", "mine.txt"))), RunManifest.read(out).runs());
    }

    @Test
    void aFailedRunLeavesNothingAtAll() throws IOException {
        Path out = tmp.resolve("new/deeper/out");
        try (OutputFolder folder = new OutputFolder(out, false, "simulate a")) {
            Files.writeString(folder.file("a.csv"), "partial");
            assertFalse(folder.stagingDir().startsWith(out), "staging is beside the target, not inside it");
        }
        assertEquals(Map.of("", "/"), state(tmp), "neither the folder, nor its parents, nor the staging remain");
    }

    @Test
    void aKilledRunsStagingIsRemovedByTheNextRun() throws IOException {
        Path out = tmp.resolve("out");
        write(out, false, "simulate a", Map.of("a.csv", "old"));
        Path stale = Files.createDirectories(tmp.resolve(".out.depotkin-staging-" + DEAD_OWNER + "1/files"));
        Files.writeString(stale.resolve("a.csv"), "half-writ");
        Path legacy = Files.createDirectories(out.resolve(".depotkin-staging-123"));
        Files.writeString(legacy.resolve("x.csv"), "from an old version");
        write(out, false, "simulate b", Map.of("b.csv", "b"));
        assertEquals("old", Files.readString(out.resolve("a.csv")), "the unfinished run never reached the folder");
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of(out), s.toList(), "no staging folder left beside the output folder");
        }
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(3, s.count(), "a.csv, b.csv and the manifest; the old in-folder staging is gone");
        }
    }

    @Test
    void aRunKilledAfterItsJournalIsFinishedByTheNextRun() throws IOException {
        Path out = tmp.resolve("out");
        write(out, false, "simulate a", Map.of("a.csv", "old", "a.png", "old plot"));
        Path stale = Files.createDirectories(tmp.resolve(".out.depotkin-staging-" + DEAD_OWNER + "2"));
        Files.createDirectories(stale.resolve("files"));
        Files.writeString(stale.resolve("files/a.csv"), "new");
        RunManifest after = RunManifest.read(out).after("simulate a", List.of("a.csv"));
        RunManifest.JSON.writeValue(stale.resolve(Staging.JOURNAL).toFile(),
                new Staging.Journal(List.of("a.png"), after));
        write(out, false, "simulate b", Map.of("b.csv", "b"));
        assertEquals("new", Files.readString(out.resolve("a.csv")), "the journalled commit completed");
        assertFalse(Files.exists(out.resolve("a.png")), "and deleted what it replaced");
        assertEquals(List.of(new RunManifest.Entry("simulate a", List.of("a.csv")),
                new RunManifest.Entry("simulate b", List.of("b.csv"))), RunManifest.read(out).runs());
    }

    @Test
    void aBadTargetIsRefusedBeforeAnythingIsWritten() throws IOException {
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new OutputFolder(file, true, "simulate a"));
        assertEquals("output folder " + file + " is a file; choose a folder", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> new OutputFolder(file.resolve("below"), true, "simulate a"));
        assertEquals("cannot create output folder " + file.resolve("below") + ": " + file + " is a file",
                e.getMessage());
        Files.writeString(tmp.resolve("depotkin-manifest.json"), "not json");
        Path here = tmp;
        e = assertThrows(IllegalArgumentException.class, () -> write(here, false, "simulate a", Map.of("a", "1")));
        assertTrue(e.getMessage().endsWith("not a depotkin manifest (JsonParseException); delete it or choose "
                + "another --out folder"), e.getMessage());
    }
}
