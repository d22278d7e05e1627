package org.depotkin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.depotkin.engine.CompiledModel;
import org.depotkin.engine.Trajectory;
import org.depotkin.io.ModelFiles;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** End-to-end runs of the command line on the bundled models. */
class CliTest {
    @TempDir
    Path tmp;

    /** Exit code, standard output and standard error of one command line. */
    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    static Stream<Path> scenarios() throws IOException {
        return Files.list(Path.of("models")).filter(p -> p.toString().endsWith(".yaml")).sorted();
    }

    /** Every command and subcommand of the command line, as the words that name it. */
    static Stream<String> commands() {
        List<String> names = new ArrayList<>();
        addCommands(new CommandLine(new Main()), "", names);
        return names.stream();
    }

    private static void addCommands(CommandLine parent, String prefix, List<String> names) {
        parent.getSubcommands().forEach((name, sub) -> {
            names.add(prefix + name);
            addCommands(sub, prefix + name + " ", names);
        });
    }

    @ParameterizedTest(name = "--help for {0}")
    @MethodSource("commands")
    void everyCommandHasHelp(String command) {
        // picocli reports a description it cannot format (an unescaped %) on System.err
        PrintStream stderr = System.err;
        ByteArrayOutputStream picocli = new ByteArrayOutputStream();
        Result r;
        try {
            System.setErr(new PrintStream(picocli, true, StandardCharsets.UTF_8));
            List<String> args = new ArrayList<>(List.of(command.split(" ")));
            args.add("--help");
            r = run(args.toArray(String[]::new));
        } finally {
            System.setErr(stderr);
        }
        assertEquals(0, r.code(), r.err());
        assertEquals("", picocli.toString(StandardCharsets.UTF_8), "the help of " + command + " formats cleanly");
        assertTrue(r.out().contains("Usage: depotkin " + command), r.out());
        if (!command.equals("generate-completion") && !command.equals("fit")) {
            assertTrue(r.out().contains("Example"), "an example in the help of " + command);
        }
    }

    @Test
    void versionAndTopLevelHelp() {
        assertTrue(run("--version").out().startsWith("depotkin "));
        Result r = run();
        assertEquals(0, r.code());
        assertTrue(r.out().contains("simulate") && r.out().contains("demo"));
    }

    @ParameterizedTest(name = "simulate {0}")
    @MethodSource("scenarios")
    void simulateEveryBundledModel(Path model) throws IOException {
        Path out = tmp.resolve("out");
        Result r = run("simulate", model.toString(), "--out", out.toString(), "--step", "6h");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        String name = ModelFiles.scenario(model).name();
        Path csv = out.resolve(name + ".csv");
        Path json = out.resolve(name + "-summary.json");
        assertTrue(Files.size(csv) > 0 && Files.size(json) > 0);
        // the CSV is tidy, its header after the comment lines, and its values are the library's
        List<String> lines = Files.readAllLines(csv);
        int header = 0;
        while (lines.get(header).startsWith("#")) {
            header++;
        }
        assertTrue(header >= 2, "comment lines with version, hash and settings");
        assertTrue(lines.get(0).contains("depotkin") && lines.get(1).contains("sha256"));
        assertEquals("scenario,subject,time_h,analyte,value,unit", lines.get(header));
        Trajectory tr = CompiledModel.compile(ModelFiles.scenario(model)).simulate();
        String parent = tr.model().outputs().get(0).name();
        int checked = 0;
        for (String line : lines.subList(header + 1, lines.size())) {
            String[] f = line.split(",");
            assertEquals(6, f.length, line);
            if (f[3].equals(parent)) {
                double t = Double.parseDouble(f[2]);
                double v = Double.parseDouble(f[4]);
                assertEquals(tr.value(parent, t), v, 1e-10 * Math.max(1, Math.abs(v)), line);
                checked++;
            }
        }
        assertTrue(checked > 10);
    }

    @Test
    void compareWritesPlotsThatDecode() throws IOException {
        Path out = tmp.resolve("cmp");
        Result r = run("compare", "models/implant-3.4g.yaml", "models/implant-3.4g-fibrosis.yaml", "--out",
                out.toString(), "--plot", "png,svg", "--step", "12h");
        assertEquals(0, r.code(), r.err());
        for (String fig : List.of("concentration", "concentration-log", "metabolite", "occupancy", "release")) {
            Path png = out.resolve("compare-" + fig + ".png");
            var img = ImageIO.read(png.toFile());
            assertEquals(1200, img.getWidth(), fig);
            assertTrue(Files.size(out.resolve("compare-" + fig + ".svg")) > 1000, fig);
        }
        assertTrue(r.out().contains("implant-3.4g-fibrosis"), "table names the scenarios");
        assertFalse(r.out().contains("differ in length"), "both run 365 d");
    }

