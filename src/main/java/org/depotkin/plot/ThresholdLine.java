package org.depotkin.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.internal.chartpart.Annotation;
import org.knowm.xchart.internal.series.AxesChartSeriesNumerical;

/**
 * A horizontal threshold drawn across the plot as a dashed line, with its label written just above
 * (or below) the line where it crosses no curve, preferring the right-hand end and the side above
 * the line, and never on another threshold's label; the text has a white halo. When every place
 * along the line would cross a curve (dense oral peaks), {@link Figures} names the threshold in the
 * legend instead ({@link #labelInLegend()}). {@code value} is in the figure's y unit.
 */
public final class ThresholdLine extends Annotation {
    private static final int GAP = 5;
    private static final int STEP = 12;

    private final double value;
    private final String label;
    private final Font font;
    private final List<Rectangle2D> placed;
    private final boolean first;
    private int crossings = -1;
    private boolean labelInLegend;

    /**
     * @param value  y value (in the figure's unit, e.g. ng/mL or %)
     * @param label  text written on the line, e.g. {@code 2 ng/mL} or {@code 90 % occupancy}
     * @param font   label font
     * @param placed label boxes already taken in this figure, shared by all its thresholds
     * @param first  whether this is the figure's first threshold (it clears {@code placed})
     */
    ThresholdLine(double value, String label, Font font, List<Rectangle2D> placed, boolean first) {
        super(false);
        this.value = value;
        this.label = label;
        this.font = font;
        this.placed = placed;
        this.first = first;
    }

    /** The threshold, in the figure's y unit. */
    public double value() {
        return value;
    }

    /** The text written on the line. */
    public String label() {
        return label;
    }

    /**
     * Whether the label is named in the legend instead of written in the plot (because every place
     * along the line would have put it across a curve).
     */
    public boolean labelInLegend() {
        return labelInLegend;
    }

    /** Writes the label in the legend from now on (the caller adds the legend entry). */
    void moveLabelToLegend() {
        labelInLegend = true;
    }

    /** Curve segments crossed by the label at the last paint; -1 before the first paint. */
    int crossings() {
        return crossings;
    }

    @Override
    public void paint(Graphics2D g) {
        if (first) {
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
        g.setStroke(Palette.threshold());
        g.setColor(Palette.THRESHOLD);
        g.draw(new Line2D.Double(x0, y, x1, y));
        if (labelInLegend) {
            g.setStroke(oldStroke);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, aa);
            return;
        }

        TextLayout text = new TextLayout(label, font, g.getFontRenderContext());
        Rectangle2D tb = text.getBounds();
        double w = tb.getWidth() + 2 * GAP;
        double h = tb.getHeight() + 2 * GAP;
        Rectangle2D box = place(x0, x1, top, bottom, y, w, h);
        placed.add(box);
        double tx = box.getX() + GAP - tb.getX();
        double ty = box.getY() + GAP - tb.getY();
        Shape outline = text.getOutline(AffineTransform.getTranslateInstance(tx, ty));
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(outline);
        g.setColor(Palette.THRESHOLD);
        g.fill(outline);
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
                        crossings = 0;
                        return best;
                    }
                }
            }
        }
        if (best == null) {
            best = new Rectangle2D.Double(x1 - w - GAP, Math.max(top, y - h), w, h);
        }
        crossings = bestHits == Integer.MAX_VALUE ? 0 : bestHits;
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
