package org.depotkin.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleUnaryOperator;
import java.util.function.IntConsumer;
import org.depotkin.engine.CompiledModel;
import org.depotkin.engine.Crossing;
import org.depotkin.engine.GridResult;
import org.depotkin.model.Criterion;
import org.depotkin.model.Scenario;
import org.depotkin.population.SubjectResult;
import org.depotkin.population.TrialSummary;
import org.depotkin.population.VirtualTrial;

/**
 * The inverse question: which value of one design parameter keeps a criterion met for a target
 * number of days, for the typical patient (metric: days of uninterrupted coverage from first
 * reaching the criterion) or for a fraction of a virtual population (metric: fraction of subjects
 * covered at least that long, same subjects — same seed — at every value).
 *
 * <p>Method: the metric is evaluated on a geometric scan of the parameter (it need not be
 * monotone: a release that is too slow never reaches the threshold, one too fast runs dry), then
 * every crossing of the target between neighbouring scan points is refined by bisection to a
 * relative precision of 1e-3. The answer is the set of intervals where the target is met, with the
 * typical patient at each end ({@link DesignPoint}: coverage, Cmax, time above, release in mg/day).
 * When the metric peaks strictly inside the scanned range, the peak is refined by golden-section
 * search (on log value, same precision) and reported as the optimum: no wider scan can do better
 * there, and when even the optimum misses the target, another parameter has to change.
 */
public final class Design {
    private static final double PRECISION = 1e-3;

    /**
     * The result.
     *
     * @param knob        the parameter varied
     * @param criterion   what must hold
     * @param days        for how long
     * @param probability required fraction of subjects, NaN for the typical patient
     * @param subjects    virtual subjects (0 for the typical patient)
     * @param values      scanned values (knob unit)
     * @param metric      coverage days (typical) or fraction covered (population) at each value
     * @param feasible    intervals [low, high] of values that meet the target (ends refined)
     * @param precision   relative precision of the interval ends
     * @param edges       the typical patient at each end of each feasible interval, in order
     * @param optimum     the metric's peak when it lies strictly inside the scanned range, else null
     */
    public record Result(Knob knob, Criterion criterion, double days, double probability, int subjects, double[] values,
                         double[] metric, List<double[]> feasible, double precision, List<DesignPoint> edges,
                         Optimum optimum) {
        /** The target on the metric: days, or the required fraction. */
        public double target() {
            return Double.isNaN(probability) ? days : probability;
        }

        /** True when {@code value} is an end of the scanned range rather than a refined edge. */
        public boolean isScanEnd(double value) {
            return value == values[0] || value == values[values.length - 1];
        }
    }

    /**
     * The best value inside the scanned range.
     *
     * @param value  the parameter's value (knob unit)
     * @param metric the metric there (days, or fraction of subjects)
     * @param point  the typical patient there
     */
    public record Optimum(double value, double metric, DesignPoint point) {
    }

    private Design() {
    }

    /** For the typical patient. */
    public static Result typical(Scenario s, Knob knob, Criterion c, double days, double lo, double hi, int points) {
        rejectChallenge(c);
        Scenario base = s.with(Math.max(s.duration(), days * 24 + 24), s.outputStep(), s.solver());
        DoubleUnaryOperator metric = v -> coverageDays(knob.apply(base, v), c);
        return solve(knob, c, days, Double.NaN, 0, metric, days, lo, hi, points, base);
    }

    /**
     * For a fraction {@code probability} of {@code subjects} virtual patients; {@code progress} is told how many
     * design points have been simulated (of about {@link #expectedPoints}).
     */
    public static Result population(Scenario s, Knob knob, Criterion c, double days, double probability, int subjects,
                                    long seed, int threads, double lo, double hi, int points, IntConsumer progress) {
        rejectChallenge(c);
        if (s.population() == null) {
            throw new IllegalArgumentException("scenario " + s.name() + " has no population block; drop "
                    + "--probability to design for the typical patient");
        }
        Scenario base = s.with(Math.max(s.duration(), days * 24 + 24), s.outputStep(), s.solver());
        int k = base.criteria().indexOf(c);
        Scenario withCriterion = k >= 0 ? base : new Scenario(base.name(), base.description(), base.compound(),
                base.administrations(), List.of(c), base.duration(), base.outputStep(), base.solver(),
                base.population());
        int index = Math.max(k, 0);
        AtomicInteger evaluated = new AtomicInteger();
        DoubleUnaryOperator metric = v -> {
            Scenario sv = knob.apply(withCriterion, v);
            Scenario withPop = new Scenario(sv.name(), sv.description(), sv.compound(), sv.administrations(),
                    withCriterion.criteria(), sv.duration(), sv.outputStep(), sv.solver(), base.population());
            VirtualTrial trial = new VirtualTrial(withPop, base.population(), seed, 24);
            List<SubjectResult> results = trial.run(subjects, threads, i -> { });
            progress.accept(evaluated.incrementAndGet());
            return TrialSummary.of(trial, results).coveredAtLeast(index, days);
        };
        return solve(knob, c, days, probability, subjects, metric, probability, lo, hi, points, base);
    }

    /**
     * How many design points a scan of {@code points} over [lo, hi] simulates when it finds one edge: the scan,
     * then the bisection of one interval down to {@link #PRECISION}.
     */
    public static int expectedPoints(double lo, double hi, int points) {
        double width = Math.log(hi / lo) / (points - 1);
        return points + (int) Math.ceil(Math.log(width / PRECISION) / Math.log(2));
    }

