package org.depotkin.plot;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import javax.imageio.ImageIO;
import de.erichseifert.vectorgraphics2d.Processor;
import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.pdf.PDFProcessor;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import org.knowm.xchart.internal.chartpart.IChart;

/**
 * Writes charts as PNG (bitmap at the chart's size, 1200 × 700 for {@link Figures}), SVG or PDF
 * (VectorGraphics2D; in SVG the titles, tick labels, legend and threshold labels are {@code <text>}
 * elements, see {@link TextGraphics}; in PDF XChart's text stays glyph outlines), and
 * never leaves a partial file: the image goes to a temporary file in the target directory, which
 * is then renamed over the target in one atomic step; on any failure the temporary file is deleted
 * and the target is left as it was.
 */
public final class FigureWriter {

    /** Image formats. */
    public enum Format {
        PNG("png"),
        SVG("svg"),
        PDF("pdf");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        /** File extension without the dot. */
        public String extension() {
            return extension;
        }
    }

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private FigureWriter() {
    }

    /** The encoded image. */
    public static byte[] encode(IChart chart, Format format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        encode(chart, format, out);
        return out.toByteArray();
    }

    /** Renders {@code chart} and writes it to {@code file} atomically. */
    public static Path write(IChart chart, Path file, Format format) throws IOException {
        return writeAtomically(file, out -> encode(chart, format, out));
    }

    /** Writes already encoded bytes to {@code file} atomically. */
    public static Path write(byte[] image, Path file) throws IOException {
        return writeAtomically(file, out -> out.write(image));
    }

    /** What writes the content into the temporary file's stream. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    static Path writeAtomically(Path file, Content content) throws IOException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                content.writeTo(out);
            }
            setPermissions(tmp, target);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException | RuntimeException | Error e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /**
     * Paints the chart into an opaque image of its size. Like XChart's {@code BitmapEncoder}, but with
     * pure stroke control: the default (normalised) strokes snap every point of a curve to the pixel
     * grid, which draws slowly falling curves as staircases.
     */
    public static BufferedImage render(IChart chart) {
        BufferedImage image = new BufferedImage(chart.getWidth(), chart.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, chart.getWidth(), chart.getHeight());
            chart.paint(g, chart.getWidth(), chart.getHeight());
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * A temporary file is private (rw-------); give the image the target's permissions when it
     * replaces a file, else rw-r--r--, as an ordinary new file (POSIX file systems only).
     */
    private static void setPermissions(Path tmp, Path target) throws IOException {
        if (!Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> perms = Files.exists(target) ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(tmp, perms);
    }

    /** VectorGraphics2D's PDF user unit is the millimetre; one pixel of the chart becomes one point. */
    private static final double MM_PER_PT = 25.4 / 72;

    /**
     * Paints the chart into VectorGraphics2D, each pixel as {@code unit} of the processor's user
     * unit, and writes the page in the processor's format. XChart's own encoder does the same for
     * SVG (unit 1: an SVG of 1200 × 700 px) but writes PDF through PDFBox, which it does not bring
     * along.
     */
    private static void vector(IChart chart, VectorGraphics2D g, Processor processor, double unit, OutputStream out)
            throws IOException {
        g.scale(unit, unit);
        chart.paint(g, chart.getWidth(), chart.getHeight());
        processor.getDocument(g.getCommands(), new PageSize(0, 0, unit * chart.getWidth(), unit * chart.getHeight()))
                .writeTo(out);
    }

    /** The chart as SVG, its text as {@code <text>} elements ({@link TextGraphics}). */
    private static byte[] svg(IChart chart) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        vector(chart, new TextGraphics(), new SVGProcessor(), 1, out);
        return out.toByteArray();
    }

    /**
     * The SVG with a generic family after each font family that VectorGraphics2D names (the font AWT
     * resolved, e.g. "DejaVu Sans"), so that a viewer without that font draws the text in its own
     * font of the same kind rather than its default serif: {@code monospace} after a name with
     * "Mono", {@code serif} after a serif one, else {@code sans-serif}.
     */
    static byte[] withFallbackFont(byte[] svg) {
        Matcher m = FONT_FAMILY.matcher(new String(svg, StandardCharsets.UTF_8));
        return m.replaceAll(r -> Matcher.quoteReplacement(r.group() + ", " + generic(r.group(1))))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A font family in a style attribute as VectorGraphics2D writes it: {@code font-family:&quot;Name&quot;}. */
    private static final Pattern FONT_FAMILY = Pattern.compile("font-family:&quot;([^&;]+)&quot;(?=;)");

    private static String generic(String family) {
        if (family.contains("Mono")) {
            return "monospace";
        }
        return family.contains("Serif") && !family.contains("Sans") ? "serif" : "sans-serif";
    }

    private static void encode(IChart chart, Format format, OutputStream out) throws IOException {
        switch (format) {
            case PNG -> ImageIO.write(render(chart), "png", out);
            case SVG -> out.write(withFallbackFont(svg(chart)));
            case PDF -> vector(chart, new VectorGraphics2D(), new PDFProcessor(true), MM_PER_PT, out);
            default -> throw new IllegalArgumentException("unknown format " + format);
        }
    }
}
