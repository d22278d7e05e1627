package org.depotkin.cli;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.depotkin.io.OutputFolder;
import org.depotkin.plot.FigureWriter;
import picocli.CommandLine.Option;

/** The options of a command that writes its files into one folder: where, which plot formats, overwrite or not. */
final class FileOptions {
    static final String FORCE = "Overwrite files in the output folder that this run did not write (a re-run "
            + "replaces its own previous outputs without it).";

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "depotkin-out",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--plot", split = ",", paramLabel = "png|svg|pdf",
            description = "Plot formats (png, svg, pdf); none if not given.")
    List<String> plots = List.of();

    @Option(names = "--force", description = FORCE)
    boolean force;

    Set<FigureWriter.Format> plotFormats() {
        return plotFormats(plots);
    }

    /**
     * The output folder for {@code run} (the command and its file prefix), staged: nothing appears in it until
     * {@link OutputFolder#commit()}, which replaces that run's previous outputs.
     */
    OutputFolder folder(String run) {
        return new OutputFolder(out, force, run);
    }

    /** Parses the values of a {@code --plot} option. */
    static Set<FigureWriter.Format> plotFormats(List<String> plots) {
        Set<FigureWriter.Format> set = EnumSet.noneOf(FigureWriter.Format.class);
        for (String p : plots) {
            switch (p.trim().toLowerCase(Locale.ROOT)) {
                case "png" -> set.add(FigureWriter.Format.PNG);
                case "svg" -> set.add(FigureWriter.Format.SVG);
                case "pdf" -> set.add(FigureWriter.Format.PDF);
                default -> throw new IllegalArgumentException("--plot takes png, svg and/or pdf, got '" + p + "'");
            }
        }
        return set;
    }
}
