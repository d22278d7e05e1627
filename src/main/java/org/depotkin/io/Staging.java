package org.depotkin.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A run's staging folder, a hidden sibling of its target ({@code .<target>.depotkin-staging-<pid>-<start>-<n>},
 * never inside the target): the outputs under {@code files/}, and, once the run has decided what to replace, a
 * commit journal ({@value #JOURNAL}: the files to delete and the new manifest). Applying the journal moves every
 * staged file into the target (each move an atomic rename), deletes the previous run's leftovers and writes the
 * manifest; applying it again after a crash finishes the same commit. A staging folder whose process is gone is
 * stale: with a journal it is applied (the commit completes), without one it is deleted (the run never finished).
 */
final class Staging {
    static final String JOURNAL = "commit.json";
    private static final String MARK = ".depotkin-staging-";

    /** The journal: files of the previous run to delete, and the manifest after this run. */
    record Journal(List<String> delete, RunManifest manifest) {
    }

    private final Path dir;
    private final Path target;

    private Staging(Path dir, Path target) {
        this.dir = dir;
        this.target = target;
    }

    /** A new staging folder for {@code target}, owned by this process. */
    static Staging create(Path target) throws IOException {
        ProcessHandle self = ProcessHandle.current();
        String owner = self.pid() + "-" + startMillis(self).orElse(0L) + "-";
        Path dir = Files.createTempDirectory(target.getParent(), prefix(target) + owner);
        Files.createDirectory(dir.resolve("files"));
        return new Staging(dir, target);
    }

    /** Where the run writes its outputs. */
    Path files() {
        return dir.resolve("files");
    }

    /** Writes the journal (atomically: a half-written journal does not exist) and applies it. */
    void commit(Journal journal) throws IOException {
        Path tmp = dir.resolve(JOURNAL + ".tmp");
        RunManifest.JSON.writeValue(tmp.toFile(), journal);
        move(tmp, dir.resolve(JOURNAL));
        apply(journal);
    }

    /**
     * Deletes the staging folder and everything in it, unless a journal was written and could not be applied
     * (then the next run into the target finishes the commit).
     */
    void discard() {
        if (!Files.exists(dir.resolve(JOURNAL))) {
            deleteTree(dir);
        }
    }

    /** Finishes or removes the staging folders of {@code target} left by processes that are gone. */
    static void recover(Path target) throws IOException {
        List<Path> stale = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(target.getParent(),
                p -> p.getFileName().toString().startsWith(prefix(target)))) {
            ds.forEach(p -> {
                if (!ownerAlive(p.getFileName().toString().substring(prefix(target).length()))) {
                    stale.add(p);
                }
            });
        }
        for (Path p : stale) {
            Path journal = p.resolve(JOURNAL);
            if (Files.isRegularFile(journal)) {
                new Staging(p, target).apply(RunManifest.JSON.readValue(journal.toFile(), Journal.class));
            } else {
                deleteTree(p);
            }
        }
        if (Files.isDirectory(target)) { // staging folders inside the target, from versions before 0.2
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(target,
                    p -> p.getFileName().toString().startsWith(MARK))) {
                ds.forEach(Staging::deleteTree);
            }
        }
    }

    private void apply(Journal journal) throws IOException {
        Files.createDirectories(target);
        List<Path> staged;
        try (Stream<Path> walk = Files.walk(files())) {
            staged = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path p : staged) {
            Path dest = target.resolve(files().relativize(p).toString());
            Files.createDirectories(dest.getParent());
            move(p, dest);
        }
        for (String f : journal.delete()) {
            Files.deleteIfExists(target.resolve(f));
        }
        Path manifest = dir.resolve(RunManifest.FILE_NAME);
        RunManifest.JSON.writeValue(manifest.toFile(), journal.manifest());
        move(manifest, target.resolve(RunManifest.FILE_NAME));
        deleteTree(dir);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String prefix(Path target) {
        return "." + target.getFileName() + MARK;
    }

    /** Whether the process named in a staging folder's name ({@code <pid>-<start millis>-...}) still runs. */
    private static boolean ownerAlive(String owner) {
        String[] parts = owner.split("-");
        try {
            long pid = Long.parseLong(parts[0]);
            long start = Long.parseLong(parts[1]);
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .map(h -> startMillis(h).orElse(0L) == start).orElse(false);
        } catch (RuntimeException e) {
            return false; // not a name this class writes: nobody owns it
        }
    }

    private static Optional<Long> startMillis(ProcessHandle h) {
        return h.info().startInstant().map(i -> i.toEpochMilli());
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // already gone, or not ours to delete: the next run reports what is left
        }
    }
}
