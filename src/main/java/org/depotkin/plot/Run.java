package org.depotkin.plot;

import java.util.Objects;
import org.depotkin.engine.Trajectory;
import org.depotkin.model.Scenario;

/**
 * One simulated curve set to plot, with the name its series carry in every legend.
 *
 * @param label      legend text, unique among the runs of one figure
 * @param trajectory the simulated run
 */
public record Run(String label, Trajectory trajectory) {
    public Run {
        Objects.requireNonNull(trajectory, "trajectory");
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("a run needs a label for the legend");
        }
    }

    /** A run labelled with its scenario's description, or its name when the description is blank. */
    public static Run of(Trajectory trajectory) {
        Scenario s = trajectory.model().scenario();
        String label = s.description() == null || s.description().isBlank() ? s.name() : s.description();
        return new Run(label, trajectory);
    }

    /** The scenario that was simulated. */
    public Scenario scenario() {
        return trajectory.model().scenario();
    }
}
