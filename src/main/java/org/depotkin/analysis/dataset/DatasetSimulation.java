package org.depotkin.analysis.dataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.depotkin.analysis.Observations;
import org.depotkin.engine.CompiledModel;
import org.depotkin.engine.Output;
import org.depotkin.engine.PhasedRun;
import org.depotkin.io.dataset.Dataset;
import org.depotkin.io.dataset.EventRecord;
import org.depotkin.model.Administration;
import org.depotkin.model.Format;
import org.depotkin.model.Formulation;
import org.depotkin.model.ParameterSpace;
import org.depotkin.model.Population;
import org.depotkin.model.Regimen;
import org.depotkin.model.Scenario;
import org.depotkin.model.Schedule;
import org.depotkin.population.SubjectSampler;

/**
 * Runs every subject of an event dataset through a scenario (docs/datasets.md). The scenario gives
 * the compound and formulation; the dataset gives each subject's doses, observation times and
 * covariates. A subject's records are cut at every reset (EVID 3 or 4, SS 1) into independent
 * runs, each compiled as its own {@link Scenario} and simulated by the engine; its clock is shifted
 * so that the doses before a steady state ({@link SteadyState}) fall at t &ge; 0. ADDL doses follow
 * every II; a reset cancels the doses and infusions still to come. With a population block that has
 * a weight, a WT column scales the disposition ({@link Allometry}); on request its variability draws each
 * subject's parameters. Each observation (EVID 0) is
 * predicted and then given residual error; EVID 2 records get the prediction, without error.
 * At a time shared with a dose, an observation sees the dose only if its record comes after the
 * dose's record (doses implied by ADDL or SS come after every record at their time).
 */
public final class DatasetSimulation {
    private final Scenario base;
    /** The base scenario's parameters, bound per subject, phase and occasion. */
    private final ParameterSpace space;
    private final Dataset data;
    private final ResidualError error;
    private final Occasions occasions;
    private final Compartments compartments;
    private final SteadyState steadyState = new SteadyState();
    private final List<String> notes = new ArrayList<>();
    private final Covariates covariates;
    /** Whether between-occasion variability changes a parameter of the compound, so that a run has phases. */
    private final boolean iovOnCompound;
    private final SubjectSampler between;

    /**
     * The simulated dataset and what the user should know about it.
     *
     * @param data  the input's records with DV simulated (and MDV 0) on every observation
     * @param notes one line each, e.g. a weight the scenario scales by that the dataset does not give
     */
    public record Result(Dataset data, List<String> notes) {
    }

    private DatasetSimulation(Scenario base, Dataset data, ResidualError error, Occasions occasions,
                              SubjectSampler between) {
        this.base = base;
        this.space = ParameterSpace.of(base);
        this.between = between;
        this.data = data;
        this.error = error;
        this.occasions = occasions;
        this.compartments = new Compartments(base, CompiledModel.compile(base).outputs().stream().map(Output::name)
                .toList());
        occasions.check(base, data.covariates());
        this.iovOnCompound = occasions.variesCompound(base);
        this.covariates = new Covariates(base, data, notes);
    }

    /** Simulates every subject as the scenario's typical patient at its covariates; seeded (residual error, IOV). */
    public static Result run(Scenario base, Dataset data, ResidualError error, Occasions occasions, long seed) {
        return run(base, data, error, occasions, seed, false);
    }

    /**
     * As above; with {@code betweenSubject}, subject k (0-based, in file order) also has its parameters
     * drawn from the scenario's population variability ({@code variability} and {@code correlation}; not
     * its weight, failures or adherence, which the dataset's records and covariates give) exactly as
     * virtual subject k of {@code depotkin population} with the same seed.
     */
    public static Result run(Scenario base, Dataset data, ResidualError error, Occasions occasions, long seed,
                             boolean betweenSubject) {
        DatasetSimulation sim = new DatasetSimulation(base, data, error, occasions,
                betweenSubject ? etaSampler(base, seed) : null);
        SplittableRandom master = new SplittableRandom(seed);
        List<EventRecord> out = new ArrayList<>();
        int index = 0;
        for (List<EventRecord> subject : data.subjects().values()) {
            out.addAll(sim.subject(subject, master.split(), index++));
        }
        return new Result(data.withRecords(out), List.copyOf(sim.notes));
    }

