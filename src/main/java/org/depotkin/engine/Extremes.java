package org.depotkin.engine;

import java.util.Arrays;

/**
 * The extremes of one output along a walk ({@link GridWalk}): its largest value over the run and when it is first
 * reached, and its largest and lowest value in each window [k·w, (k + 1)·w) of a given length w (the last window
 * ending with the run; a subject's daily peaks and troughs), from the values the walk offers in time order: its
 * nodes and the turns it solves between them. A window's end is a node of the walk ({@link #windowEnd}); the value
 * there counts in both windows it separates, unless an event falls there: then the left limit closes the window before
 * and the value after the event opens the next (as the dense solution's own windows, {@link Trajectory#extremes}).
 */
final class Extremes {
    private final double length;
    private final double[] highest;
    private final double[] lowest;
    private double max = Double.NEGATIVE_INFINITY;
    private double maxTime = Double.NaN;
    /** The window of the current step, and its end (h): +∞ for the last one. */
    private int window;
    private double windowEnd = Double.POSITIVE_INFINITY;

    /**
     * @param length   the windows' length (h); +∞ for one window, the whole run; NaN for none (nothing is offered)
     * @param duration the run's end (h)
     */
    Extremes(double length, double duration) {
        this.length = length;
        this.highest = new double[GridResult.windows(length, duration)];
        this.lowest = new double[highest.length];
        Arrays.fill(highest, Double.NEGATIVE_INFINITY);
        Arrays.fill(lowest, Double.POSITIVE_INFINITY);
    }

    /** Whether there are several windows (then troughs between nodes are wanted too). */
    boolean windowed() {
        return highest.length > 1;
    }

    /** The current window's end (h), a time the walk must make a node; +∞ when no window ends ahead. */
    double windowEnd() {
        return windowEnd;
    }

    /** Makes the window that holds t (its start counted in it) the current one: at a panel's start. */
    void enter(double t) {
        window = highest.length == 1 ? 0 : GridResult.windowOf(t + 1e-9, length, highest.length);
        windowEnd = window == highest.length - 1 ? Double.POSITIVE_INFINITY : (window + 1) * length;
    }

    /** A value at t inside the current window or at its start: the run's largest (first reached) and the window's. */
    void offer(double t, double value) {
        if (value > max) {
            max = value;
            maxTime = t;
        }
        include(value);
    }

    /** A value in the current window. */
    private void include(double value) {
        highest[window] = Math.max(highest[window], value);
        lowest[window] = Math.min(lowest[window], value);
    }

    /**
     * The value at the end of a step, tn: offered to the step's window; at the window's end the next window becomes
     * the current one, and the value is its first too when {@code opens} (no event at tn: the curve goes on from it;
     * at a panel's end, the next panel's start offers the value after the event instead).
     */
    void close(double tn, double value, boolean opens) {
        offer(tn, value);
        if (tn >= windowEnd - 1e-9) {
            enter(tn);
            if (opens) {
                include(value);
            }
        }
    }

    double max() {
        return max;
    }

    double maxTime() {
        return maxTime;
    }

    double length() {
        return length;
    }

    double[] highest() {
        return highest.clone();
    }

    double[] lowest() {
        return lowest.clone();
    }
}
