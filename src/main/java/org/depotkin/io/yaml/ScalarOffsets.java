package org.depotkin.io.yaml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Behind {@link YamlScalar#locate(int)}: maps a character of a scalar's text back to its place in the file. */
final class ScalarOffsets {
    private ScalarOffsets() {
    }

    static Location locate(Location start, String text, int offset) {
        List<String> lines = lines(start.file());
        int l = start.line() - 1;
        int c = start.column() - 1;
        if (lines == null || l >= lines.size()) {
            return new Location(start.file(), start.line(), start.column() + offset);
        }
        if (c < lines.get(l).length() && (lines.get(l).charAt(c) == '"' || lines.get(l).charAt(c) == '\'')) {
            c++;
        }
        int[] at = {l, c};
        for (int i = 0; i < Math.min(offset, text.length()); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                skipSpace(lines, at);
                at[1]++;
            }
        }
        if (offset < text.length() && !Character.isWhitespace(text.charAt(offset))) {
            skipSpace(lines, at);
        }
        return new Location(start.file(), at[0] + 1, at[1] + 1);
    }

    private static void skipSpace(List<String> lines, int[] at) {
        while (at[0] < lines.size()) {
            String line = lines.get(at[0]);
            if (at[1] >= line.length()) {
                if (at[0] + 1 == lines.size()) {
                    return;
                }
                at[0]++;
                at[1] = 0;
            } else if (Character.isWhitespace(line.charAt(at[1]))) {
                at[1]++;
            } else {
                return;
            }
        }
    }

    private static List<String> lines(String file) {
        try {
            Path p = Path.of(file);
            return Files.isRegularFile(p) ? Files.readAllLines(p, StandardCharsets.UTF_8) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
