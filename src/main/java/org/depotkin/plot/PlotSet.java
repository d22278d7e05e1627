package org.depotkin.plot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Writes the standard figures of a set of runs into one directory:
 * {@code <prefix>-concentration}, {@code <prefix>-concentration-log} and, when they apply,
 * {@code <prefix>-metabolite}, {@code <prefix>-occupancy}, {@code <prefix>-release}, each as
 * {@code .png} and/or {@code .svg}; or any list of figures, each under its own name
 * ({@link #writeFigures}).
 *
 * <p>Every image is rendered in memory first, so a failure while drawing writes nothing; each file
 * is then written atomically by {@link FigureWriter} (an I/O failure midway leaves the files
 * already written complete, and no partial file).
 */
public final class PlotSet {
    private PlotSet() {
    }

    /**
     * Renders and writes the figures that apply to {@code runs}.
     *
     * @param runs    runs to overlay, each with a distinct label
     * @param dir     target directory (created if missing)
     * @param prefix  file-name prefix, e.g. {@code naltrexone}
     * @param formats PNG and/or SVG
     * @return the files written, in figure order, PNG before SVG
     */
    public static List<Path> write(List<Run> runs, Path dir, String prefix, Set<FigureWriter.Format> formats)
            throws IOException {
        return write(runs, dir, prefix, formats, f -> true);
    }

    /** As {@link #write(List, Path, String, Set)}, for the figures {@code keep} accepts. */
    public static List<Path> write(List<Run> runs, Path dir, String prefix, Set<FigureWriter.Format> formats,
                                   Predicate<Figure> keep) throws IOException {
        if (prefix == null || prefix.isBlank() || prefix.contains("/") || prefix.contains("\\")) {
            throw new IllegalArgumentException("prefix must be a plain file-name part, got '" + prefix + "'");
        }
        List<Figure> figures = Figures.all(runs).stream().filter(keep)
                .map(f -> new Figure(prefix + "-" + f.name(), f.chart(), f.thresholds())).toList();
        return writeFigures(figures, dir, formats);
    }

    /**
     * Renders every figure first, then writes each as {@code <figure name>.png} and/or {@code .svg}.
     *
     * @return the files written, in figure order, PNG before SVG
     */
    public static List<Path> writeFigures(List<Figure> figures, Path dir, Set<FigureWriter.Format> formats)
            throws IOException {
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("no image format requested");
        }
        Set<FigureWriter.Format> ordered = EnumSet.copyOf(formats);
        Map<Path, byte[]> images = new LinkedHashMap<>();
        for (Figure f : figures) {
            for (FigureWriter.Format format : ordered) {
                images.put(dir.resolve(f.name() + "." + format.extension()), FigureWriter.encode(f.chart(), format));
            }
        }
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        for (Map.Entry<Path, byte[]> e : images.entrySet()) {
            written.add(FigureWriter.write(e.getValue(), e.getKey()));
        }
        return written;
    }
}
