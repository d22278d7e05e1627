package org.depotkin.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.depotkin.io.yaml.Location;
import org.depotkin.io.yaml.ModelFileException;
import org.depotkin.model.Dimension;
import org.depotkin.model.Unit;

/**
 * A CSV table of observations whose every cell knows where it stands in the file, parsed by
 * jackson-dataformat-csv. Lines starting with {@code #} and blank lines are skipped; the first other
 * line is the header; every further line is a row with as many cells as the header. Names and
 * numbers may be double-quoted (a quoted name may hold the separator). An empty cell is a value not
 * measured. What spreadsheets write is read and stated ({@link Dialect}): a UTF-8 byte-order mark, a
 * Latin-1 file, {@code ;} or tab separators, decimal commas. Any problem is a
 * {@link ModelFileException} whose message is one line, {@code file:line:column: what was expected}.
 */
public final class CsvTable {
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[+-]?\\d*,\\d+(?:[eE][+-]?\\d+)?");

    /**
     * How a file was written, as detected from its bytes and its header line.
     *
     * @param separator    the cell separator: {@code ,} (the default), {@code ;} or tab
     * @param decimalComma true when numbers are written with a decimal comma ({@code 1,5})
     * @param latin1       true when the file is not UTF-8 and was read as ISO-8859-1 (Latin-1)
     */
    public record Dialect(char separator, boolean decimalComma, boolean latin1) {
        /** One line for the user when anything differs from plain UTF-8, comma-separated CSV; empty otherwise. */
        public String note() {
            List<String> parts = new ArrayList<>();
            if (separator != ',') {
                parts.add((separator == '\t' ? "tab" : "'" + separator + "'") + "-separated");
            }
            if (decimalComma) {
                parts.add("decimal commas");
            }
            if (latin1) {
                parts.add("not UTF-8, read as Latin-1 (ISO-8859-1)");
            }
            return String.join(", ", parts);
        }
    }

    private final String file;
    private final Dialect dialect;
    private final List<String> header;
    private final int headerLine;
    private final int[] headerColumns;
    private final List<List<String>> rows;
    private final List<int[]> columns;
    private final List<Integer> lines;

    private CsvTable(String file, Dialect dialect, List<Cell> header, List<List<Cell>> rows) {
        this.file = file;
        this.dialect = dialect;
        this.header = header.stream().map(c -> c.text().strip()).toList();
        this.headerLine = header.get(0).line();
        this.headerColumns = header.stream().mapToInt(Cell::column).toArray();
        this.rows = rows.stream().map(r -> r.stream().map(c -> c.text().strip()).toList()).toList();
        this.columns = rows.stream().map(r -> r.stream().mapToInt(Cell::column).toArray()).toList();
        this.lines = rows.stream().map(r -> r.get(0).line()).toList();
    }

    /** One cell as parsed, with where it starts. */
    private record Cell(String text, int line, int column) {
    }

    /** Reads the file and checks the table's shape (the cells are read by {@link #number} and {@link #text}). */
    public static CsvTable read(Path path) {
        String file = path.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new ModelFileException(Location.start(file), "no such file");
        } catch (IOException e) {
            throw new ModelFileException(Location.start(file), "cannot read: " + e.getMessage());
        }
        boolean latin1 = false;
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, StandardCharsets.ISO_8859_1);
            latin1 = true;
        }
        text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        char separator = separator(text);
        List<List<Cell>> records = records(file, text, separator);
        if (records.isEmpty()) {
            throw new ModelFileException(Location.start(file), "no header line: expected column names such as "
                    + "time_h,conc_ng_per_mL or time_d,rep1_pct");
        }
        List<Cell> header = records.get(0);
        for (Cell c : header) {
            if (c.text().isBlank()) {
                throw new ModelFileException(new Location(file, c.line(), c.column()), "empty column name");
            }
        }
        List<List<Cell>> rows = records.subList(1, records.size());
        boolean decimalComma = false;
        for (List<Cell> row : rows) {
            if (row.size() != header.size()) {
                throw new ModelFileException(new Location(file, row.get(0).line(), 1), "expected " + header.size()
                        + " cells (" + String.join(",", header.stream().map(c -> c.text().strip()).toList())
                        + "), got " + row.size());
            }
            decimalComma |= separator != ',' && row.stream().anyMatch(c -> DECIMAL_COMMA.matcher(c.text().strip())
                    .matches());
        }
        if (rows.isEmpty()) {
            throw new ModelFileException(new Location(file, header.get(0).line(), 1), "no data rows after the header");
        }
        return new CsvTable(file, new Dialect(separator, decimalComma, latin1), header, rows);
    }

    /**
     * The separator of the header line (the first line that is neither blank nor a comment): a comma
     * unless the line holds none outside quotes and holds semicolons or tabs.
     */
    private static char separator(String text) {
        for (String line : text.split("\\R")) {
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            String outside = line.replaceAll("\"[^\"]*\"", "");
            if (outside.indexOf(',') >= 0) {
                return ',';
            }
            return outside.indexOf(';') >= 0 ? ';' : outside.indexOf('\t') >= 0 ? '\t' : ',';
        }
        return ',';
    }

    /** Every record that is not blank or a comment, each cell with its line and column. */
    private static List<List<Cell>> records(String file, String text, char separator) {
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator).withComments();
        List<List<Cell>> out = new ArrayList<>();
        Cell last = new Cell("", 1, 1);
        try (CsvParser p = (CsvParser) new CsvMapper().getFactory().createParser(new StringReader(text))) {
            p.setSchema(schema);
            p.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            p.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
            List<Cell> row = null;
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.START_ARRAY) {
                    row = new ArrayList<>();
                } else if (t == JsonToken.END_ARRAY && row != null) {
                    if (!row.isEmpty() && !(row.size() == 1 && row.get(0).text().isBlank())) {
                        out.add(row);
                    }
                    row = null;
                } else if (t == JsonToken.VALUE_STRING && row != null) {
                    JsonLocation at = p.currentTokenLocation();
                    last = new Cell(p.getText(), (int) at.getLineNr(), (int) at.getColumnNr());
                    row.add(last);
                }
            }
        } catch (JsonProcessingException e) {
            throw new ModelFileException(new Location(file, last.line(), last.column()), "not a CSV table after this "
                    + "cell: " + e.getOriginalMessage().replace('\n', ' '));
        } catch (IOException e) {
            throw new ModelFileException(Location.start(file), "cannot read: " + e.getMessage());
        }
        return out;
    }

    /** How the file was written (separator, decimal commas, encoding). */
    public Dialect dialect() {
        return dialect;
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
            double x = Double.parseDouble(dialect.decimalComma() ? cell.replace(',', '.') : cell);
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
            if (Double.isNaN(t)) {
                throw error(r, column, "expected a time, got an empty cell");
            }
            if (t < 0) {
                throw error(r, column, "expected times >= 0 (time 0 is the dose), got " + t);
            }
            if (t <= previous) {
                throw error(r, column, "expected times in increasing order, got " + t + " after " + previous);
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
