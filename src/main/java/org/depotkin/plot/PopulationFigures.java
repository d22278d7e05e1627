package org.depotkin.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.depotkin.model.Criterion;
import org.depotkin.model.Format;
import org.depotkin.population.TrialSummary;
import org.knowm.xchart.XYChart;

/**
 * The figures of virtual trials run together (one {@link TrialSummary} per scenario):
 * <ul>
 *   <li>{@code <scenario>-concentration} — the parent's plasma concentration on a log axis: the
 *       5–95th percentile band (light), the 25–75th (darker) and the median (line); each
 *       concentration threshold of the scenario's criteria on the parent drawn and labelled;</li>
 *   <li>{@code <scenario>-occupancy} — receptor occupancy (%) with the same bands and the
 *       scenario's occupancy thresholds (when something binds);</li>
 *   <li>{@code <prefix>-probability} — the fraction of subjects meeting each scenario's first
 *       criterion at each time, one line per scenario;</li>
 *   <li>{@code <prefix>-coverage} — the fraction covered by that criterion without interruption for at
 *       least X days, against X, one line per scenario.</li>
 * </ul>
 * Every value drawn is the summary's (bands, probabilities, {@link TrialSummary#coveredAtLeast});
 * nothing is recomputed here, except that a densely dosed trial's bands are of daily peaks and
 * troughs ({@link DailyBands}). A scenario has the same colour (Okabe–Ito, in the order given) in
 * every figure; the concentration figures of one set share the top of their log axis so that peaks
 * compare side by side, while each axis's bottom, and each occupancy axis, is zoomed to its trial's
 * data after the first day. Time is in days beyond 3 days ({@link TimeAxis}).
 */
public final class PopulationFigures {
    /** Tint (share of the scenario colour, the rest white) of the 5–95th and the 25–75th percentile bands. */
    private static final double OUTER_TINT = 0.22;
    private static final double INNER_TINT = 0.5;
    /** Width of a band's swatch in the legend (px). */
    private static final float SWATCH = 14f;
    /** Smallest title font (pt) when a long scenario description is shrunk to fit. */
    private static final int MIN_TITLE = 18;

    private PopulationFigures() {
    }

    /**
     * Every figure: per scenario concentration and occupancy bands, then the probability and the
     * coverage figures, named {@code <prefix>-probability} and {@code <prefix>-coverage}.
     */
    public static List<Figure> all(List<TrialSummary> trials, String prefix) {
        return all(trials, noDaily(trials), prefix);
    }

    /**
     * As {@link #all(List, String)}; a trial with daily bands ({@code daily.get(i)} not null: dense
     * dosing) has its concentration and occupancy drawn as daily peak and trough bands.
     */
    public static List<Figure> all(List<TrialSummary> trials, List<Daily> daily, String prefix) {
        check(trials);
        List<Figure> out = new ArrayList<>();
        for (int i = 0; i < trials.size(); i++) {
            out.add(concentration(trials, daily, i));
            occupancy(trials, daily, i).ifPresent(out::add);
        }
        out.add(probability(trials, daily, prefix + "-probability"));
        out.add(coverage(trials, prefix + "-coverage"));
        return out;
    }

    /**
     * Percentile bands of trial {@code i}'s parent concentration on a log axis whose top is shared by
     * all trials and whose bottom is the trial's own ({@link #concentration(List, List, int)}).
     */
    public static Figure concentration(List<TrialSummary> trials, int i) {
        return concentration(trials, noDaily(trials), i);
    }

    /**
     * As {@link #concentration(List, int)}, daily bands where {@code daily} has them. The log axis
     * runs from below the trial's lowest value drawn after the first day (and its lowest threshold)
     * up to above the highest 95th percentile (and threshold) of all trials, and never below
     * {@link Figures#LOG_FLOOR} of that top. The first day is left out, as for occupancy: the rise
     * from zero after the first dose would stretch the axis over decades that say nothing.
     */
    public static Figure concentration(List<TrialSummary> trials, List<Daily> daily, int i) {
        check(trials);
        TrialSummary t = trials.get(i);
        double top = 0;
        for (int k = 0; k < trials.size(); k++) {
            for (double[] band : parentBands(trials.get(k), daily.get(k))) {
                top = Math.max(top, max(band));
            }
            for (double th : parentThresholds(trials.get(k)).values()) {
                top = Math.max(top, th);
            }
        }
        top = top > 0 ? top : 1;
        double lowest = Math.min(top, lowestConcentration(t, daily.get(i), Figures.LOG_FLOOR * top));
        TimeAxis axis = TimeAxis.forDuration(duration(trials));
        XYChart chart = ChartStyle.chart(title(t), axis.title(),
                capitalised(t.parent()) + " in plasma (ng/mL, log scale)");
        Figures.logAxis(chart, lowest, top);
        if (daily.get(i) == null) {
            bands(chart, t, i, axis, t.parentBands(), 1);
        } else {
            dailyBands(chart, t, i, axis, daily.get(i).parent());
        }
        xAxis(chart, axis, trials);
        return new Figure(t.scenario() + "-concentration", chart, Figures.thresholds(chart, parentThresholds(t)));
    }

