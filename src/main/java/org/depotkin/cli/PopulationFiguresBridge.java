package org.depotkin.cli;

import java.util.List;
import java.util.Set;
import org.depotkin.io.OutputFolder;
import org.depotkin.io.PopulationTables;
import org.depotkin.plot.FigureWriter;

/** Writes the population figures into an output folder's staging area. */
final class PopulationFiguresBridge {
    private PopulationFiguresBridge() {
    }

    static void write(List<PopulationTables.Trial> trials, OutputFolder folder, String prefix,
                      Set<FigureWriter.Format> formats) {
        throw new UnsupportedOperationException("population figures are not available yet");
    }
}
