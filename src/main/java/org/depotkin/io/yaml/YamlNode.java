package org.depotkin.io.yaml;

/**
 * A node of a parsed model file, with the location of its value.
 * A map, a list, or a scalar (text exactly as written; an empty value or {@code ~} is an empty scalar).
 */
public sealed interface YamlNode permits YamlMap, YamlList, YamlScalar {

    /** Where the value starts (for a block map: its first key; for a flow collection: the bracket). */
    Location location();

    /** What this node is, for "got …" messages: {@code a map}, {@code a list}, {@code '5 mg'}, {@code nothing}. */
    String describe();

    /** An error located at this node. */
    default ModelFileException error(String message) {
        return new ModelFileException(location(), message);
    }
}