    /**
     * One subject's observed concentrations and the scenario that predicts them, for fitting.
     *
     * @param id           subject identifier
     * @param scenario     the subject's doses and covariates (no residual error, no IOV)
     * @param observations DV by analyte, at times on the scenario's clock
     */
    public record ObservedSubject(String id, Scenario scenario, Observations observations) {
    }

    /**
     * Every subject with observations, as one scenario each. A fit needs one run per subject: a reset
     * (EVID 3 or 4, SS 1) after a subject's first record is refused, as are observations of anything
     * but an analyte's plasma concentration.
     */
    public static List<ObservedSubject> observed(Scenario base, Dataset data) {
        DatasetSimulation sim = new DatasetSimulation(base, data, ResidualError.NONE, Occasions.NONE, null);
        List<ObservedSubject> out = new ArrayList<>();
        for (List<EventRecord> records : data.subjects().values()) {
            for (int i = 1; i < records.size(); i++) {
                EventRecord r = records.get(i);
                if (r.resets()) {
                    throw data.error(r, r.steadyState() == 1 ? "SS" : "EVID", "a fit takes one run per subject; "
                            + "subject " + r.id() + " is reset here");
                }
                String column = sim.covariates.changed(records.get(i - 1), r);
                if (column != null) {
                    throw data.error(r, column, "a fit takes one value of " + column + " per subject; subject "
                            + r.id() + "'s changes at " + Format.number(r.time()) + " h");
                }
            }
            Run run = sim.run(records, 0, records.size(), Map.of(), Occasions.NONE.subject(new SplittableRandom(0)));
            List<EventRecord> obs = records.stream().filter(EventRecord::isObservation).toList();
            if (obs.isEmpty()) {
                continue;
            }
            if (run.phases().isEmpty()) {
                throw data.error(obs.get(0), "EVID", "subject " + obs.get(0).id() + " has observations but no dose");
            }
            out.add(new ObservedSubject(records.get(0).id(), run.phases().get(0), sim.observations(obs,
                    run.origin())));
        }
        return out;
    }

    /** The observations of one subject by analyte, times shifted to the run's clock. */
    private Observations observations(List<EventRecord> obs, double origin) {
        List<String> analytes = new ArrayList<>();
        java.util.TreeSet<Double> times = new java.util.TreeSet<>();
        for (EventRecord r : obs) {
            String a = analyte(r);
            if (!analytes.contains(a)) {
                analytes.add(a);
            }
            times.add(r.time() - origin);
        }
        List<Double> grid = new ArrayList<>(times);
        double[][] values = new double[analytes.size()][grid.size()];
        for (double[] row : values) {
            java.util.Arrays.fill(row, Double.NaN);
        }
        for (EventRecord r : obs) {
            int a = analytes.indexOf(analyte(r));
            int i = grid.indexOf(r.time() - origin);
            if (Double.isNaN(r.dv()) || !Double.isNaN(values[a][i])) {
                throw data.error(r, "DV", Double.isNaN(r.dv()) ? "expected an observed concentration"
                        : "a second observation of " + analytes.get(a) + " at " + r.time() + " h");
            }
            values[a][i] = r.dv();
        }
        return new Observations(data.file() + " ID " + obs.get(0).id(), analytes,
                grid.stream().mapToDouble(Double::doubleValue).toArray(), values);
    }

