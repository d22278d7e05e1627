package org.depotkin.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.depotkin.analysis.PlasmaExamples;
import org.depotkin.analysis.ReleaseExamples;
import org.depotkin.analysis.dataset.DatasetExamples;
import org.depotkin.io.ModelFiles;
import org.depotkin.io.NcaExamples;
import org.depotkin.io.OutputFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code depotkin examples}: writes the synthetic example data sets. */
@Command(name = "examples", mixinStandardHelpOptions = true,
        description = "Write synthetic, seeded example data (release curve, dissolution profiles, plasma "
                + "concentrations, an IV bolus response, an implant's true and in-vitro release, NONMEM-style event "
                + "datasets) for trying fit, f2, nca, deconvolve and simulate --data; every file says in its header "
                + "that it is synthetic, with its seed and true parameters.",
        footer = {"", "Example:", "  depotkin examples --out examples --force"})
final class ExamplesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", defaultValue = "examples", paramLabel = "DIR",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--models", defaultValue = "models", paramLabel = "DIR",
            description = "Models folder the plasma example is simulated from (default: ${DEFAULT-VALUE}).")
    Path models;

    @Option(names = "--force", description = FileOptions.FORCE)
    boolean force;

    @Override
    public Integer call() {
        if (!Files.isDirectory(models)) {
            throw new IllegalArgumentException(models + ": no such folder (run from the depotkin folder or give "
                    + "--models)");
        }
        List<Function<Path, List<Path>>> generators = List.of(
                ReleaseExamples::write,
                dir -> PlasmaExamples.write(dir, ModelFiles.scenario(models.resolve(PlasmaExamples.MODEL))),
                dir -> NcaExamples.write(dir, models),
                dir -> DatasetExamples.write(dir, ModelFiles.scenario(models.resolve(DatasetExamples.MODEL))));
        PrintWriter o = spec.commandLine().getOut();
        try (OutputFolder folder = new OutputFolder(out, force, "examples")) {
            for (Function<Path, List<Path>> g : generators) {
                g.apply(folder.stagingDir());
            }
            folder.commit().forEach(f -> o.println("wrote " + f));
        }
        return 0;
    }
}
