package org.depotkin.engine;

import java.util.Arrays;

/**
 * Where a run stands at a time: every state of its model ({@link CompiledModel#stateNames()} order: amounts in mg,
 * effect sites in ng/mL, occupancies as fractions, the equations' own states in their units) and the amount
 * eliminated so far (mg parent equivalents). A run started from a state ({@link CompiledModel#simulate(RunState)})
 * applies the doses at its time and after; the state is the left limit, before any dose at that time.
 *
 * @param time       h on the scenario's clock
 * @param states     the model's states
 * @param eliminated mg parent equivalents eliminated by {@code time}
 */
public record RunState(double time, double[] states, double eliminated) {
    public RunState {
        if (!(time >= 0) || !Double.isFinite(time) || !Double.isFinite(eliminated)) {
            throw new IllegalArgumentException("a run state needs a finite time >= 0 h and a finite eliminated amount, got t = "
                    + time + " h, eliminated " + eliminated + " mg");
        }
        states = states.clone();
    }

    @Override
    public double[] states() {
        return states.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RunState s && s.time == time && s.eliminated == eliminated
                && Arrays.equals(s.states, states);
    }

    @Override
    public int hashCode() {
        return 31 * Double.hashCode(time) + Arrays.hashCode(states);
    }

    @Override
    public String toString() {
        return "RunState[t = " + time + " h, " + Arrays.toString(states) + ", eliminated " + eliminated + " mg]";
    }
}
