package org.depotkin.plot;

import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The three blockade figures: a coverage timeline (one horizontal band per scenario, thick where a
 * challenge is blocked, thin grey where it is not), the surmountable agonist dose over time on a
 * log axis with the challenge dose drawn, and the antagonist's receptor occupancy with the level
 * above which the challenge is blocked.
 */
public final class BlockadeFigures {
    private static final float BAND = 18f;

    private BlockadeFigures() {
    }

    /**
     * One scenario's blocked stretches.
     *
     * @param label  legend text (the scenario)
     * @param end    end of the run (h)
     * @param starts window starts (h)
     * @param ends   window ends (h)
     */
    public record Band(String label, double end, double[] starts, double[] ends) {
    }

    /**
     * A curve against time.
     *
     * @param label legend text
     * @param time  h
     * @param value in the figure's unit
     * @param doses dose times of the run (h): dense dosing over weeks is drawn as its daily envelope
     */
    public record Series(String label, double[] time, double[] value, double[] doses) {
    }

    /** Coverage timeline, one band per scenario from top to bottom. */
    public static Figure coverage(String challenge, List<Band> bands) {
        TimeAxis axis = TimeAxis.forDuration(bands.stream().mapToDouble(Band::end).max().orElse(1));
        XYChart chart = ChartStyle.chart("When " + challenge + " is blocked (thick: blocked)", axis.title(),
                "Scenario");
        int n = bands.size();
        BasicStroke thin = new BasicStroke(3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);
        BasicStroke thick = new BasicStroke(BAND, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);
        double maxEnd = 0;
        for (int i = 0; i < n; i++) {
            Band b = bands.get(i);
            double y = n - i;
            maxEnd = Math.max(maxEnd, b.end());
            XYSeries not = chart.addSeries("not blocked " + i, new double[] {0, axis.toAxis(b.end())},
                    new double[] {y, y});
            style(not, thin, Palette.GRID.darker());
            not.setShowInLegend(i == 0);
            not.setLabel("not blocked");
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            for (int k = 0; k < b.starts().length; k++) {
                if (k > 0) {
                    xs.add(Double.NaN);
                    ys.add(Double.NaN);
                }
                xs.add(axis.toAxis(b.starts()[k]));
                ys.add(y);
                xs.add(axis.toAxis(b.ends()[k]));
                ys.add(y);
            }
            if (xs.isEmpty()) {
                xs.add(0.0);
                ys.add(Double.NaN);
            }
            XYSeries blocked = chart.addSeries(b.label(), xs.stream().mapToDouble(Double::doubleValue).toArray(),
                    ys.stream().mapToDouble(Double::doubleValue).toArray());
            style(blocked, thick, Palette.color(i));
        }
        var s = chart.getStyler();
        ChartStyle.xRange(chart, 0, axis.toAxis(maxEnd));
        s.setXAxisTickLabelsFormattingFunction(ChartStyle::tick);
        ChartStyle.yRange(chart, 0.3, n + 0.7);
        s.setYAxisTicksVisible(false);
        s.setAnnotationTextFont(ChartStyle.ANNOTATION);
        s.setAnnotationTextFontColor(Palette.TEXT);
        for (int i = 0; i < n; i++) {
            // the scenario's name just above its band, centred on the time axis
            chart.addAnnotation(new AnnotationText(bands.get(i).label(), axis.toAxis(maxEnd) / 2, n - i + 0.32, false));
        }
        ChartStyle.fitLegend(chart);
        return new Figure("blockade-coverage", chart, List.of());
    }

