package org.depotkin.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code depotkin fit}: release laws to release data, or model parameters to plasma data. */
@Command(name = "fit", mixinStandardHelpOptions = true,
        description = "Fit release laws to in-vitro release data (fit release) or model parameters to observed "
                + "plasma concentrations (fit plasma).",
        subcommands = {FitReleaseCommand.class, FitPlasmaCommand.class},
        footer = {"", "Examples:", "  depotkin fit release examples/release-implant.csv",
            "  depotkin fit plasma models/implant-1.7g.yaml examples/plasma-implant-1.7g.csv "
                + "--free release.k,naltrexone.CL --log"})
final class FitCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
