package org.depotkin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Every {@code ./depotkin} command in the README's shell blocks runs twice in a row, into the same folder,
 * and succeeds both times: a re-run replaces its own previous outputs. The output folder is moved under a
 * temporary folder (the command's own {@code --out}, or its default folder's name).
 */
class ReRunTest {
    @TempDir
    Path tmp;

    static Stream<String> readmeCommands() throws IOException {
        List<String> commands = new ArrayList<>();
        boolean inShell = false;
        StringBuilder current = new StringBuilder();
        for (String line : Files.readAllLines(Path.of("README.md"))) {
            if (line.startsWith("```")) {
                inShell = line.equals("```sh");
                continue;
            }
            if (!inShell) {
                continue;
            }
            String code = line.replaceFirst("\\s+#.*$", "").strip();
            current.append(code.endsWith("\\") ? code.substring(0, code.length() - 1) + " " : code);
            if (!code.endsWith("\\")) {
                if (current.toString().startsWith("./depotkin ")) {
                    commands.add(current.substring("./depotkin ".length()).strip());
                }
                current.setLength(0);
            }
        }
        return commands.stream();
    }

    @ParameterizedTest
    @MethodSource("readmeCommands")
    void runsTwiceInARow(String command) {
        List<String> args = words(command);
        int out = args.indexOf("--out");
        if (out >= 0) {
            args.set(out + 1, tmp.resolve(args.get(out + 1)).toString());
        } else if (writesFiles(args)) {
            args.addAll(List.of("--out", tmp.resolve("default-folder").toString()));
        }
        for (int i = 1; i <= 2; i++) {
            CliTest.Result r = CliTest.run(args.toArray(String[]::new));
            assertEquals(0, r.code(), "run " + i + " of " + command + ": " + r.err());
            assertFalse(r.err().contains("depotkin: "), r.err());
        }
    }

    /** Whether the command the words name has an {@code --out} option. */
    private static boolean writesFiles(List<String> args) {
        CommandLine cl = new CommandLine(new Main());
        for (String w : args) {
            CommandLine sub = cl.getSubcommands().get(w);
            if (sub == null) {
                break;
            }
            cl = sub;
        }
        return cl.getCommandSpec().findOption("--out") != null;
    }

    /** Splits a command line into words; double quotes group. */
    private static List<String> words(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                any = true;
            } else if (Character.isWhitespace(c) && !quoted) {
                if (any) {
                    out.add(w.toString());
                }
                w.setLength(0);
                any = false;
            } else {
                w.append(c);
                any = true;
            }
        }
        if (any) {
            out.add(w.toString());
        }
        return out;
    }
}
