package org.depotkin.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.IntConsumer;
import org.depotkin.analysis.Design;
import org.depotkin.analysis.DesignPoint;
import org.depotkin.analysis.Knob;
import org.depotkin.analysis.ReleaseTerms;
import org.depotkin.io.CriterionParser;
import org.depotkin.io.ModelFiles;
import org.depotkin.io.OutputFolder;
import org.depotkin.model.Criterion;
import org.depotkin.model.Format;
import org.depotkin.model.Limits;
import org.depotkin.model.Quantity;
import org.depotkin.model.Scenario;
import org.depotkin.model.Unit;
import org.depotkin.plot.Figure;
import org.depotkin.plot.FigureWriter;
import org.depotkin.plot.SweepFigure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code depotkin design}: the parameter value that meets a coverage target. */
@Command(name = "design", mixinStandardHelpOptions = true,
        description = "Find the values of one parameter (dose, interval, or a model parameter such as release.k) "
                + "that keep a criterion met for a target time, for the typical patient or for a fraction of a "
                + "virtual population.",
        footer = {"", "Examples:", "  depotkin design models/implant-3.4g.yaml --target \"naltrexone >= 2 ng/mL for 180 d\" "
            + "--vary release.k --plot png",
            "  depotkin design models/population-implant-3.4g.yaml --target \"naltrexone >= 2 ng/mL for 180 d\" "
                + "--vary dose --probability 90%% --subjects 200"})
