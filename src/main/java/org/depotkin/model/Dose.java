package org.depotkin.model;

import java.io.Serializable;

/**
 * One dose: when it is given and how much (labelled mg, before the formulation's base fraction).
 *
 * @param time   h from the start of the simulation
 * @param amount mg
 */
public record Dose(double time, double amount) implements Comparable<Dose>, Serializable {
    public Dose {
        Checks.nonNegative("dose time", time);
        Checks.positive("dose amount", amount);
    }

    @Override
    public int compareTo(Dose o) {
        return Double.compare(time, o.time);
    }
}
