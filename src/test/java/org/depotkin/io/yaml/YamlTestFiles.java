package org.depotkin.io.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.function.Executable;

/** Helpers shared by the YAML tests: write a file into a temp dir, load it, check an error line. */
final class YamlTestFiles {

    private YamlTestFiles() {
    }

    static Path write(Path dir, String name, String content) {
        try {
            Path file = dir.resolve(name);
            Files.write(file, content.getBytes(StandardCharsets.UTF_8));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static YamlMap load(Path dir, String content) {
        return YamlDocument.load(write(dir, "m.yaml", content));
    }

    /**
     * Asserts that {@code action} throws a one-line ModelFileException at {@code line:column}
     * whose text after the location is {@code expected}; returns it.
     */
    static ModelFileException assertError(int line, int column, String expected, Executable action) {
        ModelFileException e = assertThrows(ModelFileException.class, action);
        assertOneLine(e);
        assertEquals(line, e.location().line(), () -> "line of: " + e.getMessage());
        assertEquals(column, e.location().column(), () -> "column of: " + e.getMessage());
        assertTrue(e.getMessage().startsWith(e.location().file() + ":" + line + ":" + column + ": "), e.getMessage());
        if (expected != null) {
            assertEquals(expected, e.detail());
        }
        return e;
    }

    static void assertOneLine(ModelFileException e) {
        assertFalse(e.getMessage().contains("\n") || e.getMessage().contains("\r"), e.getMessage());
        assertFalse(e.getMessage().contains("[Source"), e.getMessage());
    }
}
