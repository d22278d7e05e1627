package org.depotkin.model;

import java.util.Locale;

/**
 * The documented limits on every size that scales a run's memory or time (docs/limits.md). Each is
 * checked before work starts; past it a run is refused with one line naming the option or model-file
 * key and the limit. The limits keep the largest run within about 2 GB of memory and minutes of time
 * on a laptop; each is far above what the science needs (100 years, hourly output for 100 years,
 * 100,000 patients).
 */
public final class Limits {
    /** Longest simulated span: 100 years (h). */
    public static final double MAX_DURATION_H = 100 * 365.25 * 24;
    /** Shortest simulated span: 1 min (h). */
    public static final double MIN_DURATION_H = 1.0 / 60;
    /** Most output grid points of one scenario (duration / step). */
    public static final long MAX_GRID_POINTS = 1_000_000;
    /** Most doses in one scenario's regimen(s). */
    public static final long MAX_DOSES = 100_000;
    /** Smallest dose (mg): 1 ng. */
    public static final double MIN_DOSE_MG = 1e-6;
    /** Largest dose (mg): 1 kg. */
    public static final double MAX_DOSE_MG = 1e6;
    /** Most virtual subjects per scenario. */
    public static final int MAX_SUBJECTS = 100_000;
    /** Most subject × grid points kept by a population run (two floats each: 800 MB). */
    public static final long MAX_SUBJECT_POINTS = 100_000_000;
    /** Most bootstrap resamples. */
    public static final int MAX_RESAMPLES = 1_000_000;
    /** Most worker threads. */
    public static final int MAX_THREADS = 256;
    /** Most points of a design scan. */
    public static final int MAX_SCAN_POINTS = 1_000;
    /** Most repeats (and warm-up runs) of a benchmark. */
    public static final int MAX_REPEATS = 1_000;
    /** Most symbols (numbers, names, operators) in one equation of an equations block. */
    public static final int MAX_EQUATION_SYMBOLS = 2000;
    /** Deepest nesting of parentheses, signs and powers in one equation. */
    public static final int MAX_EQUATION_DEPTH = 100;
    /** Most terms in one equations block: its compiled code must fit the JVM's 64 kB per method. */
    public static final int MAX_EQUATION_TERMS = 5000;
    /** Where the limits are explained. */
    public static final String DOC = "docs/limits.md";

    private Limits() {
    }

    /** Number of output grid points of a span at a step (as a double: it may be astronomically large). */
    public static double gridPoints(double duration, double step) {
        return Math.floor(duration / step) + 1;
    }

    /**
     * Checks a regimen without listing its doses: at most {@link #MAX_DOSES} doses, each between
     * {@link #MIN_DOSE_MG} and {@link #MAX_DOSE_MG} (outside that range the arithmetic underflows or
     * overflows, and no real dose lies there).
     *
     * @throws IllegalArgumentException naming the count or the dose and the limit
     */
    public static void regimen(Regimen regimen) {
        long n = 0;
        for (Schedule s : regimen.schedules()) {
            if (s instanceof Schedule.Repeated r) {
                n += r.count();
                dose(r.amount());
            } else if (s instanceof Schedule.Weekly w) {
                n += (long) w.amounts().size() * w.weeks();
                w.amounts().values().forEach(Limits::dose);
            } else if (s instanceof Schedule.Steps st) {
                for (Schedule.Repeated r : st.steps()) {
                    n += r.count();
                    dose(r.amount());
                }
            } else if (s instanceof Schedule.Single one) {
                n += 1;
                dose(one.amount());
            }
        }
        if (n > MAX_DOSES) {
            throw new IllegalArgumentException(exceeded("the number of doses", n, MAX_DOSES, ""));
        }
    }

    private static void dose(double mg) {
        if (!(mg >= MIN_DOSE_MG && mg <= MAX_DOSE_MG)) {
            throw new IllegalArgumentException("a dose of " + Format.number(mg) + " mg is outside the range a model "
                    + "can compute, " + Format.number(MIN_DOSE_MG) + " to " + Format.number(MAX_DOSE_MG) + " mg "
                    + "(1 ng to 1 kg; see " + DOC + ")");
        }
    }

    /** The message for a value past a limit: "{what} is {value}; the limit is {limit} (see docs/limits.md)". */
    public static String exceeded(String what, double value, double limit, String unit) {
        String u = unit.isEmpty() ? "" : " " + unit;
        return String.format(Locale.ROOT, "%s is %s%s; the limit is %s%s (see %s)", what, number(value), u,
                number(limit), u, DOC);
    }

    /**
     * Checks a count option: at least {@code min}, at most {@code max}.
     *
     * @param option the option as the user wrote it, e.g. {@code --subjects}
     * @throws IllegalArgumentException naming the option and the limit
     */
    public static int count(String option, long value, long min, long max) {
        if (value < min) {
            throw new IllegalArgumentException(option + " must be at least " + min + ", got " + value);
        }
        if (value > max) {
            throw new IllegalArgumentException(exceeded(option, value, max, ""));
        }
        return (int) value;
    }

    /**
     * Checks a span and its output grid; {@code spanSource} and {@code stepSource} name where each came
     * from ({@code --duration}, or a model file's {@code duration:}).
     */
    public static void grid(String spanSource, double duration, String stepSource, double step) {
        if (duration > MAX_DURATION_H) {
            throw new IllegalArgumentException(exceeded(spanSource, duration / 24, MAX_DURATION_H / 24, "d"));
        }
        if (duration < MIN_DURATION_H) {
            throw new IllegalArgumentException(spanSource + " is " + number(duration * 60) + " min; the shortest "
                    + "span is 1 min (see " + DOC + ")");
        }
        if (gridPoints(duration, step) > MAX_GRID_POINTS) {
            throw new IllegalArgumentException(exceeded("the output grid (" + spanSource + " / " + stepSource + ")",
                    gridPoints(duration, step), MAX_GRID_POINTS, "points"));
        }
    }

    /** Whole numbers as written, others with four significant digits. */
    private static String number(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Format.number(x);
    }
}
