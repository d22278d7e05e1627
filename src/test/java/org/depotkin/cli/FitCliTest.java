package org.depotkin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.depotkin.io.ModelFiles;
import org.depotkin.analysis.PlasmaFit;
import org.depotkin.io.ModelFiles;
import org.depotkin.io.ObservedData;
import org.depotkin.io.RunManifest;
import org.depotkin.plot.FitFigures;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** examples, fit release, fit plasma and f2 end to end through {@link Main#run}, on the shipped examples. */
class FitCliTest {
    @TempDir
    Path tmp;

    static CliTest.Result run(String... args) {
        return CliTest.run(args);
    }

    @Test
    void examplesCommandWritesWhatIsShipped() throws IOException {
        Path out = tmp.resolve("ex");
        CliTest.Result r = run("examples", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        List<Path> written;
        try (Stream<Path> s = Files.list(out)) {
            written = s.filter(f -> !f.getFileName().toString().equals(RunManifest.FILE_NAME)).sorted().toList();
        }
        assertTrue(Files.isRegularFile(out.resolve(RunManifest.FILE_NAME)), "and lists them in its manifest");
        try (Stream<Path> shipped = Files.list(Path.of("examples"))) {
            assertEquals(shipped.map(Path::getFileName).filter(f -> !f.toString().equals(RunManifest.FILE_NAME)).sorted()
                    .toList(),
                    written.stream().map(Path::getFileName).toList(), "the command writes every shipped file");
        }
        for (Path f : written) {
            // the files in examples/ are exactly what the command writes
            assertEquals(Files.readString(Path.of("examples").resolve(f.getFileName())), Files.readString(f),
                    f.getFileName() + " differs from examples/: rerun depotkin examples --force");
            assertTrue(Files.readString(f).startsWith("# "), "labelled in a header comment");
        }
        assertEquals(0, run("examples", "--out", out.toString()).code(), "a re-run replaces its own files");
        Path other = Files.createDirectories(tmp.resolve("other"));
        Files.writeString(other.resolve("release-implant.csv"), "mine");
        CliTest.Result foreign = run("examples", "--out", other.toString());
        assertEquals(2, foreign.code(), "a file the run did not write needs --force");
        assertTrue(foreign.err().contains("--force"), foreign.err());
        assertEquals("mine", Files.readString(other.resolve("release-implant.csv")));
    }

    @Test
    void fitReleaseOnTheExample() throws IOException {
        Path out = tmp.resolve("fit");
        CliTest.Result r = run("fit", "release", "examples/release-implant.csv", "--out", out.toString(), "--plot", "png");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("1    weibull"), r.out());
        Path yaml = out.resolve("release-implant-formulation.yaml");
        assertTrue(Files.exists(yaml) && Files.exists(out.resolve("release-implant-fits.csv")));
        assertEquals(1200, ImageIO.read(out.resolve("release-implant-release-fit.png").toFile()).getWidth());
        // the written formulation is usable as is by a scenario
        Files.writeString(tmp.resolve("s.yaml"), String.join("\n", "scenario: fitted",
                "compound: " + Path.of("models/compounds/naltrexone.yaml").toAbsolutePath(),
                "formulation: " + yaml, "regimen: {regimen: once, doses: [{at: 0 d, dose: 1.7 g}]}", "duration: 200 d",
                "criteria: [\"naltrexone >= 2 ng/mL\"]", ""));
        CliTest.Result sim = run("simulate", tmp.resolve("s.yaml").toString(), "--out", tmp.resolve("sim").toString());
        assertEquals(0, sim.code(), sim.err());
        assertEquals("fitted", ModelFiles.scenario(tmp.resolve("s.yaml")).name());
    }

    @Test
    void fitPlasmaOnTheExample() throws IOException {
        Path out = tmp.resolve("plasma");
        CliTest.Result r = run("fit", "plasma", "models/implant-1.7g.yaml", "examples/plasma-implant-1.7g.csv",
                "--free", "release.k,naltrexone.CL", "--log", "--out", out.toString(), "--plot", "png");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("release.k") && r.out().contains("naltrexone.CL"), r.out());
        for (String f : List.of("implant-1.7g-fit.csv", "implant-1.7g-fit-points.csv",
                "implant-1.7g-fit-observed-vs-predicted.png", "implant-1.7g-fit-residuals.png",
                "implant-1.7g-fit-fit-over-time.png", "implant-1.7g-fit-fit-over-time-log.png",
                "implant-1.7g-fit-residuals-vs-predicted.png")) {
            assertTrue(Files.exists(out.resolve(f)), f);
        }
        // the fitted curve passes through every prediction (linear interpolation between its points:
        // within 0.1 % of the peak, the sampler's chord tolerance, plus the interpolation at a kink)
        PlasmaFit.Result fit = PlasmaFit.fit(ModelFiles.scenario(Path.of("models/implant-1.7g.yaml")),
                ObservedData.plasma(Path.of("examples/plasma-implant-1.7g.csv")), List.of("release.k", "naltrexone.CL"),
                PlasmaFit.Weighting.NONE);
        XYChart chart = FitFigures.overTime(fit, "t", false).chart();
        double peak = fit.points().stream().mapToDouble(PlasmaFit.Point::predicted).max().orElseThrow();
        for (PlasmaFit.Point p : fit.points()) {
            XYSeries curve = chart.getSeries(p.analyte() + " predicted");
            double x = p.time() / 24;
            double[] xs = curve.getXData();
            double[] ys = curve.getYData();
            int k = 1;
            while (k < xs.length - 1 && xs[k] < x) {
                k++;
            }
            double y = ys[k - 1] + (ys[k] - ys[k - 1]) * (x - xs[k - 1]) / (xs[k] - xs[k - 1]);
            assertEquals(p.predicted(), y, 2e-3 * peak, p.analyte() + " prediction at " + p.time() + " h");
        }
    }

    /**
     * The header spellings nca reads ({@code time (d)}, {@code naltrexone (ng/mL)}, {@code _per_}, a lone
     * {@code conc} column for the parent) give fit plasma the same fit as the example's own header.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"time (d),naltrexone (ng/mL),6b-naltrexol_ng_per_mL", "time_d,conc_ng_per_mL"})
    void fitPlasmaReadsTheNcaSpellings(String header) throws IOException {
        int columns = header.split(",").length;
        List<String> ours = Files.readAllLines(Path.of("examples/plasma-implant-1.7g.csv")).stream()
                .map(l -> l.startsWith("#") ? l : String.join(",", List.of(l.split(",")).subList(0, columns))).toList();
        String exampleHeader = ours.stream().filter(l -> !l.startsWith("#")).findFirst().orElseThrow();
        List<String> theirs = ours.stream().map(l -> l.equals(exampleHeader) ? header : l).toList();
        assertFalse(theirs.equals(ours));
        String[] reports = new String[2];
        for (int k = 0; k < 2; k++) {
            Path data = Files.createDirectories(tmp.resolve("data" + k)).resolve("plasma-implant-1.7g.csv");
            Files.write(data, k == 0 ? ours : theirs);
            CliTest.Result r = run("fit", "plasma", "models/implant-1.7g.yaml", data.toString(), "--free",
                    "release.k,naltrexone.CL", "--log", "--plot", "svg", "--out", tmp.resolve("out" + k).toString());
            assertEquals(0, r.code(), r.err());
            reports[k] = r.out().lines().filter(l -> !l.startsWith("wrote")).toList().toString();
        }
        assertEquals(reports[0], reports[1]);
        assertTrue(reports[0].contains("naltrexone.CL"), reports[0]);
    }

    @Test
    void f2OnTheExamples() {
        CliTest.Result r = run("f2", "examples/f2-issue-reference.csv", "examples/f2-issue-test.csv");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("f1 = 4.23") && r.out().contains("f2 = 74.47"), r.out());
        CliTest.Result d = run("f2", "examples/dissolution-reference.csv", "examples/dissolution-test.csv",
                "--seed", "1");
        assertEquals(0, d.code(), d.err());
        assertTrue(d.out().contains("bootstrap 90 % interval"), d.out());
        assertEquals(d.out(), run("f2", "examples/dissolution-reference.csv", "examples/dissolution-test.csv",
                "--seed", "1").out(), "same seed, same output");
    }

    @ParameterizedTest(name = "bad input: {0}")
    @ValueSource(strings = {"fit release", "f2", "fit plasma"})
    void badCsvIsOneLineAndExitTwo(String command) throws IOException {
        Path bad = tmp.resolve("bad.csv");
        Files.writeString(bad, "time_h,a_pct\n1,10\n2,x\n");
        Path badPlasma = tmp.resolve("badp.csv");
        Files.writeString(badPlasma, "time_h,naltrexone_ng_mL\n1,10\n2,x\n");
        String[] args = switch (command) {
            case "fit release" -> new String[] {"fit", "release", bad.toString(), "--out", tmp.resolve("o").toString()};
            case "f2" -> new String[] {"f2", "examples/f2-issue-reference.csv", bad.toString()};
            default -> new String[] {"fit", "plasma", "models/implant-1.7g.yaml", badPlasma.toString(), "--free",
                "release.k", "--out", tmp.resolve("o").toString()};
        };
        CliTest.Result r = run(args);
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains(":3:3: expected a number"), r.err());
        assertFalse(Files.exists(tmp.resolve("o")), "nothing written");
    }

    @ParameterizedTest(name = "--help for {0}")
    @ValueSource(strings = {"fit", "f2", "examples"})
    void help(String command) {
        CliTest.Result r = run(command, "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("Example"), r.out());
    }
}