final class DesignCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL", description = "Scenario file.")
    Path model;

    @Option(names = "--target", required = true, paramLabel = "TEXT",
            description = "e.g. \"naltrexone >= 2 ng/mL for 180 d\".")
    String target;

    @Option(names = "--vary", required = true, paramLabel = "PARAM",
            description = "dose, interval, or a model parameter (release.k, naltrexone.CL, ...).")
    String vary;

    @Option(names = "--probability", paramLabel = "P", description = "Fraction of patients that must meet the "
            + "target, e.g. 90%% (default: the typical patient).")
    String probability;

    @Option(names = "--subjects", paramLabel = "N", defaultValue = "200", description = "Virtual subjects "
            + "(default: ${DEFAULT-VALUE}).")
    int subjects;

    @Option(names = "--seed", defaultValue = "1", description = "Master seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", description = "Worker threads (default: the machine's cores).")
    Integer threads;

    @Option(names = "--from", paramLabel = "X", description = "Smallest value to scan (default: nominal / 8).")
    Double from;

    @Option(names = "--to", paramLabel = "X", description = "Largest value to scan (default: nominal x 8).")
    Double to;

    @Option(names = "--points", description = "Scan points (default: 25, or 11 with --probability).")
    Integer points;

    @Option(names = "--ivivc-time-scale", paramLabel = "S", description = "In-vivo time per in-vitro time of a "
            + "Level A IVIVC (as found by 'deconvolve --time-scale'): also give the answer as an in-vitro release "
            + "specification.")
    Double ivivcTimeScale;

    @Mixin
    FileOptions files;

    @Mixin
    ModelSettings settings;

    @Override
    public Integer call() {
        int at = target.lastIndexOf(" for ");
        if (at < 0) {
            throw new IllegalArgumentException("--target: expected '<criterion> for <time>', e.g. "
                    + "'naltrexone >= 2 ng/mL for 180 d'");
        }
        if (ivivcTimeScale != null && !(ivivcTimeScale > 0)) {
            throw new IllegalArgumentException("--ivivc-time-scale must be > 0, got " + ivivcTimeScale);
        }
        Criterion c = CriterionParser.parse(target.substring(0, at));
        double days = Quantity.parse(target.substring(at + 5).trim()).in(Unit.H) / 24;
        var formats = files.plotFormats();
        if (points != null) {
            Limits.count("--points", points, 2, Limits.MAX_SCAN_POINTS);
        }
        Scenario s = settings.apply(ModelFiles.scenario(model));
        Knob knob = Knob.of(s, vary);
        double lo = from == null ? knob.nominal() / 8 : from;
        double hi = to == null ? knob.nominal() * 8 : to;
        Design.Result r;
        if (probability == null) {
            r = Design.typical(s, knob, c, days, lo, hi, points == null ? 25 : points);
        } else {
            double p = Quantity.parse(probability).in(Unit.ONE);
            Limits.count("--subjects", subjects, 1, Limits.MAX_SUBJECTS);
            int t = threads == null ? Math.min(Runtime.getRuntime().availableProcessors(), Limits.MAX_THREADS)
                    : Limits.count("--threads", threads, 1, Limits.MAX_THREADS);
            int n = points == null ? 11 : points;
            int expected = Design.expectedPoints(lo, hi, n);
            IntConsumer bar = Progress.of(spec.commandLine().getErr(), "design: " + subjects + " subjects a point",
                    expected);
            r = Design.population(s, knob, c, days, p, subjects, seed, t, lo, hi, n,
                    done -> bar.accept(Math.min(done, expected - 1)));
            bar.accept(expected);
        }
        PrintWriter o = spec.commandLine().getOut();
        o.print(report(r, s, ivivcTimeScale));
        String prefix = s.name() + "-design-" + vary.replace('.', '-');
        try (OutputFolder folder = files.folder("design " + prefix)) {
            writeScan(folder.file(prefix + ".csv"), r, s, settings.options());
            writePoints(folder.file(prefix + "-points.csv"), r, s, settings.options(), ivivcTimeScale);
            if (!formats.isEmpty()) {
                Figure f = figure(r, s, prefix);
                for (FigureWriter.Format fmt : formats) {
                    FigureWriter.write(f.chart(), folder.file(prefix + "." + fmt.extension()), fmt);
                }
            }
            folder.commit().forEach(f -> o.println("wrote " + f));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write outputs: " + e.getMessage(), e);
        }
        return r.feasible().isEmpty() ? 1 : 0;
    }

    static String report(Design.Result r, Scenario s, Double ivivcTimeScale) {
        StringBuilder sb = new StringBuilder();
        String who = Double.isNaN(r.probability()) ? "the typical patient"
                : Format.number(100 * r.probability()) + " % of " + r.subjects() + " virtual patients";
        sb.append(String.format(Locale.ROOT, "%s: %s for %s d, for %s, varying %s (nominal %s)%n", s.name(),
                r.criterion().describe(), Format.number(r.days()), who, r.knob().name(),
                value(r.knob(), r.knob().nominal())));
        String metric = Double.isNaN(r.probability()) ? "days covered" : "fraction covered";
        for (int i = 0; i < r.values().length; i++) {
            sb.append(String.format(Locale.ROOT, "  %s = %-12s %s %s%n", r.knob().name(), Format.number(r.values()[i]),
                    metric, Format.number(r.metric()[i])));
        }
        Design.Optimum best = r.optimum();
        if (r.feasible().isEmpty()) {
            sb.append(best == null ? "no value in the scanned range meets the target; widen --from/--to\n"
                    : "no value meets the target: the best, " + value(r.knob(), best.value()) + " (" + metric + " "
                    + Format.number(best.metric()) + "), lies inside the scanned range, so a wider --from/--to "
                    + "will not help; change another parameter\n");
        }
        for (double[] iv : r.feasible()) {
            sb.append(String.format(Locale.ROOT, "meets the target for %s from %s to %s %s (ends to %s relative)%n",
                    r.knob().name(), Format.number(iv[0]), Format.number(iv[1]), r.knob().unit(),
                    Format.number(r.precision())));
        }
        if (!r.edges().isEmpty()) {
            sb.append("the typical patient at the ends of the feasible range:\n");
        }
        for (DesignPoint p : r.edges()) {
            point(sb, r, p, r.isScanEnd(p.value()) ? "scan end" : "edge", ivivcTimeScale);
        }
        if (best != null) {
            sb.append(String.format(Locale.ROOT, "%s peaks inside the scanned range (the optimum):%n", metric));
            point(sb, r, best.point(), "optimum", ivivcTimeScale);
        }
        return sb.toString();
    }

    /** One design point: the value, coverage, Cmax, time above, release terms, in-vitro specification. */
    private static void point(StringBuilder sb, Design.Result r, DesignPoint p, String what, Double ivivcTimeScale) {
        sb.append(String.format(Locale.ROOT, "  %-8s %s = %s: covered %s d; Cmax %s %s at day %s; criterion met %s d "
                        + "in all%n", what, r.knob().name(), value(r.knob(), p.value()), Format.number(p.daysCovered()),
                Format.number(p.cmax()), p.unit(), Format.number(p.tmax() / 24), Format.number(p.daysAbove())));
        if (p.release() != null) {
            sb.append(String.format(Locale.ROOT, "           release of %s mg: %s%n", Format.number(p.release().load()),
                    p.release().describe()));
            if (ivivcTimeScale != null) {
                sb.append("           ").append(p.release().inVitro(ivivcTimeScale)).append('\n');
            }
        }
    }

    /** A knob value with its unit, and in days where that reads better ({@code 0.000267 1/h = 0.0064 /d}). */
    private static String value(Knob knob, double v) {
        String u = knob.unit();
        String alt = u.equals("1/h") ? " = " + Format.number(v * 24) + " /d"
                : u.equals("h") ? " = " + Format.number(v / 24) + " d" : "";
        return Format.number(v) + " " + u + alt;
    }

    private static void writeScan(Path file, Design.Result r, Scenario s, String set) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("# depotkin " + Version.get() + "; design " + s.name() + set + "; " + r.criterion().describe() + " for "
                    + Format.number(r.days()) + " d; unit of value: " + r.knob().unit());
            w.newLine();
            w.write(Double.isNaN(r.probability()) ? "parameter,value,days_covered" : "parameter,value,fraction_covered");
            w.newLine();
            for (int i = 0; i < r.values().length; i++) {
                w.write(r.knob().name() + "," + r.values()[i] + "," + r.metric()[i]);
                w.newLine();
            }
        }
    }

    /** The edges and the optimum, one row each, every column with its unit; NA where not applicable or never. */
    private static void writePoints(Path file, Design.Result r, Scenario s, String set, Double ivivcTimeScale)
            throws IOException {
        double scale = ivivcTimeScale == null ? Double.NaN : ivivcTimeScale;
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("# depotkin " + Version.get() + "; design " + s.name() + set + "; the typical patient at each edge of "
                    + "the feasible range and at an optimum inside the scan; release times NA when never reached; "
                    + "in-vitro times for the IVIVC time scale " + (ivivcTimeScale == null ? "NA" : ivivcTimeScale));
            w.newLine();
            w.write("point,parameter,value,unit,days_covered,cmax,cmax_unit,tmax_h,days_criterion_met,load_mg,"
                    + "initial_release_mg_per_d,mean_release_to_50pct_mg_per_d,t50_d,t90_d,invitro_t50_d,invitro_t90_d");
            w.newLine();
            for (DesignPoint p : r.edges()) {
                w.write(row(r.isScanEnd(p.value()) ? "scan-end" : "edge", r, p, scale));
                w.newLine();
            }
            if (r.optimum() != null) {
                w.write(row("optimum", r, r.optimum().point(), scale));
                w.newLine();
            }
        }
    }

    private static String row(String kind, Design.Result r, DesignPoint p, double scale) {
        ReleaseTerms t = p.release();
        double nan = Double.NaN;
        return String.join(",", kind, r.knob().name(), cell(p.value()), r.knob().unit(), cell(p.daysCovered()),
                cell(p.cmax()), p.unit(), cell(p.tmax()), cell(p.daysAbove()), cell(t == null ? nan : t.load()),
                cell(t == null ? nan : t.initialRate()), cell(t == null ? nan : t.meanRate()),
                cell(t == null ? nan : t.t50() / 24), cell(t == null ? nan : t.t90() / 24),
                cell(t == null ? nan : t.t50() / 24 / scale), cell(t == null ? nan : t.t90() / 24 / scale));
    }

    private static String cell(double x) {
        return Double.isFinite(x) ? Double.toString(x) : "NA";
    }

    private static Figure figure(Design.Result r, Scenario s, String name) {
        boolean typical = Double.isNaN(r.probability());
        double[] y = r.metric().clone();
        if (!typical) {
            for (int i = 0; i < y.length; i++) {
                y[i] *= 100;
            }
        }
        String crit = r.criterion().describe() + " for " + Format.number(r.days()) + " d";
        return SweepFigure.of(name, "Design: " + crit, r.knob().name() + " (" + r.knob().unit() + ")",
                typical ? "Days covered (typical patient)" : "Patients covered (%)", r.values(), y,
                typical ? r.days() : 100 * r.probability(), typical ? "target " + Format.number(r.days()) + " d"
                        : "target " + Format.number(100 * r.probability()) + " %", s.description());
    }
}
