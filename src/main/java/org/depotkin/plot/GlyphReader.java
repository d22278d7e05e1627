package org.depotkin.plot;

import java.awt.Font;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.PathIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads back the string whose glyph outlines a shape is made of. XChart 4 draws every string as
 * the outline of its glyphs ({@code TextLayout.getOutline}, then {@code Graphics2D.fill}), which a
 * vector file would keep as paths; this recovers the text so that it can be written as text.
 * <p>
 * The shape is read glyph by glyph, left to right: at each contour start, the character of the
 * font whose outline matches the next contours exactly (every point within {@link #TOLERANCE} px,
 * on the same baseline, shifted only along it) is taken, the longest such outline first (so that
 * "i" wins over a dotless "ı" matching its stem). Spaces have no outline: they are counted from the
 * gap between one glyph's end (its origin plus advance) and the next glyph's origin. The characters
 * tried are printable ASCII, Latin-1, Latin Extended-A, Greek, general punctuation, super- and
 * subscripts, arrows and mathematical operators, in that order (ties go to the earlier one, so Latin
 * "A" before Greek "Α"). A shape that is not read whole (not text, or a character outside that set)
 * gives nothing, and the caller keeps drawing it as a shape.
 */
final class GlyphReader {
    /** Largest difference (px) between a point of the shape and the same point of a glyph outline. */
    static final double TOLERANCE = 1e-3;
    /** A gap between glyphs may differ from a whole number of spaces by this fraction of a space. */
    private static final double SPACE_SLACK = 0.25;
    private static final int[][] RANGES = {
        {0x21, 0x7E}, {0xA1, 0x17F}, {0x391, 0x3C9}, {0x2010, 0x205E}, {0x2070, 0x209C},
        {0x2190, 0x21FF}, {0x2200, 0x22FF},
    };
    private static final Map<FontRenderContext, Map<Font, GlyphReader>> READERS = new ConcurrentHashMap<>();

    private final List<Glyph> glyphs;
    private final double space;

    private GlyphReader(Font font, FontRenderContext frc) {
        this.glyphs = new ArrayList<>();
        for (int[] range : RANGES) {
            for (int c = range[0]; c <= range[1]; c++) {
                if (font.canDisplay(c)) {
                    GlyphVector gv = font.createGlyphVector(frc, Character.toChars(c));
                    Outline outline = Outline.of(gv.getGlyphOutline(0));
                    if (outline.size() > 0) {
                        glyphs.add(new Glyph(Character.toString(c), outline, gv.getGlyphMetrics(0).getAdvanceX()));
                    }
                }
            }
        }
        this.space = font.createGlyphVector(frc, " ").getGlyphMetrics(0).getAdvanceX();
    }

    /** The reader of {@code font} as laid out with {@code frc} (made once, then shared). */
    static GlyphReader of(Font font, FontRenderContext frc) {
        return READERS.computeIfAbsent(frc, k -> new ConcurrentHashMap<>())
                .computeIfAbsent(font, f -> new GlyphReader(f, frc));
    }

    /**
     * The text that {@code outline} spells, laid out from the origin on the baseline y = 0 (as
     * {@code TextLayout.getOutline(null)} gives it); empty when it is not read whole.
     */
    Optional<String> read(Shape outline) {
        Outline path = Outline.of(outline);
        StringBuilder text = new StringBuilder();
        double pen = 0;
        int at = 0;
        while (at < path.size()) {
            Glyph best = null;
            for (Glyph g : glyphs) {
                if ((best == null || g.outline.size() > best.outline.size()) && g.outline.matchesAt(path, at)) {
                    best = g;
                }
            }
            if (best == null) {
                return Optional.empty();
            }
            double origin = path.x(at) - best.outline.x(0);
            long spaces = Math.round((origin - pen) / space);
            if (spaces < 0 || Math.abs(origin - pen - spaces * space) > SPACE_SLACK * space) {
                return Optional.empty();
            }
            text.append(" ".repeat((int) spaces)).append(best.text);
            pen = origin + best.advance;
            at += best.outline.size();
        }
        return text.length() == 0 ? Optional.empty() : Optional.of(text.toString());
    }

    /** A character, its outline at the origin, and how far it moves the pen (px). */
    private record Glyph(String text, Outline outline, double advance) {
    }

    /** A shape's path as segments: each segment's type and its points (x, y, x, y, …; none for a close). */
    private record Outline(int[] types, double[][] points) {
        static Outline of(Shape shape) {
            List<Integer> types = new ArrayList<>();
            List<double[]> points = new ArrayList<>();
            double[] c = new double[6];
            for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
                int type = it.currentSegment(c);
                types.add(type);
                points.add(Arrays.copyOf(c, 2 * count(type)));
            }
            return new Outline(types.stream().mapToInt(Integer::intValue).toArray(), points.toArray(double[][]::new));
        }

        private static int count(int type) {
            return switch (type) {
                case PathIterator.SEG_MOVETO, PathIterator.SEG_LINETO -> 1;
                case PathIterator.SEG_QUADTO -> 2;
                case PathIterator.SEG_CUBICTO -> 3;
                default -> 0;
            };
        }

        int size() {
            return types.length;
        }

        /** x of the first point of segment {@code i}. */
        double x(int i) {
            return points[i][0];
        }

        /**
         * Whether {@code other}, from its segment {@code at} on, starts with this path (which
         * begins with a move) shifted along x only.
         */
        boolean matchesAt(Outline other, int at) {
            if (at + size() > other.size() || other.types[at] != PathIterator.SEG_MOVETO) {
                return false;
            }
            double dx = other.x(at) - x(0);
            for (int i = 0; i < size(); i++) {
                if (types[i] != other.types[at + i]) {
                    return false;
                }
                double[] p = points[i];
                double[] q = other.points[at + i];
                for (int k = 0; k < p.length; k += 2) {
                    if (Math.abs(q[k] - p[k] - dx) > TOLERANCE || Math.abs(q[k + 1] - p[k + 1]) > TOLERANCE) {
                        return false;
                    }
                }
            }
            return true;
        }
    }
}
