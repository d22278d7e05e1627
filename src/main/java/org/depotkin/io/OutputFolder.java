package org.depotkin.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * An output folder owned by runs. A run writes everything into a staging folder beside the target
 * (see {@link Staging}); only {@link #commit()} moves the files into place, replaces the previous
 * outputs of the same run as a whole (a file it wrote last time and not this time is deleted) and
 * records what it wrote in the folder's {@link RunManifest}. A run killed at any moment leaves either
 * its previous outputs or its new ones once the next run into the folder has started, never a mix and
 * never a partial file. Files the same run wrote before are replaced freely; any other existing file
 * is overwritten only with {@code force}.
 */
public final class OutputFolder implements AutoCloseable {
    private final Path target;
    private final String run;
    private final boolean force;
    private final List<Path> createdParents = new ArrayList<>();
    private final Staging staging;
    private boolean committed;

    /** Thrown when a file exists that this run did not write, and {@code --force} was not given. */
    public static final class ExistsException extends RuntimeException {
        public ExistsException(String message) {
            super(message);
        }
    }

    /**
     * Opens {@code target} for {@code run} ("simulate implant-3.4g": the command and its file prefix).
     * Finishes or removes what killed runs left beside it.
     *
     * @throws IllegalArgumentException when the target is a file, or cannot be created or written
     */
    public OutputFolder(Path target, boolean force, String run) {
        this.target = target.toAbsolutePath().normalize();
        this.run = run;
        this.force = force;
        if (this.target.getParent() == null) {
            throw new IllegalArgumentException("output folder " + this.target + ": the root folder cannot hold "
                    + "outputs; choose a folder below it");
        }
        if (Files.exists(this.target) && !Files.isDirectory(this.target)) {
            throw new IllegalArgumentException("output folder " + target + " is a file; choose a folder");
        }
        if (Files.isDirectory(this.target) && !Files.isWritable(this.target)) {
            throw new IllegalArgumentException("output folder " + target + " is not writable");
        }
        try {
            for (Path p = this.target.getParent(); p != null && !Files.exists(p); p = p.getParent()) {
                createdParents.add(p);
            }
            Files.createDirectories(this.target.getParent());
            Staging.recover(this.target);
            this.staging = Staging.create(this.target);
        } catch (IOException e) {
            deleteCreatedParents();
            throw new IllegalArgumentException("cannot create output folder " + target + ": " + reason(e));
        }
    }

    /** The final folder. */
    public Path target() {
        return target;
    }

    /** Where to write {@code name} now (in the staging folder). */
    public Path file(String name) {
        return staging.files().resolve(name);
    }

    /** The staging folder, for writers that name their own files. */
    public Path stagingDir() {
        return staging.files();
    }

    /**
     * Moves every staged file into the target folder, deletes the files this run wrote last time and not now,
     * updates the manifest, and returns the final paths. Nothing moves if a staged file would overwrite a file
     * this run did not write, unless {@code force}.
     */
    public List<Path> commit() {
        try {
            Set<String> written = new TreeSet<>();
            try (Stream<Path> walk = Files.walk(staging.files())) {
                walk.filter(Files::isRegularFile).forEach(p -> written.add(staging.files().relativize(p).toString()));
            }
            RunManifest manifest = RunManifest.read(target);
            Set<String> previous = manifest.files(run);
            for (String f : written) {
                if (!force && !previous.contains(f) && Files.exists(target.resolve(f))) {
                    throw new ExistsException(target.resolve(f) + " exists and was not written by an earlier '" + run
                            + "' run; add --force to overwrite it, or choose another --out folder");
                }
            }
            List<String> stale = previous.stream().filter(f -> !written.contains(f)).toList();
            staging.commit(new Staging.Journal(stale, manifest.after(run, written)));
            committed = true;
            return written.stream().map(target::resolve).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move outputs into " + target + ": " + reason(e), e);
        }
    }

    /** Deletes the staging folder (and, if not committed, the folders this run created for it). */
    @Override
    public void close() {
        staging.discard();
        if (!committed) {
            deleteCreatedParents();
        }
    }

    private void deleteCreatedParents() {
        for (Path p : createdParents) { // deepest first
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                return; // not empty: someone else uses it
            }
        }
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException f) {
            return f.getFile() + " is a file";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        if (e instanceof FileSystemException f && f.getFile() != null) {
            return "cannot write in " + Path.of(f.getFile()).getParent();
        }
        return e.getMessage();
    }
}
