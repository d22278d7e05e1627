package org.depotkin.engine;

import java.util.List;

/**
 * A time at which an output crosses a threshold.
 *
 * @param time   h
 * @param rising true when the output goes from below to at-or-above the threshold
 */
public record Crossing(double time, boolean rising) {

    /** Total time (h) at or above a threshold over [0, end], from its crossings and whether the run starts above it. */
    public static double timeAbove(List<Crossing> crossings, boolean startsAbove, double end) {
        boolean above = startsAbove;
        double since = 0;
        double total = 0;
        for (Crossing c : crossings) {
            if (c.rising() && !above) {
                since = c.time();
                above = true;
            } else if (!c.rising() && above) {
                total += c.time() - since;
                above = false;
            }
        }
        return above ? total + end - since : total;
    }

    /**
     * The first time the output falls below the threshold after having reached it (h): +infinity if
     * it never does, 0 if it is never reached.
     */
    public static double firstFailure(List<Crossing> crossings, boolean startsAbove) {
        boolean reached = startsAbove;
        for (Crossing x : crossings) {
            if (x.rising()) {
                reached = true;
            } else if (reached) {
                return x.time();
            }
        }
        return reached ? Double.POSITIVE_INFINITY : 0;
    }
}
