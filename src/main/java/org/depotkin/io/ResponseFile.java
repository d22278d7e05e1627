package org.depotkin.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.depotkin.io.yaml.YamlDocument;
import org.depotkin.io.yaml.YamlMap;

/**
 * Writes a calibrated response threshold into an agonist's compound file, in place: the one line
 * {@code occupancy: {value: …, source: …}} of the {@code response:} block is replaced (or added, with
 * the block when there is none); every other line, comment and blank stays as it was. The new text
 * is checked by reading it back as an agonist file before it atomically replaces the old one.
 */
public final class ResponseFile {
    private ResponseFile() {
    }

    /**
     * @param file     the agonist compound file
     * @param response θ* (fraction)
     * @param source   how it was obtained (free text)
     */
    public static void write(Path file, double response, String source) {
        YamlMap m = YamlDocument.load(file);
        ModelFiles.agonist(file);
        List<String> lines;
        try {
            lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        String entry = "occupancy: {value: " + String.format(Locale.ROOT, "%.9g", 100 * response) + " %, source: \""
                + source.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
        YamlMap r = m.optMap("response").orElse(null);
        if (r == null) {
            if (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
                lines.remove(lines.size() - 1);
            }
            lines.add("response:");
            lines.add("  " + entry);
        } else if (r.has("occupancy")) {
            int line = r.keyLocation("occupancy").line() - 1;
            int col = r.keyLocation("occupancy").column() - 1;
            String old = lines.get(line);
            String rest = old.substring(col);
            boolean oneLine = r.valueLocation("occupancy").line() == line + 1 && (!rest.contains("{")
                    || rest.contains("}"));
            if (!oneLine) {
                throw new IllegalArgumentException(r.keyLocation("occupancy") + ": write 'occupancy: {value: ..., "
                        + "source: ...}' on one line so that calibrate can replace it");
            }
            lines.set(line, old.substring(0, col) + entry);
        } else {
            int line = m.keyLocation("response").line() - 1;
            int indent = m.keyLocation("response").column() - 1 + 2;
            lines.add(line + 1, " ".repeat(indent) + entry);
        }
        Path tmp = null;
        try {
            Path dir = file.toAbsolutePath().getParent();
            tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
            Files.write(tmp, lines, StandardCharsets.UTF_8);
            double back = ModelFiles.agonist(tmp).response();
            if (Math.abs(back - response) > 1e-6 * response) {
                throw new IllegalStateException("calibrated value did not read back: wrote " + response + ", read " + back);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            tmp = null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the temporary file is left behind; the compound file is unchanged
                }
            }
        }
    }
}
