package org.depotkin.plot;

import java.util.ArrayList;
import java.util.List;
import org.depotkin.model.Format;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Figures of data analyses: the NCA profile with its terminal fit, the deconvolved input rate and
 * fraction absorbed, and the IVIVC plots (Level A correlation, Levy plot). They take plain arrays
 * (times in h) so that they do not depend on the analysis classes.
 */
public final class AnalysisFigures {
    /** Profiles with more samples than this (simulations) are drawn as lines without markers. */
    static final int DENSE = 200;

    private AnalysisFigures() {
    }

    /**
     * Observed concentrations on a log axis, the samples used for λz highlighted and the fitted
     * terminal line C = exp(intercept − λz t) drawn over them and on to the last sample.
     *
     * @param label     legend text for the data
     * @param times     sample times (h)
     * @param conc      concentrations (ng/mL); zeros are not drawn on the log axis
     * @param lambdaIdx indices of the λz samples (empty: no fit drawn)
     * @param lambda    λz (1/h)
     * @param intercept ln C at t = 0 of the fit
     * @param threshold a concentration to draw (NaN for none)
     */
    public static Figure nca(String label, double[] times, double[] conc, int[] lambdaIdx, double lambda,
                             double intercept, double threshold) {
        TimeAxis axis = TimeAxis.forDuration(times[times.length - 1]);
        XYChart chart = ChartStyle.chart("NCA: " + label, axis.title(), "Concentration (ng/mL), log scale");
        chart.getStyler().setMarkerSize(11);
        double[] x = toAxis(times, axis);
        double[] y = new double[conc.length];
        double lowest = Double.POSITIVE_INFINITY;
        double top = 0;
        for (int i = 0; i < conc.length; i++) {
            y[i] = conc[i] > 0 ? conc[i] : Double.NaN;
            if (conc[i] > 0) {
                lowest = Math.min(lowest, conc[i]);
                top = Math.max(top, conc[i]);
            }
        }
        boolean dense = times.length > DENSE;
        XYSeries data = chart.addSeries(label, x, y);
        data.setLineColor(Palette.color(0));
        data.setLineStyle(dense ? Palette.solid() : new java.awt.BasicStroke(1.2f));
        data.setMarker(dense ? SeriesMarkers.NONE : SeriesMarkers.CIRCLE);
        data.setMarkerColor(Palette.color(0));
        if (lambdaIdx.length > 0) {
            double[] lx = new double[lambdaIdx.length];
            double[] ly = new double[lambdaIdx.length];
            for (int k = 0; k < lambdaIdx.length; k++) {
                lx[k] = x[lambdaIdx[k]];
                ly[k] = conc[lambdaIdx[k]];
            }
            XYSeries used = chart.addSeries("samples used for λz (" + lambdaIdx.length + ")", lx, ly);
            if (dense) {
                used.setMarker(SeriesMarkers.NONE);
                used.setLineColor(Palette.color(1));
                used.setLineStyle(new java.awt.BasicStroke(7f));
            } else {
                used.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
                used.setMarker(SeriesMarkers.DIAMOND);
                used.setMarkerColor(Palette.color(1));
            }
            double t0 = times[lambdaIdx[0]];
            double t1 = times[times.length - 1];
            int n = 50;
            double[] fx = new double[n + 1];
            double[] fy = new double[n + 1];
            for (int i = 0; i <= n; i++) {
                double t = t0 + (t1 - t0) * i / n;
                fx[i] = axis.toAxis(t);
                fy[i] = Math.exp(intercept - lambda * t);
                lowest = Math.min(lowest, fy[i]);
            }
            XYSeries fit = chart.addSeries("terminal fit, λz = " + Format.number(lambda) + " /h, t½ = "
                    + Format.number(Math.log(2) / lambda) + " h", fx, fy);
            fit.setMarker(SeriesMarkers.NONE);
            fit.setLineColor(Palette.color(1));
            fit.setLineStyle(Palette.dashed());
        }
        var s = chart.getStyler();
        s.setYAxisLogarithmic(true);
        s.setYAxisLogarithmicDecadeOnly(false);
        if (threshold > 0) {
            lowest = Math.min(lowest, threshold);
            top = Math.max(top, threshold);
        }
        ChartStyle.yRange(chart, ChartStyle.niceFloorLog(lowest / 1.1), ChartStyle.niceCeilLog(top * 1.1));
        s.setYAxisTickLabelsFormattingFunction(ChartStyle::logTick);
        ChartStyle.xRange(chart, 0, x[x.length - 1]);
        s.setXAxisTickLabelsFormattingFunction(ChartStyle::tick);
        return finish("nca", chart, threshold, Format.number(threshold) + " ng/mL");
    }

