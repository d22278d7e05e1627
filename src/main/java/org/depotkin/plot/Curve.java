package org.depotkin.plot;

/**
 * A sampled output: values at ascending times.
 *
 * @param times  h, ascending
 * @param values in the output's unit
 */
public record Curve(double[] times, double[] values) {
    public Curve {
        if (times.length != values.length) {
            throw new IllegalArgumentException(times.length + " times but " + values.length + " values");
        }
    }

    /** Largest finite value, 0 when there is none. */
    public double max() {
        double m = 0;
        for (double v : values) {
            if (Double.isFinite(v) && v > m) {
                m = v;
            }
        }
        return m;
    }
}
