package org.depotkin.io.dataset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.depotkin.io.yaml.Location;
import org.depotkin.io.yaml.ModelFileException;

/**
 * The records of an event dataset in file order, with the covariate column names and where each
 * record's cells stand in the file (for located errors).
 *
 * @param file       the file as the user named it
 * @param columns    every column name, in file order (standard names in upper case)
 * @param covariates the covariate column names, in file order
 * @param records    the records, in file order; a subject's records are contiguous
 * @param cells      per record, the 1-based character column where each of {@code columns} starts
 *                   (empty for records made in memory)
 */
public record Dataset(String file, List<String> columns, List<String> covariates, List<EventRecord> records,
                      List<int[]> cells) {
    public Dataset {
        columns = List.copyOf(columns);
        covariates = List.copyOf(covariates);
        records = List.copyOf(records);
        cells = List.copyOf(cells);
    }

    /** The records grouped by subject, subjects in file order. */
    public Map<String, List<EventRecord>> subjects() {
        Map<String, List<EventRecord>> out = new LinkedHashMap<>();
        for (EventRecord r : records) {
            out.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(r);
        }
        return out;
    }

    /** The same dataset with other records (same columns and layout), e.g. simulated DVs. */
    public Dataset withRecords(List<EventRecord> newRecords) {
        return new Dataset(file, columns, covariates, newRecords, cells);
    }

    /** A one-line error at a record's cell in the named column: {@code file:line:column: column NAME: message}. */
    public ModelFileException error(EventRecord r, String column, String message) {
        int c = columns.indexOf(column);
        int index = records.indexOf(r);
        int at = c >= 0 && index >= 0 && index < cells.size() ? cells.get(index)[c] : 1;
        return new ModelFileException(new Location(file, r.line(), at), "column " + column + ": " + message);
    }
}
