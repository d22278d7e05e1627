package org.depotkin.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.depotkin.engine.Output;
import org.depotkin.engine.Trajectory;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.univariate.BrentOptimizer;
import org.hipparchus.optim.univariate.SearchInterval;
import org.hipparchus.optim.univariate.UnivariateObjectiveFunction;
import org.hipparchus.optim.univariate.UnivariatePointValuePair;

/**
 * The peaks and valleys of one output of a run, located on the solution itself, never on an output
 * grid, so they do not change with {@code --step}.
 *
 * <p>Between two consecutive events (doses, oral lag ends, infusion ends, release breakpoints:
 * {@link Events}) an output is smooth. Each such piece is scanned on the solution's own nodes
 * ({@link Trajectory#nodeValues}: the Gauss–Legendre nodes of every piece of the solution, a fraction of
 * the fastest time constant apart on the exact path, and closer than the integrator's steps right after a
 * dose), with nodes added every {@value #SCAN} h where they lie further apart; each event contributes its
 * left limit and, where the curve jumps, the value after it. Where the scanned values turn (the sign of
 * the derivative changes between neighbouring nodes) an interior extremum is refined by Brent's
 * method between those neighbours (to 1e-9 relative in time), so its value is the solution's own
 * to the integrator's tolerance; a turn at an event (the trough just before a dose, the kink where an oral
 * dose starts to be absorbed, the top of an IV bolus jump) is exact as it stands.
 *
 * <p>{@link #max()} is the largest value of the run, at the first time it is reached. {@link #trough()} is the lowest level reached
 * after the first dose once the curve has risen: the smallest of the local minima after the first
 * dose and the value at the end of the run. (The minimum over the whole run would be the value at
 * the first dose, before anything was absorbed.)
 */
public final class Extrema {
    /** Largest spacing of the scan (h). */
    static final double SCAN = 0.25;
    /** Peaks this close to the largest, relatively, are equal (the engine's accuracy): Tmax is the first. */
    static final double TIE = 1e-8;

    /**
     * One extremum.
     *
     * @param time  h
     * @param value in the output's unit
     */
    public record Point(double time, double value) {
    }

    private final Point max;
    private final Point trough;
    private final List<Point> maxima;
    private final List<Point> minima;

    private Extrema(Point max, Point trough, List<Point> maxima, List<Point> minima) {
        this.max = max;
        this.trough = trough;
        this.maxima = List.copyOf(maxima);
        this.minima = List.copyOf(minima);
    }

    /** Extrema of {@code output} over the whole run. */
    public static Extrema of(Trajectory tr, Output output) {
        Scan scan = Scan.of(tr, output);
        double[] doses = Events.doses(tr.model().scenario(), tr.endTime());
        double firstDose = doses.length == 0 ? 0 : doses[0];
        List<Point> maxima = new ArrayList<>();
        List<Point> minima = new ArrayList<>();
        List<Point> candidates = new ArrayList<>();
        int m = scan.t.length;
        for (int j = 0; j < m; j++) {
            Point node = new Point(scan.t[j], scan.y[j]);
            if (j > 0 && j < m - 1 && scan.y[j - 1] < scan.y[j] && scan.y[j] >= scan.y[j + 1]) {
                Point p = scan.event[j] ? node
                        : refine(tr, output, scan.t[j - 1], scan.t[j + 1], node, GoalType.MAXIMIZE);
                maxima.add(p);
                candidates.add(p);
            } else if (j > 0 && j < m - 1 && scan.y[j - 1] > scan.y[j] && scan.y[j] <= scan.y[j + 1]) {
                minima.add(scan.event[j] ? node : refine(tr, output, scan.t[j - 1], scan.t[j + 1], node,
                        GoalType.MINIMIZE));
            }
            candidates.add(node);
        }
        double top = candidates.stream().mapToDouble(Point::value).max().orElseThrow();
        Point max = candidates.stream().filter(p -> p.value() >= top - TIE * Math.abs(top)).findFirst().orElseThrow();
        Point trough = new Point(scan.t[m - 1], scan.y[m - 1]);
        for (Point p : minima) {
            if (p.time() > firstDose && p.value() < trough.value()) {
                trough = p;
            }
        }
        return new Extrema(max, trough, maxima, minima);
    }

