package org.depotkin.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What each run wrote into an output folder ({@value #FILE_NAME}): one entry per run, named by
 * command and file prefix ("simulate implant-3.4g"), with the files it wrote, relative to the folder.
 * A re-run of the same run replaces exactly these files; any other file in the folder belongs to
 * someone else and is only overwritten with {@code --force}.
 */
public record RunManifest(List<Entry> runs) {
    /** The manifest's file name inside an output folder. */
    public static final String FILE_NAME = "depotkin-manifest.json";

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** One run and the files it wrote. */
    public record Entry(String run, List<String> files) {
    }

    /** The manifest of {@code folder}; empty when it has none. */
    static RunManifest read(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            return new RunManifest(List.of());
        }
        try {
            return JSON.readValue(file.toFile(), RunManifest.class);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": not a depotkin manifest (" + e.getClass().getSimpleName()
                    + "); delete it or choose another --out folder");
        }
    }

    /** The files {@code run} wrote (empty if it has not written here). */
    Set<String> files(String run) {
        return runs.stream().filter(e -> e.run().equals(run)).flatMap(e -> e.files().stream())
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
    }

    /**
     * This manifest after {@code run} wrote {@code written}: the run's previous entry is replaced, and files it
     * overwrote leave the entries of other runs.
     */
    RunManifest after(String run, Collection<String> written) {
        List<Entry> out = new ArrayList<>();
        for (Entry e : runs) {
            if (!e.run().equals(run)) {
                List<String> kept = e.files().stream().filter(f -> !written.contains(f)).toList();
                if (!kept.isEmpty()) {
                    out.add(new Entry(e.run(), kept));
                }
            }
        }
        if (!written.isEmpty()) {
            out.add(new Entry(run, new TreeSet<>(written).stream().toList()));
        }
        out.sort(Comparator.comparing(Entry::run));
        return new RunManifest(List.copyOf(out));
    }
}
