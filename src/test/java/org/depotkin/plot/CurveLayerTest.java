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
}
