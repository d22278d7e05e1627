package org.depotkin.bench;

import org.depotkin.model.Criterion;
import org.depotkin.model.Scenario;

/**
 * The output grid and coverage criterion of a population workload, from its scenario file: grid points
 * t = 0, step, …, duration, and the first criterion ({@code Cp >= 2 ng/mL}).
 *
 * @param steps     number of grid steps (4320 for 180 days at 1 h)
 * @param step      grid spacing (h)
 * @param perDay    grid steps per day (24 at 1 h)
 * @param threshold concentration threshold (ng/mL)
 */
record PopulationGrid(int steps, double step, int perDay, double threshold) {

    static PopulationGrid of(Scenario s) {
        int steps = (int) Math.round(s.duration() / s.outputStep());
        int perDay = (int) Math.round(24 / s.outputStep());
        if (Math.abs(steps * s.outputStep() - s.duration()) > 1e-9 || Math.abs(perDay * s.outputStep() - 24) > 1e-9) {
            throw new IllegalArgumentException(s.name() + ": the output step must divide the duration and 24 h");
        }
        if (s.criteria().isEmpty() || !(s.criteria().get(0) instanceof Criterion.Concentration c)
                || !c.analyte().equals(s.compound().parent().name())) {
            throw new IllegalArgumentException(s.name() + ": a population workload needs a parent concentration "
                    + "criterion (e.g. criteria: [\"Cp >= 2 ng/mL\"])");
        }
        return new PopulationGrid(steps, s.outputStep(), perDay, c.threshold());
    }

    int days() {
        return steps / perDay;
    }
}