    /** The trial's concentration thresholds on its parent: label ({@code 2 ng/mL}) → ng/mL. */
    private static Map<String, Double> parentThresholds(TrialSummary t) {
        Map<String, Double> thresholds = new LinkedHashMap<>();
        for (Criterion c : t.criteria()) {
            if (c instanceof Criterion.Concentration cc && cc.analyte().equals(t.parent())) {
                thresholds.putIfAbsent(Format.number(cc.threshold()) + " ng/mL", cc.threshold());
            }
        }
        return thresholds;
    }

    /** Percentile bands of trial {@code i}'s receptor occupancy in %; empty when nothing binds. */
    public static Optional<Figure> occupancy(List<TrialSummary> trials, int i) {
        return occupancy(trials, noDaily(trials), i);
    }

    /**
     * As {@link #occupancy(List, int)}, daily bands where {@code daily} has them. The axis is the
     * trial's own: from below its lowest 5th percentile after the first day (and its lowest
     * threshold) to 100 % ({@link Figures#occupancyFloor}).
     */
    public static Optional<Figure> occupancy(List<TrialSummary> trials, List<Daily> daily, int i) {
        check(trials);
        TrialSummary t = trials.get(i);
        if (t.occupancyBands() == null) {
            return Optional.empty();
        }
        Map<String, Double> thresholds = new LinkedHashMap<>();
        for (Criterion c : t.criteria()) {
            if (c instanceof Criterion.Occupancy oc) {
                thresholds.putIfAbsent(Format.number(100 * oc.threshold()) + " % occupancy", 100 * oc.threshold());
            }
        }
        TimeAxis axis = TimeAxis.forDuration(duration(trials));
        XYChart chart = ChartStyle.chart(title(t), axis.title(), "Receptor occupancy (%)");
        ChartStyle.yRange(chart, Figures.occupancyFloor(lowestOccupancy(t, daily.get(i), thresholds)), 100);
        chart.getStyler().setYAxisTickLabelsFormattingFunction(ChartStyle::tick);
        if (daily.get(i) == null) {
            bands(chart, t, i, axis, t.occupancyBands(), 100);
        } else {
            dailyBands(chart, t, i, axis, daily.get(i).occupancy());
        }
        xAxis(chart, axis, trials);
        return Optional.of(new Figure(t.scenario() + "-occupancy", chart, Figures.thresholds(chart, thresholds)));
    }

    /**
     * The fraction of subjects (%) meeting each scenario's first criterion at each grid time, one
     * line per scenario named by its description.
     */
    public static Figure probability(List<TrialSummary> trials, String name) {
        return probability(trials, noDaily(trials), name);
    }

