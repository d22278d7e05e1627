package org.depotkin.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.depotkin.analysis.ConsoleTable;
import org.depotkin.io.OutputFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code depotkin simulate}: curves, a summary and plots for each scenario file. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Simulate scenario files: tidy CSV of every output, JSON summary (Cmax, Tmax, AUC, troughs, "
                + "time above thresholds, depot residuals), a console table, and plots.",
        footer = {"", "Example:", "  depotkin simulate models/implant-3.4g.yaml --duration 300d --plot png,svg",
            "  depotkin simulate models/oral-50mg-daily.yaml --data examples/events-oral.csv --error combined:0.1,0.15"})
final class SimulateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "MODEL", description = "Scenario files (models/*.yaml).")
    List<Path> models;

    @Mixin
    GridOptions grid;

    @Mixin
    OutputOptions output;

    @Mixin
    ModelSettings settings;

    @Mixin
    DataOptions data;

    @Override
    public Integer call() {
        if (data.given()) {
            return data.run(models, output, spec.commandLine().getOut(), settings);
        }
        output.plotFormats();
        output.csv();
        List<Runs.Result> results = grid.simulate(models, settings);
        spec.commandLine().getOut().print(ConsoleTable.render(results.stream().map(Runs.Result::summary).toList()));
        String prefix = results.size() == 1 ? results.get(0).scenario().name() : "simulate";
        try (OutputFolder folder = output.folder("simulate " + prefix)) {
            List<Path> files = Runs.write(results, folder, prefix, output,
                    "simulate " + String.join(" ", models.stream().map(Path::toString).toList()) + settings.options());
            files.forEach(f -> spec.commandLine().getOut().println("wrote " + f));
        }
        return 0;
    }
}
