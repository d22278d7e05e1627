package org.depotkin.engine;

/**
 * A named quantity that a {@link Trajectory} can report at any time, e.g. {@code naltrexone} in
 * ng/mL or {@code occupancy} as a fraction.
 *
 * @param name  analyte column name in tidy outputs
 * @param unit  unit as written in outputs
 * @param kind  what it is: concentration, effect-site, occupancy, depot, custom
 * @param value how to compute it from the time and the state ({@link Linear} for a state times a scale)
 * @param reads the states (indices of {@link CompiledModel#stateNames()}) the value depends on, empty for none;
 *              null when any state may matter (an equations block's output)
 */
public record Output(String name, String unit, Kind kind, Evaluator value, int[] reads) {

    /** Families of outputs; CUSTOM is an {@code output} line of a compound's equations block. */
    public enum Kind { CONCENTRATION, EFFECT_SITE, OCCUPANCY, DEPOT, CUSTOM }

    /** Computes the output from time (h), primary state and eliminated amount. */
    @FunctionalInterface
    public interface Evaluator {
        double at(double t, double[] y);
    }

    /**
     * A state times a scale, never below 0 (a concentration from an amount): its slope is scale·y'[state] where the
     * value is above 0 or rising from it (the right-hand slope at 0: a run that starts empty rises), else 0.
     */
    record Linear(int state, double scale) implements Evaluator {
        @Override
        public double at(double t, double[] y) {
            return Math.max(0, scale * y[state]);
        }

        double slope(double[] y, double[] yDot) {
            return scale * y[state] > 0 || scale * yDot[state] > 0 ? scale * yDot[state] : 0;
        }
    }

    /** An output that is a state times a scale. */
    static Output linear(String name, String unit, Kind kind, int state, double scale) {
        return new Output(name, unit, kind, new Linear(state, scale), new int[] {state});
    }

    /**
     * The value at (t, y); a linear output's without a call through an interface, for the loops that read outputs
     * at every node of every subject.
     */
    public double at(double t, double[] y) {
        return value instanceof Linear l ? l.at(t, y) : value.at(t, y);
    }
}
