package org.depotkin.engine;

import java.util.ArrayList;
import java.util.List;
import org.depotkin.model.Scenario;

/**
 * A run whose parameters change at known times — a covariate that changes during a study (body weight), an
 * occasion with its own clearance — as a chain of phases: one scenario per phase, all with the same compartments
 * and doses and differing only in their numbers; phase k runs over [starts[k], starts[k+1]] from the state phase
 * k−1 ended in. Amounts are continuous across a change, so a concentration steps where a volume changes, as in
 * NONMEM's and mrgsolve's handling of a time-varying covariate. A change applies from its time on (carried
 * forward): at a change time, the value is the new phase's, the value just before it the old one's.
 */
public final class PhasedRun {
    private final double[] starts;
    private final List<Trajectory> phases;

    private PhasedRun(double[] starts, List<Trajectory> phases) {
        this.starts = starts;
        this.phases = phases;
    }

    /**
     * Runs the phases in turn.
     *
     * @param phases one scenario per phase, the last one's duration the run's end; the same compartments and doses
     * @param starts phase start times (h), the first 0, strictly ascending, before the last scenario's duration
     */
    public static PhasedRun simulate(List<Scenario> phases, double[] starts) {
        if (phases.isEmpty() || phases.size() != starts.length || starts[0] != 0) {
            throw new IllegalArgumentException("a phased run needs one start time per phase, the first at 0 h");
        }
        double end = phases.get(phases.size() - 1).duration();
        List<Trajectory> runs = new ArrayList<>();
        List<String> layout = null;
        RunState state = null;
        for (int k = 0; k < starts.length; k++) {
            double until = k + 1 < starts.length ? starts[k + 1] : end;
            if (!(until > starts[k])) {
                throw new IllegalArgumentException("phase start times must be strictly ascending and before the end ("
                        + end + " h), got " + starts[k] + " h then " + until + " h");
            }
            Scenario phase = phases.get(k);
            CompiledModel model = CompiledModel.compile(phase.with(until, phase.outputStep(), phase.solver()));
            if (layout == null) {
                layout = model.stateNames();
            } else if (!layout.equals(model.stateNames())) {
                throw new IllegalArgumentException("phase " + (k + 1) + " of a phased run has the states "
                        + model.stateNames() + ", the first phase " + layout + ": phases may differ in numbers only");
            }
            Trajectory run = model.simulate(state == null ? model.start() : state);
            runs.add(run);
            state = run.stateBefore(until);
        }
        return new PhasedRun(starts.clone(), List.copyOf(runs));
    }

    /** The phase trajectories, in time order. */
    public List<Trajectory> phases() {
        return phases;
    }

    /** Value of the named output at t (h), in the phase that holds t. */
    public double value(String output, double t) {
        Trajectory run = phaseAt(t);
        return run.value(run.output(output), t);
    }

    /** Value of the named output just before t (h): at a change time, the previous phase's; at a dose, the trough. */
    public double valueBefore(String output, double t) {
        Trajectory run = phaseAt(t);
        if (t == run.startTime() && run != phases.get(0)) {
            run = phases.get(phases.indexOf(run) - 1);
        }
        return run.valueBefore(run.output(output), t);
    }

    private Trajectory phaseAt(double t) {
        int k = starts.length - 1;
        while (k > 0 && starts[k] > t) {
            k--;
        }
        return phases.get(k);
    }
}
