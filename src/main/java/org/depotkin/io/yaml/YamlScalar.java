package org.depotkin.io.yaml;

/**
 * A scalar value: its text as written (numbers, booleans and dates are not interpreted;
 * an empty value, {@code ~} and {@code null} give the empty string).
 *
 * @param text     the text, never null
 * @param location where the value starts (for a quoted value: the opening quote)
 */
public record YamlScalar(String text, Location location) implements YamlNode {

    public YamlScalar {
        text = text == null ? "" : text;
    }

    /** True for a key written without a value, or with {@code ~} / {@code null}. */
    public boolean isEmpty() {
        return text.isBlank();
    }

    /**
     * Where the character at {@code offset} of {@link #text()} is in the file: the file is read again and its
     * characters matched from this scalar's start, past an opening quote and across the line breaks and
     * indentation of a value folded over several lines. Without a readable file, the column is counted on this
     * scalar's first line.
     */
    public Location locate(int offset) {
        return ScalarOffsets.locate(location, text, offset);
    }

    @Override
    public String describe() {
        if (isEmpty()) {
            return "nothing";
        }
        String shown = text.length() > 40 ? text.substring(0, 37) + "..." : text;
        return "'" + shown + "'";
    }
}
