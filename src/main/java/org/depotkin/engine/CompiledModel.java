package org.depotkin.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.depotkin.model.Administration;
import org.depotkin.model.Analyte;
import org.depotkin.model.Binding;
import org.depotkin.model.Compound;
import org.depotkin.model.Criterion;
import org.depotkin.model.Dose;
import org.depotkin.model.Format;
import org.depotkin.model.Formulation;
import org.depotkin.model.Peripheral;
import org.depotkin.model.Quantity;
import org.depotkin.model.Scenario;
import org.depotkin.model.Unit;
import org.depotkin.pd.CompetitiveBinding;

/**
 * A scenario compiled once into an ODE system that can be run many times ({@link #simulate()}).
 *
 * <p>State: a gut compartment per oral administration, every compartment of every analyte (mg),
 * an effect-site concentration per ligand with a ke0 (ng/mL) and an occupancy per kinetic ligand.
 * The linear part (absorption, distribution, elimination, metabolite formation, effect sites) is a
 * sparse matrix; depot release and infusions are time-dependent inputs into the parent's central
 * compartment; receptor binding ({@link CompetitiveBinding}) is the only nonlinear part. The
 * eliminated amount (parent equivalents) is integrated as a secondary equation, outside error
 * control, so that mass balance is an independent check.
 *
 * <p>A compound's equations block ({@link org.depotkin.model.equations.Equations}) adds compartments of its own
 * after the built-in states and terms to any derivative, compiled to bytecode ({@link EquationCode}). Rates that
 * are linear in the compartments ({@link LinearRates}) join the linear matrix, so that the model keeps the exact
 * path; other rates stay in the compiled code and the model takes the general integrator. Drug the equations take
 * out of the built-in compartments counts as eliminated.
 *
 * <p>Doses, lag-shifted oral doses, infusion ends, depot removals, fibrosis onsets and the law's own
 * breakpoints are all known in advance: they are the events schedule ({@link #events()}), where the solvers
 * restart.
 */
public final class CompiledModel {
    /**
     * Largest step, as a multiple of 1/λ where λ bounds the fastest rate of the linear part
     * ({@link SpectralBound}: the spectral radius of its matrix, or the fastest kinetic off-rate). Near the
     * edge of Dormand–Prince's stability region the step ends stay accurate but the continuous output
     * inside a step does not (1e-6 relative at rtol 1e-10 for a 2-compartment decay); 3/λ keeps it at
     * the tolerance.
     */
    static final double STEP_TIMES_RATE = 3.0;

    final Scenario scenario;
    final int size;
    final String[] stateNames;
    // linear part: yDot[row] += coef * y[col]
    final int[] rows;
    final int[] cols;
    final double[] coefs;
    // eliminated (parent equivalents): d/dt = sum elimCoef[j] * y[j]
    final double[] elimCoef;
    // parent-equivalent factor of each state for the mass balance
    final double[] parentEquivalent;
    final int parentCentral;
    // binding
    final CompetitiveBinding binding;
    final int[] ligandSource;
    final double[] ligandScale;
    final int[] ligandState;
    final String[] ligandNames;
    // inputs and jumps
    final List<DepotDose> depots;
    final List<Infusion> infusions;
    final List<Jump> jumps;
    final double[] breakpoints;
    final List<Output> outputs;
    private final List<Event> events;
    /** Step cap (h); also the window after a dose with a singular release rate integrated in u. */
    final double maxStep;
    /** The compound's equations compiled (outputs, starting values), null when it has none. */
    final EquationTerms terms;
    /** The equations' rates where they are not in the linear matrix: {@link #terms}, or null when they are. */
    final EquationTerms rateTerms;
    /**
     * The state that holds 1 throughout when the equations' rates have constant terms (their coefficients in the
     * linear matrix, {@link LinearRates}), −1 otherwise.
     */
    final int unitState;
    /** The unit compartment's name in {@link #stateNames()}: no compartment of a model file can be named so. */
    static final String UNIT_STATE = "equations.(1)";

    /** Zero-order input into a state between start and end. */
    record Infusion(double start, double end, double rate, int state) {
    }

    /**
     * An instantaneous addition of {@code amount} to {@code state} at {@code time}; {@code fromDepot}
     * marks a depot's burst, which the depot's own released amount already counts.
     */
    record Jump(double time, int state, double amount, boolean fromDepot) {
    }

