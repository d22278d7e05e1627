package org.depotkin.engine;

/**
 * A named quantity that a {@link Trajectory} can report at any time, e.g. {@code naltrexone} in
 * ng/mL or {@code occupancy} as a fraction.
 *
 * @param name  analyte column name in tidy outputs
 * @param unit  unit as written in outputs
 * @param kind  what it is: concentration, effect-site, occupancy, depot, custom
 * @param value how to compute it from the time and the state
 */
public record Output(String name, String unit, Kind kind, Evaluator value) {

    /** Families of outputs; CUSTOM is an {@code output} line of a compound's equations block. */
    public enum Kind { CONCENTRATION, EFFECT_SITE, OCCUPANCY, DEPOT, CUSTOM }

    /** Computes the output from time (h), primary state and eliminated amount. */
    @FunctionalInterface
    public interface Evaluator {
        double at(double t, double[] y);
    }
}
