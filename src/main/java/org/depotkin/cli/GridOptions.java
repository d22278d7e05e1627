package org.depotkin.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** How long to simulate and how finely to report: each scenario's own span and grid unless given. */
final class GridOptions {
    @Option(names = "--duration", paramLabel = "TIME", converter = HoursConverter.class,
            description = "Simulated span with its unit, e.g. 365d (default: each scenario's).")
    Double duration;

    @Option(names = "--step", paramLabel = "TIME", converter = HoursConverter.class,
            description = "Output grid spacing with its unit, e.g. 1h (default: each scenario's).")
    Double step;

    /** Loads the scenario files, applies the {@code --set} settings, and simulates over this span and grid. */
    List<Runs.Result> simulate(List<Path> models, ModelSettings settings) {
        return Runs.simulate(models, duration, step, settings::apply);
    }
}
