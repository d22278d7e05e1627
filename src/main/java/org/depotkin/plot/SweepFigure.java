package org.depotkin.plot;

import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A metric against a design parameter (e.g. days above 2 ng/mL against the release rate), with the
 * target drawn and labelled and the values that meet it shaded in the legend's words. Log x axis
 * when the scan spans more than a decade.
 */
public final class SweepFigure {
    private SweepFigure() {
    }

    /**
     * @param name        figure name for files
     * @param title       figure title
     * @param xTitle      x axis title with unit
     * @param yTitle      y axis title with unit
     * @param x           parameter values
     * @param y           metric values
     * @param target      the target on the metric
     * @param targetLabel text on the target line
     * @param seriesLabel legend text for the curve
     */
    public static Figure of(String name, String title, String xTitle, String yTitle, double[] x, double[] y,
                            double target, String targetLabel, String seriesLabel) {
        XYChart chart = ChartStyle.chart(title, xTitle, yTitle);
        double[] shown = y.clone();
        double top = target;
        for (int i = 0; i < shown.length; i++) {
            if (!Double.isFinite(shown[i])) {
                shown[i] = 0;
            }
            top = Math.max(top, shown[i]);
        }
        XYSeries s = chart.addSeries(seriesLabel, x, shown);
        s.setLineColor(Palette.color(0));
        s.setMarkerColor(Palette.color(0));
        s.setMarker(SeriesMarkers.CIRCLE);
        s.setLineStyle(Palette.solid());
        var st = chart.getStyler();
        st.setMarkerSize(8);
        double min = x[0];
        double max = x[x.length - 1];
        if (max / min > 10) {
            st.setXAxisLogarithmic(true);
            st.setXAxisLogarithmicDecadeOnly(false);
            ChartStyle.xRange(chart, ChartStyle.niceFloorLog(min), ChartStyle.niceCeilLog(max));
            st.setXAxisTickLabelsFormattingFunction(ChartStyle::logTick);
        } else {
            ChartStyle.xRange(chart, min, max);
            st.setXAxisTickLabelsFormattingFunction(ChartStyle::tick);
        }
        ChartStyle.yRange(chart, 0, ChartStyle.niceCeil(top * 1.05));
        st.setYAxisTickLabelsFormattingFunction(ChartStyle::tick);
        List<ThresholdLine> lines = new ArrayList<>();
        ThresholdLine line = new ThresholdLine(target, targetLabel, ChartStyle.ANNOTATION, new ArrayList<>(), 0);
        chart.addAnnotation(line);
        lines.add(line);
        ChartStyle.fitLegend(chart);
        return new Figure(name, chart, lines);
    }
}
