package org.depotkin.io.yaml;

/**
 * A position in a model file; lines and columns count from 1.
 *
 * @param file   the file as the user named it
 * @param line   1-based line
 * @param column 1-based column
 */
public record Location(String file, int line, int column) {

    public Location {
        file = file == null ? "<unknown>" : file;
        line = Math.max(1, line);
        column = Math.max(1, column);
    }

    /** The start of a file, for errors about the file as a whole. */
    public static Location start(String file) {
        return new Location(file, 1, 1);
    }

    /** {@code file:line:column}, the prefix of every model-file error. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
