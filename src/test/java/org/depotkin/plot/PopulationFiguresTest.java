package org.depotkin.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import org.depotkin.model.Criterion;
import org.depotkin.population.TrialSummary;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

/**
 * The population figures on synthetic trial summaries whose every value is known, so that what is
 * drawn can be checked against the numbers put in (no simulation here).
 */
class PopulationFiguresTest {
    static final Criterion C2 = new Criterion.Concentration("naltrexone", 2);
    static final Criterion C1 = new Criterion.Concentration("naltrexone", 1);
    static final Criterion RO = new Criterion.Occupancy(0.9);

    /** A 10-day trial on a 1 h grid; bands 1, 2, 4, 8, 16 × a decaying level; probability falling. */
    static TrialSummary trial(String name, double scale, List<Criterion> criteria, double[] firstFailureDays,
                              boolean binds) {
        int m = 241;
        double[] grid = new double[m];
        double[][] conc = new double[5][m];
        double[][] occ = binds ? new double[5][m] : null;
        double[][] prob = new double[criteria.size()][m];
        for (int i = 0; i < m; i++) {
            grid[i] = i;
            double level = scale * Math.exp(-i / 120.0);
            for (int q = 0; q < 5; q++) {
                conc[q][i] = level * (1 << q) / 4;
                if (binds) {
                    occ[q][i] = Math.min(1, 0.5 + 0.1 * q) * Math.exp(-i / 480.0);
                }
            }
            for (int k = 0; k < criteria.size(); k++) {
                prob[k][i] = Math.max(0, 1 - i / (200.0 + 10 * k)) * scale / 10;
            }
        }
        double[][] ff = new double[criteria.size()][];
        for (int k = 0; k < criteria.size(); k++) {
            ff[k] = firstFailureDays.clone();
        }
        return new TrialSummary(name, name + " described", "naltrexone", grid, TrialSummary.PERCENTILES.clone(), conc,
                occ, criteria, prob, ff);
    }

    static final double INF = Double.POSITIVE_INFINITY;

    static List<TrialSummary> two() {
        return List.of(trial("pop-a", 10, List.of(C2, C1), new double[] {0, 2, 5, 5, INF}, true),
                trial("pop-b", 5, List.of(C2, RO), new double[] {1, 3, 8, 12, INF}, true));
    }

