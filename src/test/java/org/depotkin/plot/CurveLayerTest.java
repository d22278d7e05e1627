package org.depotkin.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;

class CurveLayerTest {

    /** A figure with one dense curve (4000 points) drawn with this stroke. */
    static XYChart oneCurve(BasicStroke stroke) {
        XYChart chart = ChartStyle.chart("t", "Time (h)", "y");
        CurveLayer layer = CurveLayer.on(chart);
        int n = 4000;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i / (n - 1.0);
            y[i] = Math.exp(-2 * x[i]);
        }
        layer.add("curve", x, y, Palette.color(0), stroke, "curve");
        ChartStyle.xRange(chart, 0, 1);
        ChartStyle.yRange(chart, 0, 1);
        return chart;
    }

    static int pixels(XYChart chart, Color colour) {
        BufferedImage img = FigureWriter.render(chart);
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                Color c = new Color(img.getRGB(x, y));
                if (Math.abs(c.getRed() - colour.getRed()) + Math.abs(c.getGreen() - colour.getGreen())
                        + Math.abs(c.getBlue() - colour.getBlue()) < 60) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void aDenseDashedCurveIsDrawnDashed() {
        int solid = pixels(oneCurve(Palette.solid()), Palette.color(0));
        int dashed = pixels(oneCurve(Palette.dashed()), Palette.color(0));
        int dotted = pixels(oneCurve(Palette.dotted()), Palette.color(0));
        assertTrue(solid > 2000, "solid curve drawn: " + solid + " px");
        // dash 12 on, 7 off: about 63 % of the solid line (XChart's own per-segment drawing gives ~100 %)
        assertTrue(dashed < 0.8 * solid && dashed > 0.4 * solid, "dashed " + dashed + " vs solid " + solid);
        assertTrue(dotted < 0.6 * solid, "dotted " + dotted + " vs solid " + solid);
    }

    @Test
    void theCurveIsOnePathInTheSvg() throws Exception {
        String svg = new String(FigureWriter.encode(oneCurve(Palette.solid()), FigureWriter.Format.SVG),
                StandardCharsets.UTF_8);
        long paths = svg.lines().filter(l -> l.contains("stroke:rgb(0,114,178)")).count();
        assertEquals(2, paths, "one path for the curve, one for its legend sample");
    }

    @Test
    void theDataStayInTheChartUnderTheCurvesName() {
        XYChart chart = oneCurve(Palette.solid());
        assertEquals(4000, chart.getSeries("curve").getXData().length);
        assertEquals("curve", chart.getSeries("legend: curve").getLabel());
    }

    /**
     * A curve that rises from 0 on an axis zoomed to 85–100 % leaves the plot through its bottom edge: nothing of it
     * is drawn inside the plot before it reaches 85 % (XChart itself maps values below the range to a height inside
     * the plot, which drew a flat line at about 94.5 %).
     */
    @Test
    void aCurveBelowTheZoomedRangeIsNotDrawnInsideThePlot() {
        XYChart chart = ChartStyle.chart("t", "Time (h)", "Receptor occupancy (%)");
        CurveLayer layer = CurveLayer.on(chart);
        double[] x = {0, 10, 16, 20, 40};
        double[] y = {0, 40, 80, 90, 98};
        layer.add("occupancy", x, y, Palette.color(0), Palette.solid(), "occupancy");
        ChartStyle.xRange(chart, 0, 40);
        ChartStyle.yRange(chart, 85, 100);
        BufferedImage img = FigureWriter.render(chart);
        int top = (int) Math.ceil(chart.getScreenYFromChart(100));
        int level85 = (int) Math.floor(chart.getScreenYFromChart(85));
        int left = (int) Math.ceil(chart.getScreenXFromChart(0.5));
        int at16 = (int) Math.floor(chart.getScreenXFromChart(16.5));
        Color c = Palette.color(0);
        for (int px = left; px < at16; px++) {
            for (int py = top; py < level85 - 2; py++) {
                Color p = new Color(img.getRGB(px, py));
                int d = Math.abs(p.getRed() - c.getRed()) + Math.abs(p.getGreen() - c.getGreen())
                        + Math.abs(p.getBlue() - c.getBlue());
                assertTrue(d >= 60, "curve drawn inside the plot at (" + px + ", " + py + ") before it reaches 85 %");
            }
        }
    }
}
