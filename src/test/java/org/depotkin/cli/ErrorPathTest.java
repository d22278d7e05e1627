package org.depotkin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.depotkin.io.OutputFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one error path of {@link Main}: every Throwable is one line and a documented exit code. */
class ErrorPathTest {
    @TempDir
    Path tmp;

    @Test
    void badInputIsExitTwoWithItsOwnMessage() {
        assertEquals(2, Main.exitCode(new IllegalArgumentException("x")));
        assertEquals(2, Main.exitCode(new OutputFolder.ExistsException("x")));
        assertEquals("--subjects must be at least 1, got 0",
                Main.oneLine(new IllegalArgumentException("--subjects must be at least 1, got 0")));
    }

    @Test
    void anInternalErrorSaysSoAndAsksToBeReported() {
        Throwable bug = new NullPointerException("Cannot read field \"x\"\n because it is null");
        assertEquals(1, Main.exitCode(bug));
        assertEquals("internal error (NullPointerException: Cannot read field \"x\" because it is null); this is a "
                + "bug in depotkin: please report it with the command line (--debug prints the stack trace)",
                Main.oneLine(bug));
        assertEquals(1, Main.exitCode(new StackOverflowError()));
        assertTrue(Main.oneLine(new StackOverflowError()).startsWith("internal error (StackOverflowError); "));
        assertTrue(Main.oneLine(new OutOfMemoryError("Java heap space")).startsWith("out of memory (Java heap "
                + "space): a size option went past what this machine holds; please report the command line"));
    }

    @Test
    void aRunThatCouldNotFinishIsExitOneWithItsMessage() {
        Throwable io = new UncheckedIOException("cannot move outputs into /x: No space left on device",
                new java.io.IOException("No space left on device"));
        assertEquals(1, Main.exitCode(io));
        assertEquals("cannot move outputs into /x: No space left on device", Main.oneLine(io));
    }

    @Test
    void theStackTraceOnlyWithDebug() {
        Path file = tmp.resolve("missing.yaml");
        CliTest.Result plain = CliTest.run("simulate", file.toString());
        assertEquals(2, plain.code());
        assertEquals(1, plain.err().lines().count(), plain.err());
        CliTest.Result debug = CliTest.run("simulate", file.toString(), "--debug");
        assertEquals(2, debug.code());
        assertEquals(plain.err().lines().findFirst(), debug.err().lines().findFirst());
        assertTrue(debug.err().contains("\tat org.depotkin."), debug.err());
    }
}
