package org.depotkin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --set NAME=VALUE}: the same run as editing the model files, unit-checked, recorded in the outputs. */
class ModelSettingsCliTest {
    @TempDir
    Path tmp;

    /** The oracle: a copy of models/ with the same two values written into the files. */
    @Test
    void setIsTheSameAsEditingTheFiles() throws IOException {
        Path edited = tmp.resolve("models");
        try (Stream<Path> s = Files.walk(Path.of("models"))) {
            for (Path p : s.toList()) {
                Path to = edited.resolve(Path.of("models").relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        replace(edited.resolve("formulations/implant-go-medical-3.4g.yaml"), "value: 0.0064 /d", "value: 0.0216 /d");
        replace(edited.resolve("compounds/naltrexone.yaml"), "value: 140 L/h", "value: 100 L/h");
        CliTest.Result byFile = CliTest.run("simulate", edited.resolve("implant-3.4g.yaml").toString(), "--out",
                tmp.resolve("file").toString());
        assertEquals(0, byFile.code(), byFile.err());
        CliTest.Result bySet = CliTest.run("simulate", "models/implant-3.4g.yaml", "--set", "release.k=0.0009/h",
                "--set", "naltrexone.CL=100 L/h", "--out", tmp.resolve("set").toString());
        assertEquals(0, bySet.code(), bySet.err());
        List<String> a = Files.readAllLines(tmp.resolve("file/implant-3.4g.csv"));
        List<String> b = Files.readAllLines(tmp.resolve("set/implant-3.4g.csv"));
        assertTrue(b.get(0).contains("command: simulate models/implant-3.4g.yaml --set release.k=0.0009/h --set "
                + "\"naltrexone.CL=100 L/h\""), b.get(0));
        assertTrue(Files.readString(tmp.resolve("set/implant-3.4g-summary.json")).contains("--set release.k=0.0009/h"));
        a = a.stream().filter(l -> !l.startsWith("#")).toList();
        b = b.stream().filter(l -> !l.startsWith("#")).toList();
        assertEquals(a.size(), b.size());
        for (int i = 1; i < a.size(); i++) {
            double x = Double.parseDouble(a.get(i).split(",")[4]);
            double y = Double.parseDouble(b.get(i).split(",")[4]);
            assertEquals(x, y, 1e-8 * Math.abs(x) + 1e-12, "row " + i + ": " + a.get(i) + " vs " + b.get(i));
        }
    }

    /** A value of the wrong dimension, an unknown name, no '=': one line naming what was expected, exit 2, nothing written. */
    @Test
    void badSettingsAreOneLineAndExitTwo() {
        for (String[] c : List.of(
                new String[] {"naltrexone.CL=100 L", "--set naltrexone.CL=100 L: naltrexone.CL is in L/h; expected a "
                        + "clearance (e.g. L/h), got 'L' (a volume)"},
                new String[] {"release.k=2 mg", "--set release.k=2 mg: release.k is in 1/h; expected a rate constant"},
                new String[] {"release.kk=1/h", "--set release.kk=1/h: no parameter 'release.kk' in implant-3.4g: "
                        + "choose dose, interval or one of naltrexone.CL"},
                new String[] {"release.k", "--set release.k: expected NAME=VALUE with a unit"},
                new String[] {"release.k=-1/h", "--set release.k=-1/h: expected a value > 0 1/h"})) {
            Path out = tmp.resolve("bad");
            for (String command : List.of("simulate", "blockade", "design")) {
                List<String> args = new java.util.ArrayList<>(List.of(command, "models/implant-3.4g.yaml", "--set", c[0],
                        "--out", out.toString()));
                if (command.equals("design")) {
                    args.addAll(List.of("--target", "naltrexone >= 2 ng/mL for 180 d", "--vary", "dose"));
                }
                CliTest.Result r = CliTest.run(args.toArray(String[]::new));
                assertEquals(2, r.code(), command + " " + c[0] + ": " + r.err());
                assertTrue(r.err().startsWith("depotkin: " + c[1]), r.err());
                assertEquals(1, r.err().lines().count(), r.err());
                assertFalse(Files.exists(out), "nothing written");
            }
        }
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String s = Files.readString(file);
        assertTrue(s.contains(from), file + " holds " + from);
        Files.writeString(file, s.replace(from, to));
    }
}
