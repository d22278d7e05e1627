package org.depotkin.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.depotkin.engine.Crossing;
import org.depotkin.engine.Output;
import org.depotkin.engine.Trajectory;
import org.depotkin.model.Criterion;
import org.depotkin.model.Administration;
import org.depotkin.model.Dose;
import org.depotkin.model.Scenario;

/**
 * Blockade of an agonist challenge over one antagonist run (docs/science.md §6): the windows
 * during which a challenge given at t is blocked, the first failure, per dosing interval the share
 * covered and the gap before the next dose, and the surmountable dose over time.
 *
 * <p>g(t) = P(t, D) − θ* ({@link ChallengeModel}) is evaluated on a grid (step = duration/2000,
 * clamped to 15 min – 6 h, plus every dose time); every sign change is refined by Brent to
 * {@link #TIME_TOL} h, so window ends are exact to well under a minute and not read off the grid.
 * A window shorter than the grid step can be missed.
 *
 * @param scenario      scenario name
 * @param description   scenario description (legends)
 * @param criterion     e.g. {@code 25 mg IV heroin blocked} or {@code naltrexone >= 2 ng/mL}
 * @param agonist       the challenge's agonist; null for a concentration or occupancy criterion
 * @param dose          challenge dose (mg); NaN for a concentration or occupancy criterion
 * @param response      θ*, the agonist occupancy at which the challenge is felt; NaN likewise
 * @param target        the blockade each dose should give (h), NaN for none
 * @param duration      the run's span (h)
 * @param windows       blocked stretches, in time order
 * @param firstFailure  first time the blockade is lost after having been reached (h); +inf never, 0 never reached
 * @param intervals     one per dose
 * @param curve         surmountable dose and antagonist occupancy over time; null unless a challenge
 * @param occupancyThreshold the antagonist occupancy above which the challenge is blocked when the antagonist
 *                      holds still over the challenge (fraction; for the occupancy plot)
 * @param unblockedDose the smallest dose of the challenge's agonist, by its route, felt without any antagonist (mg);
 *                      NaN unless a challenge. A challenge below it is "blocked" only because it is never felt.
 */
