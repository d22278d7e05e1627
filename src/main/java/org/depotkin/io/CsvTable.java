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
import org.depotkin.model.Dimension;
import org.depotkin.model.Unit;

/**
 * A CSV table of observations whose every cell knows where it stands in the file. Lines starting
 * with {@code #} and blank lines are skipped; the first other line is the header (names may be
 * double-quoted; a UTF-8 byte-order mark is skipped); every further line is a row with as many
 * cells as the header. An empty cell is a value not measured. Any problem is a
 * {@link ModelFileException} whose message is one line, {@code file:line:column: what was expected}.
 */
public final class CsvTable {
    private final String file;
    private final List<String> header;
    private final int headerLine;
    private final int[] headerColumns;
    private final List<List<String>> rows;
    private final List<int[]> columns;
    private final List<Integer> lines;

    private CsvTable(String file, List<String> header, int headerLine, int[] headerColumns, List<List<String>> rows,
                     List<int[]> columns, List<Integer> lines) {
        this.file = file;
        this.header = List.copyOf(header);
        this.headerLine = headerLine;
        this.headerColumns = headerColumns;
        this.rows = rows;
        this.columns = columns;
        this.lines = lines;
    }

    /** Reads the file and checks the table's shape (the cells are read by {@link #number} and {@link #text}). */
    public static CsvTable read(Path path) {
        String file = path.toString();
        List<String> text;
        try {
            text = Files.readAllLines(path);
        } catch (NoSuchFileException e) {
            throw new ModelFileException(Location.start(file), "no such file");
        } catch (IOException | UncheckedIOException e) {
            throw new ModelFileException(Location.start(file), "cannot read: " + e.getMessage());
        }
        List<String> header = null;
        int headerLine = 0;
        int[] headerColumns = null;
        List<List<String>> rows = new ArrayList<>();
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
                header = cells.stream().map(String::strip).map(CsvTable::unquote).toList();
                headerLine = i + 1;
                headerColumns = starts;
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
            rows.add(cells.stream().map(String::strip).toList());
            columns.add(starts);
            lines.add(i + 1);
        }
        if (header == null) {
            throw new ModelFileException(Location.start(file), "no header line: expected column names such as "
                    + "time_h,conc_ng_per_mL or time_d,rep1_pct");
        }
        if (rows.isEmpty()) {
            throw new ModelFileException(new Location(file, headerLine, 1), "no data rows after the header");
        }
        return new CsvTable(file, header, headerLine, headerColumns, rows, columns, lines);
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

    /** The file as the user named it. */
    public String file() {
        return file;
    }

    /** Column names. */
    public List<String> header() {
        return header;
    }

    /** Number of data rows. */
    public int rows() {
        return rows.size();
    }

    /** The cell in a row and column (both 0-based), stripped. */
    public String text(int row, int column) {
        return rows.get(row).get(column);
    }

    /** The number in a cell (0-based row and column), NaN when the cell is empty. */
    public double number(int row, int column) {
        String cell = text(row, column);
        if (cell.isEmpty()) {
            return Double.NaN;
        }
        try {
            double x = Double.parseDouble(cell);
            if (Double.isFinite(x)) {
                return x;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw error(row, column, "expected a number in column '" + header.get(column) + "', got '" + cell + "'");
    }

    /** A column's name and unit ({@link ColumnHeader}); a header without a unit is a located error. */
    public ColumnHeader heading(int column) {
        try {
            return ColumnHeader.parse(header.get(column));
        } catch (IllegalArgumentException e) {
            throw headerError(column, e.getMessage());
        }
    }

    /**
     * A column's name and unit, which must measure {@code dimension}; otherwise a located error:
     * {@code expected}, then the name found.
     */
    public ColumnHeader heading(int column, Dimension dimension, String expected) {
        try {
            ColumnHeader h = ColumnHeader.parse(header.get(column));
            if (h.unit().dimension().equals(dimension)) {
                return h;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw headerError(column, expected + ", got '" + header.get(column) + "'");
    }

    /**
     * The sampling times (h) of some rows, read from a time column: its unit must be a time
     * ({@code time_min}, {@code time_h}, {@code time_d}, {@code time_w}, {@code time (h)}), its values
     * &ge; 0 and strictly increasing.
     */
    public double[] hours(int column, List<Integer> someRows) {
        Unit unit = heading(column).unit();
        if (!unit.dimension().equals(Dimension.TIME)) {
            throw headerError(column, "expected the first column to be the time, named time_min, time_h, time_d "
                    + "or time_w (or time (h)), got '" + header.get(column) + "'");
        }
        double[] out = new double[someRows.size()];
        double previous = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < out.length; k++) {
            int r = someRows.get(k);
            double t = number(r, column);
            if (Double.isNaN(t) || t < 0 || t <= previous) {
                throw error(r, column, "expected times >= 0 in increasing order, got "
                        + (Double.isNaN(t) ? "an empty cell" : Double.toString(t)) + " after " + previous);
            }
            previous = t;
            out[k] = t * unit.factor() / Unit.H.factor();
        }
        return out;
    }

    /** The indices of all rows, for {@link #hours}. */
    public List<Integer> allRows() {
        List<Integer> out = new ArrayList<>();
        for (int r = 0; r < rows(); r++) {
            out.add(r);
        }
        return out;
    }

    /** An error at a cell (0-based row and column). */
    public ModelFileException error(int row, int column, String message) {
        return new ModelFileException(new Location(file, lines.get(row), columns.get(row)[column]), message);
    }

    /** An error at a column's name in the header (0-based column). */
    public ModelFileException headerError(int column, String message) {
        return new ModelFileException(new Location(file, headerLine, headerColumns[column]), message);
    }
}
