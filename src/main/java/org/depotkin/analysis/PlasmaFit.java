package org.depotkin.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.depotkin.engine.CompiledModel;
import org.depotkin.engine.Trajectory;
import org.depotkin.model.Scenario;
import org.depotkin.population.ParameterSet;

/**
 * Fits chosen parameters of a scenario (any name {@link ParameterSet} knows: disposition, oral,
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

    /** Fits {@code free} parameters of {@code s} to {@code obs}. */
    public static Result fit(Scenario s, Observations obs, List<String> free, Weighting weighting) {
        List<String> known = ParameterSet.names(s);
        for (String name : free) {
            if (!known.contains(name)) {
                throw new IllegalArgumentException("--free: scenario " + s.name() + " has no parameter '" + name
                        + "'; it has: " + String.join(", ", known));
            }
        }
        for (String a : obs.analytes()) {
            if (s.compound().analyte(a).isEmpty()) {
                throw new IllegalArgumentException(obs.source() + ": column " + a + "_ng_mL names no analyte of "
                        + s.compound().name() + " (" + String.join(", ", s.compound().analytes().stream()
                        .map(x -> x.name()).toList()) + ")");
            }
        }
        List<Point> measured = measured(obs);
        long times = measured.stream().mapToDouble(Point::time).distinct().count();
        if (times <= free.size()) {
            throw new IllegalArgumentException(obs.source() + ": " + times + " distinct time" + (times == 1 ? "" : "s")
                    + " cannot determine " + free.size() + " parameter" + (free.size() == 1 ? "" : "s")
                    + " (at least " + (free.size() + 1) + " needed)");
        }
        if (measured.stream().noneMatch(m -> m.observed() > 0)) {
            throw new IllegalArgumentException(obs.source() + ": no concentration above 0: nothing to fit");
        }
        double[] y = new double[measured.size()];
        for (int i = 0; i < y.length; i++) {
            double v = measured.get(i).observed();
            if (v <= 0 && weighting != Weighting.NONE) {
                throw new IllegalArgumentException(obs.source() + ": concentration 0 at " + measured.get(i).time()
                        + " h cannot be weighted by " + weighting.label() + "; use --weight none or drop the value");
            }
            y[i] = transform(weighting, v, v);
        }
        double end = obs.times()[obs.times().length - 1];
        Scenario base = s.with(Math.max(s.duration(), end + 1), s.outputStep(), s.solver());
        double[] initial = free.stream().mapToDouble(n -> ParameterSet.value(s, n)).toArray();
        for (int i = 0; i < initial.length; i++) {
            if (!(initial[i] > 0)) {
                throw new IllegalArgumentException("--free: " + free.get(i) + " is " + initial[i] + " in scenario "
                        + s.name() + "; a fitted parameter starts from its model-file value, which must be > 0");
            }
        }
        int p = free.size();
        double[] lower = new double[p];
        double[] upper = new double[p];
        java.util.Arrays.fill(lower, Math.log(1e-4));
        java.util.Arrays.fill(upper, Math.log(1e4));
        LeastSquares.Result r = LeastSquares.fit(theta -> {
            double[] f = predict(base, free, theta, measured);
            double[] out = new double[f.length];
            for (int i = 0; i < f.length; i++) {
                out[i] = transform(weighting, f[i], measured.get(i).observed());
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
        Scenario fitted = ParameterSet.apply(base, s.name(), factors(free, r.estimates()));
        double[] f = predict(base, free, r.estimates(), measured);
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < f.length; i++) {
            Point m = measured.get(i);
            points.add(new Point(m.analyte(), m.time(), m.observed(), f[i]));
        }
        List<String> units = free.stream().map(n -> ParameterSet.unit(s, n)).toList();
        return new Result(fitted, List.copyOf(free), units, initial, est, se, lo, hi, weighting, r, points);
    }

    /**
     * Refuses a fit that is not a result: a standard error that is not finite, or an estimate stopped at the
     * search bound (10^-4 or 10^4 times its model-file value), names the parameter.
     */
    private static void checkDetermined(LeastSquares.Result r, List<String> free, double[] lower, double[] upper) {
        for (int i = 0; i < free.size(); i++) {
            double theta = r.estimates()[i];
            if (Math.abs(theta - lower[i]) < 1e-6 || Math.abs(theta - upper[i]) < 1e-6) {
                throw new IllegalArgumentException("--free " + free.get(i) + ": the fit stopped at " + (theta < 0
                        ? "1e-4" : "1e4") + " times the model-file value, the edge of its search range: the data do "
                        + "not determine it (no result written)");
            }
        }
        if (!r.determined()) {
            throw new IllegalArgumentException("--free " + String.join(",", free) + ": the data do not determine these "
                    + "parameters (a standard error is not finite: too few times, or parameters that trade off); "
                    + "no result written");
        }
    }

    /** Predictions of the scenario with the free parameters at e^θ times their own values. */
    static double[] predict(Scenario base, List<String> free, double[] theta, List<Point> at) {
        Trajectory tr = CompiledModel.compile(ParameterSet.apply(base, base.name(), factors(free, theta))).simulate();
        double[] out = new double[at.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = tr.concentration(at.get(i).analyte(), at.get(i).time());
        }
        return out;
    }

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
