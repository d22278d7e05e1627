package org.depotkin.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.depotkin.analysis.ConsoleTable;
import org.depotkin.io.OutputFolder;
import org.depotkin.model.Format;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code depotkin compare}: several scenarios overlaid in one set of figures and one table. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Overlay several scenarios (e.g. nominal implant vs fibrosis vs early depletion vs removal) "
                + "in one figure per output and one table.",
        footer = {"", "Example:", "  depotkin compare models/implant-3.4g.yaml models/implant-3.4g-fibrosis.yaml "
            + "models/implant-3.4g-early-depletion.yaml --plot png"})
final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "2..*", paramLabel = "MODEL", description = "Two or more scenario files.")
    List<Path> models;

    @Mixin
    GridOptions grid;

    @Option(names = "--name", paramLabel = "NAME", defaultValue = "compare",
            description = "Prefix of the files written (default: ${DEFAULT-VALUE}).")
    String name;

    @Mixin
    OutputOptions output;

    @Mixin
    ModelSettings settings;

    @Override
    public Integer call() {
        output.plotFormats();
        output.csv();
        List<Runs.Result> results = grid.simulate(models, settings);
        spec.commandLine().getOut().print(ConsoleTable.render(results.stream().map(Runs.Result::summary).toList()));
        lengths(results).ifPresent(spec.commandLine().getOut()::println);
        try (OutputFolder folder = output.folder("compare " + name)) {
            Runs.write(results, folder, name, output,
                    "compare " + String.join(" ", models.stream().map(Path::toString).toList()) + settings.options())
                    .forEach(f -> spec.commandLine().getOut().println("wrote " + f));
        }
        return 0;
    }

    /** A note when the runs differ in length: what each covers, and how to align them. */
    static Optional<String> lengths(List<Runs.Result> results) {
        if (results.stream().mapToDouble(r -> r.scenario().duration()).distinct().count() < 2) {
            return Optional.empty();
        }
        return Optional.of("note: the runs differ in length (" + String.join(", ", results.stream()
                .map(r -> r.scenario().name() + " " + Format.number(r.scenario().duration() / 24) + " d").toList())
                + "); the table covers each run, the figures span the longest and name where shorter runs end; "
                + "--duration gives them all one length");
    }
}
