package org.depotkin.plot;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.depotkin.analysis.LawFamily;
import org.depotkin.analysis.PlasmaFit;
import org.depotkin.analysis.ReleaseFit;
import org.depotkin.analysis.ReleaseProfile;
import org.depotkin.engine.CompiledModel;
import org.depotkin.engine.Trajectory;
import org.depotkin.model.Format;
import org.depotkin.release.ReleaseLaw;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Figures of fits: release data (every replicate value and the mean ± SD) with every fitted law,
 * named with its AIC in the legend; for a plasma fit, observed values and the fitted curve against
 * time (linear and log), observed against predicted with the identity line, and residuals against
 * time and against the prediction with the zero line. Time in days when the data span more than
 * 3 days.
 */
public final class FitFigures {
    private static final Color DATA = new Color(0x555555);
    private static final int CURVE_POINTS = 300;
    /** Smallest title font (pt) when a long title is shrunk to fit. */
    private static final int MIN_TITLE = 18;

    private FitFigures() {
    }

    /** The release data and every fitted curve (Korsmeyer–Peppas dashed, drawn where it was fitted). */
    public static Figure release(ReleaseProfile data, List<ReleaseFit.LawFit> fits) {
        double[] t = data.times();
        double tMax = t[t.length - 1];
        boolean days = tMax > 72;
        double scale = days ? 24 : 1;
        XYChart chart = ChartStyle.chart("Release fit: " + data.source(), "Time (" + (days ? "d" : "h") + ")",
                "Released (% of load)");
        List<Double> rx = new ArrayList<>();
        List<Double> ry = new ArrayList<>();
        for (double[] r : data.replicates()) {
            for (int i = 0; i < t.length; i++) {
                if (!Double.isNaN(r[i])) {
                    rx.add(t[i] / scale);
                    ry.add(100 * r[i]);
                }
            }
        }
        if (data.replicateCount() > 1) {
            XYSeries reps = chart.addSeries("replicates (" + data.replicateCount() + ")", rx, ry);
            reps.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            reps.setMarker(SeriesMarkers.CIRCLE);
            reps.setMarkerColor(new Color(0xBBBBBB));
        }
        double[] x = new double[t.length];
        double[] mean = new double[t.length];
        double[] sd = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            x[i] = t[i] / scale;
            mean[i] = 100 * data.mean(i);
            sd[i] = data.replicateCount() > 1 ? 100 * data.sd(i) : 0;
        }
        XYSeries m = data.replicateCount() > 1 ? chart.addSeries("mean ± SD", x, mean, sd)
                : chart.addSeries("data", x, mean);
        m.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        m.setMarker(SeriesMarkers.DIAMOND);
        m.setMarkerColor(DATA);
        chart.getStyler().setErrorBarsColor(DATA);
        chart.getStyler().setMarkerSize(9);
        int k = 0;
        for (ReleaseFit.LawFit f : fits) {
            ReleaseLaw law = f.law();
            double end = f.family().earlyOnly() ? earlyEnd(data) : tMax;
            double[] cx = new double[CURVE_POINTS + 1];
            double[] cy = new double[CURVE_POINTS + 1];
            for (int i = 0; i <= CURVE_POINTS; i++) {
                double s = end * i / CURVE_POINTS;
                cx[i] = s / scale;
                cy[i] = 100 * law.cumulative(s);
            }
            String label = f.family().lawName() + " (AIC " + Format.number(f.aic())
                    + (f.family().earlyOnly() ? ", first 60 %)" : ")");
            XYSeries c = chart.addSeries(label, cx, cy);
            c.setMarker(SeriesMarkers.NONE);
            c.setLineColor(Palette.color(k++));
            c.setLineStyle(f.family().earlyOnly() ? Palette.dashed() : Palette.solid());
        }
        ChartStyle.xRange(chart, 0, ChartStyle.niceCeil(tMax / scale));
        ChartStyle.yRange(chart, 0, Math.max(100, ChartStyle.niceCeil(max(ry, mean))));
        chart.getStyler().setXAxisTickLabelsFormattingFunction(ChartStyle::tick);
        chart.getStyler().setYAxisTickLabelsFormattingFunction(ChartStyle::tick);
        ChartStyle.fitLegend(chart);
        return new Figure("release-fit", chart, List.of());
    }

    /** Observed against predicted concentrations, one colour per analyte, with the line of identity. */
    public static Figure observedVsPredicted(PlasmaFit.Result r, String title) {
        XYChart chart = ChartStyle.chart("Observed vs predicted: " + title, "Predicted (ng/mL)", "Observed (ng/mL)");
        scatterByAnalyte(chart, r.points(), PlasmaFit.Point::predicted, PlasmaFit.Point::observed, "");
        double top = r.points().stream().mapToDouble(p -> Math.max(p.predicted(), p.observed())).max().orElse(1);
        double end = ChartStyle.niceCeil(top * 1.05);
        referenceLine(chart, "identity (observed = predicted)", new double[] {0, end}, new double[] {0, end});
        ChartStyle.xRange(chart, 0, end);
        ChartStyle.yRange(chart, 0, end);
        return finish(chart, "observed-vs-predicted");
    }

    /**
     * Observed concentrations (markers) and the fitted model's curve (line) against time, one colour
     * per analyte, on a linear or a log axis (there, values below 1/1000 of the largest are not
     * drawn). The curve is the fitted scenario simulated again and sampled by {@link Sampler}, so it
     * passes through each prediction of {@link PlasmaFit.Point}.
     */
    public static Figure overTime(PlasmaFit.Result r, String title, boolean log) {
        double tMax = r.points().stream().mapToDouble(PlasmaFit.Point::time).max().orElse(1);
        TimeAxis axis = TimeAxis.forDuration(tMax);
        double end = ChartStyle.niceCeil(axis.toAxis(tMax));
        XYChart chart = ChartStyle.chart("Observed and predicted: " + title + (log ? " (log scale)" : ""),
                axis.title(), "Concentration (ng/mL" + (log ? ", log scale" : "") + ")");
        Trajectory tr = CompiledModel.compile(r.scenario()).simulate();
        List<String> analytes = analytes(r);
        double top = r.points().stream().mapToDouble(p -> Math.max(p.observed(), p.predicted())).max().orElse(1);
        double floor = log ? Figures.LOG_FLOOR * top : Double.NEGATIVE_INFINITY;
        double lowest = top;
        for (int a = 0; a < analytes.size(); a++) {
            String name = analytes.get(a);
            Curve c = Sampler.sample(tr, tr.output(name));
            List<Double> cx = new ArrayList<>();
            List<Double> cy = new ArrayList<>();
            for (int i = 0; i < c.times().length && axis.toAxis(c.times()[i]) <= end; i++) {
                double v = c.values()[i];
                cx.add(axis.toAxis(c.times()[i]));
                cy.add(v >= floor ? v : Double.NaN);
                top = Math.max(top, v);
                lowest = v >= floor ? Math.min(lowest, v) : lowest;
            }
            XYSeries line = chart.addSeries(name + " predicted", cx, cy);
            line.setMarker(SeriesMarkers.NONE);
            line.setLineColor(Palette.color(a));
            line.setLineStyle(Palette.solid());
        }
        List<PlasmaFit.Point> shown = r.points().stream().filter(p -> p.observed() >= floor).toList();
        for (PlasmaFit.Point p : shown) {
            lowest = Math.min(lowest, p.observed());
        }
        scatterByAnalyte(chart, shown, p -> axis.toAxis(p.time()), PlasmaFit.Point::observed, " observed");
        ChartStyle.xRange(chart, 0, end);
        if (log) {
            Figures.logAxis(chart, lowest, top);
        } else {
            ChartStyle.yRange(chart, 0, ChartStyle.niceCeil(top * 1.05));
        }
        Figure f = finish(chart, log ? "fit-over-time-log" : "fit-over-time");
        if (log) {
            chart.getStyler().setYAxisTickLabelsFormattingFunction(ChartStyle::logTick);
        }
        return f;
    }

    /**
     * Residuals against time: observed − predicted in ng/mL for an unweighted fit, relative to the
     * observation (%) for the weighted and log fits (what those fits make uniform).
     */
    public static Figure residuals(PlasmaFit.Result r, String title) {
        double tMax = r.points().stream().mapToDouble(PlasmaFit.Point::time).max().orElse(1);
        TimeAxis axis = TimeAxis.forDuration(tMax);
        return residuals(r, "Residuals: " + title, axis.title(), p -> axis.toAxis(p.time()),
                ChartStyle.niceCeil(axis.toAxis(tMax)), "residuals");
    }

    /**
     * Residuals (as in {@link #residuals}) against the predicted concentration: a trend or a funnel
     * says the model or the weighting misses how the error grows with the level.
     */
    public static Figure residualsVsPredicted(PlasmaFit.Result r, String title) {
        double top = r.points().stream().mapToDouble(PlasmaFit.Point::predicted).max().orElse(1);
        return residuals(r, "Residuals vs predicted: " + title, "Predicted (ng/mL)", PlasmaFit.Point::predicted,
                ChartStyle.niceCeil(top * 1.05), "residuals-vs-predicted");
    }

    private static Figure residuals(PlasmaFit.Result r, String title, String xTitle, ToDoubleFunction<PlasmaFit.Point> x,
                                    double end, String name) {
        boolean absolute = r.weighting() == PlasmaFit.Weighting.NONE;
        XYChart chart = ChartStyle.chart(title, xTitle,
                absolute ? "Observed − predicted (ng/mL)" : "(Observed − predicted) / observed (%)");
        ToDoubleFunction<PlasmaFit.Point> residual = absolute ? p -> p.observed() - p.predicted()
                : p -> 100 * (p.observed() - p.predicted()) / p.observed();
        scatterByAnalyte(chart, r.points(), x, residual, "");
        double big = r.points().stream().mapToDouble(p -> Math.abs(residual.applyAsDouble(p))).max().orElse(0);
        referenceLine(chart, "zero", new double[] {0, end}, new double[] {0, 0});
        double lim = ChartStyle.niceCeil(big * 1.1);
        ChartStyle.xRange(chart, 0, end);
        ChartStyle.yRange(chart, -lim, lim);
        return finish(chart, name);
    }

    private static List<String> analytes(PlasmaFit.Result r) {
        return r.points().stream().map(PlasmaFit.Point::analyte).distinct().toList();
    }

    /**
     * One scatter series per analyte (named analyte + {@code suffix}), in the order the analytes
     * first appear, coloured like the analyte's curve.
     */
    private static void scatterByAnalyte(XYChart chart, List<PlasmaFit.Point> points, ToDoubleFunction<PlasmaFit.Point> x,
                                         ToDoubleFunction<PlasmaFit.Point> y, String suffix) {
        List<String> analytes = points.stream().map(PlasmaFit.Point::analyte).distinct().toList();
        for (int a = 0; a < analytes.size(); a++) {
            String name = analytes.get(a);
            List<PlasmaFit.Point> own = points.stream().filter(p -> p.analyte().equals(name)).toList();
            XYSeries s = chart.addSeries(name + suffix, own.stream().mapToDouble(x).toArray(),
                    own.stream().mapToDouble(y).toArray());
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            s.setMarker(SeriesMarkers.CIRCLE);
            s.setMarkerColor(Palette.color(a));
        }
    }

    /** A dashed reference line (identity, zero) drawn like a threshold. */
    private static void referenceLine(XYChart chart, String label, double[] x, double[] y) {
        XYSeries line = chart.addSeries(label, x, y);
        line.setMarker(SeriesMarkers.NONE);
        line.setLineColor(Palette.THRESHOLD);
        line.setLineStyle(Palette.threshold(0));
    }

    private static Figure finish(XYChart chart, String name) {
        ChartStyle.fitTitle(chart, MIN_TITLE);
        chart.getStyler().setMarkerSize(9);
        chart.getStyler().setXAxisTickLabelsFormattingFunction(ChartStyle::tick);
        chart.getStyler().setYAxisTickLabelsFormattingFunction(ChartStyle::tick);
        scatterLegend(chart);
        return new Figure(name, chart, List.of());
    }

    /** One entry per line: XChart's horizontal legend overlaps scatter keys with the next entry. */
    private static void scatterLegend(XYChart chart) {
        ChartStyle.fitLegend(chart);
        chart.getStyler().setLegendLayout(org.knowm.xchart.style.Styler.LegendLayout.Vertical);
        chart.getStyler().setLegendPadding(8);
    }

    /** The last time whose mean is within the Korsmeyer–Peppas range. */
    private static double earlyEnd(ReleaseProfile data) {
        double end = data.times()[0];
        for (int i = 0; i < data.times().length; i++) {
            if (data.mean(i) <= LawFamily.PEPPAS_LIMIT) {
                end = data.times()[i];
            }
        }
        return end;
    }

    private static double max(List<Double> a, double[] b) {
        double m = 0;
        for (double v : a) {
            m = Math.max(m, v);
        }
        for (double v : b) {
            m = Math.max(m, v);
        }
        return m;
    }
}
