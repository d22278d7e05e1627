package org.depotkin.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * When doses are given: one or more {@link Schedule}s (a second implant at day 131 is a second
 * single dose of the same formulation).
 *
 * @param schedules the patterns, in any order
 */
public record Regimen(List<Schedule> schedules) implements Serializable {
    public Regimen {
        schedules = List.copyOf(schedules);
    }

    /** All doses in time order. */
    public List<Dose> doses() {
        List<Dose> out = new ArrayList<>();
        schedules.forEach(s -> out.addAll(s.doses()));
        Collections.sort(out);
        return out;
    }
}