    /** Surmountable dose (mg, log axis) over time, with the challenge dose drawn. */
    public static Figure surmountable(String agonist, double challengeDose, String challenge, List<Series> curves) {
        TimeAxis axis = axis(curves);
        XYChart chart = ChartStyle.chart("Smallest IV " + agonist + " dose that overcomes the blockade", axis.title(),
                "Surmountable " + agonist + " dose (mg, log)");
        var s = chart.getStyler();
        s.setYAxisLogarithmic(true);
        s.setYAxisLogarithmicDecadeOnly(false);
        double lo = challengeDose;
        double hi = challengeDose;
        for (int i = 0; i < curves.size(); i++) {
            Series c = curves.get(i);
            for (double v : c.value()) {
                if (Double.isFinite(v) && v > 0) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
            addCurve(chart, c, axis, i, span(curves));
        }
        ChartStyle.yRange(chart, ChartStyle.niceFloorLog(lo), ChartStyle.niceCeilLog(hi));
        s.setYAxisTickLabelsFormattingFunction(ChartStyle::logTick);
        return finish("blockade-surmountable-dose", chart, axis, curves, challengeDose, challenge + " (challenge)");
    }

    /**
     * Antagonist occupancy (%) over time with the level above which the challenge is blocked; the
     * axis zoomed to the lowest level after the first day ({@link Figures#occupancyFloor}), and a
     * shorter run's legend saying where it ends.
     */
    public static Figure occupancy(String challenge, double thresholdPercent, List<Series> curves) {
        TimeAxis axis = axis(curves);
        XYChart chart = ChartStyle.chart("Receptor occupancy by naltrexone and what it blocks", axis.title(),
                "Antagonist occupancy (%)");
        double span = span(curves);
        double low = thresholdPercent;
        for (int i = 0; i < curves.size(); i++) {
            Series c = curves.get(i);
            addCurve(chart, c, axis, i, span);
            for (int k = 0; k < c.time().length; k++) {
                if (c.time()[k] >= 24) {
                    low = Math.min(low, c.value()[k]);
                }
            }
        }
        ChartStyle.yRange(chart, Figures.occupancyFloor(low), 100);
        chart.getStyler().setYAxisTickLabelsFormattingFunction(ChartStyle::tick);
        return finish("blockade-occupancy", chart, axis, curves, thresholdPercent, challenge + " blocked above "
                + org.depotkin.model.Format.number(Math.round(thresholdPercent * 10) / 10.0) + " %");
    }

    private static TimeAxis axis(List<Series> curves) {
        return TimeAxis.forDuration(span(curves));
    }

    /** The end of the longest curve (h). */
    private static double span(List<Series> curves) {
        double end = 0;
        for (Series c : curves) {
            end = Math.max(end, c.time()[c.time().length - 1]);
        }
        return end;
    }

    /**
     * Adds a curve in style i; a densely dosed run in a figure longer than
     * {@value Figures#ENVELOPE_DAYS} days as its daily peaks (in the legend) and troughs (thin).
     */
    private static void addCurve(XYChart chart, Series c, TimeAxis axis, int i, double span) {
        Curve curve = new Curve(c.time(), c.value());
        boolean envelope = Figures.drawnAsEnvelope(c.doses(), span);
        Curve.Envelope e = envelope ? curve.envelope(24) : null;
        double[] t = envelope ? e.times() : c.time();
        double[] x = new double[t.length];
        for (int k = 0; k < x.length; k++) {
            x[k] = axis.toAxis(t[k]);
        }
        String label = Figures.lengthNote(c.label(), c.time()[c.time().length - 1], span)
                + (envelope ? " (daily peak and trough)" : "");
        XYSeries s = chart.addSeries(c.label(), x, envelope ? e.high() : c.value());
        s.setLabel(ChartStyle.wrapLegend(label));
        style(s, Palette.line(i), Palette.color(i));
        if (envelope) {
            XYSeries low = chart.addSeries(c.label() + ": daily trough", x, e.low());
            style(low, new BasicStroke(1.2f), Palette.color(i));
            low.setShowInLegend(false);
        }
    }

    private static Figure finish(String name, XYChart chart, TimeAxis axis, List<Series> curves, double threshold,
                                 String label) {
        double end = 0;
        for (Series c : curves) {
            end = Math.max(end, c.time()[c.time().length - 1]);
        }
        ChartStyle.xRange(chart, 0, axis.toAxis(end));
        chart.getStyler().setXAxisTickLabelsFormattingFunction(ChartStyle::tick);
        ThresholdLine line = new ThresholdLine(threshold, label, ChartStyle.ANNOTATION, new ArrayList<>(), 0);
        chart.addAnnotation(line);
        ChartStyle.fitLegend(chart);
        return new Figure(name, chart, List.of(line));
    }

    private static void style(XYSeries s, BasicStroke stroke, java.awt.Color color) {
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineStyle(stroke);
        s.setLineColor(color);
    }
}
