package org.depotkin.cli;

import java.util.List;
import org.depotkin.analysis.Setting;
import org.depotkin.model.Scenario;
import picocli.CommandLine.Option;

/** The {@code --set NAME=VALUE} option of every command that reads a scenario: parameters changed for one run. */
final class ModelSettings {
    @Option(names = "--set", paramLabel = "NAME=VALUE", description = "Set one model parameter for this run, with "
            + "its unit (repeatable): release.k=0.0009/h, naltrexone.CL=100 L/h, dose=100 mg, interval=12 h. Names: "
            + "those 'design --vary' takes; the run's output headers record them.")
    List<String> texts = List.of();

    /** The settings, parsed (a bad one is a one-line error). */
    List<Setting> settings() {
        return texts.stream().map(Setting::parse).toList();
    }

    /** The scenario with every setting applied, in order. */
    Scenario apply(Scenario s) {
        Scenario out = s;
        for (Setting x : settings()) {
            out = x.apply(out);
        }
        return out;
    }

    /**
     * The settings as command-line options ({@code  --set release.k=0.0009/h --set "naltrexone.CL=100 L/h"}),
     * appended to the command recorded in every output header; empty when nothing is set.
     */
    String options() {
        StringBuilder sb = new StringBuilder();
        for (Setting x : settings()) {
            String text = x.describe();
            sb.append(" --set ").append(text.contains(" ") ? "\"" + text + "\"" : text);
        }
        return sb.toString();
    }
}
