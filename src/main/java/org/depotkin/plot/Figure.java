package org.depotkin.plot;

import java.util.List;
import org.knowm.xchart.XYChart;

/**
 * One finished figure.
 *
 * @param name       what it shows, used as the file-name suffix: {@code concentration},
 *                   {@code concentration-log}, {@code metabolite}, {@code occupancy}, {@code release}
 * @param chart      the chart, ready to be written by {@link FigureWriter}
 * @param thresholds the threshold lines drawn on it, in drawing order
 */
public record Figure(String name, XYChart chart, List<ThresholdLine> thresholds) {
    public Figure {
        thresholds = List.copyOf(thresholds);
    }
}
