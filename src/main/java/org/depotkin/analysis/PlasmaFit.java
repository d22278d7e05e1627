package org.depotkin.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.depotkin.engine.CompiledModel;
import org.depotkin.engine.CompiledScenario;
import org.depotkin.engine.GridResult;
import org.depotkin.engine.InputCache;
import org.depotkin.engine.Output;
import org.depotkin.model.Format;
import org.depotkin.model.ParameterSpace;
import org.depotkin.model.Scenario;

/**
 * Fits chosen parameters of a scenario (any name of its {@link ParameterSpace}: disposition, oral,
 * {@code release.<param>}) to observed plasma concentrations by weighted least squares, the engine
 * simulating the scenario at every trial value (Levenberg–Marquardt, {@link LeastSquares}).
 *
 * <p>The parameters are fitted on the log scale, θ = ln(value), which keeps them positive; the
 * standard error of a value is value × SE(θ) (delta method) and its 95 % interval
 * exp(θ &plusmn; t(0.975, n - p) SE(θ)). Objective, with y the observations and f the predictions:
 * weight none: &Sigma;(y - f)²; {@code 1/y}: &Sigma;(y - f)²/y; {@code 1/y^2}: &Sigma;((y - f)/y)²;
 * log: &Sigma;(ln y - ln f)².
 */
public final class PlasmaFit {

    /** How residuals are weighted. */
    public enum Weighting {
        NONE("none"), INVERSE_Y("1/y"), INVERSE_Y2("1/y^2"), LOG("log");

        private final String label;

        Weighting(String label) {
            this.label = label;
        }

        /** As written on the command line. */
        public String label() {
            return label;
        }
    }

    /**
     * The fit.
     *
     * @param scenario   the scenario with the fitted values
     * @param names      fitted parameter names
     * @param units      their units
     * @param initial    the scenario's own values
     * @param estimates  fitted values
     * @param se         standard errors
     * @param lower      95 % interval, lower ends
     * @param upper      95 % interval, upper ends
     * @param weighting  the weighting
     * @param fit        the least-squares result on the log scale
     * @param points     observed (analyte index, time h, observed, predicted) of every measured value
     */
    public record Result(Scenario scenario, List<String> names, List<String> units, double[] initial,
                         double[] estimates, double[] se, double[] lower, double[] upper, Weighting weighting,
                         LeastSquares.Result fit, List<Point> points) {
    }

    /** One observation with its prediction at the optimum. */
    public record Point(String analyte, double time, double observed, double predicted) {
    }

    private PlasmaFit() {
    }

    /**
     * Observations with the scenario that predicts them: one subject's doses and covariates.
     *
     * @param scenario     the subject's scenario
     * @param observations its observed concentrations, times on the scenario's clock
     */
    public record Group(Scenario scenario, Observations observations) {
    }

    /** Fits {@code free} parameters of {@code s} to {@code obs}. */
    public static Result fit(Scenario s, Observations obs, List<String> free, Weighting weighting) {
        return fitPooled(s, List.of(new Group(s, obs)), free, weighting);
    }

