package org.depotkin.io.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Builds the located tree from Jackson's streaming YAML parser, one token at a time. */
final class TreeBuilder {

    private final YAMLParser parser;
    private final String file;

    TreeBuilder(YAMLParser parser, String file) {
        this.parser = parser;
        this.file = file;
    }

    /** Reads the single document, which must be a map. */
    YamlMap readRoot() throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw emptyFile();
        }
        YamlNode root = readValue(first);
        if (parser.nextToken() != null) {
            throw new ModelFileException(here(),
                    "a model file holds a single YAML document; found a second one (remove the '---' separator)");
        }
        if (root instanceof YamlMap map) {
            return map;
        }
        if (root instanceof YamlScalar s && s.isEmpty()) {
            throw emptyFile();
        }
        // the text is not quoted: a file that is not a model file may hold anything
        throw root.error("expected a map of keys at the top level (e.g. 'name: naltrexone'), got "
                + (root instanceof YamlList ? "a list" : "plain text") + "; this is not a depotkin model file");
    }

    private ModelFileException emptyFile() {
        return new ModelFileException(Location.start(file), "empty file: expected a map of keys (e.g. 'name: naltrexone')");
    }

    private YamlNode readValue(JsonToken token) throws IOException {
        Location at = here();
        if (parser.isCurrentAlias()) {
            throw new ModelFileException(at, "YAML aliases ('*" + parser.getText()
                    + "') are not supported; write the value out in full");
        }
        switch (token) {
            case START_OBJECT:
                return readMap(at);
            case START_ARRAY:
                return readList(at);
            case VALUE_NULL:
                return new YamlScalar("", at);
            case VALUE_STRING:
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new YamlScalar(parser.getText(), at);
            default:
                throw new ModelFileException(at, "unsupported YAML value (" + token + "); write plain text, a map or a list");
        }
    }

    private YamlMap readMap(Location at) throws IOException {
        YamlMap map = new YamlMap(at);
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
            if (t != JsonToken.FIELD_NAME) {
                throw new ModelFileException(here(), "expected a key, got " + t);
            }
            String key = parser.currentName();
            Location keyAt = here();
            if (map.contains(key)) {
                throw map.duplicate(key, keyAt);
            }
            map.put(key, keyAt, readValue(parser.nextToken()));
        }
        return map;
    }

    private YamlList readList(Location at) throws IOException {
        List<YamlNode> items = new ArrayList<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
            items.add(readValue(t));
        }
        return new YamlList(at, items);
    }

    private Location here() {
        JsonLocation l = parser.currentTokenLocation();
        return new Location(file, l.getLineNr(), l.getColumnNr());
    }
}
