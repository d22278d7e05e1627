package org.depotkin.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeded fuzz and extreme-value suite for every command and input kind: options (sizes, times, formats,
 * output folders), model files (mutated lines, values, units, references, bytes) and CSV data (empty, flat,
 * single-point, non-numeric, extreme and subnormal values, broken rows). Each case must end in one of two ways:
 * <ul>
 *   <li>exit 0, with no NaN or Infinity and no negative concentration in any file it wrote and the files it
 *       did not own untouched; or</li>
 *   <li>exit 2 (bad input) or 1 (a run that could not finish, never an internal error), with exactly one line
 *       on stderr starting {@code depotkin: }, no stack trace, and the output folder and its surroundings
 *       exactly as before (nothing written, nothing half-written, no staging left).</li>
 * </ul>
 * The counts per command (tried / correct) and the time are printed.
 */
class FuzzTest {
    private static final long SEED = 20261202L;
    private static final Pattern NON_FINITE = Pattern.compile("\\b(NaN|-?Infinity)\\b");
    /** A tidy row whose value is negative in a concentration unit. */
    private static final Pattern NEGATIVE_CONCENTRATION = Pattern.compile(",-[0-9.e+-]+,ng/mL$", Pattern.MULTILINE);
    private static final List<String> TIMES = List.of("0h", "-1d", "1e9d", "1e-9h", "1e-12 h", "abc", "NaN h",
            "1e400 h", "5 kg", "", "36526d", "2 d", "12h", "1 wk");
    private static final List<String> COUNTS = List.of("0", "-1", "2147483648", "1e9", "abc", "2000000000", "100001",
            "", "3", "257", "1000001");
    /** Counts every size option refuses (a population run costs seconds even when small). */
    private static final List<String> REFUSED_COUNTS = List.of("0", "-1", "2147483648", "1e9", "abc", "2000000000",
            "100001", "", "1000001");
    private static final List<String> NUMBERS = List.of("0", "-1", "1e-320", "1e308", ".nan", ".inf", "-.inf", "abc",
            "1e400", "99999999999", "4.9e-324");
    private static final List<String> UNITS = List.of("kg", "furlong", "/s/s", "%", "", "mg/mg/mg", "h^-0.5");
    private static final List<String> VALUES = List.of("../../../../../../etc/passwd", "/etc/passwd", "/dev/zero",
            "[1, 2", "{a: b}", "", "~", "\"\\u0000\"", "'unterminated");
    private static final List<String> CELLS = List.of("NaN", "inf", "-5", "1e308", "1e-320", "abc", "", "1,5",
            "-0", "1e400", "0x10");

    @TempDir
    Path tmp;

    /** One command line to try, with the command it exercises. */
    private record Case(String command, String what, List<String> args) {
    }

