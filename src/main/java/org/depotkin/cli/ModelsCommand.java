package org.depotkin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.depotkin.io.ModelFiles;
import org.depotkin.model.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code depotkin models}: the bundled scenarios, one line each. */
@Command(name = "models", mixinStandardHelpOptions = true,
        description = "List the scenario files in a models folder with a one-line description each.",
        footer = {"", "Example:", "  depotkin models", "  depotkin models --all"})
final class ModelsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = "models",
            description = "Models folder (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--all", description = "Also list the building blocks (compounds, formulations, regimens) and "
            + "the models written with equations (docs/equations.md).")
    boolean all;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir + ": no such folder (run from the depotkin folder or give --dir)");
        }
        PrintWriter out = spec.commandLine().getOut();
        List<Path> scenarios;
        try (Stream<Path> s = Files.list(dir)) {
            scenarios = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        int width = scenarios.stream().mapToInt(p -> p.toString().length()).max().orElse(10);
        out.println("Scenarios (run with: depotkin simulate FILE):");
        for (Path p : scenarios) {
            Scenario sc = ModelFiles.scenario(p);
            out.printf("  %-" + width + "s  %s%n", p, sc.description());
        }
        if (all) {
            for (String kind : List.of("compounds", "formulations", "regimens", "equations")) {
                Path sub = dir.resolve(kind);
                if (!Files.isDirectory(sub)) {
                    continue;
                }
                out.println(kind.substring(0, 1).toUpperCase() + kind.substring(1) + ":");
                try (Stream<Path> s = Files.list(sub)) {
                    for (Path p : s.filter(x -> x.toString().endsWith(".yaml")).sorted().toList()) {
                        out.printf("  %s  %s%n", p, ModelFiles.description(p));
                    }
                }
            }
        }
        return 0;
    }
}
