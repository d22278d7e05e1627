package org.depotkin.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a run's files all-or-nothing: everything goes to a hidden staging folder beside the
 * target, and only {@link #commit()} moves the files into place (each move atomic). A run that
 * fails leaves no partial file. Existing files are not overwritten unless {@code force} is set.
 */
public final class OutputFolder implements AutoCloseable {
    private final Path target;
    private final Path staging;
    private final boolean force;
    private boolean committed;

    /** Thrown when a file exists and {@code --force} was not given. */
    public static final class ExistsException extends RuntimeException {
        public ExistsException(String message) {
            super(message);
        }
    }

    public OutputFolder(Path target, boolean force) {
        this.target = target.toAbsolutePath().normalize();
        this.force = force;
        try {
            Files.createDirectories(this.target);
            this.staging = Files.createTempDirectory(this.target, ".depotkin-staging-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create output folder " + target + ": " + e.getMessage(), e);
        }
    }

    /** The final folder. */
    public Path target() {
        return target;
    }

    /** Where to write {@code name} now (in the staging folder). */
    public Path file(String name) {
        return staging.resolve(name);
    }

    /** The staging folder, for writers that name their own files. */
    public Path stagingDir() {
        return staging;
    }

    /**
     * Moves every staged file into the target folder and returns the final paths. Without
     * {@code force}, nothing is moved if any of them exists already.
     */
    public List<Path> commit() {
        List<Path> out = new ArrayList<>();
        try {
            List<Path> staged;
            try (Stream<Path> walk = Files.walk(staging)) {
                staged = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path p : staged) {
                Path dest = target.resolve(staging.relativize(p).toString());
                if (!force && Files.exists(dest)) {
                    throw new ExistsException(dest + " exists; add --force to overwrite, or choose another --out "
                            + "folder");
                }
            }
            for (Path p : staged) {
                Path dest = target.resolve(staging.relativize(p).toString());
                Files.createDirectories(dest.getParent());
                try {
                    Files.move(p, dest, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(p, dest, StandardCopyOption.REPLACE_EXISTING);
                }
                out.add(dest);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move outputs into " + target + ": " + e.getMessage(), e);
        }
        committed = true;
        return out;
    }

    /** Deletes the staging folder (and, if not committed, everything in it). */
    @Override
    public void close() {
        try (Stream<Path> walk = Files.walk(staging)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // nothing useful to do: the staging folder is hidden and named as such
        }
        if (!committed) {
            deleteIfEmpty(target);
        }
    }

    private static void deleteIfEmpty(Path dir) {
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            if (!ds.iterator().hasNext()) {
                Files.delete(dir);
            }
        } catch (IOException e) {
            // leave it
        }
    }
}
