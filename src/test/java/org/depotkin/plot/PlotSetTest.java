package org.depotkin.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlotSetTest {
    static List<Run> implants;
    static List<Run> bolus;

    @TempDir
    Path dir;

    @BeforeAll
    static void simulate() {
        implants = List.of(
                Run.of(PlotScenarios.run(PlotScenarios.implant("W2", "fibrosis", 180, 0.4, List.of(),
                        List.of(PlotScenarios.CP_2, PlotScenarios.RO_90)))),
                Run.of(PlotScenarios.run(PlotScenarios.implant("W2-nofib", "no fibrosis", 180, 1.0, List.of(),
                        List.of(PlotScenarios.CP_2)))));
        bolus = List.of(Run.of(PlotScenarios.run(PlotScenarios.parentOnlyBolus("bolus", 24))));
    }

    @Test
    void writesEveryFigureThatAppliesInBothFormats() throws IOException {
        Path out = dir.resolve("plots");
        List<Path> written = PlotSet.write(implants, out, "w2",
                EnumSet.of(FigureWriter.Format.PNG, FigureWriter.Format.SVG));
        List<String> names = written.stream().map(p -> p.getFileName().toString()).toList();
        assertEquals(List.of("w2-concentration.png", "w2-concentration.svg", "w2-concentration-log.png",
                "w2-concentration-log.svg", "w2-metabolite.png", "w2-metabolite.svg", "w2-occupancy.png",
                "w2-occupancy.svg", "w2-release.png", "w2-release.svg"), names);
        for (Path p : written) {
            assertEquals(out, p.getParent());
            assertTrue(Files.size(p) > 1000, p + " is " + Files.size(p) + " bytes");
            if (p.toString().endsWith(".png")) {
                BufferedImage img = ImageIO.read(p.toFile());
                assertEquals(1200, img.getWidth(), p.toString());
                assertEquals(700, img.getHeight(), p.toString());
            } else {
                String head = Files.readString(p).substring(0, 5);
                assertTrue(head.equals("<?xml") || head.startsWith("<svg"), p + " starts with " + head);
            }
        }
        assertEquals(written.size(), FigureWriterTest.files(out).size(), "nothing else in the directory");
    }

    @Test
    void onlyTheFiguresThatApply() throws IOException {
        List<Path> written = PlotSet.write(bolus, dir, "iv", Set.of(FigureWriter.Format.PNG));
        assertEquals(List.of(dir.resolve("iv-concentration.png"), dir.resolve("iv-concentration-log.png")), written);
        assertEquals(Set.copyOf(written), Set.copyOf(FigureWriterTest.files(dir)), "nothing else written");
    }

    @Test
    void badArguments() {
        assertThrows(IllegalArgumentException.class, () -> PlotSet.write(bolus, dir, "a/b", Set.of(FigureWriter.Format.PNG)));
        assertThrows(IllegalArgumentException.class, () -> PlotSet.write(bolus, dir, "", Set.of(FigureWriter.Format.PNG)));
        assertThrows(IllegalArgumentException.class, () -> PlotSet.write(bolus, dir, "x", Set.of()));
        assertThrows(IllegalArgumentException.class, () -> PlotSet.write(List.of(), dir, "x",
                Set.of(FigureWriter.Format.PNG)));
    }
}
