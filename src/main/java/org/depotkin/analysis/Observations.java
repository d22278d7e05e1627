package org.depotkin.analysis;

import java.util.List;

/**
 * Observed plasma concentrations of one or more analytes at a series of times.
 *
 * @param source   where the data come from (file name), for reports
 * @param analytes analyte names, as in the compound file
 * @param times    sampling times (h), increasing
 * @param values   {@code values[a][i]}: concentration (ng/mL) of analyte a at {@code times[i]}, NaN when not measured
 */
public record Observations(String source, List<String> analytes, double[] times, double[][] values) {
    public Observations {
        analytes = List.copyOf(analytes);
        times = times.clone();
        values = java.util.Arrays.stream(values).map(double[]::clone).toArray(double[][]::new);
    }

    /** Number of measured values over all analytes. */
    public int count() {
        int n = 0;
        for (double[] v : values) {
            for (double x : v) {
                n += Double.isNaN(x) ? 0 : 1;
            }
        }
        return n;
    }
}
