package org.depotkin.plot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.function.DoubleUnaryOperator;
import org.depotkin.analysis.Events;
import org.depotkin.analysis.Extrema;
import org.depotkin.engine.Output;
import org.depotkin.engine.Trajectory;
import org.depotkin.model.Criterion;
import org.depotkin.model.Format;
import org.depotkin.model.Scenario;
import org.knowm.xchart.XYChart;

/**
 * The standard figures of one or more runs, overlaid with one colour per run (Okabe–Ito):
 * <ul>
 *   <li>{@link #concentration} — the parent's plasma concentration, linear axis;</li>
 *   <li>{@link #concentrationLog} — the same on a log axis;</li>
 *   <li>{@link #metabolites} — every other analyte, one line style per metabolite;</li>
 *   <li>{@link #occupancy} — antagonist receptor occupancy in %;</li>
 *   <li>{@link #release} — depot amount released (solid), remaining (dashed), removed (dotted).</li>
 * </ul>
 * Curves are sampled by {@link Sampler} and drawn by {@link CurveLayer}; each run's curve is the
 * chart series named after the run's label. The time axis is in days when the longest run exceeds
 * 3 days ({@link TimeAxis}). Each distinct threshold from the runs' criteria is drawn once, as a
 * {@link ThresholdLine} in its own dash pattern, labelled on the line ("2 ng/mL", "90 % occupancy"),
 * on the figure of the quantity it applies to: a concentration criterion on its analyte's figure,
 * an occupancy criterion on the occupancy figure.
 */
public final class Figures {
    /** A densely dosed run is drawn as its daily envelope in figures longer than this (d). */
    public static final double ENVELOPE_DAYS = 14;
    /** Share of the run's colour in its envelope's fill: light, so that the daily average stands out. */
    private static final double ENVELOPE_TINT = 0.12;
    /** The thin lines along an envelope's daily peaks and troughs. */
    private static final BasicStroke ENVELOPE_EDGE = new BasicStroke(1f);
    /** An envelope's window: one day (h). */
    private static final double DAY = 24;

    /** On a log axis, values below this fraction of the figure's maximum are not drawn. */
    public static final double LOG_FLOOR = 1e-3;

    private static final String OCCUPANCY = "occupancy";
    private static final String[] DEPOT = {"depot.released", "depot.remaining", "depot.removed"};
    private static final String[] DEPOT_WORDS = {"released", "remaining", "removed"};
    private static final String[] STYLE_WORDS = {"solid", "dashed", "dotted"};

    private Figures() {
    }

    /** Every figure that applies to these runs, in the order of {@link PlotSet}'s files. */
    public static List<Figure> all(List<Run> runs) {
        List<Figure> out = new ArrayList<>();
        out.add(concentration(runs));
        out.add(concentrationLog(runs));
        metabolites(runs).ifPresent(out::add);
        occupancy(runs).ifPresent(out::add);
        release(runs).ifPresent(out::add);
        out.addAll(custom(runs));
        return out;
    }

    /**
     * One figure for each {@code output} line of the runs' equations blocks (a biomarker, an effect...), in the
     * output's own unit, named {@code output-<name>}; none when no run has such an output.
     */
    public static List<Figure> custom(List<Run> runs) {
        check(runs);
        Set<String> names = new LinkedHashSet<>();
        for (Run r : runs) {
            r.trajectory().model().outputs().stream().filter(o -> o.kind() == Output.Kind.CUSTOM)
                    .forEach(o -> names.add(o.name()));
        }
        List<Figure> out = new ArrayList<>();
        TimeAxis axis = timeAxis(runs);
        for (String name : names) {
            XYChart chart = ChartStyle.chart(name + " (from the equations block)", axis.title(),
                    name + " (" + unit(runs, name) + ")");
            CurveLayer layer = CurveLayer.on(chart);
            double max = 0;
            double min = 0;
            for (int i = 0; i < runs.size(); i++) {
                Optional<Output> o = runs.get(i).trajectory().find(name);
                if (o.isPresent()) {
                    Curve c = Sampler.sample(runs.get(i).trajectory(), o.get());
                    max = Math.max(max, c.max());
                    min = Math.min(min, Arrays.stream(c.values()).min().orElse(0));
                    draw(layer, runs.get(i), runs, o.get(), c, y -> y, axis, Palette.color(i), Palette.solid(),
                            runs.get(i).label());
                }
            }
            Map<String, Double> thresholds = levels(runs, name);
            for (double th : thresholds.values()) {
                max = Math.max(max, th);
                min = Math.min(min, th);
            }
            if (min < 0) {
                ChartStyle.yRange(chart, -ChartStyle.niceCeil(-min * 1.05), max > 0 ? ChartStyle.niceCeil(max * 1.05) : 0);
            }
            out.add(finish("output-" + name.replaceAll("[^A-Za-z0-9_-]", "_"), chart, axis, runs,
                    min < 0 ? Double.NaN : max, thresholds, false));
        }
        return out;
    }