    @Test
    void everyCommandEndsCleanlyOnHostileAndExtremeInput() throws IOException {
        long start = System.nanoTime();
        SplittableRandom rng = new SplittableRandom(SEED);
        Path models = copyModels();
        Path data = copyExamples();
        Path out = tmp.resolve("out");
        assertTrue(CliTest.run("simulate", models.resolve("oral-50mg-single.yaml").toString(), "--out",
                out.toString(), "--format", "json").code() == 0);
        Files.writeString(out.resolve("precious.txt"), "not a depotkin output");
        List<Case> cases = new ArrayList<>();
        cases.addAll(optionCases(rng, models, data));
        cases.addAll(modelFileCases(rng, models));
        cases.addAll(csvCases(rng, data, models));
        Map<String, long[]> counts = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (Case c : cases) {
            List<String> args = new ArrayList<>(c.args());
            if (!List.of("f2", "models", "bench", "calibrate").contains(c.command())
                    && !args.contains("--out")) {
                args.addAll(List.of("--out", out.toString()));
            }
            long t0 = System.nanoTime();
            String problem = check(args, out);
            long[] n = counts.computeIfAbsent(c.command(), k -> new long[3]);
            n[0]++;
            n[2] += System.nanoTime() - t0;
            if (problem == null) {
                n[1]++;
            } else {
                failures.add(c.command() + " [" + c.what() + "] " + String.join(" ", args) + ": " + problem);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        StringBuilder table = new StringBuilder("fuzz (seed " + SEED + "): command, tried, correct, seconds\n");
        counts.forEach((k, v) -> table.append(String.format("  %-12s %4d %4d %6.1f%n", k, v[0], v[1], v[2] / 1e9)));
        table.append(String.format("  %-12s %4d %4d in %.1f s%n", "all", cases.size(), cases.size() - failures.size(),
                seconds));
        System.out.print(table);
        assertTrue(failures.isEmpty(), failures.size() + " cases ended badly:\n" + String.join("\n",
                failures.subList(0, Math.min(30, failures.size()))));
    }

    /** Runs one command line; null when it ended correctly, else what was wrong. */
    private String check(List<String> args, Path out) throws IOException {
        Map<String, String> before = state(tmp, out);
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.run(args.toArray(String[]::new), new PrintWriter(o, true), new PrintWriter(e, true));
        String err = e.toString();
        List<String> errors = err.lines().filter(l -> l.startsWith("depotkin: ")).toList();
        Map<String, String> after = state(tmp, out);
        if (after.keySet().stream().anyMatch(k -> k.contains(".depotkin-staging-"))) {
            return "a staging folder was left behind";
        }
        if (code == 0) {
            if (!errors.isEmpty()) {
                return "exit 0 with an error line: " + errors.get(0);
            }
            if (!"not a depotkin output".equals(Files.readString(out.resolve("precious.txt")))) {
                return "a file the run did not own was changed";
            }
            for (var f : after.entrySet()) {
                if (!f.getValue().equals(before.get(f.getKey())) && f.getKey().matches(".*\\.(csv|json|yaml)")) {
                    String text = Files.readString(tmp.resolve(f.getKey()), StandardCharsets.UTF_8);
                    if (NON_FINITE.matcher(text).find()) {
                        return "NaN or Infinity written to " + f.getKey();
                    }
                    if (NEGATIVE_CONCENTRATION.matcher(text).find()) {
                        return "a negative concentration written to " + f.getKey();
                    }
                }
            }
            return null;
        }
        if (code != 1 && code != 2) {
            return "exit code " + code;
        }
        if (err.lines().count() != 1 || errors.size() != 1) {
            return "stderr is not one 'depotkin: ' line: " + err.strip().replace('\n', '|');
        }
        if (err.contains("internal error") || err.contains("\tat ") || err.contains("Exception")) {
            return "an internal error or exception name: " + err.strip();
        }
        if (!after.equals(before)) {
            return "the output folder changed on a failed run";
        }
        return null;
    }

    /** Every path under {@code root} except the case's inputs, with its size and modification time. */
    private static Map<String, String> state(Path root, Path out) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.list(root)) {
            for (Path p : s.toList()) {
                if (p.getFileName().toString().startsWith(".") || p.equals(out)) {
                    m.put(root.relativize(p).toString(), "");
                }
            }
        }
        if (Files.isDirectory(out)) {
            try (Stream<Path> s = Files.walk(out)) {
                for (Path p : s.toList()) {
                    m.put(root.relativize(p).toString(), Files.isRegularFile(p) ? Files.size(p) + "@"
                            + Files.getLastModifiedTime(p).toMillis() + ":" + Arrays.hashCode(Files.readAllBytes(p))
                            : "/");
                }
            }
        }
        return m;
    }

    private Path copyModels() throws IOException {
        Path dst = tmp.resolve("models");
        try (Stream<Path> s = Files.walk(Path.of("models"))) {
            for (Path p : s.toList()) {
                Path d = dst.resolve(Path.of("models").relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(d);
                } else {
                    Files.copy(p, d);
                }
            }
        }
        return dst;
    }