    static XYSeries series(XYChart chart, String name) {
        return chart.getSeriesCollection().stream().filter(s -> s.getName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void figureNamesAndTitles() {
        List<Figure> all = PopulationFigures.all(two(), "seed");
        assertEquals(List.of("pop-a-concentration", "pop-a-occupancy", "pop-b-concentration", "pop-b-occupancy",
                "seed-probability", "seed-coverage"), all.stream().map(Figure::name).toList());
        for (Figure f : all) {
            assertFalse(f.chart().getTitle().isBlank(), f.name());
            assertTrue(f.chart().getYAxisTitle().matches(".*\\((ng/mL, log scale|%)\\)"), f.chart().getYAxisTitle());
        }
        assertEquals("pop-a described", all.get(0).chart().getTitle());
        assertEquals("Time (d)", all.get(0).chart().getXAxisTitle());
        assertEquals("Naltrexone in plasma (ng/mL, log scale)", all.get(0).chart().getYAxisTitle());
        assertEquals("Probability that naltrexone >= 2 ng/mL (5 subjects each)", all.get(4).chart().getTitle());
    }

    @Test
    void probabilityIsTheSummarysOwn() {
        List<TrialSummary> trials = two();
        XYChart c = PopulationFigures.probability(trials, "p").chart();
        for (TrialSummary t : trials) {
            XYSeries s = series(c, t.label());
            double[] expectedX = new double[t.grid().length];
            double[] expectedY = new double[t.grid().length];
            for (int i = 0; i < expectedX.length; i++) {
                expectedX[i] = t.grid()[i] / 24;
                expectedY[i] = 100 * t.probability()[0][i];
            }
            assertArrayEquals(expectedX, s.getXData(), 0);
            assertArrayEquals(expectedY, s.getYData(), 0);
        }
        assertEquals(List.of("pop-a described", "pop-b described"), FiguresTest.legend(c));
        assertEquals(0, c.getStyler().getYAxisMin(), 1e-3); // widened by 1e-6 of the range (ChartStyle.yRange)
        assertEquals(100, c.getStyler().getYAxisMax(), 1e-3);
    }

    @Test
    void coverageIsAStaircaseThroughEachFirstFailure() {
        // pop-a: first failures 0, 2, 5, 5, never in a 10-day run: 100 % until 0, then 80 % to day 2,
        // 60 % to day 5, 20 % to the end
        XYChart c = PopulationFigures.coverage(two(), "c").chart();
        XYSeries a = series(c, "pop-a described");
        assertArrayEquals(new double[] {0, 0, 0, 2, 2, 5, 5, 10}, a.getXData(), 0);
        assertArrayEquals(new double[] {100, 100, 80, 80, 60, 60, 20, 20}, a.getYData(), 1e-12);
        // pop-b: 1, 3, 8, 12 (after the end), never
        XYSeries b = series(c, "pop-b described");
        assertArrayEquals(new double[] {0, 1, 1, 3, 3, 8, 8, 10}, b.getXData(), 0);
        assertArrayEquals(new double[] {100, 100, 80, 80, 60, 60, 40, 40}, b.getYData(), 1e-12);
        assertEquals("X: time to the first lapse (d)", c.getXAxisTitle());
    }

    @Test
    void differentFirstCriteriaAreNamedInTheLegend() {
        List<TrialSummary> trials = List.of(trial("pop-a", 10, List.of(C2), new double[] {1, INF}, false),
                trial("pop-b", 10, List.of(C1), new double[] {1, INF}, false));
        XYChart c = PopulationFigures.probability(trials, "p").chart();
        assertEquals(List.of("pop-a described: naltrexone >= 2 ng/mL", "pop-b described: naltrexone >= 1 ng/mL"),
                FiguresTest.legend(c));
        assertEquals("Probability of meeting each scenario's first criterion", c.getTitle());
        assertTrue(PopulationFigures.occupancy(trials, 0).isEmpty(), "nothing binds: no occupancy figure");
    }

    @Test
    void bandsCarryTheMedianAndTheScenariosThresholds() {
        List<TrialSummary> trials = two();
        Figure f = PopulationFigures.concentration(trials, 0);
        XYSeries median = series(f.chart(), "median");
        assertArrayEquals(trials.get(0).parentBands()[2], median.getYData(), 0);
        assertEquals(List.of("2 ng/mL", "1 ng/mL"), f.thresholds().stream().map(ThresholdLine::label).toList());
        assertEquals(List.of(2.0, 1.0), f.thresholds().stream().map(ThresholdLine::value).toList());
        assertTrue(f.chart().getStyler().isYAxisLogarithmic());
        // the log axis's top is shared: it reaches the highest 95th percentile of both trials (10 × 16 / 4)
        assertTrue(f.chart().getStyler().getYAxisMax() >= 40);
        XYChart other = PopulationFigures.concentration(trials, 1).chart();
        assertEquals(f.chart().getStyler().getYAxisMax(), other.getStyler().getYAxisMax(), 0);
        Figure occ = PopulationFigures.occupancy(trials, 1).orElseThrow();
        assertEquals(List.of("90 % occupancy"), occ.thresholds().stream().map(ThresholdLine::label).toList());
        assertArrayEquals(scaled(trials.get(1).occupancyBands()[2], 100), series(occ.chart(), "median").getYData(),
                1e-12);
        assertEquals(List.of("median", "25–75th percentile", "5–95th percentile (5 subjects)"),
                FiguresTest.legend(f.chart()));
    }

    /**
     * Each log axis's bottom is its own trial's: the first 1, 2 or 5 × 10^k below its lowest value
     * (the 5th percentile) after the first day, / 1.1 (and its thresholds), less 2 % so that the tick shows.
     * pop-a: 10 / 4 · e^-2 = 0.338 → 0.2; pop-b: 5 / 4 · e^-2 = 0.169 → 0.1. A 5th percentile of
     * 0.001 ng/mL during the first day (the rise from zero) does not move it.
     */
    @Test
    void eachConcentrationAxisStartsBelowItsOwnTrialsDataAfterTheFirstDay() {
        List<TrialSummary> trials = two();
        for (int h = 0; h < 24; h++) {
            trials.get(0).parentBands()[0][h] = 0.001;
        }
        assertEquals(0.2 * 0.98, PopulationFigures.concentration(trials, 0).chart().getStyler().getYAxisMin(), 1e-12);
        assertEquals(0.1 * 0.98, PopulationFigures.concentration(trials, 1).chart().getStyler().getYAxisMin(), 1e-12);
    }

    @Test
    void bandsArePaintedInTheirTints() {
        List<TrialSummary> trials = two();
        BufferedImage img = FigureWriter.render(PopulationFigures.concentration(trials, 0).chart());
        assertEquals(1200, img.getWidth());
        assertEquals(700, img.getHeight());
        Color outer = PopulationFigures.tint(Palette.color(0), 0.22);
        Color inner = PopulationFigures.tint(Palette.color(0), 0.5);
        // the 5-95 band (×1/4 to ×4 around the median) shows as two strips, the 25-75 band as one
        // (×1/2 to ×2); on a log axis both are several thousand pixels over 10 days
        assertTrue(count(img, outer) > 20_000, "5-95 band: " + count(img, outer) + " px");
        assertTrue(count(img, inner) > 20_000, "25-75 band: " + count(img, inner) + " px");
    }

    @Test
    void longLegendsAreWrappedAndTheFigureGrows() {
        String longText = "oral naltrexone 50 mg daily, 70 % of doses taken, 15.7 % still taking it at 6 months";
        List<TrialSummary> trials = List.of(new TrialSummary("oral", longText, "naltrexone", new double[] {0, 24},
                TrialSummary.PERCENTILES.clone(), new double[5][2], null, List.of(C2), new double[][] {{0, 0}},
                new double[][] {{0}}));
        XYChart c = PopulationFigures.probability(trials, "p").chart();
        String label = FiguresTest.legend(c).get(0);
        assertEquals(longText, label.replace('\n', ' '));
        assertTrue(label.contains("\n"));
        assertEquals(700 + ChartStyle.LEGEND_LINE_HEIGHT * (label.split("\n").length - 1), c.getHeight());
    }

    @Test
    void noTrialIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> PopulationFigures.all(List.of(), "x"));
    }

    private static double[] scaled(double[] v, double f) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = f * v[i];
        }
        return out;
    }

    private static int count(BufferedImage img, Color c) {
        int n = 0;
        int rgb = c.getRGB() & 0xFFFFFF;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xFFFFFF) == rgb) {
                    n++;
                }
            }
        }
        return n;
    }
}