    /**
     * The largest value and when it is first reached: at steady state many peaks agree to the
     * engine's accuracy ({@value #TIE} relative), and Tmax is the first of them.
     */
    public Point max() {
        return max;
    }

    /** The lowest level after the first dose once the curve has risen (see the class comment). */
    public Point trough() {
        return trough;
    }

    /** Every interior local maximum, in time order. */
    public List<Point> maxima() {
        return maxima;
    }

    /** Every interior local minimum, in time order. */
    public List<Point> minima() {
        return minima;
    }

    /**
     * The scanned values: within each smooth piece the nodes described in the class comment; at each
     * event inside the run its left limit and, where the curve jumps there, the value after it.
     *
     * @param t     node times (h), non-decreasing
     * @param y     values
     * @param event whether the node is an event's left limit or right value (then it is exact as it
     *              stands; an interior node is refined between its neighbours)
     */
    private record Scan(double[] t, double[] y, boolean[] event) {
        static Scan of(Trajectory tr, Output output) {
            double end = tr.endTime();
            double[][] solution = tr.nodeValues(output);
            List<Double> times = new ArrayList<>();
            List<Double> values = new ArrayList<>();
            List<Boolean> events = new ArrayList<>();
            double a = 0;
            for (double e : Events.of(tr.model(), end)) {
                if (e > a && e < end) {
                    piece(tr, output, solution, a, e, times, values, events);
                    times.add(e);
                    values.add(tr.valueBefore(output, e));
                    events.add(true);
                    a = e;
                }
            }
            piece(tr, output, solution, a, end, times, values, events);
            times.add(end);
            values.add(tr.value(output, end));
            events.add(false);
            boolean[] ev = new boolean[events.size()];
            for (int i = 0; i < ev.length; i++) {
                ev[i] = events.get(i);
            }
            return new Scan(times.stream().mapToDouble(Double::doubleValue).toArray(),
                    values.stream().mapToDouble(Double::doubleValue).toArray(), ev);
        }

        /**
         * Nodes of [a, b): a (an event's right value unless a = 0), the solution's nodes inside, and more every
         * SCAN h where those are further apart.
         */
        private static void piece(Trajectory tr, Output output, double[][] solution, double a, double b,
                                  List<Double> times, List<Double> values, List<Boolean> events) {
            double[] t = solution[0];
            int i = Arrays.binarySearch(t, a);
            i = i < 0 ? -i - 1 : i;
            while (i > 0 && t[i - 1] == a) {
                i--;
            }
            double last = a;
            add(tr, output, a, tr.value(output, a), a > 0, times, values, events);
            for (; i < t.length && t[i] < b; i++) {
                if (t[i] <= a) {
                    continue;
                }
                for (double fill = last + SCAN; fill < t[i] - 0.5 * SCAN; fill += SCAN) {
                    add(tr, output, fill, tr.value(output, fill), false, times, values, events);
                }
                add(tr, output, t[i], solution[1][i], false, times, values, events);
                last = t[i];
            }
            for (double fill = last + SCAN; fill < b - 0.5 * SCAN; fill += SCAN) {
                add(tr, output, fill, tr.value(output, fill), false, times, values, events);
            }
        }

        private static void add(Trajectory tr, Output output, double t, double v, boolean event, List<Double> times,
                                List<Double> values, List<Boolean> events) {
            if (event && v == values.get(values.size() - 1)) {
                return; // continuous at this event: its left limit stands for it
            }
            times.add(t);
            values.add(v);
            events.add(event);
        }
    }

    /** Brent's method on (lo, hi), which holds the scanned extremum {@code node}; never worse than it. */
    private static Point refine(Trajectory tr, Output output, double lo, double hi, Point node, GoalType goal) {
        UnivariatePointValuePair p = new BrentOptimizer(1e-9, 1e-12).optimize(new MaxEval(1000),
                new UnivariateObjectiveFunction(t -> tr.value(output, t)), goal,
                new SearchInterval(lo, hi, node.time()));
        boolean better = goal == GoalType.MAXIMIZE ? p.getValue() > node.value() : p.getValue() < node.value();
        return better ? new Point(p.getPoint(), p.getValue()) : node;
    }

}
