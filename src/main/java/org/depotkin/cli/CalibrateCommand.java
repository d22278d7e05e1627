package org.depotkin.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.depotkin.analysis.Calibration;
import org.depotkin.analysis.ChallengeModel;
import org.depotkin.io.CriterionParser;
import org.depotkin.io.ModelFiles;
import org.depotkin.io.ResponseFile;
import org.depotkin.model.Criterion;
import org.depotkin.model.Format;
import org.depotkin.model.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code depotkin calibrate}: sets the agonist's response threshold so that the reference regimen
 * (one 50 mg oral tablet) blocks the challenge (25 mg IV heroin) for the stated time (24 h), and
 * writes it, with how it was obtained, into the agonist's compound file.
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = "Calibrate a challenge's response threshold: the agonist occupancy that makes the reference "
                + "regimen block the challenge for exactly the stated time (docs/science.md §6: 50 mg oral naltrexone blocks "
                + "25 mg IV heroin for 24 h). Writes the value and its derivation into compounds/<agonist>.yaml.",
        footer = {"", "Example:", "  depotkin calibrate",
            "  depotkin calibrate --reference models/oral-50mg-single.yaml --challenge \"25 mg IV heroin\" "
                + "--blocked-for 24h"})
final class CalibrateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--reference", paramLabel = "MODEL", defaultValue = "models/oral-50mg-single.yaml",
            description = "The reference regimen (default: ${DEFAULT-VALUE}).")
    Path reference;

    @Option(names = "--challenge", paramLabel = "TEXT", defaultValue = BlockadeRuns.DEFAULT_CHALLENGE,
            description = "The challenge (default: ${DEFAULT-VALUE}).")
    String challenge;

    @Option(names = "--blocked-for", paramLabel = "TIME", defaultValue = "24h", converter = HoursConverter.class,
            description = "How long after its first dose the reference blocks the challenge (default: "
                    + "${DEFAULT-VALUE}).")
    double blockedFor;

    @Option(names = "--compound", paramLabel = "FILE",
            description = "The agonist file to write (default: compounds/<agonist>.yaml beside the reference).")
    Path compound;

    @Override
    public Integer call() {
        Criterion.Challenge c = CriterionParser.parseChallenge(challenge);
        Path file = compound != null ? compound
                : ModelFiles.agonistFile(reference.toAbsolutePath().getParent(), c.agonist());
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("--compound: no such file " + file);
        }
        Scenario ref = ModelFiles.scenario(reference);
        ChallengeModel model = ChallengeModel.of(ModelFiles.agonist(file));
        Calibration cal = Calibration.of(ref, model, c.dose(), blockedFor);
        String source = "calibrated by depotkin calibrate: " + cal.description() + " (" + Format.number(
                100 * cal.response()) + " % agonist occupancy; " + Format.number(c.dose()) + " mg reaches "
                + Format.number(100 * cal.unblocked()) + " % without naltrexone; smallest felt dose without "
                + "naltrexone " + Format.number(model.unblockedDose(cal.response())) + " mg; depotkin " + Version.get()
                + ")";
        ResponseFile.write(file, cal.response(), source);
        var o = spec.commandLine().getOut();
        o.printf("response threshold of %s: %s %% agonist occupancy%n", model.agonist().name(),
                Format.number(100 * cal.response()));
        o.println("  " + source);
        o.println("wrote " + file.toAbsolutePath().normalize());
        return 0;
    }
}