    /** The levels of the runs' criteria on an output (label in the output's unit → value), for threshold lines. */
    private static Map<String, Double> levels(List<Run> runs, String output) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Run r : runs) {
            for (Criterion c : r.scenario().criteria()) {
                if (c instanceof Criterion.Level l && l.output().equals(output)) {
                    double level = r.trajectory().model().level(c);
                    out.putIfAbsent(output + " " + Format.number(level) + " " + unit(runs, output), level);
                }
            }
        }
        return out;
    }

    /** Plasma concentration of each run's parent (its first concentration output), linear axis. */
    public static Figure concentration(List<Run> runs) {
        return parentFigure(runs, false);
    }

    /** Plasma concentration of each run's parent on a log axis. */
    public static Figure concentrationLog(List<Run> runs) {
        return parentFigure(runs, true);
    }

    /**
     * Plasma concentrations of the metabolites (every concentration output but the parent): colour
     * per run, line style per metabolite. Empty when no run has a metabolite.
     */
    public static Optional<Figure> metabolites(List<Run> runs) {
        check(runs);
        Set<String> names = new LinkedHashSet<>();
        for (Run r : runs) {
            List<Output> conc = concentrations(r.trajectory());
            conc.stream().skip(1).forEach(o -> names.add(o.name()));
        }
        if (names.isEmpty()) {
            return Optional.empty();
        }
        List<String> metabolites = List.copyOf(names);
        boolean several = metabolites.size() > 1;
        String title = "Plasma concentration of metabolite" + (several ? "s " : " ") + String.join(", ", metabolites);
        TimeAxis axis = timeAxis(runs);
        XYChart chart = ChartStyle.chart(title, axis.title(), "Concentration (" + unit(runs, metabolites.get(0)) + ")");
        CurveLayer layer = CurveLayer.on(chart);
        double max = 0;
        for (int i = 0; i < runs.size(); i++) {
            Run r = runs.get(i);
            for (int k = 0; k < metabolites.size(); k++) {
                Optional<Output> o = r.trajectory().find(metabolites.get(k));
                if (o.isEmpty() || o.get().kind() != Output.Kind.CONCENTRATION) {
                    continue;
                }
                Curve c = Sampler.sample(r.trajectory(), o.get());
                max = Math.max(max, c.max());
                String name = several ? r.label() + ": " + metabolites.get(k) : r.label();
                draw(layer, r, runs, o.get(), c, y -> y, axis, Palette.color(i), Palette.line(k), name);
            }
        }
        Map<String, Double> thresholds = new LinkedHashMap<>();
        for (Run r : runs) {
            for (Criterion c : r.scenario().criteria()) {
                if (c instanceof Criterion.Concentration cc && metabolites.contains(cc.analyte())) {
                    String label = (several ? cc.analyte() + " " : "") + Format.number(cc.threshold()) + " ng/mL";
                    thresholds.putIfAbsent(label, cc.threshold());
                }
            }
        }
        return Optional.of(finish("metabolite", chart, axis, runs, max, thresholds, false));
    }

    /** The occupancy a run's figure shows: the antagonists' total, else the agonists'. */
    private static Optional<Output> occupancyOf(Run r) {
        return r.trajectory().find(OCCUPANCY).or(() -> r.trajectory().find(OCCUPANCY + ".agonist"));
    }

    /**
     * Receptor occupancy in %: the total antagonist occupancy (output {@code occupancy}), or for a compound that only
     * has agonists (a buprenorphine implant) their own ({@code occupancy.agonist}); empty when no run has either.
     */
    public static Optional<Figure> occupancy(List<Run> runs) {
        check(runs);
        if (runs.stream().noneMatch(r -> occupancyOf(r).isPresent())) {
            return Optional.empty();
        }
        TimeAxis axis = timeAxis(runs);
        XYChart chart = ChartStyle.chart("Receptor occupancy", axis.title(), "Receptor occupancy (%)");
        CurveLayer layer = CurveLayer.on(chart);
        double low = 100;
        for (int i = 0; i < runs.size(); i++) {
            Run r = runs.get(i);
            Optional<Output> o = occupancyOf(r);
            if (o.isPresent()) {
                draw(layer, r, runs, o.get(), Sampler.sample(r.trajectory(), o.get()), y -> 100 * y, axis, Palette.color(i),
                        Palette.solid(), r.label());
                low = Math.min(low, 100 * Extrema.of(r.trajectory(), o.get()).trough().value());
            }
        }
        Map<String, Double> thresholds = new LinkedHashMap<>();
        for (Run r : runs) {
            for (Criterion c : r.scenario().criteria()) {
                if (c instanceof Criterion.Occupancy oc) {
                    thresholds.putIfAbsent(Format.number(100 * oc.threshold()) + " % occupancy", 100 * oc.threshold());
                }
            }
        }
        for (double th : thresholds.values()) {
            low = Math.min(low, th);
        }
        ChartStyle.yRange(chart, occupancyFloor(low), 100);
        return Optional.of(finish("occupancy", chart, axis, runs, Double.NaN, thresholds, false));
    }

    /**
     * Depot amounts (mg) against time for each run with a depot: released solid, remaining dashed,
     * removed dotted (only when something was removed). Colour names the run, line style the
     * quantity: the legend lists each run (the series named after its label is its released curve)
     * and the title spells out the line styles. Empty when no run has a depot.
     */
    public static Optional<Figure> release(List<Run> runs) {
        check(runs);
        if (runs.stream().noneMatch(r -> r.trajectory().find(DEPOT[0]).isPresent())) {
            return Optional.empty();
        }
        TimeAxis axis = timeAxis(runs);
        XYChart chart = ChartStyle.chart("", axis.title(), "Amount (mg)");
        CurveLayer layer = CurveLayer.on(chart);
        double max = 0;
        boolean[] used = new boolean[DEPOT.length];
        for (int i = 0; i < runs.size(); i++) {
            Run r = runs.get(i);
            for (int k = 0; k < DEPOT.length; k++) {
                Optional<Output> o = r.trajectory().find(DEPOT[k]);
                if (o.isEmpty()) {
                    continue;
                }
                Curve c = Sampler.sample(r.trajectory(), o.get());
                if (k == 2 && !(c.max() > 0)) {
                    continue;
                }
                used[k] = true;
                max = Math.max(max, c.max());
                double[] y = c.values();
                if (k == 2) {
                    y = fromFirstRise(y); // nothing removed yet: no line along the time axis
                }
                String name = k == 0 ? r.label() : r.label() + ": " + DEPOT_WORDS[k];
                layer.add(name, times(c.times(), axis), y, Palette.color(i), Palette.line(k),
                        k == 0 ? lengthNote(r, runs, r.label()) : null);
            }
        }
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < DEPOT.length; k++) {
            if (used[k]) {
                parts.add(DEPOT_WORDS[k] + " (" + STYLE_WORDS[k] + ")");
            }
        }
        chart.setTitle("Depot: " + String.join(", ", parts));
        return Optional.of(finish("release", chart, axis, runs, max, Map.of(), false));
    }

    // ------------------------------------------------------------------------------------------

    private static Figure parentFigure(List<Run> runs, boolean log) {
        check(runs);
        Set<String> parents = new LinkedHashSet<>();
        runs.forEach(r -> parents.add(parent(r.trajectory()).name()));
        String drug = parents.size() == 1 ? parents.iterator().next() : "the parent drug";
        String unit = parent(runs.get(0).trajectory()).unit();
        TimeAxis axis = timeAxis(runs);
        String title = "Plasma concentration of " + drug + (log ? " (log scale)" : "");
        XYChart chart = ChartStyle.chart(title, axis.title(),
                "Concentration (" + unit + (log ? ", log scale" : "") + ")");
        CurveLayer layer = CurveLayer.on(chart);
        List<Curve> curves = new ArrayList<>();
        double max = 0;
        for (Run r : runs) {
            Curve c = Sampler.sample(r.trajectory(), parent(r.trajectory()));
            curves.add(c);
            max = Math.max(max, c.max());
        }
        Map<String, Double> thresholds = new LinkedHashMap<>();
        for (Run r : runs) {
            String p = parent(r.trajectory()).name();
            for (Criterion c : r.scenario().criteria()) {
                if (c instanceof Criterion.Concentration cc && cc.analyte().equals(p)) {
                    String label = (parents.size() > 1 ? p + " " : "") + Format.number(cc.threshold()) + " ng/mL";
                    thresholds.putIfAbsent(label, cc.threshold());
                }
            }
        }
        double floor = Double.NaN;
        double lowest = Double.NaN;
        double top = max;
        if (log) {
            for (double th : thresholds.values()) {
                top = Math.max(top, th);
            }
            top = top > 0 ? top : 1;
            floor = LOG_FLOOR * top;
            lowest = top;
            for (Curve c : curves) {
                for (double v : c.values()) {
                    if (v >= floor && v < lowest) {
                        lowest = v;
                    }
                }
            }
            for (double th : thresholds.values()) {
                lowest = Math.min(lowest, th);
            }
        }
        double cut = floor;
        DoubleUnaryOperator shown = log ? y -> y >= cut ? y : Double.NaN : y -> y;
        for (int i = 0; i < runs.size(); i++) {
            draw(layer, runs.get(i), runs, parent(runs.get(i).trajectory()), curves.get(i), shown, axis, Palette.color(i), Palette.solid(),
                    runs.get(i).label());
        }
        if (log) {
            logAxis(chart, lowest, top);
        }
        return finish(log ? "concentration-log" : "concentration", chart, axis, runs, max, thresholds, log);
    }

    /**
     * Log axis from the first 1, 2 or 5 × 10^k below the lowest plotted value to the first above the
     * top, labelled at 1, 2 and 5 × 10^k with plain numbers (0.1, 0.2, 0.5, 1, 2, 5, 10).
     */
    static void logAxis(XYChart chart, double lowest, double top) {
        var s = chart.getStyler();
        s.setYAxisLogarithmic(true);
        s.setYAxisLogarithmicDecadeOnly(false);
        ChartStyle.yRange(chart, ChartStyle.niceFloorLog(lowest / 1.1), ChartStyle.niceCeilLog(top * 1.1));
        s.setYAxisTickLabelsFormattingFunction(ChartStyle::logTick);
    }

    /**
     * Sets the axis ranges and draws the thresholds ({@link #thresholds}). {@code max}: NaN to keep the
     * y range set by the caller.
     */
    private static Figure finish(String name, XYChart chart, TimeAxis axis, List<Run> runs, double max,
                                 Map<String, Double> thresholds, boolean log) {
        var s = chart.getStyler();
        ChartStyle.xRange(chart, 0, axis.toAxis(duration(runs)));
        s.setXAxisTickLabelsFormattingFunction(ChartStyle::tick);
        if (!log) {
            if (!Double.isNaN(max)) {
                double top = max;
                for (double th : thresholds.values()) {
                    top = Math.max(top, th);
                }
                ChartStyle.yRange(chart, 0, ChartStyle.niceCeil(top * 1.05));
            }
            s.setYAxisTickLabelsFormattingFunction(ChartStyle::tick);
        }
        return new Figure(name, chart, thresholds(chart, thresholds));
    }

    /**
     * Draws the thresholds (label → value; one line per distinct label, highest first, each in its
     * own line style), each labelled on its line; fits the legend. The axis ranges must be set.
     */
    static List<ThresholdLine> thresholds(XYChart chart, Map<String, Double> thresholds) {
        List<ThresholdLine> lines = new ArrayList<>();
        List<java.awt.geom.Rectangle2D> placed = new ArrayList<>();
        List<Map.Entry<String, Double>> byValue = new ArrayList<>(thresholds.entrySet());
        byValue.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        for (Map.Entry<String, Double> t : byValue) {
            ThresholdLine line = new ThresholdLine(t.getValue(), t.getKey(), ChartStyle.ANNOTATION, placed, lines.size());
            chart.addAnnotation(line);
            lines.add(line);
        }
        ChartStyle.fitLegend(chart);
        return lines;
    }

    /**
     * Draws one output of a run in its colour: the curve or, when the run doses densely
     * ({@link Events#dense}) and the figure spans more than {@value #ENVELOPE_DAYS} days (where daily
     * spikes would merge into a solid block), its daily average ({@code stroke}; the day's integral
     * from the solution over 24 h) over a light band from its daily troughs to its daily peaks, each
     * edged by a thin line. {@code shown} maps a value to what is drawn (% for occupancy; NaN below a
     * log axis's floor). The legend names the run, and the average and band as such.
     */
    private static void draw(CurveLayer layer, Run r, List<Run> runs, Output output, Curve c,
                             DoubleUnaryOperator shown, TimeAxis axis, Color color, BasicStroke stroke, String name) {
        String label = lengthNote(r, runs, name);
        if (!drawnAsEnvelope(r.scenario(), r.trajectory().endTime(), duration(runs))) {
            layer.add(name, times(c.times(), axis), map(c.values(), shown), color, stroke, label);
            return;
        }
        Curve.Envelope e = c.envelope(DAY);
        double[] x = times(e.times(), axis);
        double[] mean = map(c.windowMeans(DAY, (a, b) -> r.trajectory().integral(output, a, b)), shown);
        double[] high = map(e.high(), shown);
        double[] low = map(e.low(), shown);
        layer.addBand(x, low, high, PopulationFigures.tint(color, ENVELOPE_TINT));
        layer.add(name + ": daily peak", x, high, color, ENVELOPE_EDGE, null);
        layer.add(name + ": daily trough", x, low, color, ENVELOPE_EDGE, null);
        layer.add(name, x, mean, color, stroke, label + " (daily average; shaded: daily trough to peak)");
    }

    /**
     * Whether a run of this scenario, ending at {@code end} h, is drawn as its daily envelope in a
     * figure spanning {@code span} h: when it doses densely and the figure spans more than
     * {@value #ENVELOPE_DAYS} days.
     */
    public static boolean drawnAsEnvelope(Scenario s, double end, double span) {
        return drawnAsEnvelope(Events.doses(s, end), span);
    }

    /** As {@link #drawnAsEnvelope(Scenario, double, double)}, from the run's dose times (h). */
    static boolean drawnAsEnvelope(double[] doses, double span) {
        return span > 24 * ENVELOPE_DAYS && Events.dense(doses);
    }

    /** A run's legend text, saying where it ends when it is shorter than the figure. */
    private static String lengthNote(Run r, List<Run> runs, String name) {
        return lengthNote(name, r.trajectory().endTime(), duration(runs));
    }

    /** Legend text of a curve ending at {@code end} h in a figure spanning {@code span} h. */
    static String lengthNote(String name, double end, double span) {
        if (end >= span - 1e-9) {
            return name;
        }
        TimeAxis axis = TimeAxis.forDuration(span);
        return name + " (run ends at " + Format.number(axis.toAxis(end)) + " " + axis.unit() + ")";
    }

    /**
     * Bottom of an occupancy axis (%): 10 % of the span to 100 % below the lowest level the curves
     * settle at (or the lowest threshold), down to a multiple of 5; 0 when that is below 20 %.
     */
    static double occupancyFloor(double lowest) {
        double bottom = Math.floor((lowest - 0.1 * (100 - lowest)) / 5) * 5;
        return bottom < 20 ? 0 : bottom;
    }

    private static double[] map(double[] v, DoubleUnaryOperator f) {
        double[] out = new double[v.length];
        for (int k = 0; k < v.length; k++) {
            out[k] = f.applyAsDouble(v[k]);
        }
        return out;
    }

    private static void check(List<Run> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("nothing to plot: no runs");
        }
        Set<String> seen = new HashSet<>();
        for (Run r : runs) {
            if (!seen.add(r.label())) {
                throw new IllegalArgumentException("two runs are labelled '" + r.label()
                        + "'; legends need distinct labels");
            }
        }
    }

    static TimeAxis timeAxis(List<Run> runs) {
        return TimeAxis.forDuration(duration(runs));
    }

    private static double duration(List<Run> runs) {
        return runs.stream().mapToDouble(r -> r.trajectory().endTime()).max().orElse(0);
    }

    private static List<Output> concentrations(Trajectory tr) {
        return tr.model().outputs().stream().filter(o -> o.kind() == Output.Kind.CONCENTRATION).toList();
    }

    private static Output parent(Trajectory tr) {
        return concentrations(tr).stream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("run has no concentration output"));
    }

    private static String unit(List<Run> runs, String output) {
        for (Run r : runs) {
            Optional<Output> o = r.trajectory().find(output);
            if (o.isPresent()) {
                return o.get().unit();
            }
        }
        return "ng/mL";
    }

    /** The values with NaN before the last zero that precedes the first positive value. */
    private static double[] fromFirstRise(double[] v) {
        double[] out = v.clone();
        int first = 0;
        while (first < out.length && !(out[first] > 0)) {
            first++;
        }
        for (int i = 0; i < first - 1; i++) {
            out[i] = Double.NaN;
        }
        return out;
    }

    private static double[] times(double[] hours, TimeAxis axis) {
        double[] x = new double[hours.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = axis.toAxis(hours[i]);
        }
        return x;
    }
}