    private static Result solve(Knob knob, Criterion c, double days, double probability, int subjects,
                                DoubleUnaryOperator metric, double target, double lo, double hi, int points,
                                Scenario base) {
        if (!(lo > 0 && hi > lo) || points < 3) {
            throw new IllegalArgumentException("the scan needs 0 < from < to and at least 3 points");
        }
        double[] v = new double[points];
        double[] m = new double[points];
        for (int i = 0; i < points; i++) {
            v[i] = lo * Math.pow(hi / lo, i / (points - 1.0));
            m[i] = safe(metric, v[i]);
        }
        List<double[]> feasible = new ArrayList<>();
        Double start = m[0] >= target ? v[0] : null;
        for (int i = 1; i < points; i++) {
            boolean before = m[i - 1] >= target;
            boolean now = m[i] >= target;
            if (before != now) {
                double edge = refine(metric, target, v[i - 1], v[i], before);
                if (now) {
                    start = edge;
                } else {
                    feasible.add(new double[] {start, edge});
                    start = null;
                }
            }
        }
        if (start != null) {
            feasible.add(new double[] {start, v[points - 1]});
        }
        List<DesignPoint> edges = new ArrayList<>();
        for (double[] iv : feasible) {
            for (double end : iv) {
                edges.add(DesignPoint.of(knob.apply(base, end), c, end));
            }
        }
        return new Result(knob, c, days, probability, subjects, v, m, feasible, PRECISION, edges,
                optimum(metric, v, m, knob, base, c));
    }

    /** The scan's best value refined, when it lies strictly inside the scan and beats both ends; else null. */
    private static Optimum optimum(DoubleUnaryOperator metric, double[] v, double[] m, Knob knob, Scenario base,
                                  Criterion c) {
        int n = v.length;
        int best = 0;
        for (int i = 1; i < n; i++) {
            best = m[i] > m[best] ? i : best;
        }
        if (best == 0 || best == n - 1 || !(m[best] > m[0] && m[best] > m[n - 1])) {
            return null;
        }
        double at = peak(metric, v[best - 1], v[best + 1]);
        double there = safe(metric, at);
        if (there < m[best]) {
            at = v[best];
            there = m[best];
        }
        return new Optimum(at, there, DesignPoint.of(knob.apply(base, at), c, at));
    }

    /** Golden-section search for the maximum of the metric on [a, b] (log value), to {@link #PRECISION}. */
    private static double peak(DoubleUnaryOperator metric, double a, double b) {
        double g = (Math.sqrt(5) - 1) / 2;
        double x = Math.log(a);
        double y = Math.log(b);
        double p = y - g * (y - x);
        double q = x + g * (y - x);
        double fp = safe(metric, Math.exp(p));
        double fq = safe(metric, Math.exp(q));
        while (y - x > PRECISION) {
            if (fp >= fq) {
                y = q;
                q = p;
                fq = fp;
                p = y - g * (y - x);
                fp = safe(metric, Math.exp(p));
            } else {
                x = p;
                p = q;
                fp = fq;
                q = x + g * (y - x);
                fq = safe(metric, Math.exp(q));
            }
        }
        return Math.exp((x + y) / 2);
    }

    /** Bisection (on log value) between a point meeting the target and one that does not. */
    private static double refine(DoubleUnaryOperator metric, double target, double a, double b, boolean aMeets) {
        double good = aMeets ? a : b;
        double bad = aMeets ? b : a;
        while (Math.abs(good / bad - 1) > PRECISION) {
            double mid = Math.sqrt(good * bad);
            if (safe(metric, mid) >= target) {
                good = mid;
            } else {
                bad = mid;
            }
        }
        return good;
    }

    /** A value the model rejects (e.g. a fraction pushed above 1) does not meet the target. */
    private static double safe(DoubleUnaryOperator metric, double v) {
        try {
            return metric.applyAsDouble(v);
        } catch (IllegalArgumentException e) {
            return Double.NEGATIVE_INFINITY;
        }
    }

    /** Challenges are judged by {@code depotkin blockade}, not by designing for coverage. */
    private static void rejectChallenge(Criterion c) {
        if (c instanceof Criterion.Challenge ch) {
            throw new IllegalArgumentException("criterion '" + ch.describe() + "' is a challenge: evaluate it with "
                    + "'depotkin blockade'");
        }
    }

    /**
     * Days of uninterrupted coverage from first meeting the criterion (the simulated span if never lost), followed
     * without keeping the dense solution ({@link CompiledModel#onGrid}).
     */
    public static double coverageDays(Scenario s, Criterion c) {
        CompiledModel m = CompiledModel.compile(s);
        GridResult run = m.onGrid(new double[] {0}, List.of(), List.of(m.output(c)), new double[] {m.level(c)});
        return coverageDays(run.crossings().get(0), run.startsAbove()[0], run.end());
    }

    /** As {@link #coverageDays(Scenario, Criterion)}, from a run's crossings of the criterion's level. */
    static double coverageDays(List<Crossing> xs, boolean startsAbove, double end) {
        double fail = Crossing.firstFailure(xs, startsAbove);
        double first = startsAbove ? 0 : xs.stream().filter(Crossing::rising).mapToDouble(Crossing::time).findFirst()
                .orElse(Double.NaN);
        if (Double.isNaN(first)) {
            return 0;
        }
        return (Double.isInfinite(fail) ? end - first : fail - first) / 24;
    }
}
