package org.depotkin.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.IntConsumer;

/**
 * A progress line for long commands, on a terminal only (silent when the output is piped or redirected):
 * what is being done, a bar, the count, the time spent and an estimate of the time left from the mean
 * time per finished unit so far. Thread-safe; redraws at most every 200 ms.
 */
final class Progress implements IntConsumer {
    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintWriter err;
    private final String label;
    private final int total;
    private final long start = System.nanoTime();
    private long lastDraw;

    private Progress(PrintWriter err, String label, int total) {
        this.err = err;
        this.label = label;
        this.total = total;
    }

    /** A progress line for {@code total} units, or a consumer that does nothing when not on a terminal. */
    static IntConsumer of(PrintWriter err, String label, int total) {
        return System.console() == null || total < 1 ? done -> { } : new Progress(err, label, total);
    }

    /** Told the number of units finished so far (from any thread). */
    @Override
    public synchronized void accept(int done) {
        long now = System.nanoTime();
        if (done < total && now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        double elapsed = (now - start) / 1e9;
        int bar = (int) (30L * done / total);
        String eta = done == 0 ? "" : done >= total ? "done" : "about " + duration(elapsed / done * (total - done)) + " left";
        err.printf(Locale.ROOT, "\r%-32s [%s%s] %d/%d  %s elapsed  %-22s", label, "#".repeat(bar), " ".repeat(30 - bar),
                done, total, duration(elapsed), eta);
        if (done >= total) {
            err.println();
        }
        err.flush();
    }

    /** 42 s, 3 min 5 s, 1 h 2 min. */
    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return s / 60 + " min " + s % 60 + " s";
        }
        return s / 3600 + " h " + s % 3600 / 60 + " min";
    }
}
