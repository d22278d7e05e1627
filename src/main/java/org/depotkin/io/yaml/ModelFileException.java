package org.depotkin.io.yaml;

import java.util.regex.Pattern;

/**
 * Bad input in a model file. {@link #getMessage()} is always exactly one line,
 * {@code file:line:column: what is wrong and what was expected}, ready for the CLI to print
 * before exiting with status 2.
 */
public class ModelFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Jackson's " at [Source: …; line: 3, column: 2]" suffix. */
    private static final Pattern SOURCE_REFERENCE = Pattern.compile(
            "\\s*at \\[Source:.*?; line: \\d+, column: \\d+]", Pattern.DOTALL);
    private static final Pattern REFERENCE_CHAIN = Pattern.compile(
            "\\s*\\(through reference chain:.*?\\)", Pattern.DOTALL);

    private final Location location;
    private final String detail;

    public ModelFileException(Location location, String message) {
        this(location, message, null);
    }

    public ModelFileException(Location location, String message, Throwable cause) {
        super(flatten(message), cause);
        this.location = location == null ? Location.start(null) : location;
        this.detail = flatten(message);
    }

    /** Where the problem is. */
    public Location location() {
        return location;
    }

    /** The message without the location. */
    public String detail() {
        return detail;
    }

    /** {@code file:line:column: detail}, one line. */
    @Override
    public String getMessage() {
        return location + ": " + detail;
    }

    /**
     * Makes any message fit on one line: drops Jackson's source references and reference chains,
     * and collapses line breaks and runs of white space into single spaces.
     */
    public static String flatten(String message) {
        if (message == null || message.isBlank()) {
            return "invalid input";
        }
        String m = SOURCE_REFERENCE.matcher(message).replaceAll("");
        m = REFERENCE_CHAIN.matcher(m).replaceAll("");
        return m.replaceAll("\\s+", " ").strip();
    }
}
