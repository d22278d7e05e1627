package org.depotkin.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.depotkin.release.FailureMode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

class FiguresTest {
    static Run oral;
    static Run fibrosis;
    static Run noFibrosis;
    static Run removed;
    static Run bolus;

    @BeforeAll
    static void simulate() {
        oral = Run.of(PlotScenarios.run(PlotScenarios.oral("W1", "50 mg oral daily", 14,
                List.of(PlotScenarios.CP_2, PlotScenarios.RO_90))));
        fibrosis = Run.of(PlotScenarios.run(PlotScenarios.implant("W2", "implant, fibrosis", 180, 0.4, List.of(),
                List.of(PlotScenarios.CP_2, PlotScenarios.CM_10, PlotScenarios.RO_90))));
        noFibrosis = Run.of(PlotScenarios.run(PlotScenarios.implant("W2-nofib", "implant, no fibrosis", 180, 1.0,
                List.of(), List.of(PlotScenarios.CP_2))));
        removed = Run.of(PlotScenarios.run(PlotScenarios.implant("W2-rem", "implant, removed day 60", 180, 1.0,
                List.of(new FailureMode.Removal(60 * 24)), List.of())));
        bolus = Run.of(PlotScenarios.run(PlotScenarios.parentOnlyBolus("bolus", 48)));
    }

    /** Names of the series shown in the legend, by label. */
    static List<String> legend(XYChart chart) {
        return chart.getSeriesCollection().stream().filter(XYSeries::isShowInLegend).map(XYSeries::getLabel).toList();
    }

    /** Names of the data series (the curves; legend entries are separate one-point series). */
    static List<String> seriesNames(XYChart chart) {
        return chart.getSeriesCollection().stream()
                .filter(s -> s.getXYSeriesRenderStyle().orElseThrow() == XYSeries.XYSeriesRenderStyle.Scatter)
                .map(XYSeries::getName).toList();
    }

    @Test
    void concentrationFigure() {
        Figure f = Figures.concentration(List.of(fibrosis, noFibrosis));
        XYChart c = f.chart();
        assertEquals("concentration", f.name());
        assertEquals("Plasma concentration of Cp", c.getTitle());
        assertEquals("Time (d)", c.getXAxisTitle());
        assertEquals("Concentration (ng/mL)", c.getYAxisTitle());
        assertEquals(List.of("implant, fibrosis", "implant, no fibrosis"), seriesNames(c));
        assertEquals(seriesNames(c), legend(c));
        assertFalse(c.getStyler().isYAxisLogarithmic());
        // the 2 ng/mL threshold of both scenarios is drawn once; the metabolite's is not drawn here
        assertEquals(1, f.thresholds().size());
        assertEquals(2.0, f.thresholds().get(0).value());
        assertEquals("2 ng/mL", f.thresholds().get(0).label());
        // the time axis is in days, to the end of the run, from 0
        XYSeries s = c.getSeries("implant, fibrosis");
        assertEquals(0, s.getXData()[0]);
        assertEquals(180, s.getXData()[s.getXData().length - 1], 1e-9);
        assertDrawn(fibrosis.trajectory().value("Cp", 24 * 30), s, 30);
    }

    @Test
    void scenariosGetDistinctColours() {
        XYChart c = Figures.concentration(List.of(fibrosis, noFibrosis, removed)).chart();
        Set<java.awt.Color> colours = c.getSeriesCollection().stream().map(XYSeries::getLineColor)
                .collect(Collectors.toSet());
        assertEquals(3, colours.size());
        assertEquals(Palette.color(0), c.getSeries("implant, fibrosis").getLineColor());
    }

    @Test
    void logFigureClipsValuesBelowTheFloorAndSaysLogScale() {
        Figure f = Figures.concentrationLog(List.of(oral));
        XYChart c = f.chart();
        assertEquals("concentration-log", f.name());
        assertTrue(c.getTitle().contains("log scale"), c.getTitle());
        assertTrue(c.getYAxisTitle().contains("ng/mL"), c.getYAxisTitle());
        assertTrue(c.getStyler().isYAxisLogarithmic());
        double min = c.getStyler().getYAxisMin();
        assertTrue(min > 0, "log axis starts above 0: " + min);
        double[] y = c.getSeries("50 mg oral daily").getYData();
        assertTrue(Double.isNaN(y[0]), "C(0) = 0 is not drawn on a log axis");
        double max = 0;
        for (double v : y) {
            max = Double.isNaN(v) ? max : Math.max(max, v);
        }
        for (double v : y) {
            assertTrue(Double.isNaN(v) || v >= Figures.LOG_FLOOR * max, "value " + v);
        }
        assertEquals(List.of(2.0), f.thresholds().stream().map(ThresholdLine::value).toList());
        assertTrue(c.getStyler().getYAxisMax() >= max, "peak inside the axis");
    }