    /**
     * As {@link #probability(List, String)}; a densely dosed trial (with daily bands) is drawn as the
     * band between the day's lowest and highest share, edged by both, the highest in its line.
     */
    public static Figure probability(List<TrialSummary> trials, List<Daily> daily, String name) {
        check(trials);
        TimeAxis axis = TimeAxis.forDuration(duration(trials));
        String criterion = commonFirstCriterion(trials);
        List<String> labels = new ArrayList<>(legends(trials, criterion));
        for (int i = 0; i < trials.size(); i++) {
            if (daily.get(i) != null) {
                labels.set(i, ChartStyle.wrapLegend(labels.get(i) + " (highest and lowest share of each day)"));
            }
        }
        XYChart chart = ChartStyle.chart(criterion == null ? "Probability of meeting each scenario's first criterion"
                        : "Probability that " + criterion + subjects(trials), axis.title(),
                "Subjects meeting it (%)", extraLines(labels));
        CurveLayer layer = CurveLayer.on(chart);
        for (int i = 0; i < trials.size(); i++) {
            TrialSummary t = trials.get(i);
            double[] share = scaled(t.probability()[0], 100);
            if (daily.get(i) == null) {
                layer.add(labels.get(i), times(t.grid(), axis), share, Palette.color(i), Palette.solid(), labels.get(i));
            } else {
                Curve.Envelope e = new Curve(t.grid(), share).envelope(24);
                double[] x = times(e.times(), axis);
                layer.addBand(x, e.low(), e.high(), tint(Palette.color(i), OUTER_TINT));
                layer.add(labels.get(i), x, e.high(), Palette.color(i), Palette.solid(), labels.get(i));
                layer.add(labels.get(i) + ": lowest of the day", x, e.low(), Palette.color(i), new BasicStroke(1.2f),
                        null);
            }
        }
        ChartStyle.yRange(chart, 0, 100);
        chart.getStyler().setYAxisTickLabelsFormattingFunction(ChartStyle::tick);
        xAxis(chart, axis, trials);
        ChartStyle.fitTitle(chart, MIN_TITLE);
        ChartStyle.fitLegend(chart);
        return new Figure(name, chart, List.of());
    }

    /**
     * The fraction of subjects (%) covered by each scenario's first criterion without a lapse for at
     * least X days, against X from 0 to the end of the run: a staircase that steps down at each
     * subject's first lapse ({@link TrialSummary#coveredAtLeast}; a subject never covered lapses at 0).
     */
    public static Figure coverage(List<TrialSummary> trials, String name) {
        check(trials);
        String criterion = commonFirstCriterion(trials);
        double days = duration(trials) / 24;
        List<String> labels = legends(trials, criterion);
        XYChart chart = ChartStyle.chart(criterion == null
                        ? "Covered for at least X days without a lapse (each scenario's first criterion)"
                        : "Covered by " + criterion + " for at least X days without a lapse" + subjects(trials),
                "X: time to the first lapse (d)", "Subjects still covered at day X (%)", extraLines(labels));
        CurveLayer layer = CurveLayer.on(chart);
        for (int i = 0; i < trials.size(); i++) {
            TrialSummary t = trials.get(i);
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            xs.add(0.0);
            ys.add(100 * t.coveredAtLeast(0, 0));
            double previous = Double.NaN;
            for (double f : t.firstFailureDays()[0]) {
                if (f < days && f != previous) {
                    // the step at f: all who last at least f, then those who last longer
                    xs.add(f);
                    ys.add(100 * t.coveredAtLeast(0, f));
                    xs.add(f);
                    ys.add(100 * t.coveredAtLeast(0, Math.nextUp(f)));
                    previous = f;
                }
            }
            xs.add(days);
            ys.add(100 * t.coveredAtLeast(0, days));
            layer.add(labels.get(i), xs.stream().mapToDouble(Double::doubleValue).toArray(),
                    ys.stream().mapToDouble(Double::doubleValue).toArray(), Palette.color(i), Palette.solid(),
                    labels.get(i));
        }
        ChartStyle.xRange(chart, 0, days);
        chart.getStyler().setXAxisTickLabelsFormattingFunction(ChartStyle::tick);
        ChartStyle.yRange(chart, 0, 100);
        chart.getStyler().setYAxisTickLabelsFormattingFunction(ChartStyle::tick);
        ChartStyle.fitTitle(chart, MIN_TITLE);
        ChartStyle.fitLegend(chart);
        return new Figure(name, chart, List.of());
    }

    // ------------------------------------------------------------------------------------------

