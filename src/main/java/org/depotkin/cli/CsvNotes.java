package org.depotkin.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.depotkin.io.CsvTable;

/** States how observed-data files were read when they are not plain UTF-8, comma-separated CSV. */
final class CsvNotes {
    private CsvNotes() {
    }

    /** One line per file read in another dialect ({@code ';'-separated, decimal commas}); nothing otherwise. */
    static void state(PrintWriter out, Path... files) {
        for (Path f : files) {
            String note = f == null ? "" : CsvTable.read(f).dialect().note();
            if (!note.isEmpty()) {
                out.println("read " + f + " as " + note);
            }
        }
    }
}