    @Test
    void everyThresholdIsLabelledOnItsLineInItsOwnStyle() {
        Run low = Run.of(PlotScenarios.run(PlotScenarios.implant("W2-low", "implant, 1 ng/mL", 180, 1.0, List.of(),
                List.of(new org.depotkin.model.Criterion.Concentration("Cp", 1)))));
        Figure f = Figures.concentration(List.of(noFibrosis, low, oral));
        FigureWriter.render(f.chart());
        assertEquals(List.of(2.0, 1.0), f.thresholds().stream().map(ThresholdLine::value).toList());
        assertNotEquals(f.thresholds().get(0).stroke(), f.thresholds().get(1).stroke(), "1 and 2 ng/mL look different");
        for (ThresholdLine t : f.thresholds()) {
            assertNotNull(t.getBounds(), t.label() + " is written in the plot");
        }
        // no threshold in the legend: only the runs
        assertEquals(List.of("implant, no fibrosis", "implant, 1 ng/mL",
                ChartStyle.wrapLegend("50 mg oral daily (run ends at 14 d) (daily average; shaded: daily trough to peak)")), legend(f.chart()));
    }

    /** A threshold label is text in an SVG (searchable, selectable), not glyph outlines. */
    @Test
    void thresholdLabelsAreRealTextInSvg() throws java.io.IOException {
        Figure f = Figures.concentration(List.of(noFibrosis));
        String svg = new String(FigureWriter.encode(f.chart(), FigureWriter.Format.SVG),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(svg.matches("(?s).*<text[^>]*>2 ng/mL</text>.*"), "the 2 ng/mL label as an SVG text element");
    }

    /**
     * Daily oral doses over 28 d: drawn as the daily average over the band of daily peaks and
     * troughs, which are the solution's own; at steady state the daily average is the dose rate over
     * the clearance, F·D / (CL·τ) = 0.2 · 50 mg / (200 L/h · 24 h) = 2.0833 ng/mL.
     */
    @Test
    void denseDosingOverWeeksIsDrawnAsItsDailyAverageAndEnvelope() {
        Run month = Run.of(PlotScenarios.run(PlotScenarios.oral("W1-28", "50 mg oral daily, 28 d", 28,
                List.of(PlotScenarios.CP_2))));
        XYChart c = Figures.concentration(List.of(month)).chart();
        assertEquals(List.of(ChartStyle.wrapLegend("50 mg oral daily, 28 d (daily average; shaded: daily trough to peak)")),
                legend(c));
        double[] x = c.getSeries("50 mg oral daily, 28 d").getXData();
        double[] average = c.getSeries("50 mg oral daily, 28 d").getYData();
        double[] peaks = c.getSeries("50 mg oral daily, 28 d: daily peak").getYData();
        double[] troughs = c.getSeries("50 mg oral daily, 28 d: daily trough").getYData();
        assertEquals(28 + 2, x.length, "one point per day, and the two ends");
        org.depotkin.analysis.Extrema e = org.depotkin.analysis.Extrema.of(month.trajectory(),
                month.trajectory().output("Cp"));
        for (int day = 1; day < 28; day++) {
            assertEquals(day + 0.5, x[day + 1], 1e-12);
            int d = day;
            double peak = e.maxima().stream().filter(p -> p.time() >= 24 * d && p.time() < 24 * (d + 1))
                    .mapToDouble(org.depotkin.analysis.Extrema.Point::value).max().orElseThrow();
            double trough = e.minima().stream().filter(p -> p.time() >= 24 * d && p.time() < 24 * (d + 1))
                    .mapToDouble(org.depotkin.analysis.Extrema.Point::value).min().orElseThrow();
            assertEquals(peak, peaks[day + 1], 1e-9 * peak, "peak of day " + day);
            assertEquals(trough, troughs[day + 1], 1e-6 * trough, "trough of day " + day);
            assertTrue(trough < average[day + 1] && average[day + 1] < peak, "average of day " + day);
        }
        double steadyState = 0.2 * 50 / (200 * 24) * 1000; // mg/L → ng/mL
        for (int day = 20; day < 28; day++) {
            assertEquals(steadyState, average[day + 1], 1e-4 * steadyState, "steady-state average of day " + day);
        }
    }

    @Test
    void anEquationsOutputsFigureDrawsTheLevelsOfItsCriteria() {
        Run worked = Run.of(PlotScenarios.run(org.depotkin.io.ModelFiles.scenario(
                java.nio.file.Path.of("models/equations/mm-indirect-response.yaml"))));
        List<Figure> figures = Figures.custom(List.of(worked));
        assertEquals(List.of("output-biomarker", "output-inhibition"), figures.stream().map(Figure::name).toList());
        Figure inhibition = figures.get(1);
        assertEquals("inhibition (%)", inhibition.chart().getYAxisTitle());
        // the scenario's criterion "inhibition >= 50 %", in the output's unit, labelled on its line
        assertEquals(List.of(50.0), inhibition.thresholds().stream().map(ThresholdLine::value).toList());
        assertEquals("inhibition 50 %", inhibition.thresholds().get(0).label());
        assertEquals(List.of(), figures.get(0).thresholds(), "no criterion names the biomarker");
    }

    @Test
    void metaboliteFigure() {
        Figure f = Figures.metabolites(List.of(fibrosis, noFibrosis)).orElseThrow();
        XYChart c = f.chart();
        assertEquals("metabolite", f.name());
        assertTrue(c.getTitle().contains("metabolite") && c.getTitle().contains("Cm"), c.getTitle());
        assertEquals("Concentration (ng/mL)", c.getYAxisTitle());
        assertEquals(List.of("implant, fibrosis", "implant, no fibrosis"), seriesNames(c));
        assertEquals(List.of(10.0), f.thresholds().stream().map(ThresholdLine::value).toList());
        assertEquals("10 ng/mL", f.thresholds().get(0).label());
        XYSeries s = c.getSeries("implant, no fibrosis");
        assertDrawn(noFibrosis.trajectory().value("Cm", 24 * 50), s, 50);
    }

    @Test
    void occupancyFigureInPercent() {
        Figure f = Figures.occupancy(List.of(oral)).orElseThrow();
        XYChart c = f.chart();
        assertEquals("occupancy", f.name());
        assertEquals("Receptor occupancy", c.getTitle());
        assertEquals("Receptor occupancy (%)", c.getYAxisTitle());
        // zoomed: from a multiple of 5 below the lowest level after the rise and the 90 % line, to 100 %
        double settled = Math.min(100 * org.depotkin.analysis.Extrema.of(oral.trajectory(),
                oral.trajectory().output("occupancy")).trough().value(), 90);
        double bottom = c.getStyler().getYAxisMin();
        assertEquals(Figures.occupancyFloor(settled), bottom, 1e-3);
        assertTrue(bottom > 0 && bottom < settled && Math.abs(bottom - 5 * Math.round(bottom / 5)) < 1e-3,
                "axis from " + bottom + " %");
        assertEquals(100, c.getStyler().getYAxisMax(), 1e-3);
        XYSeries s = c.getSeries("50 mg oral daily");
        for (double v : s.getYData()) {
            assertTrue(v >= 0 && v <= 100, "occupancy " + v + " %");
        }
        assertDrawn(100 * oral.trajectory().value("occupancy", 24 * 5.5), s, 5.5);
        assertEquals(1, f.thresholds().size());
        assertEquals(90.0, f.thresholds().get(0).value(), 1e-12);
        assertEquals("90 % occupancy", f.thresholds().get(0).label());
    }

    @Test
    void releaseFigure() {
        Figure f = Figures.release(List.of(fibrosis, removed)).orElseThrow();
        XYChart c = f.chart();
        assertEquals("release", f.name());
        assertEquals("Depot: released (solid), remaining (dashed), removed (dotted)", c.getTitle());
        assertEquals("Amount (mg)", c.getYAxisTitle());
        assertEquals("Time (d)", c.getXAxisTitle());
        assertEquals(List.of("implant, fibrosis", "implant, removed day 60"), legend(c));
        assertEquals(List.of("implant, fibrosis", "implant, fibrosis: remaining", "implant, removed day 60",
                "implant, removed day 60: remaining", "implant, removed day 60: removed"), seriesNames(c));
        assertEquals(null, c.getSeries("implant, fibrosis").getLineStyle().getDashArray(), "released: solid");
        float[] dashed = c.getSeries("implant, fibrosis: remaining").getLineStyle().getDashArray();
        float[] dotted = c.getSeries("implant, removed day 60: removed").getLineStyle().getDashArray();
        assertNotNull(dashed);
        assertNotNull(dotted);
        assertNotEquals(dashed[0], dotted[0]);
        XYSeries rem = c.getSeries("implant, removed day 60: removed");
        assertDrawn(removed.trajectory().value("depot.removed", 24 * 100), rem, 100);
        assertTrue(f.thresholds().isEmpty());
        // no removal in either: no dotted series and no "removed" in the title
        XYChart c2 = Figures.release(List.of(fibrosis)).orElseThrow().chart();
        assertEquals("Depot: released (solid), remaining (dashed)", c2.getTitle());
        assertEquals(List.of("implant, fibrosis", "implant, fibrosis: remaining"), seriesNames(c2));
    }

    @Test
    void figuresThatDoNotApplyAreAbsent() {
        assertTrue(Figures.metabolites(List.of(bolus)).isEmpty());
        assertTrue(Figures.occupancy(List.of(bolus)).isEmpty());
        assertTrue(Figures.release(List.of(bolus)).isEmpty());
        assertTrue(Figures.release(List.of(oral)).isEmpty());
        assertEquals(List.of("concentration", "concentration-log"),
                Figures.all(List.of(bolus)).stream().map(Figure::name).toList());
        assertEquals(List.of("concentration", "concentration-log", "metabolite", "occupancy", "release"),
                Figures.all(List.of(fibrosis, noFibrosis)).stream().map(Figure::name).toList());
    }

    @Test
    void shortRunsArePlottedInHours() {
        Figure f = Figures.concentration(List.of(bolus));
        assertEquals("Time (h)", f.chart().getXAxisTitle());
        assertEquals("Plasma concentration of drug", f.chart().getTitle());
        double[] x = f.chart().getSeries("single IV bolus").getXData();
        assertEquals(48, x[x.length - 1], 1e-9);
        // one run over 3 days switches the shared axis to days
        assertEquals("Time (d)", Figures.concentration(List.of(bolus, oral)).chart().getXAxisTitle());
    }

    @Test
    void runsNeedDistinctLabels() {
        Run twin = new Run(oral.label(), fibrosis.trajectory());
        assertThrows(IllegalArgumentException.class, () -> Figures.concentration(List.of(oral, twin)));
        assertThrows(IllegalArgumentException.class, () -> Figures.concentration(List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Run(" ", oral.trajectory()));
        assertEquals("bolus", Run.of(PlotScenarios.run(PlotScenarios.ivBolus("bolus", 10, List.of()))).label(),
                "blank description: the scenario name");
    }

    /** The drawn curve passes within the sampler's tolerance (0.1 % of its maximum) of the true value. */
    static void assertDrawn(double expected, XYSeries s, double x) {
        double max = 0;
        for (double v : s.getYData()) {
            max = Double.isNaN(v) ? max : Math.max(max, Math.abs(v));
        }
        assertEquals(expected, valueAt(s, x), Sampler.BEND * max * (1 + 1e-9), "at x = " + x);
    }

    /** The series' value at axis time x (exactly on a sample, or interpolated). */
    static double valueAt(XYSeries s, double x) {
        double[] xs = s.getXData();
        double[] ys = s.getYData();
        for (int i = 1; i < xs.length; i++) {
            if (xs[i] >= x) {
                if (xs[i] == x) {
                    return ys[i];
                }
                double w = (x - xs[i - 1]) / (xs[i] - xs[i - 1]);
                return ys[i - 1] + w * (ys[i] - ys[i - 1]);
            }
        }
        throw new AssertionError("x = " + x + " outside the series");
    }
}
