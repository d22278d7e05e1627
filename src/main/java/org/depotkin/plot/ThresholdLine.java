package org.depotkin.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.internal.chartpart.Annotation;
import org.knowm.xchart.internal.series.AxesChartSeriesNumerical;

/**
 * A horizontal threshold drawn across the plot, with its label written on it: just above (or
 * below) the line where it crosses the fewest curves, preferring the right-hand end and the side
 * above the line, and never on another threshold's label. The label sits on a white box, so it
 * reads even where a curve or band passes behind it, and is drawn as text (real text in SVG and
 * PDF). The thresholds of one figure differ in line style ({@link Palette#threshold(int)}: long
 * dashes, short dashes, dash-dot), so that 1 and 2 ng/mL lines do not look the same.
 * {@code value} is in the figure's y unit.
 */
public final class ThresholdLine extends Annotation {
    private static final int GAP = 5;
    private static final int STEP = 12;
    /** Behind a label: white, slightly see-through, so a curve under it still shows faintly. */
    private static final Color LABEL_BACKGROUND = new Color(255, 255, 255, 225);

    private final double value;
    private final String label;
    private final Font font;
    private final List<Rectangle2D> placed;
    private final int rank;

    /**
     * @param value  y value (in the figure's unit, e.g. ng/mL or %)
     * @param label  text written on the line, e.g. {@code 2 ng/mL} or {@code 90 % occupancy}
     * @param font   label font
     * @param placed label boxes already taken in this figure, shared by all its thresholds
     * @param rank   the threshold's place in its figure, 0 for the first (which clears {@code placed});
     *               it chooses the line style
     */
    ThresholdLine(double value, String label, Font font, List<Rectangle2D> placed, int rank) {
        super(false);
        this.value = value;
        this.label = label;
        this.font = font;
        this.placed = placed;
        this.rank = rank;
    }

    /** The line style of this threshold. */
    BasicStroke stroke() {
        return Palette.threshold(rank);
    }

    /** The threshold, in the figure's y unit. */
    public double value() {
        return value;
    }

    /** The text written on the line. */
    public String label() {
        return label;
    }

    @Override
    public void paint(Graphics2D g) {
        if (rank == 0) {
            placed.clear();
        }
        if (!isVisible || !Double.isFinite(value)) {
            return;
        }
        int y = getYAxisScreenValue(value);
        int x0 = getXAxisScreenValueForMin();
        int x1 = getXAxisScreenValueForMax();
        int top = getYAxisScreenValueForMin();
        int bottom = getYAxisScreenValueForMax();
        if (y < top - 1 || y > bottom + 1) {
            return;
        }
        Object aa = g.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
        Stroke oldStroke = g.getStroke();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setStroke(stroke());
        g.setColor(Palette.THRESHOLD);
        g.draw(new Line2D.Double(x0, y, x1, y));

        g.setFont(font);
        FontMetrics fm = g.getFontMetrics();
        double w = fm.stringWidth(label) + 2 * GAP;
        double h = fm.getAscent() + fm.getDescent() + 2 * GAP;
        Rectangle2D box = place(x0, x1, top, bottom, y, w, h);
        placed.add(box);
        g.setColor(LABEL_BACKGROUND);
        g.fill(new Rectangle2D.Double(box.getX() + GAP / 2.0, box.getY() + GAP / 2.0, w - GAP, h - GAP));
        g.setColor(Palette.THRESHOLD);
        g.drawString(label, (float) (box.getX() + GAP), (float) (box.getY() + GAP + fm.getAscent()));
        bounds = box;
        g.setStroke(oldStroke);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, aa);
    }

    /** The label box that crosses the fewest curve segments, scanning from the right, above first. */
    private Rectangle2D place(int x0, int x1, int top, int bottom, int y, double w, double h) {
        List<double[]> curves = screenCurves();
        Rectangle2D best = null;
        int bestHits = Integer.MAX_VALUE;
        for (double x = x1 - w - GAP; x >= x0 + GAP; x -= STEP) {
            for (int side = 0; side < 2; side++) {
                double by = side == 0 ? y - h : y + 1;
                if (by < top || by + h > bottom) {
                    continue;
                }
                Rectangle2D r = new Rectangle2D.Double(x, by, w, h);
                if (placed.stream().anyMatch(p -> p.intersects(r))) {
                    continue;
                }
                int hits = hits(curves, r);
                if (hits < bestHits) {
                    best = r;
                    bestHits = hits;
                    if (hits == 0) {
                        return best;
                    }
                }
            }
        }
        if (best == null) {
            best = new Rectangle2D.Double(x1 - w - GAP, Math.max(top, y - h), w, h);
        }
        return best;
    }

    /** Each series as interleaved screen coordinates x0, y0, x1, y1, … (NaN where there is no value). */
    private List<double[]> screenCurves() {
        List<double[]> out = new ArrayList<>();
        for (Object o : chart.getSeriesCollection()) {
            if (o instanceof AxesChartSeriesNumerical s) {
                double[] xs = s.getXData();
                double[] ys = s.getYData();
                double[] pts = new double[2 * xs.length];
                for (int i = 0; i < xs.length; i++) {
                    boolean ok = Double.isFinite(xs[i]) && Double.isFinite(ys[i]);
                    pts[2 * i] = ok ? getXAxisScreenValue(xs[i]) : Double.NaN;
                    pts[2 * i + 1] = ok ? getYAxisScreenValue(ys[i]) : Double.NaN;
                }
                out.add(pts);
            }
        }
        return out;
    }

    private static int hits(List<double[]> curves, Rectangle2D r) {
        int n = 0;
        for (double[] p : curves) {
            for (int i = 2; i + 1 < p.length; i += 2) {
                double ax = p[i - 2];
                double ay = p[i - 1];
                double bx = p[i];
                double by = p[i + 1];
                if (Double.isNaN(ax) || Double.isNaN(bx) || Math.max(ax, bx) < r.getMinX()
                        || Math.min(ax, bx) > r.getMaxX() || Math.max(ay, by) < r.getMinY()
                        || Math.min(ay, by) > r.getMaxY()) {
                    continue;
                }
                if (r.intersectsLine(ax, ay, bx, by)) {
                    n++;
                }
            }
        }
        return n;
    }

    @Override
    public String toString() {
        return "ThresholdLine[" + label + " at " + value + "]";
    }
}