    /** The analyte an observation measures (its plasma concentration), or a located error. */
    private String analyte(EventRecord r) {
        try {
            String name = compartments.observed(r.cmt());
            if (base.compound().analyte(name).isEmpty()) {
                throw new IllegalArgumentException("a fit takes plasma concentrations of "
                        + String.join(", ", base.compound().analytes().stream().map(x -> x.name()).toList())
                        + ", got " + name);
            }
            return name;
        } catch (IllegalArgumentException e) {
            throw data.error(r, "CMT", e.getMessage());
        }
    }

    /** Draws the random effects of the scenario's population, without its weight, failures or adherence. */
    private static SubjectSampler etaSampler(Scenario base, long seed) {
        Population p = base.population();
        if (p == null || p.etas().isEmpty()) {
            throw new IllegalArgumentException("scenario " + base.name() + " has no population variability to draw "
                    + "subjects from (population: variability: {...})");
        }
        return new SubjectSampler(base, new Population(p.subjects(), p.etas(), p.correlation(), null, List.of(), null),
                seed);
    }

    private List<EventRecord> subject(List<EventRecord> records, SplittableRandom rng, int index) {
        Map<String, Double> eta = between == null ? Map.of() : between.draw(index).factors();
        Occasions.Subject iov = occasions.subject(rng.split());
        SplittableRandom eps = rng.split();
        double[] predicted = new double[records.size()];
        int from = 0;
        for (int i = 1; i <= records.size(); i++) {
            if (i == records.size() || records.get(i).resets()) {
                predictSegment(records, from, i, eta, iov, predicted);
                from = i;
            }
        }
        List<EventRecord> out = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            EventRecord r = records.get(i);
            if (r.evid() == 0) {
                out.add(r.withDv(error.observe(predicted[i], eps), 0));
            } else if (r.evid() == 2) {
                out.add(r.withDv(predicted[i], 1));
            } else {
                out.add(r.withDv(Double.NaN, 1));
            }
        }
        return out;
    }

    /**
     * One run of a subject: records [from, to) of its list, which share one simulation (no reset after
     * {@code from}), as the scenarios that simulate them on a clock starting at {@code origin} h of the
     * dataset's clock (earlier than the first record when steady-state doses come before it). The subject's
     * parameters change where its weight or, with between-occasion variability of its clearances or volumes,
     * its occasion does: one phase each ({@link PhasedRun}), with the same doses.
     *
     * @param phases the run's scenarios, one per phase; empty when the run has no dose
     * @param starts phase start times on the run's clock (h), the first 0
     * @param origin dataset time (h) of the run's time 0
     * @param doses  the run's doses, to tell which an observation at the same time sees
     */
    record Run(List<Scenario> phases, double[] starts, double origin, int from, int to, List<DoseEvent> doses) {
    }

    /** Predicts records [from, to) of a subject, which share one run. */
    private void predictSegment(List<EventRecord> records, int from, int to, Map<String, Double> eta,
                                Occasions.Subject iov, double[] predicted) {
        Run run = run(records, from, to, eta, iov);
        if (run.phases().isEmpty()) {
            return;
        }
        PhasedRun tr = PhasedRun.simulate(run.phases(), run.starts());
        for (int i = from; i < to; i++) {
            EventRecord r = records.get(i);
            if (r.evid() == 0 || r.evid() == 2) {
                predicted[i] = predict(tr, r, i, run.doses(), run.origin());
            }
        }
    }

    /** The run of records [from, to): the doses, with ADDL and steady state expanded, as scenarios. */
    private Run run(List<EventRecord> records, int from, int to, Map<String, Double> eta, Occasions.Subject iov) {
        EventRecord first = records.get(from);
        Map<String, Double> factors = subjectFactors(first, eta);
        Scenario typical = space.scaled(base, base.name() + "#" + first.id(), factors, "the dataset");
        List<DoseEvent> doses = new ArrayList<>();
        TreeMap<Double, String> occasionFrom = new TreeMap<>();
        Map<String, Formulation> byOccasion = new HashMap<>();
        int doseNumber = 0;
        for (int i = from; i < to; i++) {
            EventRecord r = records.get(i);
            if (!r.isDose()) {
                continue;
            }
            for (int k = 0; k <= r.additional(); k++) {
                String occasion = occasions.column().equals(Occasions.BY_DOSE) ? Integer.toString(++doseNumber)
                        : String.valueOf(r.covariates().get(occasions.column()));
                Formulation f = formulation(r, occasion, factors, byOccasion, iov, typical);
                double t = r.time() + k * r.interval();
                doses.add(new DoseEvent(t, r.amount(), f, k == 0 ? i : DoseEvent.IMPLIED));
                occasionFrom.putIfAbsent(t, occasion);
                if (k == 0 && r.steadyState() > 0) {
                    int n = steadyState.dosesBefore(typical, typical.compound(), f, r.amount(), r.interval());
                    for (int j = 1; j <= n; j++) {
                        doses.add(new DoseEvent(t - j * r.interval(), r.amount(), f, DoseEvent.IMPLIED));
                    }
                }
            }
        }
        double origin = Math.min(first.time(), doses.stream().mapToDouble(DoseEvent::time).min().orElse(first.time()));
        double end = 0;
        for (int i = from; i < to; i++) {
            EventRecord r = records.get(i);
            if (r.evid() == 0 || r.evid() == 2) {
                end = Math.max(end, r.time() - origin);
            }
        }
        double duration = Math.max(end, base.outputStep());
        if (doses.isEmpty()) {
            return new Run(List.of(), new double[0], origin, from, to, doses);
        }
        List<Scenario> phases = new ArrayList<>();
        List<Double> starts = new ArrayList<>();
        Map<String, Double> current = null;
        for (double t : changeTimes(records, from, to, occasionFrom)) {
            double at = Math.max(t - origin, 0);
            if (at >= duration) {
                break;
            }
            Map<String, Double> phase = phaseFactors(records, from, to, t, eta, iov, occasionFrom);
            if (!phase.equals(current)) {
                Scenario s = phase.equals(factors) ? typical : space.scaled(base, typical.name(), phase, "the dataset");
                phases.add(segmentScenario(s, doses, origin, duration));
                starts.add(at);
                current = phase;
            }
        }
        return new Run(List.copyOf(phases), starts.stream().mapToDouble(Double::doubleValue).toArray(), origin, from,
                to, doses);
    }

    /** The subject's factors at a record: its covariates' ({@link Covariates}) and its own random effects. */
    private Map<String, Double> subjectFactors(EventRecord r, Map<String, Double> eta) {
        Map<String, Double> factors = new HashMap<>(covariates.factors(r));
        eta.forEach((p, x) -> factors.merge(p, x, (a, b) -> a * b));
        return factors;
    }

    /**
     * The subject's factors from dataset time t on: its covariates at the latest record at or before t (carried
     * forward; the first record's before it), its own random effects, and the factors of its clearances and
     * volumes on the occasion of the latest dose at or before t (the first dose's before it).
     */
    private Map<String, Double> phaseFactors(List<EventRecord> records, int from, int to, double t,
                                             Map<String, Double> eta, Occasions.Subject iov,
                                             TreeMap<Double, String> occasionFrom) {
        EventRecord at = records.get(from);
        for (int i = from; i < to && records.get(i).time() <= t; i++) {
            at = records.get(i);
        }
        Map<String, Double> factors = subjectFactors(at, eta);
        if (iovOnCompound && !occasionFrom.isEmpty()) {
            Map.Entry<Double, String> occasion = occasionFrom.floorEntry(t);
            iov.factors((occasion == null ? occasionFrom.firstEntry() : occasion).getValue()).forEach((p, x) -> {
                if (space.descriptor(p).ofCompound()) {
                    factors.merge(p, x, (a, b) -> a * b);
                }
            });
        }
        return factors;
    }

    /**
     * Dataset times where the subject's parameters may change, ascending, the first the run's start: records
     * where the weight changes, and, with between-occasion variability of clearances or volumes, the doses.
     */
    private List<Double> changeTimes(List<EventRecord> records, int from, int to, TreeMap<Double, String> doses) {
        java.util.TreeSet<Double> times = new java.util.TreeSet<>();
        times.add(Double.NEGATIVE_INFINITY);
        for (int i = from + 1; i < to; i++) {
            if (covariates.changed(records.get(i - 1), records.get(i)) != null) {
                times.add(records.get(i).time());
            }
        }
        if (iovOnCompound) {
            times.addAll(doses.keySet());
        }
        return List.copyOf(times);
    }

    private double predict(PhasedRun run, EventRecord r, int order, List<DoseEvent> doses, double origin) {
        String name;
        try {
            name = compartments.observed(r.cmt());
        } catch (IllegalArgumentException e) {
            throw data.error(r, "CMT", e.getMessage());
        }
        double t = r.time() - origin;
        boolean doseAfter = doses.stream().anyMatch(d -> d.time() - origin == t && d.order() > order);
        return doseAfter ? run.valueBefore(name, t) : run.value(name, t);
    }

    /** The subject's scenario for one run: doses grouped by formulation, the clock starting at {@code origin}. */
    private static Scenario segmentScenario(Scenario typical, List<DoseEvent> doses, double origin, double duration) {
        Map<Formulation, List<Schedule>> groups = new LinkedHashMap<>();
        for (DoseEvent d : doses) {
            groups.computeIfAbsent(d.formulation(), f -> new ArrayList<>())
                    .add(new Schedule.Single(d.time() - origin, d.amount()));
        }
        List<Administration> adms = new ArrayList<>();
        groups.forEach((f, s) -> adms.add(new Administration(f, new Regimen(s))));
        return new Scenario(typical.name(), typical.description(), typical.compound(), adms, typical.criteria(),
                duration, typical.outputStep(), typical.solver());
    }

    /** The formulation that carries a dose record's drug. */
    private Formulation formulation(EventRecord r, String occasion, Map<String, Double> factors,
                                    Map<String, Formulation> byOccasion, Occasions.Subject iov, Scenario typical) {
        Compartments.DoseTarget target;
        try {
            target = compartments.dose(r.cmt());
        } catch (IllegalArgumentException e) {
            throw data.error(r, "CMT", e.getMessage());
        }
        Formulation own = typical.administrations().get(0).formulation();
        double bf = own.baseFraction();
        if (r.rate() == -2) {
            if (own instanceof Formulation.IvInfusion) {
                return own;
            }
            throw data.error(r, "RATE", "RATE -2 takes the infusion duration from the scenario's formulation, which "
                    + "is " + own.route() + ", not iv-infusion");
        }
        if (r.rate() > 0) {
            if (target == Compartments.DoseTarget.FORMULATION && !(own instanceof Formulation.IvBolus)
                    && !(own instanceof Formulation.IvInfusion)) {
                throw data.error(r, "RATE", "an infusion (RATE > 0) goes into the central compartment (CMT 2); "
                        + "the scenario's formulation is " + own.route());
            }
            return new Formulation.IvInfusion(r.amount() / r.rate(), bf);
        }
        if (target == Compartments.DoseTarget.CENTRAL) {
            return new Formulation.IvBolus(bf);
        }
        if (occasions.omegas().isEmpty()) {
            return own;
        }
        return byOccasion.computeIfAbsent(occasion, k -> {
            Map<String, Double> all = new HashMap<>(factors);
            iov.factors(k).forEach((p, x) -> all.merge(p, x, (a, b) -> a * b));
            return space.scaled(base, typical.name(), all, "the dataset").administrations().get(0).formulation();
        });
    }
}
