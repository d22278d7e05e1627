package org.depotkin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shipped examples rewritten as spreadsheets write them (semicolons and decimal commas; quoted
 * headers holding commas and quoted numbers; Latin-1) give, in fit release, f2 and nca, exactly the
 * report of the plain CSV (the column names as written aside), plus one line stating how the file was read.
 */
class SpreadsheetCsvTest {
    @TempDir
    Path tmp;

    /** Semicolons between cells, decimal commas in numbers; comment lines unchanged. */
    static String semicolons(String csv) {
        return lines(csv, line -> line.replace(',', ';').replace('.', ','));
    }

    /** Every cell quoted; each header as "name, as read (unit)" with a comma inside the quotes. */
    static String quoted(String csv) {
        boolean[] header = {true};
        return lines(csv, line -> {
            List<String> cells = List.of(line.split(",", -1));
            String out = cells.stream().map(c -> "\"" + (header[0] ? spelled(c) : c) + "\"")
                    .collect(Collectors.joining(","));
            header[0] = false;
            return out;
        });
    }

    /** {@code rep1_pct} as {@code rep1, measured (pct)}; {@code time_min} as {@code time (min)}. */
    private static String spelled(String name) {
        int cut = name.indexOf('_');
        String head = name.substring(0, cut);
        return (head.equals("time") ? head : head + ", measured") + " (" + name.substring(cut + 1) + ")";
    }

    private static String lines(String csv, UnaryOperator<String> data) {
        return csv.lines().map(l -> l.startsWith("#") ? l : data.apply(l)).collect(Collectors.joining("\n", "", "\n"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "semicolons | ';'-separated, decimal commas",
        "quoted | ''",
        "latin1 | 'not UTF-8, read as Latin-1 (ISO-8859-1)'"})
    void spreadsheetFilesGiveThePlainReport(String dialect, String note) throws IOException {
        for (List<String> command : List.of(
                List.of("fit", "release", "release-implant.csv"),
                List.of("f2", "dissolution-reference.csv", "dissolution-test.csv"),
                List.of("nca", "oral-50mg-plasma.csv", "--dose", "50 mg", "--threshold", "2 ng/mL"))) {
            Path plain = tmp.resolve("plain");
            Path other = tmp.resolve(dialect);
            Files.createDirectories(plain);
            Files.createDirectories(other);
            for (String a : command) {
                if (a.endsWith(".csv")) {
                    String csv = Files.readString(Path.of("examples", a));
                    Files.writeString(plain.resolve(a), csv);
                    switch (dialect) {
                        case "semicolons" -> Files.writeString(other.resolve(a), semicolons(csv));
                        case "quoted" -> Files.writeString(other.resolve(a), quoted(csv));
                        default -> Files.write(other.resolve(a), ("# Messwerte für Prüfung\n" + csv)
                                .getBytes(StandardCharsets.ISO_8859_1));
                    }
                }
            }
            String expected = report(command, plain);
            String got = report(command, other);
            for (String a : command.stream().filter(a -> a.endsWith(".csv")).toList()) {
                String line = "read " + other.resolve(a) + " as " + note + "\n";
                if (!note.isEmpty()) {
                    assertTrue(got.contains(line), got);
                    got = got.replace(line, "");
                }
            }
            assertEquals(expected.replace(plain.toString(), "DIR"), got.replace(other.toString(), "DIR")
                    .replace(", measured", ""),
                    dialect + ": " + command);
        }
    }

    /** Standard output of the command run in {@code dir} on its files, without the 'wrote' lines. */
    private String report(List<String> command, Path dir) {
        String[] args = command.stream().map(a -> a.endsWith(".csv") ? dir.resolve(a).toString() : a)
                .toArray(String[]::new);
        String[] full = java.util.stream.Stream.concat(java.util.Arrays.stream(args),
                command.get(0).equals("f2") ? java.util.stream.Stream.empty()
                        : java.util.stream.Stream.of("--out", dir.resolve("out-" + command.get(0)).toString(), "--force"))
                .toArray(String[]::new);
        CliTest.Result r = CliTest.run(full);
        assertEquals(0, r.code(), String.join(" ", full) + ": " + r.err());
        return r.out().lines().filter(l -> !l.startsWith("wrote ")).collect(Collectors.joining("\n", "", "\n"));
    }
}
