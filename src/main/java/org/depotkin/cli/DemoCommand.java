package org.depotkin.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.depotkin.analysis.BlockadeTable;
import org.depotkin.analysis.ConsoleTable;
import org.depotkin.io.OutputFolder;
import org.depotkin.plot.FigureWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code depotkin demo}: the seed comparison. (1) Oral 50 mg daily vs XR-NTX 380 mg every 4 weeks vs
 * the 3.4 g implant over 8 weeks; (2) the 3.4 g implant as designed vs with fibrosis lock-in, with
 * early depletion and removed at day 14, over a year; (3) whether the seed regimens block 25 mg IV
 * heroin, the surmountable dose and the washout. Writes CSV, JSON and PNG/SVG plots.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the naltrexone seed comparison (oral vs monthly injection vs implant, how an implant fails, "
                + "and whether each blocks 25 mg IV heroin) and write curves, summaries and plots into one folder.",
        footer = {"", "Example:", "  depotkin demo --out my-demo"})
final class DemoCommand implements Callable<Integer> {
    static final List<String> REGIMENS = List.of("oral-50mg-daily.yaml", "xrntx-380mg-q4w.yaml", "implant-3.4g.yaml");
    static final List<String> FAILURES = List.of("implant-3.4g.yaml", "implant-3.4g-fibrosis.yaml",
            "implant-3.4g-early-depletion.yaml", "implant-3.4g-removed-day14.yaml");
    /** Span (d) and output step (h) of the comparison of regimens and of the failure modes. */
    static final int REGIMEN_DAYS = 56;
    static final double REGIMEN_STEP = 1.0;
    static final int FAILURE_DAYS = 365;
    static final double FAILURE_STEP = 2.0;
    static final List<String> BLOCKADE = List.of("oral-50mg-daily.yaml", "xrntx-380mg-q4w.yaml", "implant-3.4g.yaml",
            "implant-3.4g-fibrosis.yaml", "implant-3.4g-early-depletion.yaml");

    @Spec
    CommandSpec spec;

    @Option(names = "--models", paramLabel = "DIR", defaultValue = "models",
            description = "Models folder (default: ${DEFAULT-VALUE}).")
    Path models;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "depotkin-demo",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--force", description = FileOptions.FORCE)
    boolean force;

    @Option(names = "--gallery", description = "Write only the PNG figures (how plots/ in the repository is made: "
            + "depotkin demo --gallery --out plots --force).")
    boolean gallery;

    @Override
    public Integer call() {
        if (!Files.isDirectory(models)) {
            throw new IllegalArgumentException(models + ": no such folder (run from the depotkin folder or give "
                    + "--models)");
        }
        long start = System.nanoTime();
        PrintWriter o = spec.commandLine().getOut();
        List<Runs.Result> regimens = Runs.simulate(paths(REGIMENS), REGIMEN_DAYS * 24.0, REGIMEN_STEP, s -> s);
        List<Runs.Result> failures = Runs.simulate(paths(FAILURES), FAILURE_DAYS * 24.0, FAILURE_STEP, s -> s);
        o.println("1. Oral vs monthly injection vs implant (8 weeks)");
        o.print(ConsoleTable.render(regimens.stream().map(Runs.Result::summary).toList()));
        o.println();
        o.println("2. The 3.4 g implant as designed and as it can fail (365 days)");
        o.print(ConsoleTable.render(failures.stream().map(Runs.Result::summary).toList()));
        BlockadeRuns.Result blockade = BlockadeRuns.run(paths(BLOCKADE), new BlockadeRuns.Settings(
                BlockadeRuns.DEFAULT_CHALLENGE, List.of(), BlockadeRuns.DEFAULT_WASHOUT, null, null, s -> s),
                Progress.of(spec.commandLine().getErr(), "demo: blockade", BLOCKADE.size()));
        o.println();
        o.println("3. Does it block " + BlockadeRuns.DEFAULT_CHALLENGE + "? Windows, surmountable dose, washout");
        o.print(BlockadeTable.render(blockade.all(), blockade.washouts(), blockade.names()));
        List<Path> files = new ArrayList<>();
        try (OutputFolder folder = new OutputFolder(out, force, "demo")) {
            var plots = gallery ? EnumSet.of(FigureWriter.Format.PNG)
                    : EnumSet.of(FigureWriter.Format.PNG, FigureWriter.Format.SVG);
            Runs.stage(regimens, folder, "regimens", !gallery, !gallery, plots, "demo");
            Runs.stage(failures, folder, "implant-failures", !gallery, !gallery, plots, "demo");
            BlockadeRuns.stage(blockade, folder, "blockade", !gallery, plots, "demo");
            files.addAll(folder.commit());
        }
        o.println();
        files.forEach(f -> o.println("wrote " + f));
        o.printf("demo finished in %.1f s; results are in %s%n", (System.nanoTime() - start) / 1e9,
                out.toAbsolutePath().normalize());
        return 0;
    }

    private List<Path> paths(List<String> names) {
        return names.stream().map(models::resolve).toList();
    }
}
