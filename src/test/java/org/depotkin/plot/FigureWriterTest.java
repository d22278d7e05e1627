package org.depotkin.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class FigureWriterTest {
    static XYChart chart;

    @TempDir
    Path dir;

    @BeforeAll
    static void figure() {
        chart = Figures.concentration(List.of(Run.of(PlotScenarios.run(PlotScenarios.oral("W1", "oral", 7,
                List.of(PlotScenarios.CP_2)))))).chart();
    }

    /** A chart whose drawing fails halfway. */
    static final class BrokenChart extends XYChart {
        BrokenChart() {
            super(1200, 700);
            addSeries("x", new double[] {0, 1}, new double[] {0, 1});
        }

        @Override
        public void paint(Graphics2D g, int width, int height) {
            throw new IllegalStateException("drawing failed");
        }
    }

    static List<Path> files(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.sorted().toList();
        }
    }

    @Test
    void pngIs1200By700AndDecodes() throws IOException {
        Path png = FigureWriter.write(chart, dir.resolve("c.png"), FigureWriter.Format.PNG);
        assertEquals(dir.resolve("c.png"), png);
        assertTrue(Files.size(png) > 10_000, "size " + Files.size(png));
        BufferedImage img = ImageIO.read(png.toFile());
        assertNotNull(img, "ImageIO decodes it");
        assertEquals(1200, img.getWidth());
        assertEquals(700, img.getHeight());
        assertEquals(0xFFFFFF, img.getRGB(3, 3) & 0xFFFFFF, "white background");
        assertEquals(List.of(png), files(dir), "no temporary file left");
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(png)));
    }

    @Test
    void svgIsAnSvgDocument() throws IOException {
        Path svg = FigureWriter.write(chart, dir.resolve("c.svg"), FigureWriter.Format.SVG);
        String text = Files.readString(svg, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("<?xml") || text.startsWith("<svg"), text.substring(0, 40));
        assertTrue(text.contains("<svg"), "has an svg element");
        assertEquals(List.of(svg), files(dir));
    }

    @Test
    void svgTextIsTextElements() throws Exception {
        XYChart two = Figures.concentration(List.of(
                Run.of(PlotScenarios.run(PlotScenarios.oral("W1", "oral", 7, List.of(PlotScenarios.CP_2)))),
                Run.of(PlotScenarios.run(PlotScenarios.ivBolus("iv", 48, List.of()))))).chart();
        Path svg = FigureWriter.write(two, dir.resolve("c.svg"), FigureWriter.Format.SVG);
        Map<String, Element> texts = texts(svg);
        for (String s : List.of("Plasma concentration of Cp", "Time (d)", "Concentration (ng/mL)", "oral",
                "iv (run ends at 2 d)", "2 ng/mL", "0.5", "7")) {
            assertTrue(texts.containsKey(s), s + " in " + texts.keySet());
        }
        assertEquals("Plasma concentration of Cp", two.getTitle());
        String style = texts.get("Time (d)").getAttribute("style");
        assertTrue(style.matches(".*font-family:\"[^\"]+\", sans-serif;.*"), "a generic fallback: " + style);
        assertTrue(((Element) texts.get("Concentration (ng/mL)").getParentNode()).getAttribute("transform")
                .startsWith("matrix(0 -1 1 0 "), "the y-axis title is turned a quarter anticlockwise");
        // no glyph outline is left as a path: the paths left are the grid, frame, curves and legend
        // keys, all straight lines (a glyph outline has quadratic pieces, "Q")
        String doc = Files.readString(svg);
        assertEquals(0, Pattern.compile("<path d=\"[^\"]*Q").matcher(doc).results().count(), "quadratic outlines");
    }

    @Test
    void eachFontFamilyGetsAGenericFallbackOfItsKind() {
        String style = "<text style=\"font-family:&quot;%s&quot;;font-size:18px;\">";
        for (String[] c : new String[][] {{"DejaVu Sans", "sans-serif"}, {"DejaVu Sans Mono", "monospace"},
                {"DejaVu Serif", "serif"}, {"Liberation Sans", "sans-serif"}}) {
            byte[] svg = String.format(style, c[0]).getBytes(StandardCharsets.UTF_8);
            assertEquals(String.format("<text style=\"font-family:&quot;%s&quot;, %s;font-size:18px;\">", c[0], c[1]),
                    new String(FigureWriter.withFallbackFont(svg), StandardCharsets.UTF_8));
        }
    }

    /** The document's {@code <text>} elements by their text. */
    static Map<String, Element> texts(Path svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        NodeList nodes = f.newDocumentBuilder().parse(svg.toFile()).getElementsByTagName("text");
        Map<String, Element> out = new HashMap<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.put(nodes.item(i).getTextContent(), (Element) nodes.item(i));
        }
        return out;
    }

    @Test
    void pdfIsAPdfDocumentOfTheChartsSize() throws IOException {
        Path pdf = FigureWriter.write(chart, dir.resolve("c.pdf"), FigureWriter.Format.PDF);
        String text = Files.readString(pdf, StandardCharsets.ISO_8859_1);
        assertTrue(text.startsWith("%PDF-"), text.substring(0, 8));
        assertTrue(text.trim().endsWith("%%EOF"), "a complete document");
        // one point per pixel: a 1200 × 700 pt page (to rounding in the mm → pt conversion)
        java.util.regex.Matcher box = Pattern.compile("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]")
                .matcher(text);
        assertTrue(box.find(), "has a page size");
        assertEquals(1200, Double.parseDouble(box.group(1)), 1e-9);
        assertEquals(700, Double.parseDouble(box.group(2)), 1e-9);
        assertEquals(List.of(pdf), files(dir));
    }

    @Test
    void aChartThatThrowsLeavesNoFileAndTheOldTargetIntact() throws IOException {
        Path target = dir.resolve("c.png");
        Files.writeString(target, "previous figure");
        for (FigureWriter.Format f : FigureWriter.Format.values()) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> FigureWriter.write(new BrokenChart(), target, f));
            assertEquals("drawing failed", e.getMessage());
            assertEquals("previous figure", Files.readString(target));
            assertEquals(List.of(target), files(dir), "no temporary file left after " + f);
        }
    }

    @Test
    void aFailedRenameLeavesNoTemporaryFile() throws IOException {
        // the target is a non-empty directory: the temporary file is written, the rename fails
        Path target = dir.resolve("c.png");
        Files.createDirectory(target);
        Files.writeString(target.resolve("keep"), "x");
        assertThrows(IOException.class, () -> FigureWriter.write(chart, target, FigureWriter.Format.PNG));
        assertEquals(List.of(target), files(dir));
    }

    @Test
    void anUnwritableDirectoryLeavesNothing() throws IOException {
        Path missing = dir.resolve("missing");
        assertThrows(IOException.class, () -> FigureWriter.write(chart, missing.resolve("c.png"),
                FigureWriter.Format.PNG));
        assertEquals(List.of(), files(dir));

        // a "directory" that is a regular file cannot be written into, even by root
        Path notADirectory = Files.writeString(dir.resolve("plain-file"), "x");
        assertThrows(IOException.class, () -> FigureWriter.write(chart, notADirectory.resolve("c.png"),
                FigureWriter.Format.SVG));
        assertEquals(List.of(notADirectory), files(dir));
    }

    @Test
    void replacingKeepsTheTargetsPermissions() throws IOException {
        Path target = dir.resolve("c.png");
        Files.writeString(target, "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw----"));
        FigureWriter.write(chart, target, FigureWriter.Format.PNG);
        assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
        assertNotNull(ImageIO.read(target.toFile()));
    }

    @Test
    void encodeGivesTheSameBytesAsWrite() throws IOException {
        byte[] png = FigureWriter.encode(chart, FigureWriter.Format.PNG);
        Path file = FigureWriter.write(png, dir.resolve("a.png"));
        assertArrayEquals(png, Files.readAllBytes(file));
    }
}
