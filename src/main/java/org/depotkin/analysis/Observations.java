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
}