public record Blockade(String scenario, String description, String criterion, String agonist, double dose, double response,
                       double target, double duration, List<Window> windows, double firstFailure,
                       List<Interval> intervals, Curve curve, double occupancyThreshold, double unblockedDose) {
    /** Root-finding accuracy for window ends (h): 3.6 s. */
    public static final double TIME_TOL = 1e-3;
    private static final int CURVE_POINTS = 1000;
    private static final double[] MARK_DAYS = {1, 7, 28, 90, 180, 365};

    /**
     * A blocked stretch.
     *
     * @param start h
     * @param end   h (the run's end when {@code open})
     * @param open  still blocked at the end of the run
     */
    public record Window(double start, double end, boolean open) {
        public double length() {
            return end - start;
        }
    }

    /**
     * One dosing interval.
     *
     * @param dose       time of the dose (h)
     * @param next       time of the next dose, or the run's end (h)
     * @param last       whether this is the last dose in the run
     * @param blockedFor time from the dose until the blockade first fails after it (h); up to the run's end
     * @param covered    share of [dose, next) blocked (fraction)
     * @param gap        unblocked time just before the next dose (h); NaN for the last dose
     */
    public record Interval(double dose, double next, boolean last, double blockedFor, double covered, double gap) {
    }

    /**
     * Samples for plots: time (h), surmountable dose (mg), antagonist occupancy (fraction); and the
     * surmountable dose at round times (1, 7, 28, 90, 180, 365 d within the run) for tables.
     */
    public record Curve(double[] time, double[] surmountable, double[] occupancy, double[] markTime,
                        double[] markDose) {
    }

    /** Whether the target (e.g. 24 h after every dose) is met; false when there is no target. */
    public boolean targetMet() {
        return !Double.isNaN(target) && intervals.stream().allMatch(i -> i.blockedFor() >= target - TIME_TOL);
    }

    /**
     * Evaluates the blockade of a challenge over an antagonist run.
     *
     * @param scenario   the antagonist scenario (for its doses)
     * @param run        its trajectory
     * @param challenge  the agonist's challenge model
     * @param dose       challenge dose (mg)
     * @param response   θ* (fraction)
     * @param target     blockade each dose should give (h), NaN for none
     */
    public static Blockade of(Scenario scenario, Trajectory run, ChallengeModel challenge, double dose,
                              double response, double target) {
        double end = run.endTime();
        List<Double> doseTimes = doseTimes(scenario, end);
        double[] grid = grid(0, end, doseTimes, 2000, 6);
        double[] g = new double[grid.length];
        for (int i = 0; i < grid.length; i++) {
            g[i] = margin(run, challenge, dose, response, grid[i]);
        }
        List<Window> windows = new ArrayList<>();
        double start = g[0] < 0 ? 0 : Double.NaN;
        for (int i = 1; i < grid.length; i++) {
            if ((g[i - 1] < 0) == (g[i] < 0)) {
                continue;
            }
            double x = Roots.brent(t -> margin(run, challenge, dose, response, t), grid[i - 1], grid[i], TIME_TOL);
            if (g[i] < 0) {
                start = x;
            } else {
                windows.add(new Window(start, x, false));
                start = Double.NaN;
            }
        }
        if (!Double.isNaN(start)) {
            windows.add(new Window(start, end, true));
        }
        Curve curve = curve(run, challenge, response, end);
        double r = dose * challenge.peakRatioPerMg() * (1 - response) / response - 1;
        double occThreshold = r > 0 ? r / (1 + r) : 0;
        String name = challenge.describe(dose) + " blocked";
        return new Blockade(scenario.name(), scenario.description(), name, challenge.agonist().name(), dose, response,
                target, end,
                List.copyOf(windows), firstFailure(windows), intervals(doseTimes, windows, end), curve, occThreshold,
                challenge.unblockedDose(response));
    }

    /**
     * The windows of a concentration or occupancy criterion: met while the output is at or above its
     * threshold, from the run's exact crossings ({@link Trajectory#crossings}). No surmountable dose.
     */
    public static Blockade of(Scenario scenario, Trajectory run, Criterion criterion, double target) {
        Output output;
        double level;
        if (!(criterion instanceof Criterion.Challenge)) {
            output = run.model().output(criterion);
            level = run.model().level(criterion);
        } else {
            throw new IllegalArgumentException("a challenge criterion needs its agonist: use the challenge form");
        }
        double end = run.endTime();
        List<Window> windows = new ArrayList<>();
        double start = run.value(output, 0) >= level ? 0 : Double.NaN;
        for (Crossing x : run.crossings(output, level)) {
            if (x.rising() && Double.isNaN(start)) {
                start = x.time();
            } else if (!x.rising() && !Double.isNaN(start)) {
                windows.add(new Window(start, x.time(), false));
                start = Double.NaN;
            }
        }
        if (!Double.isNaN(start)) {
            windows.add(new Window(start, end, true));
        }
        return new Blockade(scenario.name(), scenario.description(), criterion.describe(), null, Double.NaN, Double.NaN,
                target, end, List.copyOf(windows), firstFailure(windows),
                intervals(doseTimes(scenario, end), windows, end), null, Double.NaN, Double.NaN);
    }

    private static double firstFailure(List<Window> windows) {
        return windows.isEmpty() ? 0 : windows.get(0).open() ? Double.POSITIVE_INFINITY : windows.get(0).end();
    }

    /** g(t) = P(t, D) − θ*: negative while blocked. */
    static double margin(Trajectory run, ChallengeModel challenge, double dose, double response, double t) {
        return challenge.at(run, t).peakOccupancy(dose) - response;
    }

    /** Every dose time of every administration within [0, end), sorted. */
    static List<Double> doseTimes(Scenario s, double end) {
        TreeSet<Double> times = new TreeSet<>();
        for (Administration a : s.administrations()) {
            for (Dose d : a.regimen().doses()) {
                if (d.time() < end) {
                    times.add(d.time());
                }
            }
        }
        return List.copyOf(times);
    }

    /** Grid over [from, to]: step (to − from)/points within 0.25 h – maxStep, plus the given times. */
    static double[] grid(double from, double to, List<Double> extra, int points, double maxStep) {
        double step = Math.min(maxStep, Math.max(0.25, (to - from) / points));
        TreeSet<Double> t = new TreeSet<>();
        int n = (int) Math.ceil((to - from) / step);
        for (int i = 0; i <= n; i++) {
            t.add(Math.min(to, from + i * step));
        }
        for (double x : extra) {
            if (x > from && x < to) {
                t.add(x);
            }
        }
        return t.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static List<Interval> intervals(List<Double> doses, List<Window> windows, double end) {
        List<Interval> out = new ArrayList<>();
        for (int i = 0; i < doses.size(); i++) {
            double d = doses.get(i);
            boolean last = i == doses.size() - 1;
            double next = last ? end : doses.get(i + 1);
            double covered = 0;
            double lastBlocked = d;
            double failure = end;
            boolean failed = false;
            for (Window w : windows) {
                double lo = Math.max(w.start(), d);
                double hi = Math.min(w.end(), next);
                if (hi > lo) {
                    covered += hi - lo;
                    lastBlocked = Math.max(lastBlocked, hi);
                }
                if (!failed && w.end() > d && !w.open()) {
                    failure = w.end();
                    failed = true;
                }
            }
            double gap = last ? Double.NaN : next - lastBlocked;
            out.add(new Interval(d, next, last, failure - d, next > d ? covered / (next - d) : 0, gap));
        }
        return List.copyOf(out);
    }

    private static Curve curve(Trajectory run, ChallengeModel challenge, double response, double end) {
        double[] t = new double[CURVE_POINTS + 1];
        double[] dStar = new double[t.length];
        double[] occ = new double[t.length];
        var output = run.find("occupancy");
        for (int i = 0; i < t.length; i++) {
            t[i] = end * i / CURVE_POINTS;
            dStar[i] = challenge.at(run, t[i]).surmountableDose(response);
            occ[i] = output.isPresent() ? run.value(output.get(), t[i]) : 0;
        }
        double[] marks = java.util.Arrays.stream(MARK_DAYS).map(d -> d * 24).filter(h -> h <= end).toArray();
        double[] markDose = new double[marks.length];
        for (int i = 0; i < marks.length; i++) {
            markDose[i] = challenge.at(run, marks[i]).surmountableDose(response);
        }
        return new Curve(t, dStar, occ, marks, markDose);
    }
}