    /**
     * Draws the 5–95th and 25–75th percentile bands and the median of {@code bands}
     * ([percentile][time], in {@link TrialSummary#PERCENTILES} order), each value times {@code scale},
     * in trial {@code i}'s colour, with legend entries. The y range must be set.
     */
    private static void bands(XYChart chart, TrialSummary t, int i, TimeAxis axis, double[][] bands, double scale) {
        double[] p = t.percentiles();
        if (p.length != 5 || p[0] != 5 || p[1] != 25 || p[2] != 50 || p[3] != 75 || p[4] != 95) {
            throw new IllegalArgumentException("bands need the 5, 25, 50, 75 and 95th percentiles");
        }
        double[] x = times(t.grid(), axis);
        Color color = Palette.color(i);
        Color outer = tint(color, OUTER_TINT);
        Color inner = tint(color, INNER_TINT);
        CurveLayer layer = CurveLayer.on(chart);
        layer.addBand(x, scaled(bands[0], scale), scaled(bands[4], scale), outer);
        layer.addBand(x, scaled(bands[1], scale), scaled(bands[3], scale), inner);
        layer.add("median", x, belowAxis(chart, scaled(bands[2], scale)), color, Palette.solid(), "median");
        ChartStyle.key(chart, "band 25-75", "25–75th percentile", swatch(), inner);
        ChartStyle.key(chart, "band 5-95", "5–95th percentile (" + t.firstFailureDays()[0].length + " subjects)",
                swatch(), outer);
    }

    /**
     * Draws daily bands in trial {@code i}'s colour: light from the 5th percentile of the daily
     * troughs to the 95th of the daily peaks, darker from the 25th of the troughs to the 75th of the
     * peaks, the median peak solid and the median trough dashed, with legend entries. The y range
     * must be set.
     */
    private static void dailyBands(XYChart chart, TrialSummary t, int i, TimeAxis axis, DailyBands d) {
        double[] x = times(d.times(), axis);
        Color color = Palette.color(i);
        Color outer = tint(color, OUTER_TINT);
        Color inner = tint(color, INNER_TINT);
        CurveLayer layer = CurveLayer.on(chart);
        layer.addBand(x, d.troughs()[0], d.peaks()[4], outer);
        layer.addBand(x, d.troughs()[1], d.peaks()[3], inner);
        layer.add("median daily peak", x, belowAxis(chart, d.peaks()[2]), color, Palette.solid(),
                "median daily peak");
        layer.add("median daily trough", x, belowAxis(chart, d.troughs()[2]), color, Palette.dashed(),
                "median daily trough");
        ChartStyle.key(chart, "band 25-75", "25th pct trough – 75th pct peak", swatch(), inner);
        ChartStyle.key(chart, "band 5-95", "5th–95th (" + t.firstFailureDays()[0].length + " subjects)", swatch(),
                outer);
    }

    /** The values, NaN below a log axis's bottom (far below it, Java2D would mis-draw the path). */
    private static double[] belowAxis(XYChart chart, double[] values) {
        double[] out = values.clone();
        if (chart.getStyler().isYAxisLogarithmic()) {
            double min = chart.getStyler().getYAxisMin();
            for (int k = 0; k < out.length; k++) {
                out[k] = out[k] >= min ? out[k] : Double.NaN;
            }
        }
        return out;
    }

    /** The parent's bands as drawn: pointwise percentiles, or daily peak and trough percentiles. */
    private static double[][] parentBands(TrialSummary t, Daily daily) {
        if (daily == null) {
            return t.parentBands();
        }
        double[][] out = new double[2 * daily.parent().peaks().length][];
        System.arraycopy(daily.parent().peaks(), 0, out, 0, daily.parent().peaks().length);
        System.arraycopy(daily.parent().troughs(), 0, out, daily.parent().peaks().length,
                daily.parent().troughs().length);
        return out;
    }

    /** The lowest occupancy (%) drawn after the first day: the 5th percentile, and the thresholds. */
    private static double lowestOccupancy(TrialSummary t, Daily daily, Map<String, Double> thresholds) {
        double low = daily != null
                ? lowestAfterFirstDay(daily.occupancy().times(), daily.occupancy().troughs()[0], 0)
                : lowestAfterFirstDay(t.grid(), scaled(t.occupancyBands()[0], 100), 0);
        low = Math.min(100, low);
        for (double th : thresholds.values()) {
            low = Math.min(low, th);
        }
        return low;
    }

    /**
     * The lowest parent concentration (ng/mL) drawn after the first day that is at least
     * {@code floor}: in any band (or of the daily peaks and troughs), and the thresholds.
     */
    private static double lowestConcentration(TrialSummary t, Daily daily, double floor) {
        double[] times = daily != null ? daily.parent().times() : t.grid();
        double low = Double.POSITIVE_INFINITY;
        for (double[] band : parentBands(t, daily)) {
            low = Math.min(low, lowestAfterFirstDay(times, band, floor));
        }
        for (double th : parentThresholds(t).values()) {
            low = Math.min(low, th);
        }
        return low;
    }

