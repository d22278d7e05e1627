package org.depotkin.engine;

import java.util.List;

/**
 * A run seen on a time grid: the values of some outputs at every grid time and the exact crossings of
 * watched (output, threshold) pairs ({@link CompiledModel#onGrid}). At a dose time the value after the dose
 * is reported, as {@link Trajectory} does.
 *
 * @param grid        the grid times (h)
 * @param values      values[i][g]: kept output i at grid time g
 * @param crossings   per watched pair, its crossings in time order
 * @param startsAbove per watched pair, whether the output is at or above its threshold at t = 0
 * @param end         end of the run (h)
 * @param max         the largest value of the first kept output over the run, located on the solution (not on the
 *                    grid); −∞ when nothing is kept
 * @param maxTime     the first time it is reached (h); NaN when nothing is kept
 * @param window      length (h) of the windows of {@code windowMax}: [k·window, (k + 1)·window), the last one ending
 *                    with the run; +∞ for one window, the whole run; NaN when no peak is located
 * @param windowMax   the largest value of the first kept output in each window, located as {@code max} (a subject's
 *                    daily peaks); empty when no peak is located
 * @param windowMin   its lowest value in each window, located the same way when there are several windows (a
 *                    subject's daily troughs); for one window, the grid walk gives the lowest of its nodes
 */
public record GridResult(double[] grid, double[][] values, List<List<Crossing>> crossings, boolean[] startsAbove,
                         double end, double max, double maxTime, double window, double[] windowMax,
                         double[] windowMin) {

    /** The number of windows of this length in a run of {@code end} h (1 for +∞, 0 for NaN: none asked for). */
    static int windows(double window, double end) {
        if (Double.isNaN(window)) {
            return 0;
        }
        return window >= end ? 1 : (int) Math.ceil(end / window - 1e-9);
    }

    /** The window that holds time t (h), of {@code count} windows of this length (the end belongs to the last). */
    static int windowOf(double t, double window, int count) {
        return Math.min(count - 1, Math.max(0, (int) Math.floor(t / window)));
    }

    /** Hours during which watched pair k is at or above its threshold. */
    public double timeAbove(int k) {
        return Crossing.timeAbove(crossings.get(k), startsAbove[k], end);
    }

    /** First time watched pair k falls below its threshold after having reached it ({@link Crossing#firstFailure}). */
    public double firstFailure(int k) {
        return Crossing.firstFailure(crossings.get(k), startsAbove[k]);
    }
}
