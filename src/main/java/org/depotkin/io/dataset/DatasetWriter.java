package org.depotkin.io.dataset;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes records in the NONMEM layout: {@code #} lines first (units and provenance; NONMEM reads
 * them with {@code IGNORE=#}), then ID, TIME, AMT, RATE, EVID, CMT, II, ADDL, SS, DV, MDV and the
 * covariate columns. Numbers are written in plain decimal notation with every digit needed to read
 * back the same double, missing values as {@code .}, so {@link DatasetReader} reads the file back
 * to the same records.
 */
public final class DatasetWriter {
    /** The units line every written file carries. */
    public static final String UNITS = "units: TIME h, AMT mg (labelled), RATE mg/h, II h, DV in the unit of the "
            + "output observed (ng/mL for concentrations, a fraction for occupancy); missing values are '.'";

    private DatasetWriter() {
    }

    /** Writes the dataset with the given comment lines (without their {@code #}). */
    public static void write(Path file, List<String> comments, Dataset data) throws IOException {
        List<String> lines = new ArrayList<>();
        comments.forEach(c -> lines.add("# " + c));
        lines.add("# " + UNITS);
        List<String> header = new ArrayList<>(DatasetReader.STANDARD);
        header.addAll(data.covariates());
        lines.add(String.join(",", header));
        for (EventRecord r : data.records()) {
            List<String> cells = new ArrayList<>(List.of(r.id(), number(r.time()), number(r.amount()),
                    number(r.rate()), Integer.toString(r.evid()), r.cmt().isEmpty() ? "." : r.cmt(),
                    number(r.interval()), Integer.toString(r.additional()), Integer.toString(r.steadyState()),
                    number(r.dv()), Integer.toString(r.mdv())));
            data.covariates().forEach(c -> cells.add(number(r.covariates().get(c))));
            lines.add(String.join(",", cells));
        }
        Files.write(file, lines);
    }

    /** The shortest plain decimal that reads back as {@code x}; {@code .} for NaN. */
    static String number(double x) {
        if (Double.isNaN(x)) {
            return ".";
        }
        return new BigDecimal(Double.toString(x)).stripTrailingZeros().toPlainString();
    }
}
