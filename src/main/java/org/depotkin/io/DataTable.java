package org.depotkin.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.depotkin.io.yaml.Location;
import org.depotkin.io.yaml.ModelFileException;

/**
 * A numeric CSV table of observations: lines starting with {@code #} and blank lines are skipped,
 * the first other line is the header (column names), every further line a row of numbers with as
 * many cells as the header (names may be double-quoted; a UTF-8 byte-order mark is skipped). An empty
 * cell is a missing value (NaN). Any problem is a
 * {@link ModelFileException} whose message is one line, {@code file:line:column: what is wrong}.
 */
public final class DataTable {
    private final String file;
    private final List<String> header;
    private final int headerLine;
    private final List<double[]> rows;
    private final List<int[]> columns;
    private final List<Integer> lines;

    private DataTable(String file, List<String> header, int headerLine, List<double[]> rows, List<int[]> columns,
                      List<Integer> lines) {
        this.file = file;
        this.header = List.copyOf(header);
        this.headerLine = headerLine;
        this.rows = rows;
        this.columns = columns;
        this.lines = lines;
    }

    /** Reads and checks the table's shape and numbers. */
    public static DataTable read(Path path) {
        String file = path.toString();
        List<String> text;
        try {
            text = Files.readAllLines(path);
        } catch (NoSuchFileException e) {
            throw new ModelFileException(Location.start(file), "no such file");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        List<String> header = null;
        int headerLine = 0;
        List<double[]> rows = new ArrayList<>();
        List<int[]> columns = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            String line = i == 0 && text.get(0).startsWith("\uFEFF") ? text.get(0).substring(1) : text.get(i);
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            int[] starts = split(line, cells);
            if (header == null) {
                header = cells.stream().map(String::strip).map(DataTable::unquote).toList();
                headerLine = i + 1;
                for (int c = 0; c < header.size(); c++) {
                    if (header.get(c).isEmpty()) {
                        throw new ModelFileException(new Location(file, i + 1, starts[c]), "empty column name");
                    }
                }
                continue;
            }
            if (cells.size() != header.size()) {
                throw new ModelFileException(new Location(file, i + 1, 1), "expected " + header.size()
                        + " cells (" + String.join(",", header) + "), got " + cells.size());
            }
            double[] row = new double[cells.size()];
            for (int c = 0; c < row.length; c++) {
                String cell = cells.get(c).strip();
                if (cell.isEmpty()) {
                    row[c] = Double.NaN;
                    continue;
                }
                try {
                    row[c] = Double.parseDouble(cell);
                } catch (NumberFormatException e) {
                    row[c] = Double.NaN;
                }
                if (!Double.isFinite(row[c])) {
                    throw new ModelFileException(new Location(file, i + 1, starts[c]), "expected a number in column '"
                            + header.get(c) + "', got '" + cell + "'");
                }
            }
            rows.add(row);
            columns.add(starts);
            lines.add(i + 1);
        }
        if (header == null) {
            throw new ModelFileException(Location.start(file), "no header line: expected column names such as "
                    + "time_h,released_pct");
        }
        if (rows.isEmpty()) {
            throw new ModelFileException(new Location(file, headerLine, 1), "no data rows after the header");
        }
        return new DataTable(file, header, headerLine, rows, columns, lines);
    }

    /** A header name without the double quotes spreadsheets put around it. */
    private static String unquote(String name) {
        return name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"") ? name.substring(1, name.length() - 1)
                : name;
    }

    /** Splits on commas; returns the 1-based column where each cell starts. */
    private static int[] split(String line, List<String> cells) {
        List<Integer> starts = new ArrayList<>();
        int from = 0;
        while (true) {
            int comma = line.indexOf(',', from);
            starts.add(from + 1);
            cells.add(comma < 0 ? line.substring(from) : line.substring(from, comma));
            if (comma < 0) {
                break;
            }
            from = comma + 1;
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Column names. */
    public List<String> header() {
        return header;
    }

    /** Number of data rows. */
    public int rows() {
        return rows.size();
    }

    /** The value in a row and column (both 0-based), NaN when the cell is empty. */
    public double value(int row, int column) {
        return rows.get(row)[column];
    }

    /** A whole column. */
    public double[] column(int column) {
        double[] out = new double[rows.size()];
        for (int r = 0; r < out.length; r++) {
            out[r] = rows.get(r)[column];
        }
        return out;
    }

    /** An error at a cell (0-based row and column). */
    public ModelFileException error(int row, int column, String message) {
        return new ModelFileException(new Location(file, lines.get(row), columns.get(row)[column]), message);
    }

    /** An error at a column's name in the header (0-based column). */
    public ModelFileException headerError(int column, String message) {
        int at = 1;
        for (int c = 0; c < column; c++) {
            at += header.get(c).length() + 1;
        }
        return new ModelFileException(new Location(file, headerLine, at), message);
    }

    /**
     * Factor from the first column's time unit to hours: the column must be named {@code time_min},
     * {@code time_h}, {@code time_d} or {@code time_w}; its values must be &ge; 0 and strictly
     * increasing.
     */
    public double hoursPerTimeUnit() {
        double factor = switch (header.get(0)) {
            case "time_min" -> 1.0 / 60;
            case "time_h" -> 1;
            case "time_d" -> 24;
            case "time_w" -> 168;
            default -> throw headerError(0, "expected the first column to be the time, named time_min, time_h, time_d "
                    + "or time_w, got '" + header.get(0) + "'");
        };
        double previous = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < rows(); r++) {
            double t = value(r, 0);
            if (Double.isNaN(t) || t < 0 || t <= previous) {
                throw error(r, 0, "expected times >= 0 in increasing order, got "
                        + (Double.isNaN(t) ? "an empty cell" : Double.toString(t)) + " after " + previous);
            }
            previous = t;
        }
        return factor;
    }
}
