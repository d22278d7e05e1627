package org.depotkin.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.depotkin.io.OutputFolder;
import org.depotkin.plot.FigureWriter;
import picocli.CommandLine.Option;

/** Options shared by the commands that write files. */
final class OutputOptions {
    @Option(names = "--out", paramLabel = "DIR", description = "Folder for the outputs (default: ${DEFAULT-VALUE}).",
            defaultValue = "depotkin-out")
    Path out;

    @Option(names = "--format", split = ",", paramLabel = "csv|json",
            description = "Files to write: csv (tidy curves), json (summary); default: both.")
    List<String> formats = List.of("csv", "json");

    @Option(names = "--plot", split = ",", paramLabel = "png|svg|pdf",
            description = "Plot formats to write (png, svg, pdf); none if not given.")
    List<String> plots = List.of();

    @Option(names = "--force", description = FileOptions.FORCE)
    boolean force;

    @Option(names = "--log", description = "Draw concentrations on a log axis only (default: linear and log).")
    boolean log;

    boolean csv() {
        check();
        return formats.contains("csv");
    }

    boolean json() {
        check();
        return formats.contains("json");
    }

    /** The output folder for {@code run}, as {@link FileOptions#folder(String)}. */
    OutputFolder folder(String run) {
        return new OutputFolder(out, force, run);
    }

    Set<FigureWriter.Format> plotFormats() {
        return FileOptions.plotFormats(plots);
    }

    private void check() {
        for (String f : formats) {
            if (!f.equals("csv") && !f.equals("json")) {
                throw new IllegalArgumentException("--format takes csv and/or json, got '" + f + "'");
            }
        }
    }
}