    private Path copyExamples() throws IOException {
        Path dst = Files.createDirectories(tmp.resolve("data"));
        try (Stream<Path> s = Files.list(Path.of("examples"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".csv")).toList()) {
                Files.copy(p, dst.resolve(p.getFileName()));
            }
        }
        return dst;
    }

    private static <T> T pick(SplittableRandom rng, List<T> list) {
        return list.get(rng.nextInt(list.size()));
    }

    /** Extreme and malformed option values for every command. */
    private List<Case> optionCases(SplittableRandom rng, Path models, Path data) throws IOException {
        String oral = models.resolve("oral-50mg-single.yaml").toString();
        String implant = models.resolve("implant-1.7g.yaml").toString();
        String pop = models.resolve("population-xrntx.yaml").toString();
        String release = data.resolve("release-implant.csv").toString();
        String ref = data.resolve("dissolution-reference.csv").toString();
        String test = data.resolve("dissolution-test.csv").toString();
        String plasma = data.resolve("oral-50mg-plasma.csv").toString();
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        List<String> outs = List.of(file.toString(), file.resolve("below").toString(), "/proc/depotkin-fuzz",
                "/dev/null", "/");
        List<Case> out = new ArrayList<>();
        // a population run costs seconds even for two subjects: the accepted values are tried once
        out.add(new Case("population", "accepted", List.of("population", pop, "--subjects", "2", "--threads", "2",
                "--step", "2 d", "--format", "json")));
        for (int i = 0; i < 8; i++) {
            out.add(new Case("simulate", "--duration", List.of("simulate", oral, "--duration", pick(rng, TIMES),
                    "--format", "json")));
            out.add(new Case("simulate", "--step", List.of("simulate", oral, "--step", pick(rng, TIMES),
                    "--format", "json")));
            out.add(new Case("compare", "--duration", List.of("compare", oral, implant, "--duration",
                    pick(rng, TIMES), "--format", "json")));
            out.add(new Case("population", "--subjects", List.of("population", pop, "--subjects",
                    pick(rng, REFUSED_COUNTS), "--format", "json")));
            out.add(new Case("population", "--threads/--step", List.of("population", pop, "--subjects", "2",
                    "--threads", pick(rng, REFUSED_COUNTS), "--step", pick(rng, TIMES), "--format", "json")));
            out.add(new Case("blockade", "--duration", List.of("blockade", oral, "--duration", pick(rng, TIMES),
                    "--plot", "svg")));
            out.add(new Case("design", "--points", List.of("design", oral, "--target",
                    "naltrexone >= 2 ng/mL for 1 d", "--vary", "dose", "--points", pick(rng, COUNTS))));
            out.add(new Case("design", "--subjects", List.of("design", oral, "--target",
                    "naltrexone >= 2 ng/mL for 1 d", "--vary", "dose", "--probability", "90%", "--subjects",
                    pick(rng, List.of("0", "-1", "2147483648", "100001", "abc", "2")), "--points", "2")));
            out.add(new Case("f2", "--bootstrap", List.of("f2", ref, test, "--bootstrap", pick(rng, COUNTS))));
            out.add(new Case("nca", "--step", List.of("nca", oral, "--step", pick(rng, TIMES))));
            out.add(new Case("nca", "--dose/--tau", List.of("nca", plasma, "--dose", pick(rng, NUMBERS) + " "
                    + pick(rng, UNITS), "--tau", pick(rng, TIMES))));
            out.add(new Case("deconvolve", "--k10", List.of("deconvolve", plasma, "--method", "wagner-nelson",
                    "--k10", pick(rng, NUMBERS) + " /h")));
            out.add(new Case("fit release", "--laws", List.of("fit", "release", release, "--laws",
                    pick(rng, List.of("weibull,nope", "", "first-order", "zero-order,zero-order", "korsmeyer-peppas")))));
            out.add(new Case("bench", "--subjects/--threads", List.of("bench", "W4", "--subjects",
                    pick(rng, COUNTS).replace("3", "0"), "--threads", pick(rng, COUNTS), "--repeats", "1",
                    "--warmup", "0", "--models", models.toString())));
            out.add(new Case("simulate", "--out", List.of("simulate", oral, "--out", pick(rng, outs))));
            out.add(new Case("examples", "--out", List.of("examples", "--out", pick(rng, outs), "--models",
                    models.toString())));
            out.add(new Case("demo", "--models/--out", List.of("demo", "--models", pick(rng, List.of(file.toString(),
                    "/nonexistent", models.resolve("compounds").toString())), "--out", pick(rng, outs))));
            out.add(new Case("models", "--all", List.of("models", pick(rng, List.of("--all", "--bogus", "x")))));
            out.add(new Case("calibrate", "reference", List.of("calibrate", pick(rng, List.of(file.toString(),
                    "/etc/passwd", models.resolve("compounds/heroin.yaml").toString())))));
        }
        return out;
    }

    /** A mutated copy of the oral scenario and its parts, run through simulate. */
    private List<Case> modelFileCases(SplittableRandom rng, Path models) throws IOException {
        List<String> parts = List.of("oral-50mg-single.yaml", "compounds/naltrexone.yaml",
                "formulations/naltrexone-oral-tablet.yaml", "regimens/oral-50mg-once.yaml");
        List<Case> out = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            Path dir = tmp.resolve("mutant-" + i);
            for (String p : parts) {
                Files.createDirectories(dir.resolve(p).getParent());
                Files.copy(models.resolve(p), dir.resolve(p));
            }
            Files.copy(models.resolve("compounds/heroin.yaml"), dir.resolve("compounds/heroin.yaml"));
            Path target = dir.resolve(pick(rng, parts));
            String what = mutate(rng, target);
            out.add(new Case("simulate", "model file: " + dir.relativize(target) + " " + what, List.of("simulate",
                    dir.resolve(parts.get(0)).toString(), "--format", "json")));
        }
        return out;
    }

    private static String mutate(SplittableRandom rng, Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        List<String> lines = new ArrayList<>(new String(bytes, StandardCharsets.UTF_8).lines().toList());
        int k = rng.nextInt(lines.size());
        String line = lines.get(k);
        int kind = rng.nextInt(9);
        String what;
        switch (kind) {
            case 0 -> {
                lines.remove(k);
                what = "line " + (k + 1) + " deleted";
            }
            case 1 -> {
                lines.add(k, line);
                what = "line " + (k + 1) + " doubled";
            }
            case 2 -> {
                String v = pick(rng, NUMBERS);
                lines.set(k, line.replaceFirst("-?\\d+(\\.\\d+)?(e-?\\d+)?", v));
                what = "a number on line " + (k + 1) + " -> " + v;
            }
            case 3 -> {
                String u = pick(rng, UNITS);
                lines.set(k, line.replaceFirst("(\\d) ?(mg|h|d|L/h|L|/h|ng/mL|g/mol|nM|%|wk)\\b", "$1 " + u));
                what = "a unit on line " + (k + 1) + " -> " + u;
            }
            case 4 -> {
                String v = pick(rng, VALUES);
                lines.set(k, line.replaceFirst(":\\s*\\S.*$", ": " + v));
                what = "the value on line " + (k + 1) + " -> " + v;
            }
            case 5 -> {
                Files.write(file, Arrays.copyOf(bytes, rng.nextInt(bytes.length)));
                return "truncated";
            }
            case 6 -> {
                int at = rng.nextInt(bytes.length);
                byte[] b = new byte[bytes.length + 2];
                System.arraycopy(bytes, 0, b, 0, at);
                b[at] = (byte) 0xC3;
                b[at + 1] = (byte) 0x28;
                System.arraycopy(bytes, at, b, at + 2, bytes.length - at);
                Files.write(file, b);
                return "invalid UTF-8 at byte " + at;
            }
            case 7 -> {
                lines.set(k, "   " + line);
                what = "line " + (k + 1) + " indented";
            }
            default -> {
                lines.set(k, line.replaceFirst("^(\\s*-?\\s*)([a-zA-Z-]+):", "$1$2x:"));
                what = "a key on line " + (k + 1) + " misspelt";
            }
        }
        Files.writeString(file, String.join("\n", lines) + "\n");
        return what;
    }

    /** Mutated CSV data through fit release, f2, nca, deconvolve and fit plasma. */
    private List<Case> csvCases(SplittableRandom rng, Path data, Path models) throws IOException {
        List<Case> out = new ArrayList<>();
        String compound = models.resolve("compounds/naltrexone.yaml").toString();
        for (int i = 0; i < 14; i++) {
            Path r = mutateCsv(rng, data.resolve("release-implant.csv"), "release-" + i);
            out.add(new Case("fit release", "data: " + r.getFileName(), List.of("fit", "release", r.toString())));
            Path t = mutateCsv(rng, data.resolve("dissolution-test.csv"), "test-" + i);
            out.add(new Case("f2", "data: " + t.getFileName(), List.of("f2", t.toString(), t.toString())));
            Path p = mutateCsv(rng, data.resolve("oral-50mg-plasma.csv"), "plasma-" + i);
            out.add(new Case("nca", "data: " + p.getFileName(), List.of("nca", p.toString(), "--dose", "50 mg")));
            out.add(new Case("deconvolve", "data: " + p.getFileName(), List.of("deconvolve", p.toString(),
                    "--method", pick(rng, List.of("wagner-nelson", "loo-riegelman", "numerical")), "--model",
                    compound)));
        }
        for (int i = 0; i < 3; i++) {
            Path p = mutateCsv(rng, data.resolve("plasma-implant-1.7g.csv"), "fitplasma-" + i);
            out.add(new Case("fit plasma", "data: " + p.getFileName(), List.of("fit", "plasma",
                    models.resolve("implant-1.7g.yaml").toString(), p.toString(), "--free", "release.k")));
        }
        return out;
    }

    /** A copy of a CSV with one damage: flat, zero, single row, empty, a bad cell, a broken or duplicated row. */
    private Path mutateCsv(SplittableRandom rng, Path csv, String name) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        int header = 0;
        while (lines.get(header).startsWith("#")) {
            header++;
        }
        List<String> head = new ArrayList<>(lines.subList(0, header + 1));
        List<String> rows = new ArrayList<>(lines.subList(header + 1, lines.size()));
        int k = rng.nextInt(rows.size());
        UnaryOperator<String> zeroValues = row -> row.replaceAll(",[^,]*", ",0");
        int kind = rng.nextInt(10);
        String suffix;
        switch (kind) {
            case 0 -> {
                rows.replaceAll(zeroValues);
                suffix = "zero";
            }
            case 1 -> {
                rows = new ArrayList<>(rows.subList(k, k + 1));
                suffix = "one-row";
            }
            case 2 -> {
                rows.clear();
                suffix = "header-only";
            }
            case 3 -> {
                head.clear();
                rows.clear();
                suffix = "empty";
            }
            case 4 -> {
                String[] cells = rows.get(k).split(",", -1);
                cells[rng.nextInt(cells.length)] = pick(rng, CELLS);
                rows.set(k, String.join(",", cells));
                suffix = "bad-cell";
            }
            case 5 -> {
                rows.add(k, rows.get(k));
                suffix = "duplicate-row";
            }
            case 6 -> {
                rows.set(k, rows.get(k).substring(0, rows.get(k).lastIndexOf(',')));
                suffix = "short-row";
            }
            case 7 -> {
                String first = rows.get(k).substring(rows.get(k).indexOf(','));
                rows.replaceAll(row -> row.substring(0, row.indexOf(',')) + first);
                suffix = "flat";
            }
            case 8 -> {
                java.util.Collections.reverse(rows);
                suffix = "reversed";
            }
            default -> {
                rows.replaceAll(row -> row.substring(0, row.indexOf(',') + 1)
                        + row.substring(row.indexOf(',') + 1).replaceAll("[0-9.]+", "4.9e-324"));
                suffix = "subnormal";
            }
        }
        List<String> all = new ArrayList<>(head);
        all.addAll(rows);
        Path dst = tmp.resolve("csv").resolve(name + "-" + suffix + ".csv");
        Files.createDirectories(dst.getParent());
        Files.write(dst, all);
        return dst;
    }
}
