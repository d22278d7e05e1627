package org.depotkin.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Annotation;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws a chart's curves, each as one continuous path.
 *
 * <p>XChart draws a line series one segment at a time, so a dash pattern restarts at every data
 * point (a dense dashed curve comes out solid) and the SVG holds one element per segment; its
 * "smooth" mode is one path, but of S-shaped Bézier pieces that show as a staircase on steep
 * parts when the SVG is zoomed. So each curve is added to the chart as an invisible series (scatter
 * style without markers: the data stay in the chart, under the curve's name, for anyone who reads
 * them) and this layer, painted over the plot's grid, strokes it as a single polyline clipped to the
 * plot. A legend entry is a separate one-point line series that only shows colour, stroke and text.
 *
 * <p>A band (a percentile ribbon) is the area between a lower and an upper curve, filled under every
 * curve in the order the bands were added; where a bound lies outside the y range it is drawn on the
 * plot's edge (on a log axis, a bound of 0 lies on the bottom edge). Its outline is stroked 1 px wide
 * in the fill colour, so that a peak narrower than a pixel (daily doses over months) still shows.
 */
public final class CurveLayer extends Annotation {
    private final XYChart chart;
    private final List<Curve> curves = new ArrayList<>();

    private final List<Band> bands = new ArrayList<>();

    private record Curve(XYSeries series, Color color, BasicStroke stroke) {
    }

    private record Band(double[] x, double[] lower, double[] upper, Color fill) {
    }

    private CurveLayer(XYChart chart) {
        super(false);
        this.chart = chart;
    }

    /** A new layer drawing on {@code chart} (added as its first annotation, under any threshold). */
    static CurveLayer on(XYChart chart) {
        CurveLayer layer = new CurveLayer(chart);
        chart.addAnnotation(layer);
        return layer;
    }

    /**
     * Adds a curve.
     *
     * @param name   series name (unique in the chart)
     * @param x      x values in axis units
     * @param y      y values; NaN leaves a gap
     * @param legend legend text, or null for a curve not named in the legend
     */
    XYSeries add(String name, double[] x, double[] y, Color color, BasicStroke stroke, String legend) {
        XYSeries series = chart.addSeries(name, x, y);
        series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        series.setMarker(SeriesMarkers.NONE);
        series.setMarkerColor(color);
        series.setLineColor(color);
        series.setLineStyle(stroke);
        series.setShowInLegend(false);
        curves.add(new Curve(series, color, stroke));
        if (legend != null) {
            ChartStyle.key(chart, "legend: " + name, legend, stroke, color);
        }
        return series;
    }

    /**
     * Adds a filled band between {@code lower} and {@code upper} (same length as {@code x}); it is
     * not a chart series and is named in the legend by the caller.
     */
    void addBand(double[] x, double[] lower, double[] upper, Color fill) {
        if (x.length != lower.length || x.length != upper.length) {
            throw new IllegalArgumentException("a band needs as many lower and upper values as times");
        }
        bands.add(new Band(x, lower, upper, fill));
    }

    @Override
    public void paint(Graphics2D g) {
        if (!isVisible) {
            return;
        }
        int x0 = getXAxisScreenValueForMin();
        int x1 = getXAxisScreenValueForMax();
        int y0 = getYAxisScreenValueForMin();
        int y1 = getYAxisScreenValueForMax();
        Shape oldClip = g.getClip();
        Stroke oldStroke = g.getStroke();
        Object aa = g.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        // a stroke's half width may stick out of the plot, never more
        double pad = 2;
        g.clip(new Rectangle2D.Double(x0 - pad, y0 - pad, x1 - x0 + 2 * pad, y1 - y0 + 2 * pad));
        g.setStroke(new BasicStroke(1f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (Band b : bands) {
            Path2D area = area(b);
            g.setColor(b.fill());
            g.fill(area);
            g.draw(area);
        }
        for (Curve c : curves) {
            g.setColor(c.color());
            g.setStroke(c.stroke());
            g.draw(path(c.series()));
        }
        g.setClip(oldClip);
        g.setStroke(oldStroke);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, aa);
        bounds = new Rectangle2D.Double(x0, y0, x1 - x0, y1 - y0);
    }

    /** The band as one polygon in screen coordinates: along the upper bound, back along the lower. */
    private Path2D area(Band b) {
        Path2D.Double p = new Path2D.Double(Path2D.WIND_NON_ZERO, 2 * b.x().length);
        for (int i = 0; i < b.x().length; i++) {
            double sx = chart.getScreenXFromChart(b.x()[i]);
            double sy = chart.getScreenYFromChart(onAxis(b.upper()[i]));
            if (i == 0) {
                p.moveTo(sx, sy);
            } else {
                p.lineTo(sx, sy);
            }
        }
        for (int i = b.x().length - 1; i >= 0; i--) {
            p.lineTo(chart.getScreenXFromChart(b.x()[i]), chart.getScreenYFromChart(onAxis(b.lower()[i])));
        }
        p.closePath();
        return p;
    }

    /** A value clamped to the y range (the range must be set). */
    private double onAxis(double y) {
        double min = chart.getStyler().getYAxisMin();
        double max = chart.getStyler().getYAxisMax();
        return Double.isNaN(y) ? min : Math.max(min, Math.min(max, y));
    }

    /**
     * The screen y of a curve's value, also outside the y range: XChart maps every value beyond the range to one
     * fixed height inside the plot (an occupancy rising from 0 on an axis zoomed to 85–100 % came out as a flat
     * line at 94.5 %), so beyond the range the axis's own scale is extended (linearly, or in log10 on a log axis)
     * and the clip cuts the stroke at the plot's edge. The value is first brought to within the range's span of it.
     */
    private double screenY(double y) {
        Double min = chart.getStyler().getYAxisMin();
        Double max = chart.getStyler().getYAxisMax();
        if (min == null || max == null || (y >= min && y <= max)) {
            return chart.getScreenYFromChart(y);
        }
        boolean log = chart.getStyler().isYAxisLogarithmic();
        double a = log ? Math.log10(min) : min;
        double b = log ? Math.log10(max) : max;
        double v = Math.max(a - (b - a), Math.min(b + (b - a), log ? Math.log10(y) : y));
        double sa = chart.getScreenYFromChart(min);
        double sb = chart.getScreenYFromChart(max);
        return sa + (v - a) / (b - a) * (sb - sa);
    }

    /** The series as a polyline in screen coordinates, broken where a value is missing. */
    private Path2D path(XYSeries s) {
        double[] xs = s.getXData();
        double[] ys = s.getYData();
        boolean log = chart.getStyler().isYAxisLogarithmic();
        Path2D.Double p = new Path2D.Double(Path2D.WIND_NON_ZERO, xs.length);
        boolean pen = false;
        for (int i = 0; i < xs.length; i++) {
            if (!Double.isFinite(xs[i]) || !Double.isFinite(ys[i]) || (log && ys[i] <= 0)) {
                pen = false;
                continue;
            }
            double sx = chart.getScreenXFromChart(xs[i]);
            double sy = screenY(ys[i]);
            if (pen) {
                p.lineTo(sx, sy);
            } else {
                p.moveTo(sx, sy);
                pen = true;
            }
        }
        return p;
    }
}
