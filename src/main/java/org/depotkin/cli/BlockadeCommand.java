package org.depotkin.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.depotkin.analysis.BlockadeTable;
import org.depotkin.io.OutputFolder;
import org.depotkin.model.Quantity;
import org.depotkin.model.Unit;
import org.depotkin.plot.FigureWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code depotkin blockade}: blockade windows, surmountable dose and washout for each scenario. */
@Command(name = "blockade", mixinStandardHelpOptions = true,
        description = "Does the regimen block an IV agonist challenge, and when not? Blockade windows (root-found to "
                + "under a minute), first failure, share of each dosing interval covered and the gap before the next "
                + "dose, the surmountable dose (the smallest agonist dose that overcomes the blockade) over time, "
                + "and the washout before surgery (time after the last dose until 10 mg IV morphine works). "
                + "Writes CSV files and three plots: coverage timeline, surmountable dose, occupancy.",
        footer = {"", "Examples:", "  depotkin blockade models/oral-50mg-daily.yaml models/xrntx-380mg-q4w.yaml",
            "  depotkin blockade models/implant-3.4g.yaml --challenge \"25 mg IV heroin\" "
                + "--criterion \"naltrexone >= 2 ng/mL\" --duration 730d"})
final class BlockadeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "MODEL", description = "Scenario files (models/*.yaml).")
    List<Path> models;

    @Option(names = "--challenge", paramLabel = "TEXT",
            description = "The challenge, '<dose> IV <agonist>' (agonist from compounds/<agonist>.yaml beside the "
                    + "scenario); default: the scenario's challenge criterion, else '" + BlockadeRuns.DEFAULT_CHALLENGE
                    + "'.")
    String challenge;

    @Option(names = "--criterion", paramLabel = "TEXT",
            description = "More criteria to report windows for (repeatable): 'naltrexone >= 2 ng/mL', "
                    + "'occupancy >= 90 %%', '50 mg IV heroin'.")
    List<String> criteria = new ArrayList<>();

    @Option(names = "--washout", paramLabel = "TEXT", defaultValue = BlockadeRuns.DEFAULT_WASHOUT,
            description = "The analgesic of the washout (default: ${DEFAULT-VALUE}).")
    String washout;

    @Option(names = "--washout-margin", paramLabel = "PERCENT",
            description = "Washed out when the analgesic reaches this share of its naltrexone-free peak occupancy, "
                    + "e.g. 90%% (default: the analgesic's compound file).")
    String washoutMargin;

    @Option(names = "--duration", paramLabel = "TIME", converter = HoursConverter.class,
            description = "Simulated span with its unit, e.g. 730d (default: the scenario's).")
    Double duration;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "depotkin-blockade",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--plot", split = ",", paramLabel = "png|svg", defaultValue = "png",
            description = "Plot formats (png, svg; default: ${DEFAULT-VALUE}).")
    List<String> plots;

    @Option(names = "--force", description = FileOptions.FORCE)
    boolean force;

    @Mixin
    ModelSettings settings;

    @Override
    public Integer call() {
        Set<FigureWriter.Format> formats = FileOptions.plotFormats(plots);
        Double margin = washoutMargin == null ? null : margin(washoutMargin);
        long start = System.nanoTime();
        BlockadeRuns.Result r = BlockadeRuns.run(models, new BlockadeRuns.Settings(challenge, criteria, washout,
                margin, duration, settings::apply), Progress.of(spec.commandLine().getErr(), "blockade", models.size()));
        var o = spec.commandLine().getOut();
        o.print(BlockadeTable.render(r.all(), r.washouts(), r.names()));
        String prefix = models.size() == 1 ? r.names().get(0) + "-blockade" : "blockade";
        try (OutputFolder folder = new OutputFolder(out, force, "blockade " + prefix)) {
            BlockadeRuns.stage(r, folder, prefix, true, formats, "blockade " + String.join(" ",
                    models.stream().map(Path::toString).toList()) + settings.options());
            folder.commit().forEach(f -> o.println("wrote " + f));
        }
        o.printf("blockade finished in %.1f s%n", (System.nanoTime() - start) / 1e9);
        return 0;
    }

    private static double margin(String text) {
        try {
            double m = Quantity.parse(text).in(Unit.ONE);
            if (!(m > 0 && m < 1)) {
                throw new IllegalArgumentException("must be within (0, 100 %)");
            }
            return m;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--washout-margin: expected a percentage such as 90%, got '" + text
                    + "' (" + e.getMessage() + ")");
        }
    }
}
