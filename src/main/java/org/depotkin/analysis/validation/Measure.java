package org.depotkin.analysis.validation;

import org.depotkin.analysis.Washout;
import org.depotkin.engine.Crossing;
import org.depotkin.engine.Output;
import org.depotkin.engine.Trajectory;
import org.depotkin.model.Criterion;
import org.depotkin.model.Format;
import org.depotkin.model.Scenario;
import org.depotkin.model.Unit;

/**
 * What a target measures on a scenario's run, in the measure's own unit ({@link #unit()}): ng/mL for
 * an analyte, % for occupancy, h for times, 1 for ratios. Times are hours from the start of the run.
 */
public sealed interface Measure permits Measure.Peak, Measure.ValueAt, Measure.HalfLife,
        Measure.HalfTime, Measure.Lasts, Measure.LevelWhenLost, Measure.WashoutTime, Measure.AucRatio,
        Measure.FeltDoseRatio {

    /** The measured value for {@code scenario}, whose runs and challenge models come from {@code runs}. */
    double of(Scenario scenario, Runs runs);

    /** The unit of {@link #of}. */
    Unit unit();

    /** One line for the scorecard, e.g. {@code peak naltrexone, 0-24 h}. */
    String describe();

    /** The largest value of an output over [from, to] (h), or ({@code when}) the time it is reached. */
    record Peak(String output, double from, double to, boolean when) implements Measure {
        @Override
        public double of(Scenario scenario, Runs runs) {
            Trajectory tr = runs.run(scenario);
            double[] peak = Sampled.peak(tr, tr.output(output), from, to);
            return when ? peak[1] : Sampled.scale(output) * peak[0];
        }

        @Override
        public Unit unit() {
            return when ? Unit.H : Sampled.unit(output);
        }

        @Override
        public String describe() {
            return (when ? "time of peak " : "peak ") + output + ", " + Sampled.span(from, to);
        }
    }

    /** An output at one time (h). */
    record ValueAt(String output, double at) implements Measure {
        @Override
        public double of(Scenario scenario, Runs runs) {
            Trajectory tr = runs.run(scenario);
            return Sampled.scale(output) * tr.value(tr.output(output), at);
        }

        @Override
        public Unit unit() {
            return Sampled.unit(output);
        }

        @Override
        public String describe() {
            return output + " at " + Sampled.time(at);
        }
    }

    /** Apparent half-life between two times: ln 2 (to - from) / ln(C(from) / C(to)). */
    record HalfLife(String output, double from, double to) implements Measure {
        @Override
        public double of(Scenario scenario, Runs runs) {
            Trajectory tr = runs.run(scenario);
            Output o = tr.output(output);
            return Math.log(2) * (to - from) / Math.log(tr.value(o, from) / tr.value(o, to));
        }

        @Override
        public Unit unit() {
            return Unit.H;
        }

        @Override
        public String describe() {
            return "apparent half-life of " + output + ", " + Sampled.span(from, to);
        }
    }

    /** Time from the start until an output, after its peak within [0, peakBy] h, falls to half that peak. */
    record HalfTime(String output, double peakBy) implements Measure {
        @Override
        public double of(Scenario scenario, Runs runs) {
            Trajectory tr = runs.run(scenario);
            Output o = tr.output(output);
            double[] peak = Sampled.peak(tr, o, 0, peakBy);
            return tr.crossings(o, peak[0] / 2).stream().filter(c -> !c.rising() && c.time() > peak[1])
                    .mapToDouble(Crossing::time).findFirst().orElse(Double.POSITIVE_INFINITY);
        }

        @Override
        public Unit unit() {
            return Unit.H;
        }

        @Override
        public String describe() {
            return "time to half of the peak " + output;
        }
    }

    /** When a criterion (concentration, occupancy or challenge) first fails after it has been met (h). */
    record Lasts(Criterion criterion) implements Measure {
        @Override
        public double of(Scenario scenario, Runs runs) {
            return runs.firstFailure(scenario, criterion);
        }

        @Override
        public Unit unit() {
            return Unit.H;
        }

        @Override
        public String describe() {
            return "end of '" + criterion.describe() + "'";
        }
    }

    /** An output at the time a criterion is first lost (e.g. plasma naltrexone when heroin is felt again). */
    record LevelWhenLost(String output, Criterion criterion) implements Measure {
        @Override
        public double of(Scenario scenario, Runs runs) {
            Trajectory tr = runs.run(scenario);
            return Sampled.scale(output) * tr.value(tr.output(output), runs.firstFailure(scenario, criterion));
        }

        @Override
        public Unit unit() {
            return Sampled.unit(output);
        }

        @Override
        public String describe() {
            return output + " when '" + criterion.describe() + "' ends";
        }
    }

    /** Time after the last dose until an IV analgesic reaches {@code margin} of its naltrexone-free effect (h). */
    record WashoutTime(Criterion.Challenge analgesic, double margin) implements Measure {
        @Override
        public double of(Scenario scenario, Runs runs) {
            return Washout.of(scenario, runs.challenge(analgesic.agonist(), analgesic.route()), analgesic.dose(), margin).hours();
        }

        @Override
        public Unit unit() {
            return Unit.H;
        }

        @Override
        public String describe() {
            return "washout for " + analgesic.challenge() + " ("
                    + Format.number(100 * margin) + " %)";
        }
    }

    /** AUC of an output over [from, to] h divided by the same AUC in another scenario. */
    record AucRatio(String output, double from, double to, Scenario reference) implements Measure {
        @Override
        public double of(Scenario scenario, Runs runs) {
            Trajectory a = runs.run(scenario);
            Trajectory b = runs.run(reference);
            return a.integral(a.output(output), from, to) / b.integral(b.output(output), from, to);
        }

        @Override
        public Unit unit() {
            return Unit.ONE;
        }

        @Override
        public String describe() {
            return "AUC " + output + " " + Sampled.span(from, to) + " / same in " + reference.name();
        }
    }

    /**
     * Relative potency without antagonist: the smallest dose of one agonist (by its route) that reaches the
     * response threshold, divided by that of another. Needs no antagonist run.
     */
    record FeltDoseRatio(Criterion.Challenge agonist, Criterion.Challenge reference) implements Measure {
        @Override
        public double of(Scenario scenario, Runs runs) {
            return felt(agonist, runs) / felt(reference, runs);
        }

        private static double felt(Criterion.Challenge c, Runs runs) {
            var m = runs.challenge(c.agonist(), c.route());
            return m.unblockedDose(m.agonist().response());
        }

        @Override
        public Unit unit() {
            return Unit.ONE;
        }

        @Override
        public String describe() {
            return "felt dose " + agonist.route() + " " + agonist.agonist() + " / " + reference.route() + " "
                    + reference.agonist() + ", no naltrexone";
        }
    }
}
