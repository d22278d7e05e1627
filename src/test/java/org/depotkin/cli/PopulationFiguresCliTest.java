package org.depotkin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.depotkin.io.ModelFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code depotkin population --plot}: the figures of a small population, end to end through {@link Main#run}. */
class PopulationFiguresCliTest {
    static final String XRNTX = "models/population-xrntx.yaml";
    static final String FAILURES = "models/population-implant-3.4g-failures.yaml";

    @TempDir
    Path tmp;

    @Test
    void writesEveryFigureAsPngAndSvg() throws IOException {
        Path out = tmp.resolve("pop");
        CliTest.Result r = CliTest.run("population", XRNTX, FAILURES, "--subjects", "6", "--seed", "3", "--threads",
                "2", "--out", out.toString(), "--plot", "png,svg");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err(), "no progress bar when output is not a terminal");
        List<String> figures = new ArrayList<>();
        for (String scenario : List.of("population-xrntx", "population-implant-3.4g-failures")) {
            figures.add(scenario + "-concentration");
            figures.add(scenario + "-occupancy");
        }
        figures.add("population-probability");
        figures.add("population-coverage");
        for (String f : figures) {
            BufferedImage png = ImageIO.read(out.resolve(f + ".png").toFile());
            assertEquals(1200, png.getWidth(), f);
            assertTrue(png.getHeight() >= 700, f);
            assertTrue(distinctColours(png) > 10, f + " is not blank");
            String svg = Files.readString(out.resolve(f + ".svg"));
            assertTrue(svg.startsWith("<?xml") || svg.startsWith("<svg"), f);
            assertTrue(svg.length() > 10_000, f + ".svg is " + svg.length() + " chars");
            assertTrue(r.out().contains("wrote " + out.toAbsolutePath().normalize().resolve(f + ".png")), f);
        }
        for (String table : List.of("subjects.csv", "bands.csv", "probability.csv", "summary.json")) {
            assertTrue(Files.size(out.resolve("population-" + table)) > 0, table);
        }
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(2 * figures.size() + 5, s.count(), "figures, tables, the manifest and nothing else");
        }
        // a coverage that never lapses is null, not the string "Infinity"
        JsonNode json = new ObjectMapper().readTree(out.resolve("population-summary.json").toFile());
        JsonNode median = json.at("/scenarios/1/criteria/1/median_uninterrupted_coverage_d");
        assertTrue(median.isNull() || median.isNumber(), median.toString());
        assertFalse(Files.readString(out.resolve("population-summary.json")).contains("Infinity"));
    }

    @Test
    void formatJsonWritesOnlyTheSummaryBesideTheFigures() throws IOException {
        Path out = tmp.resolve("gallery");
        CliTest.Result r = CliTest.run("population", XRNTX, "--subjects", "4", "--out", out.toString(), "--plot",
                "png", "--format", "json", "--name", "seed");
        assertEquals(0, r.code(), r.err());
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(List.of("depotkin-manifest.json", "population-xrntx-concentration.png",
                    "population-xrntx-occupancy.png", "seed-coverage.png", "seed-probability.png", "seed-summary.json"),
                    s.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void badInputGivesOneLineExitTwoAndWritesNothing() {
        String[][] cases = {
            {"population", XRNTX, "--subjects", "4", "--plot", "gif"},
            {"population", XRNTX, "--subjects", "4", "--format", "xml", "--plot", "png"},
            {"population", XRNTX, "--subjects", "0", "--plot", "png"},
            {"population", XRNTX, "--subjects", "4", "--step", "1e9h", "--plot", "png"},
            {"population", "models/implant-3.4g.yaml", "--plot", "png"},
            {"population", "models/no-such-file.yaml", "--plot", "png"},
        };
        for (String[] c : cases) {
            Path out = tmp.resolve("bad");
            List<String> args = new ArrayList<>(List.of(c));
            args.addAll(List.of("--out", out.toString()));
            CliTest.Result r = CliTest.run(args.toArray(String[]::new));
            assertEquals(2, r.code(), String.join(" ", c) + " -> " + r.err());
            assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
            assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
            assertFalse(Files.exists(out), "nothing written for " + String.join(" ", c));
        }
    }

    @Test
    void helpHasAnExampleWhoseFilesArePopulationScenarios() {
        CliTest.Result r = CliTest.run("population", "--help");
        assertEquals(0, r.code(), r.err());
        // the example as a shell reads it: a line ending in a backslash continues (a line that picocli
        // wrapped would not, and would lose "--plot png")
        String help = r.out();
        String joined = help.replace("\\\n", " ").replace("\\" + System.lineSeparator(), " ");
        String example = joined.lines().filter(l -> l.strip().startsWith("depotkin population ")).findFirst()
                .orElseThrow(() -> new AssertionError("no example in " + help));
        assertTrue(example.contains("--plot png"), example);
        assertEquals(2, example.split("\\.yaml").length - 1, "two scenario files: " + example);
        for (String word : example.strip().split(" +")) {
            if (word.endsWith(".yaml")) {
                assertTrue(ModelFiles.scenario(Path.of(word)).population() != null, word);
            }
        }
    }

    private static int distinctColours(BufferedImage img) {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 3) {
            for (int x = 0; x < img.getWidth(); x += 3) {
                seen.add(img.getRGB(x, y));
            }
        }
        return seen.size();
    }
}
