package org.depotkin.plot;

import java.awt.Color;
import java.awt.Font;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The house style of every figure: 1200 × 700 px, white, large sans-serif text for slides, light
 * grid, no markers, legend below the plot so that it never covers a curve.
 */
final class ChartStyle {
    static final int WIDTH = 1200;
    static final int HEIGHT = 700;

    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 26);
    static final Font AXIS_TITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 21);
    static final Font TICKS = new Font(Font.SANS_SERIF, Font.PLAIN, 18);
    static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 18);
    static final Font ANNOTATION = new Font(Font.SANS_SERIF, Font.PLAIN, 18);

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private ChartStyle() {
    }

    /** XChart cuts a legend line wider than 45 % of the chart's width short with "…". */
    private static final double LEGEND_LINE = 0.45 * WIDTH - 4;
    /** Height of one more legend line (px), for {@link #chart(String, String, String, int)}. */
    static final int LEGEND_LINE_HEIGHT = 30;

    /** An empty chart with the house style, a title and axis titles. */
    static XYChart chart(String title, String xTitle, String yTitle) {
        return chart(title, xTitle, yTitle, 0);
    }

    /**
     * As {@link #chart(String, String, String)}, taller by {@code extraLegendLines} legend lines so
     * that a long legend leaves the plot its usual height.
     */
    static XYChart chart(String title, String xTitle, String yTitle, int extraLegendLines) {
        XYChart chart = new XYChart(WIDTH, HEIGHT + Math.max(0, extraLegendLines) * LEGEND_LINE_HEIGHT);
        chart.setTitle(title);
        chart.setXAxisTitle(xTitle);
        chart.setYAxisTitle(yTitle);
        XYStyler s = chart.getStyler();
        s.setLocale(Locale.ROOT);
        s.setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setChartFontColor(Palette.TEXT);
        s.setChartTitleFont(TITLE);
        s.setChartTitleBoxVisible(false);
        s.setChartTitlePadding(12);
        s.setChartPadding(18);
        s.setAxisTitleFont(AXIS_TITLE);
        s.setAxisTickLabelsFont(TICKS);
        s.setAxisTickLabelsColor(Palette.TEXT);
        s.setAxisTickMarksColor(Palette.TEXT);
        s.setAxisTitlePadding(10);
        s.setAxisTickPadding(6);
        s.setXAxisTickMarkSpacingHint(110);
        s.setYAxisTickMarkSpacingHint(70);
        s.setPlotBorderVisible(true);
        s.setPlotBorderColor(new Color(0x888888));
        s.setPlotGridLinesVisible(true);
        s.setPlotGridLinesColor(Palette.GRID);
        s.setPlotGridLinesStroke(new java.awt.BasicStroke(1f));
        s.setPlotTicksMarksVisible(false);
        s.setAxisTicksLineVisible(false);
        s.setPlotContentSize(1.0);
        s.setPlotMargin(0);
        s.setLegendVisible(true);
        s.setLegendFont(LEGEND);
        s.setLegendPosition(Styler.LegendPosition.OutsideS);
        s.setLegendLayout(Styler.LegendLayout.Horizontal);
        s.setLegendBorderColor(Color.WHITE);
        s.setLegendBackgroundColor(Color.WHITE);
        s.setLegendSeriesLineLength(40);
        s.setLegendPadding(20);
        s.setMarkerSize(0);
        s.setAntiAlias(true);
        s.setTextAntiAlias(true);
        return chart;
    }

    /**
     * A legend-only entry (a line-style key): one point at the origin, so nothing is drawn in the
     * plot, with the given stroke and colour; a long label is broken into lines ({@link #wrapLegend}).
     */
    static XYSeries key(XYChart chart, String name, String label, java.awt.BasicStroke stroke, Color color) {
        XYSeries series = chart.addSeries(name, new double[] {0}, new double[] {0});
        series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        series.setMarker(SeriesMarkers.NONE);
        series.setLineColor(color);
        series.setLineStyle(stroke);
        series.setLabel(wrapLegend(label));
        return series;
    }

    /** Fraction of the axis range by which a range is widened so that ticks on its ends are drawn. */
    private static final double EDGE = 1e-6;

    /** Sets the x range (XChart drops a tick that falls exactly on the end of the range). */
    static void xRange(XYChart chart, double min, double max) {
        double e = EDGE * (max - min);
        chart.getStyler().setXAxisMin(min - e);
        chart.getStyler().setXAxisMax(max + e);
    }

    /** Sets the y range, widened like {@link #xRange}; on a log axis the widening is relative. */
    static void yRange(XYChart chart, double min, double max) {
        if (chart.getStyler().isYAxisLogarithmic()) {
            chart.getStyler().setYAxisMin(min * 0.98);
            chart.getStyler().setYAxisMax(max * 1.02);
        } else {
            double e = EDGE * (max - min);
            chart.getStyler().setYAxisMin(min - e);
            chart.getStyler().setYAxisMax(max + e);
        }
    }

    /** The title in a smaller font (down to {@code minSize} pt) when it is wider than the chart. */
    static void fitTitle(XYChart chart, int minSize) {
        java.awt.font.FontRenderContext frc = new java.awt.font.FontRenderContext(null, true, true);
        Font font = TITLE;
        while (font.getSize() > minSize && font.getStringBounds(chart.getTitle(), frc).getWidth() > WIDTH - 150) {
            font = font.deriveFont((float) font.getSize() - 1);
        }
        chart.getStyler().setChartTitleFont(font);
    }

    /**
     * A legend label broken into lines (at spaces) that XChart draws whole; lines already broken
     * stay so (wrapping twice changes nothing).
     */
    static String wrapLegend(String label) {
        java.awt.font.FontRenderContext frc = new java.awt.font.FontRenderContext(null, true, false);
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder();
        for (String word : label.replace("\n", " \n ").split(" ")) {
            if (word.equals("\n")) {
                out.append(line).append('\n');
                line = new StringBuilder();
                continue;
            }
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && LEGEND.getStringBounds(candidate, frc).getWidth() > LEGEND_LINE) {
                out.append(line).append('\n');
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        return out.append(line).toString();
    }

    /** Horizontal legend when it fits the width of the chart, else one entry per line. */
    static void fitLegend(XYChart chart) {
        java.awt.font.FontRenderContext frc = new java.awt.font.FontRenderContext(null, true, true);
        double width = 0;
        int entries = 0;
        for (XYSeries s : chart.getSeriesCollection()) {
            if (s.isShowInLegend()) {
                width += LEGEND.getStringBounds(s.getLabel(), frc).getWidth() + 40 + 2 * 20;
                entries++;
            }
        }
        boolean vertical = width > WIDTH - 80;
        chart.getStyler().setLegendLayout(vertical ? Styler.LegendLayout.Vertical : Styler.LegendLayout.Horizontal);
        chart.getStyler().setLegendPadding(vertical ? 8 : 20); // horizontal: room between entries
        chart.getStyler().setLegendVisible(entries > 0);
    }

    /**
     * The smallest "nice" number (1, 2, 2.5, 5 × 10^k) at or above x, for the top of a linear
     * axis so that the axis ends on a round value.
     */
    static double niceCeil(double x) {
        if (!(x > 0) || !Double.isFinite(x)) {
            return 1;
        }
        double p = Math.pow(10, Math.floor(Math.log10(x)));
        for (double m : new double[] {1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
            if (m * p >= x * (1 - 1e-12)) {
                return m * p;
            }
        }
        return 10 * p;
    }

    /** The smallest 1, 2 or 5 × 10^k at or above x, for the top of a log axis. */
    static double niceCeilLog(double x) {
        if (!(x > 0) || !Double.isFinite(x)) {
            return 1;
        }
        double p = Math.pow(10, Math.floor(Math.log10(x)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * p >= x * (1 - 1e-12)) {
                return m * p;
            }
        }
        return 10 * p;
    }

    /** The largest 1, 2 or 5 × 10^k at or below x, for the bottom of a log axis. */
    static double niceFloorLog(double x) {
        if (!(x > 0) || !Double.isFinite(x)) {
            return 1;
        }
        double p = Math.pow(10, Math.floor(Math.log10(x)));
        for (double m : new double[] {5, 2, 1}) {
            if (m * p <= x * (1 + 1e-12)) {
                return m * p;
            }
        }
        return p;
    }

    /** Tick label on a log axis: only 1, 2 and 5 × 10^k are labelled. */
    static String logTick(double v) {
        if (!(v > 0)) {
            return "";
        }
        double mantissa = v / Math.pow(10, Math.floor(Math.log10(v) + 1e-9));
        for (double m : new double[] {1, 2, 5}) {
            if (Math.abs(mantissa - m) < 1e-6) {
                return tick(v);
            }
        }
        return "";
    }

    /** Tick label for a plain number: up to 4 significant digits, no trailing zeros, no exponent. */
    static String tick(double v) {
        if (Math.abs(v) < 1e-12) {
            return "0";
        }
        return org.depotkin.model.Format.number(v);
    }
}