    /**
     * Naive pooled fit: one set of {@code free} parameters for every group at once (all observations
     * in one objective, as if from one subject), each parameter a factor on every group's own value;
     * the estimates are the typical scenario's values times those factors.
     */
    public static Result fitPooled(Scenario typical, List<Group> groups, List<String> free, Weighting weighting) {
        ParameterSpace space = ParameterSpace.of(typical);
        for (String name : free) {
            if (!space.has(name)) {
                throw new IllegalArgumentException("--free: scenario " + typical.name() + " has no parameter '" + name
                        + "'; it has: " + String.join(", ", space.names()));
            }
        }
        List<Group> runs = new ArrayList<>();
        List<List<Point>> measured = new ArrayList<>();
        List<Point> all = new ArrayList<>();
        for (Group g : groups) {
            Observations obs = g.observations();
            for (String a : obs.analytes()) {
                if (typical.compound().analyte(a).isEmpty()) {
                    throw new IllegalArgumentException(obs.source() + ": column " + a + "_ng_mL names no analyte of "
                            + typical.compound().name() + " (" + String.join(", ", typical.compound().analytes()
                            .stream().map(x -> x.name()).toList()) + ")");
                }
            }
            double end = obs.times()[obs.times().length - 1];
            Scenario s = g.scenario();
            runs.add(new Group(s.with(Math.max(s.duration(), end + 1), s.outputStep(), s.solver()), obs));
            measured.add(measured(obs));
            all.addAll(measured.get(measured.size() - 1));
        }
        String source = groups.size() == 1 ? groups.get(0).observations().source() : groups.size() + " subjects";
        long times = all.stream().mapToDouble(Point::time).distinct().count();
        if (times <= free.size()) {
            throw new IllegalArgumentException(source + ": " + times + " distinct time" + (times == 1 ? "" : "s")
                    + " cannot determine " + free.size() + " parameter" + (free.size() == 1 ? "" : "s")
                    + " (at least " + (free.size() + 1) + " needed)");
        }
        if (all.stream().noneMatch(m -> m.observed() > 0)) {
            throw new IllegalArgumentException(source + ": no concentration above 0: nothing to fit");
        }
        double[] y = new double[all.size()];
        for (int i = 0; i < y.length; i++) {
            double v = all.get(i).observed();
            if (v <= 0 && weighting != Weighting.NONE) {
                throw new IllegalArgumentException(source + ": concentration 0 at " + all.get(i).time()
                        + " h cannot be weighted by " + weighting.label() + "; use --weight none or drop the value");
            }
            y[i] = transform(weighting, v, v);
        }
        double[] initial = free.stream().mapToDouble(space::value).toArray();
        for (int i = 0; i < initial.length; i++) {
            if (!(initial[i] > 0)) {
                throw new IllegalArgumentException("--free: " + free.get(i) + " is " + initial[i] + " in scenario "
                        + typical.name() + "; a fitted parameter starts from its model-file value, which must be > 0");
            }
        }
        int p = free.size();
        double[] lower = new double[p];
        double[] upper = new double[p];
        java.util.Arrays.fill(lower, Math.log(1e-4));
        for (int i = 0; i < p; i++) {
            // within the allowed range, a rounding inside it (a fraction stays below 1)
            double top = space.descriptor(free.get(i)).range().high() * (1 - 1e-12);
            upper[i] = Math.log(Math.min(1e4, top / initial[i]));
        }
        InputCache inputs = new InputCache();
        List<CompiledScenario> compiled = runs.stream().map(g -> CompiledScenario.compile(g.scenario())).toList();
        LeastSquares.Result r = LeastSquares.fit(theta -> {
            double[] f = predict(compiled, free, theta, measured, inputs);
            double[] out = new double[f.length];
            for (int i = 0; i < f.length; i++) {
                out[i] = transform(weighting, f[i], all.get(i).observed());
            }
            return out;
        }, y, new double[p], lower, upper);
        checkDetermined(r, free, lower, upper);
        double[] est = new double[p];
        double[] se = new double[p];
        double[] lo = new double[p];
        double[] hi = new double[p];
        double t = r.t95();
        for (int i = 0; i < p; i++) {
            double theta = r.estimates()[i];
            est[i] = initial[i] * Math.exp(theta);
            se[i] = est[i] * r.se(i);
            lo[i] = initial[i] * Math.exp(theta - t * r.se(i));
            hi[i] = initial[i] * Math.exp(theta + t * r.se(i));
        }
        Scenario fittedBase = groups.size() == 1 ? runs.get(0).scenario() : typical;
        Scenario fitted = ParameterSpace.of(fittedBase).scaled(fittedBase, typical.name(),
                factors(free, r.estimates()), FITTED);
        double[] f = predict(compiled, free, r.estimates(), measured, inputs);
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < f.length; i++) {
            Point m = all.get(i);
            points.add(new Point(m.analyte(), m.time(), m.observed(), f[i]));
        }
        List<String> units = free.stream().map(space::unit).toList();
        return new Result(fitted, List.copyOf(free), units, initial, est, se, lo, hi, weighting, r, points);
    }

    /**
     * Refuses a fit that is not a result: a standard error that is not finite, or an estimate stopped at the
     * search bound (10^-4 or 10^4 times its model-file value, or the top of its allowed range such as 1 for a
     * fraction), names the parameter.
     */
    private static void checkDetermined(LeastSquares.Result r, List<String> free, double[] lower, double[] upper) {
        for (int i = 0; i < free.size(); i++) {
            double theta = r.estimates()[i];
            if (Math.abs(theta - lower[i]) < 1e-6 || Math.abs(theta - upper[i]) < 1e-6) {
                throw new IllegalArgumentException("--free " + free.get(i) + ": the fit stopped at "
                        + Format.number(Math.exp(theta)) + " times the model-file value, the edge of its search range "
                        + "(1e-4 to 1e4 times, within the parameter's allowed range): the data do not determine it "
                        + "(no result written)");
            }
        }
        if (!r.determined()) {
            throw new IllegalArgumentException("--free " + String.join(",", free) + ": the data do not determine these "
                    + "parameters (a standard error is not finite: too few times, or parameters that trade off); "
                    + "no result written");
        }
    }

    /**
     * Predictions of every group with the free parameters at e^θ times their own values, in group order: the model
     * is followed to the observation times only ({@link CompiledModel#onGrid}), without keeping its dense solution;
     * iterations that leave the release alone share its input fit through {@code inputs}. Each group's scenario is
     * compiled once ({@link CompiledScenario}) and bound to each iteration's values.
     */
    static double[] predict(List<CompiledScenario> groups, List<String> free, double[] theta, List<List<Point>> at,
                            InputCache inputs) {
        List<Double> out = new ArrayList<>();
        Map<String, Double> factors = factors(free, theta);
        for (int g = 0; g < groups.size(); g++) {
            CompiledScenario group = groups.get(g);
            CompiledModel model = group.bind(group.space().values(factors, FITTED));
            List<Point> points = at.get(g);
            double[] times = points.stream().mapToDouble(Point::time).distinct().sorted().toArray();
            List<Output> outputs = points.stream().map(p -> model.output(p.analyte())).distinct().toList();
            GridResult run = model.onGrid(times, outputs, List.of(), new double[0], inputs, CompiledModel.NO_PEAK);
            for (Point p : points) {
                out.add(run.values()[outputs.indexOf(model.output(p.analyte()))][Arrays.binarySearch(times, p.time())]);
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** What gives the values a fit binds, for the message of one outside its range. */
    private static final String FITTED = "fit plasma";

    private static Map<String, Double> factors(List<String> free, double[] theta) {
        Map<String, Double> out = new HashMap<>();
        for (int i = 0; i < free.size(); i++) {
            out.put(free.get(i), Math.exp(theta[i]));
        }
        return out;
    }

    /** The value on the scale the objective compares, for an observation y. */
    private static double transform(Weighting w, double v, double y) {
        return switch (w) {
            case NONE -> v;
            case INVERSE_Y -> v / Math.sqrt(y);
            case INVERSE_Y2 -> v / y;
            case LOG -> Math.log(Math.max(v, 1e-300));
        };
    }

    private static List<Point> measured(Observations obs) {
        List<Point> out = new ArrayList<>();
        for (int a = 0; a < obs.analytes().size(); a++) {
            for (int i = 0; i < obs.times().length; i++) {
                double v = obs.values()[a][i];
                if (!Double.isNaN(v)) {
                    out.add(new Point(obs.analytes().get(a), obs.times()[i], v, Double.NaN));
                }
            }
        }
        return out;
    }
}