    private CompiledModel(Scenario scenario, Builder b) {
        this.scenario = scenario;
        this.size = b.names.size();
        this.stateNames = b.names.toArray(String[]::new);
        this.rows = ints(b.rows);
        this.cols = ints(b.cols);
        this.coefs = doubles(b.coefs);
        this.elimCoef = b.elimCoef(size);
        this.parentEquivalent = b.peq(size);
        this.parentCentral = b.centralOf[0];
        this.binding = new CompetitiveBinding(b.ligands);
        this.ligandSource = ints(b.ligandSource);
        this.ligandScale = doubles(b.ligandScale);
        this.ligandState = ints(b.ligandState);
        this.ligandNames = b.ligandNames.toArray(String[]::new);
        this.depots = List.copyOf(b.depots);
        this.infusions = List.copyOf(b.infusions);
        List<Jump> sorted = new ArrayList<>(b.jumps);
        sorted.sort((x, y) -> Double.compare(x.time(), y.time()));
        this.jumps = List.copyOf(sorted);
        this.maxStep = STEP_TIMES_RATE / b.fastestRate(linearMatrix());
        this.terms = b.compound.equations().isEmpty() ? null
                : EquationCode.compile(b.compound, List.of(stateNames), parentEquivalent);
        this.rateTerms = b.equationRatesInMatrix ? null : terms;
        this.unitState = b.unitState;
        List<Event> schedule = new ArrayList<>(b.events);
        schedule.sort((x, y) -> Double.compare(x.time(), y.time()));
        this.events = List.copyOf(schedule);
        this.breakpoints = restarts(events, depots, maxStep, scenario.duration());
        this.outputs = List.copyOf(new OutputCatalog(this, b).build());
    }

    /**
     * The times where a solver restarts, ascending, each once, inside (0, duration): the events, and the end of the
     * window after a dose whose release rate is singular at its start.
     */
    private static double[] restarts(List<Event> events, List<DepotDose> depots, double maxStep, double duration) {
        double[] times = new double[events.size() + depots.size()];
        int n = 0;
        for (Event e : events) {
            times[n++] = e.time();
        }
        for (DepotDose d : depots) {
            if (d.release().rateExponentAtZero() < 0) {
                times[n++] = d.time() + maxStep;
            }
        }
        Arrays.sort(times, 0, n);
        int kept = 0;
        for (int i = 0; i < n; i++) {
            double t = times[i];
            if (t > 0 && t < duration && (kept == 0 || t != times[kept - 1])) {
                times[kept++] = t;
            }
        }
        return Arrays.copyOf(times, kept);
    }

    /** The values of a list as an array (the builder's lists, without a stream). */
    static int[] ints(List<Integer> list) {
        int[] out = new int[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = list.get(i);
        }
        return out;
    }

    /** The values of a list as an array. */
    static double[] doubles(List<Double> list) {
        double[] out = new double[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = list.get(i);
        }
        return out;
    }

    /** Compiles a scenario. */
    public static CompiledModel compile(Scenario scenario) {
        Builder b = new Builder(scenario.compound());
        int depotIndex = 0;
        for (Administration adm : scenario.administrations()) {
            Formulation f = adm.formulation();
            int gut = -1;
            if (f instanceof Formulation.Oral oral) {
                gut = b.addOralGut(oral, scenario.compound());
            }
            for (Dose d : adm.regimen().doses()) {
                double amount = d.amount() * f.baseFraction();
                if (f instanceof Formulation.Oral oral) {
                    b.jump(d.time() + oral.lag(), gut, amount);
                } else if (f instanceof Formulation.IvBolus) {
                    b.jump(d.time(), b.centralOf[0], amount);
                } else if (f instanceof Formulation.IvInfusion inf) {
                    b.infusions.add(new Infusion(d.time(), d.time() + inf.duration(), amount / inf.duration(),
                            b.centralOf[0]));
                    b.event(d.time(), () -> "infusion start " + Format.number(amount) + " mg");
                    b.event(d.time() + inf.duration(), () -> "infusion end");
                } else if (f instanceof Formulation.Depot depot) {
                    DepotDose dd = new DepotDose(++depotIndex, d.time(), amount, depot.release());
                    b.depots.add(dd);
                    b.event(d.time(), () -> "depot " + dd.index() + " given, " + Format.number(amount) + " mg");
                    if (depot.release().instantFraction() > 0) {
                        b.jumps.add(new Jump(d.time(), b.centralOf[0], amount * depot.release().instantFraction(), true));
                    }
                    for (double s : depot.release().breakpoints()) {
                        b.event(d.time() + s, () -> "depot " + dd.index() + " release changes");
                    }
                }
            }
        }
        b.addEquationRates();
        return new CompiledModel(scenario, b);
    }