    /** The lowest value at 24 h or later that is at least {@code floor}; +∞ when there is none. */
    private static double lowestAfterFirstDay(double[] times, double[] values, double floor) {
        double low = Double.POSITIVE_INFINITY;
        for (int j = 0; j < times.length; j++) {
            if (times[j] >= 24 && values[j] >= floor) {
                low = Math.min(low, values[j]);
            }
        }
        return low;
    }

    private static List<Daily> noDaily(List<TrialSummary> trials) {
        return java.util.Collections.nCopies(trials.size(), null);
    }

    /**
     * Daily bands of one trial.
     *
     * @param parent    of the parent concentration (ng/mL)
     * @param occupancy of occupancy (%), null when nothing binds
     */
    public record Daily(DailyBands parent, DailyBands occupancy) {
    }

    /** Time axis from 0 to the longest run; the title fitted to the width. */
    private static void xAxis(XYChart chart, TimeAxis axis, List<TrialSummary> trials) {
        ChartStyle.xRange(chart, 0, axis.toAxis(duration(trials)));
        chart.getStyler().setXAxisTickLabelsFormattingFunction(ChartStyle::tick);
        ChartStyle.fitTitle(chart, MIN_TITLE);
    }

    /** The scenario's description (its name when there is none). */
    private static String title(TrialSummary t) {
        return t.label() == null || t.label().isBlank() ? t.scenario() : t.label();
    }

    /**
     * Legend text of each scenario's line: its description, and its criterion when the criteria
     * differ, broken into lines that the legend shows whole.
     */
    private static List<String> legends(List<TrialSummary> trials, String commonCriterion) {
        return trials.stream().map(t -> ChartStyle.wrapLegend(commonCriterion == null
                ? title(t) + ": " + t.criteria().get(0).describe() : title(t))).toList();
    }

    /** Legend lines beyond one per entry. */
    private static int extraLines(List<String> labels) {
        return labels.stream().mapToInt(l -> l.split("\n").length - 1).sum();
    }

    /** The first criterion when every trial has the same one, else null. */
    private static String commonFirstCriterion(List<TrialSummary> trials) {
        String first = trials.get(0).criteria().get(0).describe();
        return trials.stream().allMatch(t -> t.criteria().get(0).describe().equals(first)) ? first : null;
    }

    /** {@code ", N subjects"} when every trial has N subjects, else nothing. */
    private static String subjects(List<TrialSummary> trials) {
        int n = trials.get(0).firstFailureDays()[0].length;
        return trials.stream().allMatch(t -> t.firstFailureDays()[0].length == n)
                ? " (" + n + (n == 1 ? " subject each)" : " subjects each)") : "";
    }

    private static void check(List<TrialSummary> trials) {
        if (trials.isEmpty()) {
            throw new IllegalArgumentException("nothing to plot: no trials");
        }
        for (TrialSummary t : trials) {
            if (t.criteria().isEmpty()) {
                throw new IllegalArgumentException("scenario " + t.scenario() + " has no criterion to plot");
            }
        }
    }

    private static double duration(List<TrialSummary> trials) {
        return trials.stream().mapToDouble(t -> t.grid()[t.grid().length - 1]).max().orElse(0);
    }

    private static double max(double[] v) {
        double m = 0;
        for (double x : v) {
            if (Double.isFinite(x) && x > m) {
                m = x;
            }
        }
        return m;
    }

    private static double[] times(double[] hours, TimeAxis axis) {
        double[] x = new double[hours.length];
        for (int k = 0; k < x.length; k++) {
            x[k] = axis.toAxis(hours[k]);
        }
        return x;
    }

    private static double[] scaled(double[] v, double scale) {
        if (scale == 1) {
            return v.clone();
        }
        double[] out = new double[v.length];
        for (int k = 0; k < v.length; k++) {
            out[k] = scale * v[k];
        }
        return out;
    }

    /** The colour mixed with white: {@code share} of the colour. */
    static Color tint(Color c, double share) {
        return new Color(mix(c.getRed(), share), mix(c.getGreen(), share), mix(c.getBlue(), share));
    }

    private static int mix(int channel, double share) {
        return (int) Math.round(share * channel + (1 - share) * 255);
    }

    private static BasicStroke swatch() {
        return new BasicStroke(SWATCH, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
