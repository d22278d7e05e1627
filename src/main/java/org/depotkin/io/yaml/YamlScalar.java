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

    @Override
    public String describe() {
        if (isEmpty()) {
            return "nothing";
        }
        String shown = text.length() > 40 ? text.substring(0, 37) + "..." : text;
        return "'" + shown + "'";
    }
}