    /**
     * Mean input rate over each sampling interval, drawn as steps.
     *
     * @param label  legend text (method)
     * @param times  sample times (h), from 0
     * @param rate   rate over the interval ending at each time (element 0 ignored)
     * @param unit   the rate's unit, e.g. mg/h
     */
    public static Figure inputRate(String title, String label, double[] times, double[] rate, String unit) {
        TimeAxis axis = TimeAxis.forDuration(times[times.length - 1]);
        XYChart chart = ChartStyle.chart(title, axis.title(), "Input rate (" + unit + ")");
        double[] x = new double[2 * (times.length - 1)];
        double[] y = new double[x.length];
        double lo = 0;
        double hi = 0;
        for (int i = 1; i < times.length; i++) {
            x[2 * i - 2] = axis.toAxis(times[i - 1]);
            x[2 * i - 1] = axis.toAxis(times[i]);
            y[2 * i - 2] = rate[i];
            y[2 * i - 1] = rate[i];
            lo = Math.min(lo, rate[i]);
            hi = Math.max(hi, rate[i]);
        }
        XYSeries s = chart.addSeries(label, x, y);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(Palette.color(0));
        s.setLineStyle(Palette.solid());
        ChartStyle.xRange(chart, 0, x[x.length - 1]);
        ChartStyle.yRange(chart, lo < 0 ? -ChartStyle.niceCeil(-lo * 1.05) : 0, ChartStyle.niceCeil(hi * 1.05));
        chart.getStyler().setXAxisTickLabelsFormattingFunction(ChartStyle::tick);
        chart.getStyler().setYAxisTickLabelsFormattingFunction(ChartStyle::tick);
        return finish("input-rate", chart, Double.NaN, "");
    }

    /**
     * Cumulative fraction absorbed in vivo, and optionally the fraction released in vitro on the same
     * (in-vivo) time axis.
     *
     * @param vitroTimes in-vitro times already scaled to in-vivo time (h), null for none
     */
    public static Figure fractionAbsorbed(String title, String label, double[] times, double[] fraction,
                                          String vitroLabel, double[] vitroTimes, double[] vitroFraction) {
        double end = times[times.length - 1];
        TimeAxis axis = TimeAxis.forDuration(end);
        XYChart chart = ChartStyle.chart(title, axis.title(), "Cumulative fraction (%)");
        chart.getStyler().setMarkerSize(8);
        XYSeries s = chart.addSeries(label, toAxis(times, axis), percent(fraction));
        s.setMarker(SeriesMarkers.CIRCLE);
        s.setMarkerColor(Palette.color(0));
        s.setLineColor(Palette.color(0));
        s.setLineStyle(Palette.solid());
        double top = 0;
        for (double f : fraction) {
            top = Math.max(top, 100 * f);
        }
        if (vitroTimes != null) {
            List<double[]> kept = new ArrayList<>();
            for (int i = 0; i < vitroTimes.length; i++) {
                if (vitroTimes[i] <= end) {
                    top = Math.max(top, 100 * vitroFraction[i]);
                    kept.add(new double[] {axis.toAxis(vitroTimes[i]), 100 * vitroFraction[i]});
                }
            }
            XYSeries v = chart.addSeries(vitroLabel, kept.stream().mapToDouble(p -> p[0]).toArray(),
                    kept.stream().mapToDouble(p -> p[1]).toArray());
            v.setMarker(SeriesMarkers.SQUARE);
            v.setMarkerColor(Palette.color(1));
            v.setLineColor(Palette.color(1));
            v.setLineStyle(Palette.dashed());
        }
        ChartStyle.xRange(chart, 0, axis.toAxis(end));
        ChartStyle.yRange(chart, 0, ChartStyle.niceCeil(top * 1.02));
        chart.getStyler().setXAxisTickLabelsFormattingFunction(ChartStyle::tick);
        chart.getStyler().setYAxisTickLabelsFormattingFunction(ChartStyle::tick);
        return finish("fraction-absorbed", chart, Double.NaN, "");
    }