    public Scenario scenario() {
        return scenario;
    }

    /** Every output this model can report, in the order tidy files list them. */
    public List<Output> outputs() {
        return outputs;
    }

    /** The output with this name, e.g. {@code naltrexone} or {@code occupancy}. */
    public Output output(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("no output '" + name + "'; available: "
                + String.join(", ", outputs.stream().map(Output::name).toList())));
    }

    public Optional<Output> find(String name) {
        return outputs.stream().filter(o -> o.name().equals(name)).findFirst();
    }

    /**
     * The output a concentration or occupancy criterion is judged on: the analyte's plasma concentration, the
     * total antagonist occupancy, or one ligand's occupancy (its own output when several ligands bind, else the
     * total of its role).
     */
    public Output output(Criterion c) {
        if (c instanceof Criterion.Concentration cc) {
            return output(cc.analyte());
        }
        if (c instanceof Criterion.Level l) {
            return output(l.output());
        }
        if (!(c instanceof Criterion.Occupancy o)) {
            throw new IllegalArgumentException("criterion '" + c.describe() + "' is a challenge: evaluate it with "
                    + "'depotkin blockade'");
        }
        if (o.ligand() == null) {
            return output("occupancy");
        }
        Optional<Output> own = find("occupancy." + o.ligand());
        if (own.isPresent()) {
            return own.get();
        }
        Analyte a = scenario.compound().analyte(o.ligand()).filter(x -> x.binding() != null).orElseThrow(() ->
                new IllegalArgumentException("occupancy(" + o.ligand() + "): not a binding analyte of "
                        + scenario.compound().name() + " (binding analytes: " + String.join(", ",
                        scenario.compound().analytes().stream().filter(x -> x.binding() != null).map(Analyte::name)
                                .toList()) + ")"));
        return output(a.binding().role() == Binding.Role.AGONIST ? "occupancy.agonist" : "occupancy");
    }

    /**
     * The level of a concentration, occupancy or output criterion in its output's unit (ng/mL, a fraction, or the
     * unit an equations output is reported in).
     */
    public double level(Criterion c) {
        if (c instanceof Criterion.Occupancy o) {
            return o.threshold();
        }
        Output out = output(c);
        Quantity q = c instanceof Criterion.Concentration cc ? new Quantity(cc.threshold(), Unit.NG_PER_ML, "")
                : new Quantity(((Criterion.Level) c).value(), ((Criterion.Level) c).unit(), "");
        if (out.unit().equals(q.unit().symbol())) {
            return q.value();
        }
        Unit own = Unit.parse(out.unit().equals("fraction") ? "1" : out.unit());
        if (!q.unit().isCompatible(own)) {
            throw new IllegalArgumentException("criterion '" + c.describe() + "': " + out.name() + " is reported in "
                    + out.unit() + "; write the level in that unit or one of its kind");
        }
        return q.in(own);
    }

    /** The events schedule: every time a curve may jump or kink, in time order (may extend past the duration). */
    public List<Event> events() {
        return events;
    }

    public List<DepotDose> depots() {
        return depots;
    }

    /** State names, for diagnostics. */
    public List<String> stateNames() {
        return List.of(stateNames);
    }

    /**
     * Runs the scenario over [0, duration] by the exact path ({@link ModalSolver}: linear part in closed
     * form, binding integrated on top) when the model allows it, else by the general integrator.
     */
    public Trajectory simulate() {
        return simulate(start());
    }

    /**
     * Runs the scenario from a state over [start time, duration]: the doses at the start time and after are
     * applied, those before it are taken to be in the state. A run whose parameters change (a time-varying
     * covariate, an occasion) is a chain of such runs ({@link PhasedRun}).
     *
     * @param start a state of this model's layout ({@link #stateNames()}), at a time in [0, duration)
     */
    public Trajectory simulate(RunState start) {
        if (start.states().length != size || start.time() >= scenario.duration()) {
            throw new IllegalArgumentException("a run of " + scenario.name() + " starts from " + size + " states at a "
                    + "time before " + scenario.duration() + " h, got " + start.states().length + " at "
                    + start.time() + " h");
        }
        ModalSolver exact = exactPath();
        return exact != null ? exact.run(start) : new Integration(this).run(start);
    }

    /** The state at t = 0 before any dose: empty compartments, the equations' own at their starting values. */
    public RunState start() {
        return new RunState(0, initialState(), 0);
    }

    /**
     * The run seen on a grid, without keeping the dense solution: the kept outputs at every grid time and
     * the exact crossings of each watched output with its level. On the exact path without kinetic binding
     * the solution is followed from grid time to grid time ({@link GridWalk}); otherwise it is the
     * {@link #simulate()} trajectory sampled.
     *
     * @param grid ascending times in [0, duration] (h); a grid of equal steps is followed fastest
     */
    public GridResult onGrid(double[] grid, List<Output> kept, List<Output> watched, double[] levels) {
        return onGrid(grid, kept, watched, levels, null);
    }

    /**
     * As {@link #onGrid(double[], List, List, double[])}, with the input fit taken from (or put into) {@code cache}
     * when models share their input schedule (a trial's subjects); the numbers are the same.
     */
    public GridResult onGrid(double[] grid, List<Output> kept, List<Output> watched, double[] levels,
                             InputCache cache) {
        return onGrid(grid, kept, watched, levels, cache, WHOLE_RUN);
    }

    /** A peak window ({@link #onGrid(double[], List, List, double[], InputCache, double)}): the whole run. */
    public static final double WHOLE_RUN = Double.POSITIVE_INFINITY;
    /** No peak window: the largest value is not located. */
    public static final double NO_PEAK = Double.NaN;

    /**
     * As {@link #onGrid(double[], List, List, double[], InputCache)}, locating the largest value of the first kept
     * output over the run ({@link GridResult#max()}) and in each window of {@code peakWindow} h (the last one ending
     * with the run; {@link GridResult#windowMax()}, e.g. 24 for daily peaks; {@link #WHOLE_RUN} for none but the
     * run's own); {@link #NO_PEAK}: none is located (−∞), so that a run that needs only values on its grid (a fit's
     * predictions) skips the slopes and turns that cost. A run is followed fastest when the windows end on grid
     * times.
     */
    public GridResult onGrid(double[] grid, List<Output> kept, List<Output> watched, double[] levels,
                             InputCache cache, double peakWindow) {
        if (watched.size() != levels.length) {
            throw new IllegalArgumentException(watched.size() + " outputs but " + levels.length + " levels");
        }
        for (int i = 0; i < grid.length; i++) {
            if (grid[i] < 0 || grid[i] > scenario.duration() + 1e-9 || (i > 0 && grid[i] < grid[i - 1])) {
                throw new IllegalArgumentException("t = " + grid[i] + " h is outside the simulated span [0, "
                        + scenario.duration() + "] h or out of order");
            }
        }
        ModalSolver exact = exactPath();
        if (exact != null && !exact.hasKineticBinding()) {
            GridWalk walk = new GridWalk(this, exact, grid, kept, watched, levels, peakWindow);
            exact.march(walk, cache, start(), walk::settled);
            return walk.result();
        }
        return simulate().onGrid(grid, kept, watched, levels, peakWindow);
    }

    /** The exact path, or null when it does not apply: always null when the equations' rates are not linear. */
    private ModalSolver exactPath() {
        return rateTerms == null ? ModalSolver.of(this) : null;
    }

    private double[] initialState() {
        double[] y = new double[size];
        if (terms != null) {
            terms.start(y);
            for (int i = 0; i < size; i++) {
                if (!Double.isFinite(y[i])) {
                    throw new IllegalArgumentException(scenario.name() + ": the starting value of compartment "
                            + stateNames[i] + " is " + y[i] + ": check its '(0) =' equation and the parameters it "
                            + "uses (a division by a rate of 0?)");
                }
            }
        }
        if (unitState >= 0) {
            y[unitState] = 1;
        }
        return y;
    }

    /** Runs the scenario over [0, duration] with the general integrator alone (the test oracle). */
    public Trajectory integrate() {
        return new Integration(this).run(start());
    }

    /** The linear part as a dense matrix A (dy/dt = A·y + inputs, without binding), rows and columns in state order. */
    public double[][] linearMatrix() {
        double[][] a = new double[size][size];
        for (int k = 0; k < coefs.length; k++) {
            a[rows[k]][cols[k]] += coefs[k];
        }
        return a;
    }

    /** Index of the named state (see {@link #stateNames()}). */
    public int stateIndex(String name) {
        int i = List.of(stateNames).indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("no state '" + name + "'; states: " + String.join(", ", stateNames));
        }
        return i;
    }

    /** Index of the first jump at or after t (h): the jumps a run started at t applies. */
    int firstJumpAt(double t) {
        int k = 0;
        while (k < jumps.size() && jumps.get(k).time() < t - InputPanels.EVENT_GAP) {
            k++;
        }
        return k;
    }

    /** Linear part plus inputs of the derivative, without the binding terms. */
    void linear(double[] y, double[] yDot) {
        Arrays.fill(yDot, 0);
        for (int k = 0; k < coefs.length; k++) {
            yDot[rows[k]] += coefs[k] * y[cols[k]];
        }
    }

    /** Concentration seen by ligand i. */
    double ligandConcentration(int i, double[] y) {
        return ligandScale[i] * y[ligandSource[i]];
    }

    /** Eliminated amount per hour at (t, y), mg parent equivalents, including what the equations take out. */
    double eliminationRate(double t, double[] y) {
        double sum = rateTerms == null ? 0 : rateTerms.removal(t, y);
        for (int j = 0; j < size; j++) {
            sum += elimCoef[j] * y[j];
        }
        return sum;
    }

    /** Collects states and terms while compiling. */
    static final class Builder {
        final List<String> names = new ArrayList<>();
        final List<Integer> rows = new ArrayList<>();
        final List<Integer> cols = new ArrayList<>();
        final List<Double> coefs = new ArrayList<>();
        final List<double[]> elim = new ArrayList<>();
        final List<double[]> peq = new ArrayList<>();
        final List<Binding> ligands = new ArrayList<>();
        final List<Integer> ligandSource = new ArrayList<>();
        final List<Double> ligandScale = new ArrayList<>();
        final List<Integer> ligandState = new ArrayList<>();
        final List<String> ligandNames = new ArrayList<>();
        final List<DepotDose> depots = new ArrayList<>();
        final List<Infusion> infusions = new ArrayList<>();
        final List<Jump> jumps = new ArrayList<>();
        final List<Event> events = new ArrayList<>();
        final int[] centralOf;
        final double[] parentEqOf;
        final Compound compound;
        /** Whether the equations' rates are terms of the linear matrix (true without rates). */
        boolean equationRatesInMatrix;
        /** The unit compartment's state, −1 without one. */
        int unitState = -1;

        Builder(Compound compound) {
            this.compound = compound;
            int n = compound.analytes().size();
            centralOf = new int[n];
            parentEqOf = new double[n];
            double mwParent = compound.parent().molarMass();
            for (int i = 0; i < n; i++) {
                Analyte a = compound.analytes().get(i);
                parentEqOf[i] = massRatio(a.molarMass(), mwParent);
                centralOf[i] = state(a.name() + ".central", parentEqOf[i]);
                int[] periph = new int[a.disposition().peripherals().size()];
                for (int k = 0; k < periph.length; k++) {
                    periph[k] = state(a.name() + ".peripheral" + (k + 1), parentEqOf[i]);
                }
                addDisposition(i, a, periph);
            }
            for (int i = 0; i < n; i++) {
                addFormation(i);
            }
            for (int i = 0; i < n; i++) {
                addBinding(i);
            }
            for (var own : compound.equations().states()) {
                state(EquationCode.ownState(own.name()), 0);
            }
        }

        /** mass of analyte B per mass of analyte A for the same molecules: MW_B / MW_A (1 if unknown). */
        static double massRatio(double mwA, double mwB) {
            return Double.isFinite(mwA) && Double.isFinite(mwB) ? mwB / mwA : 1.0;
        }

        int state(String name, double parentEquivalent) {
            names.add(name);
            peq.add(new double[] {parentEquivalent});
            elim.add(new double[] {0});
            return names.size() - 1;
        }

        void term(int row, int col, double coef) {
            rows.add(row);
            cols.add(col);
            coefs.add(coef);
        }

        private void addDisposition(int i, Analyte a, int[] periph) {
            double v1 = a.disposition().centralVolume();
            int c = centralOf[i];
            term(c, c, -a.disposition().clearance() / v1);
            for (int k = 0; k < periph.length; k++) {
                Peripheral p = a.disposition().peripherals().get(k);
                term(c, c, -p.clearance() / v1);
                term(c, periph[k], p.clearance() / p.volume());
                term(periph[k], c, p.clearance() / v1);
                term(periph[k], periph[k], -p.clearance() / p.volume());
            }
            double formed = 0;
            for (Analyte m : compound.analytes()) {
                if (a.name().equals(m.formedFrom())) {
                    formed += m.fm();
                }
            }
            elim.get(c)[0] += (1 - formed) * a.disposition().clearance() / v1 * parentEqOf[i];
        }

        private void addFormation(int j) {
            Analyte m = compound.analytes().get(j);
            if (m.isParent()) {
                return;
            }
            int i = compound.indexOf(m.formedFrom());
            Analyte precursor = compound.analytes().get(i);
            double k = m.fm() * precursor.disposition().clearance() / precursor.disposition().centralVolume();
            term(centralOf[j], centralOf[i], k * massRatio(precursor.molarMass(), m.molarMass()));
        }

        private void addBinding(int i) {
            Analyte a = compound.analytes().get(i);
            Binding bnd = a.binding();
            if (bnd == null) {
                return;
            }
            double toConc = 1000.0 / a.disposition().centralVolume();
            ligands.add(bnd);
            ligandNames.add(a.name());
            if (bnd.hasEffectCompartment()) {
                int e = state(a.name() + ".effect", 0);
                term(e, centralOf[i], bnd.ke0() * toConc);
                term(e, e, -bnd.ke0());
                ligandSource.add(e);
                ligandScale.add(1.0);
            } else {
                ligandSource.add(centralOf[i]);
                ligandScale.add(toConc);
            }
            ligandState.add(bnd.isKinetic() ? state(a.name() + ".occupancy", 0) : -1);
        }

        int addOralGut(Formulation.Oral oral, Compound compound) {
            int g = state("gut" + (names.size()), 1.0);
            term(g, g, -oral.ka());
            term(centralOf[0], g, oral.bioavailability() * oral.ka());
            double lost = 1 - oral.bioavailability();
            if (oral.firstPassFraction() > 0) {
                int j = compound.indexOf(oral.firstPassTo());
                double ratio = massRatio(compound.parent().molarMass(), compound.analytes().get(j).molarMass());
                term(centralOf[j], g, oral.firstPassFraction() * oral.ka() * ratio);
                lost -= oral.firstPassFraction();
            }
            elim.get(g)[0] += Math.max(lost, 0) * oral.ka();
            return g;
        }

        /**
         * Puts the equations' rates into the linear matrix and elimination weights when they are affine; a constant
         * term adds the unit compartment ({@link #UNIT_STATE}) whose coefficient it is.
         */
        void addEquationRates() {
            int n = names.size();
            double[] elimination = Arrays.copyOf(elimCoef(n), n + 1);
            List<LinearRates.Term> linear = LinearRates.of(compound, names, peq(n), elimination);
            equationRatesInMatrix = linear != null;
            if (linear == null) {
                return;
            }
            if (linear.stream().anyMatch(t -> t.col() == n)) {
                unitState = state(UNIT_STATE, 0);
            }
            linear.forEach(t -> term(t.row(), t.col(), t.coef()));
            for (int j = 0; j < names.size(); j++) {
                elim.get(j)[0] = elimination[j];
            }
        }

        void jump(double time, int state, double amount) {
            jumps.add(new Jump(time, state, amount, false));
            String into = names.get(state);
            event(time, () -> "dose " + Format.number(amount) + " mg into " + into);
        }

        void event(double time, Supplier<String> what) {
            events.add(new Event(time, what));
        }

        /**
         * Bound on the fastest rate of the linear part ({@link SpectralBound} of its matrix) and the
         * kinetic off-rates (1/h).
         */
        double fastestRate(double[][] linear) {
            double max = Math.max(1e-9, SpectralBound.of(linear));
            for (Binding bnd : ligands) {
                if (bnd.isKinetic()) {
                    max = Math.max(max, bnd.koff());
                }
            }
            return max;
        }

        double[] elimCoef(int n) {
            double[] out = new double[n];
            for (int j = 0; j < n; j++) {
                out[j] = elim.get(j)[0];
            }
            return out;
        }

        double[] peq(int n) {
            double[] out = new double[n];
            for (int j = 0; j < n; j++) {
                out[j] = peq.get(j)[0];
            }
            return out;
        }
    }
}