    @Test
    void compareSaysWhenRunLengthsDiffer() {
        Result r = run("compare", "models/oral-50mg-single.yaml", "models/implant-3.4g-removed-day14.yaml", "--out",
                tmp.resolve("cmp-len").toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("note: the runs differ in length (oral-50mg-single 14 d, "
                + "implant-3.4g-removed-day14 60 d)"), r.out());
    }

    @Test
    void logDrawsOnlyTheLogAxisConcentration() {
        Path out = tmp.resolve("log");
        Result r = run("simulate", "models/oral-50mg-daily.yaml", "--out", out.toString(), "--plot", "png", "--log",
                "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.exists(out.resolve("oral-50mg-daily-concentration-log.png")));
        assertFalse(Files.exists(out.resolve("oral-50mg-daily-concentration.png")));
        assertFalse(Files.exists(out.resolve("oral-50mg-daily.csv")), "--format json writes no CSV");
    }

    @Test
    void aFileTheRunDidNotWriteIsKeptWithoutForce() throws IOException {
        Path out = tmp.resolve("o");
        assertEquals(0, run("simulate", "models/implant-1.7g.yaml", "--out", out.toString(), "--format", "csv")
                .code());
        Path csv = out.resolve("implant-1.7g.csv");
        long size = Files.size(csv);
        Files.writeString(out.resolve("implant-1.7g-summary.json"), "mine");
        Result again = run("simulate", "models/implant-1.7g.yaml", "--out", out.toString(), "--duration", "30d");
        assertEquals(2, again.code());
        assertTrue(again.err().contains("--force"), again.err());
        assertEquals(size, Files.size(csv), "nothing overwritten");
        assertEquals("mine", Files.readString(out.resolve("implant-1.7g-summary.json")));
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(3, s.count(), "the CSV, the manifest and the user's file; no staging or partial files");
        }
        assertEquals(0, run("simulate", "models/implant-1.7g.yaml", "--out", out.toString(), "--duration", "30d",
                "--force").code());
        assertTrue(Files.size(csv) < size);
    }

    @Test
    void badInputGivesOneLineAndExitTwo() throws IOException {
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(Path.of("models/implant-3.4g.yaml")).replace("duration: 365 d",
                "duration: 365 dd"));
        Path copyDir = tmp;
        for (String part : List.of("compounds", "formulations", "regimens")) {
            copyTree(Path.of("models", part), copyDir.resolve(part));
        }
        String[][] cases = {
            {"simulate", bad.toString(), "--out", tmp.resolve("x").toString()},
            {"simulate", "models/does-not-exist.yaml"},
            {"simulate", "models/implant-3.4g.yaml", "--duration", "ten days"},
            {"simulate", "models/implant-3.4g.yaml", "--plot", "gif", "--out", tmp.resolve("y").toString()},
            {"simulate", "models/compounds/naltrexone.yaml"},
            {"simulate", "--no-such-option", "models/implant-3.4g.yaml"},
            {"compare", "models/implant-3.4g.yaml"},
        };
        for (String[] c : cases) {
            Result r = run(c);
            assertEquals(2, r.code(), String.join(" ", c) + " -> " + r.err());
            assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
            assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        }
        Result located = run("simulate", bad.toString(), "--out", tmp.resolve("x").toString());
        assertTrue(located.err().contains(bad + ":6:11:"), located.err());
        assertFalse(Files.exists(tmp.resolve("x")), "nothing written for bad input");
    }

    @Test
    void modelsListsTheBundledScenarios() {
        Result r = run("models", "--all");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("models/implant-3.4g.yaml") && r.out().contains("naltrexone.yaml"));
    }

    @Test
    void demoWritesTheSeedComparison() throws IOException {
        Path out = tmp.resolve("demo");
        Result r = run("demo", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        for (String f : List.of("regimens-concentration.png", "implant-failures-concentration.png",
                "implant-failures-release.png", "regimens.csv", "implant-failures-summary.json")) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        assertTrue(r.out().contains("results are in " + out.toAbsolutePath().normalize()), r.out());
    }

    static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> s = Files.list(from)) {
            for (Path p : s.toList()) {
                Files.copy(p, to.resolve(p.getFileName()));
            }
        }
    }
}
