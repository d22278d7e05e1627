package org.depotkin.io.yaml;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a model file into a located tree ({@link YamlMap} at the root). Every failure — missing
 * file, bad encoding, YAML syntax, duplicate keys, aliases, more than one document, a root that
 * is not a map — is a {@link ModelFileException} with a one-line {@code file:line:column: …} message.
 */
public final class YamlDocument {

    /** Largest model file read (the bundled ones are under 10 kB). */
    static final long MAX_BYTES = 1_000_000;
    private static final YAMLFactory FACTORY = YAMLFactory.builder()
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private YamlDocument() {
    }

    /** Loads a model file; a missing file is reported at {@code file:1:1}. */
    public static YamlMap load(Path file) {
        return load(file, null);
    }

    /**
     * Loads a model file named by another one; a missing or unreadable file is reported at
     * {@code referencedFrom} ("file not found: models/compounds/naltrexone.yaml").
     *
     * @param referencedFrom where the file was named, or null to report at the file itself
     */
    public static YamlMap load(Path file, Location referencedFrom) {
        String name = file.toString();
        Location blame = referencedFrom != null ? referencedFrom : Location.start(name);
        String suffix = referencedFrom != null ? ": " + name : "";
        if (!Files.exists(file)) {
            throw new ModelFileException(blame, "file not found" + suffix);
        }
        if (Files.isDirectory(file)) {
            throw new ModelFileException(blame, "expected a model file, got a directory" + suffix);
        }
        if (!Files.isRegularFile(file)) {
            throw new ModelFileException(blame, "expected a model file, got a device or pipe" + suffix);
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ModelFileException(blame, "larger than " + MAX_BYTES / 1_000_000 + " MB; this is not a "
                        + "depotkin model file" + suffix);
            }
        } catch (IOException e) {
            throw new ModelFileException(blame, "cannot read file" + suffix + " (" + e.getMessage() + ")", e);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (AccessDeniedException e) {
            throw new ModelFileException(blame, "cannot read file (permission denied)" + suffix, e);
        } catch (IOException e) {
            throw new ModelFileException(blame, "cannot read file" + suffix + " (" + e.getMessage() + ")", e);
        }
        return parse(decode(bytes, name), name);
    }

    /**
     * Parses model-file text held in memory.
     *
     * @param content  the YAML text
     * @param fileName the name used in locations
     */
    public static YamlMap parse(String content, String fileName) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        try (YAMLParser parser = FACTORY.createParser(text)) {
            return new TreeBuilder(parser, fileName).readRoot();
        } catch (JsonProcessingException e) {
            throw YamlSyntaxErrors.translate(e, fileName);
        } catch (IOException e) {
            throw new ModelFileException(Location.start(fileName), "cannot read YAML (" + e.getMessage() + ")", e);
        } catch (RuntimeException e) {
            if (e instanceof ModelFileException) {
                throw e;
            }
            // SnakeYAML limits (nesting depth, document size) surface as unchecked exceptions
            throw new ModelFileException(Location.start(fileName), "cannot parse YAML: " + e.getMessage(), e);
        }
    }

    /** Strict UTF-8 decoding; a bad byte is reported at its line and column. */
    private static String decode(byte[] bytes, String name) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length); // UTF-8 never yields more chars than bytes
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int bad = in.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            int column = 1 + new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8).length();
            throw new ModelFileException(new Location(name, line, column),
                    "the file is not UTF-8 text (save it as UTF-8)");
        }
        return out.flip().toString();
    }
}