    /**
     * Level A correlation: fraction absorbed against fraction released, with the regression line and
     * the line of identity.
     */
    public static Figure levelA(String title, double[] released, double[] absorbed, double slope, double intercept,
                                double r2) {
        XYChart chart = ChartStyle.chart(title, "Fraction released in vitro (%)", "Fraction absorbed in vivo (%)");
        chart.getStyler().setMarkerSize(10);
        double top = 0;
        for (int i = 0; i < released.length; i++) {
            top = Math.max(top, Math.max(100 * released[i], 100 * absorbed[i]));
        }
        top = ChartStyle.niceCeil(top * 1.02);
        XYSeries pts = chart.addSeries("matched times", percent(released), percent(absorbed));
        pts.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        pts.setMarker(SeriesMarkers.CIRCLE);
        pts.setMarkerColor(Palette.color(0));
        line(chart, "regression: Fabs = " + Format.number(intercept * 100) + " % + " + Format.number(slope)
                + " Frel, R² " + String.format(java.util.Locale.ROOT, "%.4f", r2), 0, top, intercept * 100, slope,
                Palette.color(1), Palette.solid());
        line(chart, "identity (1:1)", 0, top, 0, 1, Palette.THRESHOLD, Palette.dotted());
        ChartStyle.xRange(chart, 0, top);
        ChartStyle.yRange(chart, 0, top);
        chart.getStyler().setXAxisTickLabelsFormattingFunction(ChartStyle::tick);
        chart.getStyler().setYAxisTickLabelsFormattingFunction(ChartStyle::tick);
        Figure f = finish("ivivc", chart, Double.NaN, "");
        chart.getStyler().setLegendLayout(org.knowm.xchart.style.Styler.LegendLayout.Vertical);
        chart.getStyler().setLegendPadding(8);
        return f;
    }

    /**
     * Levy plot: in-vivo time against in-vitro time to reach the same fraction, with the regression
     * line (its slope is the time-scaling factor) and the line of identity.
     */
    public static Figure levy(String title, double[] levels, double[] vitroTimes, double[] vivoTimes, double slope,
                              double intercept, double r2) {
        boolean days = Math.max(max(vitroTimes), max(vivoTimes)) > TimeAxis.DAYS_ABOVE_HOURS;
        TimeAxis axis = days ? TimeAxis.DAYS : TimeAxis.HOURS;
        XYChart chart = ChartStyle.chart(title, "In-vitro time to reach a fraction (" + axis.unit() + ")",
                "In-vivo time (" + axis.unit() + ")");
        chart.getStyler().setMarkerSize(10);
        double[] x = toAxis(vitroTimes, axis);
        double[] y = toAxis(vivoTimes, axis);
        double right = ChartStyle.niceCeil(max(x) * 1.05);
        double top = ChartStyle.niceCeil(max(y) * 1.05);
        StringBuilder lv = new StringBuilder();
        for (double l : levels) {
            lv.append(lv.length() == 0 ? "" : ", ").append(Format.number(100 * l));
        }
        XYSeries pts = chart.addSeries("fractions " + lv + " %", x, y);
        pts.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        pts.setMarker(SeriesMarkers.CIRCLE);
        pts.setMarkerColor(Palette.color(0));
        line(chart, "regression: slope " + Format.number(slope) + ", R² " + String.format(java.util.Locale.ROOT,
                "%.4f", r2), 0, right, axis.toAxis(intercept), slope, Palette.color(1), Palette.solid());
        line(chart, "identity (no time scaling)", 0, Math.min(right, top), 0, 1, Palette.THRESHOLD, Palette.dotted());
        ChartStyle.xRange(chart, 0, right);
        ChartStyle.yRange(chart, 0, top);
        chart.getStyler().setXAxisTickLabelsFormattingFunction(ChartStyle::tick);
        chart.getStyler().setYAxisTickLabelsFormattingFunction(ChartStyle::tick);
        return finish("levy", chart, Double.NaN, "");
    }

    private static void line(XYChart chart, String name, double x0, double x1, double a, double b,
                             java.awt.Color color, java.awt.BasicStroke stroke) {
        int n = 20;
        double[] x = new double[n + 1];
        double[] y = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            x[i] = x0 + (x1 - x0) * i / n;
            y[i] = a + b * x[i];
        }
        XYSeries s = chart.addSeries(name, x, y);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(color);
        s.setLineStyle(stroke);
    }

    private static Figure finish(String name, XYChart chart, double threshold, String label) {
        List<ThresholdLine> lines = new ArrayList<>();
        if (threshold > 0) {
            ThresholdLine line = new ThresholdLine(threshold, label, ChartStyle.ANNOTATION, new ArrayList<>(), 0);
            chart.addAnnotation(line);
            lines.add(line);
        }
        ChartStyle.fitLegend(chart);
        return new Figure(name, chart, lines);
    }

    private static double[] toAxis(double[] times, TimeAxis axis) {
        double[] x = new double[times.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = axis.toAxis(times[i]);
        }
        return x;
    }

    private static double[] percent(double[] f) {
        double[] y = new double[f.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = 100 * f[i];
        }
        return y;
    }

    private static double max(double[] v) {
        double m = 0;
        for (double x : v) {
            m = Math.max(m, x);
        }
        return m;
    }
}
