package org.depotkin.plot;

import java.util.List;
import org.depotkin.analysis.validation.Scorecard;
import org.depotkin.analysis.validation.Target;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The scorecard as one figure: predicted / observed for every target (log scale), its allowed range as
 * a vertical bar, the line of agreement (ratio 1), markers by strength and pass/fail, each point
 * labelled with its target id.
 */
public final class ValidationFigure {
    /**
     * Target ids are written in this many rows above all the bars, target i in row i mod ROWS: ids in one row are
     * ROWS targets apart, wider than the longest id, so no two overlap (ids written just above their own bars
     * collided wherever neighbouring bars end at different heights).
     */
    private static final int ROWS = 5;
    /** Ratio between the heights of neighbouring label rows (log axis). */
    private static final double ROW_STEP = 1.45;
    private ValidationFigure() {
    }

    public static Figure of(Scorecard card) {
        List<Scorecard.Row> rows = card.rows();
        XYChart chart = ChartStyle.chart("Validation: predicted / observed, " + card.passed() + " of " + rows.size()
                + " targets pass", "Target (scorecard order)", "Predicted / observed (ratio, log scale)");
        chart.getStyler().setYAxisLogarithmic(true);
        double lo = 1;
        double hi = 1;
        for (int i = 0; i < rows.size(); i++) {
            Scorecard.Row r = rows.get(i);
            double obs = r.target().observed().value();
            double a = r.target().low() / obs;
            double b = r.target().high() / obs;
            double ratio = clamp(r.ratio());
            lo = Math.min(lo, Math.min(clamp(a), ratio));
            hi = Math.max(hi, Math.max(clamp(b), ratio));
            XYSeries bar = chart.addSeries("allowed " + i, new double[] {i + 1, i + 1}, new double[] {clamp(a), clamp(b)});
            bar.setMarker(SeriesMarkers.NONE);
            bar.setMarkerColor(Palette.GRID.darker());
            bar.setLineColor(Palette.GRID.darker());
            bar.setLineStyle(Palette.solid());
            bar.setShowInLegend(false);
        }
        double firstRow = hi * 1.3;
        for (int i = 0; i < rows.size(); i++) {
            chart.addAnnotation(new AnnotationText(rows.get(i).target().id(), i + 1,
                    firstRow * Math.pow(ROW_STEP, i % ROWS), false));
        }
        for (int k = 0; k < 4; k++) {
            boolean solid = k < 2;
            boolean pass = k % 2 == 0;
            List<Integer> idx = java.util.stream.IntStream.range(0, rows.size()).boxed()
                    .filter(i -> (rows.get(i).target().strength() == Target.Strength.SOLID) == solid
                            && rows.get(i).passes() == pass).toList();
            if (idx.isEmpty()) {
                continue;
            }
            XYSeries s = chart.addSeries((solid ? "solid" : "indicative") + (pass ? ", passes" : ", FAILS"),
                    idx.stream().mapToDouble(i -> i + 1).toArray(),
                    idx.stream().mapToDouble(i -> clamp(rows.get(i).ratio())).toArray());
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            s.setMarker(solid ? SeriesMarkers.CIRCLE : SeriesMarkers.DIAMOND);
            s.setMarkerColor(pass ? Palette.color(2) : Palette.color(1));
        }
        XYSeries one = chart.addSeries("agreement (predicted = observed)", new double[] {0, rows.size() + 1},
                new double[] {1, 1});
        one.setMarker(SeriesMarkers.NONE);
        one.setLineColor(Palette.THRESHOLD);
        one.setLineStyle(Palette.threshold(0));
        ChartStyle.xRange(chart, 0, rows.size() + 1);
        chart.getStyler().setYAxisMin(ChartStyle.niceFloorLog(lo / 1.3));
        chart.getStyler().setYAxisMax(ChartStyle.niceCeilLog(firstRow * Math.pow(ROW_STEP, ROWS)));
        chart.getStyler().setMarkerSize(10);
        chart.getStyler().setXAxisTickLabelsFormattingFunction(ChartStyle::tick);
        chart.getStyler().setYAxisTickLabelsFormattingFunction(ChartStyle::logTick);
        ChartStyle.fitLegend(chart);
        chart.getStyler().setLegendLayout(org.knowm.xchart.style.Styler.LegendLayout.Vertical);
        return new Figure("validation", chart, List.of());
    }

    /** Keeps zero and infinite ratios on a log axis. */
    private static double clamp(double ratio) {
        return Double.isFinite(ratio) && ratio > 0 ? Math.max(1e-3, Math.min(1e3, ratio)) : ratio > 0 ? 1e3 : 1e-3;
    }
}
