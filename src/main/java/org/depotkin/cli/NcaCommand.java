package org.depotkin.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.depotkin.analysis.dataset.ObservedSubjects;
import org.depotkin.analysis.nca.LambdaZ;
import org.depotkin.analysis.nca.Nca;
import org.depotkin.analysis.nca.Profile;
import org.depotkin.engine.CompiledModel;
import org.depotkin.engine.Output;
import org.depotkin.engine.Trajectory;
import org.depotkin.io.ModelFiles;
import org.depotkin.io.OutputFolder;
import org.depotkin.io.dataset.Dataset;
import org.depotkin.io.dataset.DatasetReader;
import org.depotkin.model.Dose;
import org.depotkin.model.Format;
import org.depotkin.model.Limits;
import org.depotkin.model.Scenario;
import org.depotkin.plot.AnalysisFigures;
import org.depotkin.plot.Figure;
import org.depotkin.plot.FigureWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code depotkin nca}: non-compartmental analysis of observed data or of a simulated scenario. */
@Command(name = "nca", mixinStandardHelpOptions = true,
        description = {"Non-compartmental analysis of a concentration-time profile: Cmax, Tmax, AUC0-t "
                + "(linear-up/log-down), lambda-z and t1/2, AUC0-inf, CL/F and Vz/F (with --dose), Cavg, Ctrough and "
                + "fluctuation over a dosing interval (with --tau), time above a threshold.",
            "INPUT is a CSV (time_h,conc_ng_per_mL; time_d,naltrexone_ng_mL,... with --analyte; or the tidy CSV of 'depotkin simulate' with --analyte) or a "
                + "scenario file, which is simulated and sampled every --step.",
            "A NONMEM-style dataset (columns ID, TIME, DV...; docs/datasets.md) is analysed by subject: one row per "
                + "subject and the summary statistics (geometric mean, CV %%); --analyte picks the CMT (default 2).",
            "lambda-z rule: " + LambdaZ.RULE + " (as Phoenix WinNonlin's best fit)."},
        footer = {"", "Examples:", "  depotkin nca examples/oral-50mg-plasma.csv --dose \"50 mg\" --threshold \"2 ng/mL\" "
            + "--plot png",
            "  depotkin nca models/oral-50mg-daily.yaml --tau \"24 h\" --threshold \"2 ng/mL\"",
            "  depotkin nca examples/events-oral-simulated.csv --threshold \"2 ng/mL\""})
final class NcaCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "INPUT", description = "CSV of concentrations or a scenario file (.yaml).")
    Path input;

    @Option(names = "--analyte", description = "Analyte to analyse (its column of a CSV, tidy CSV or scenario; default: the parent).")
    String analyte;

    @Option(names = "--dose", paramLabel = "MASS", converter = QuantityConverter.Mass.class,
            description = "Dose for CL/F and Vz/F, e.g. \"50 mg\" (scenario: the first dose, as labelled).")
    Double dose;

    @Option(names = "--tau", paramLabel = "TIME", converter = QuantityConverter.Time.class,
            description = "Dosing interval for AUCtau, Cavg, Ctrough and fluctuation, e.g. \"24 h\".")
    Double tau;

    @Option(names = "--tau-start", paramLabel = "TIME", converter = QuantityConverter.Time.class,
            description = "Start of that interval (CSV default: the first sample; scenario default: the last dose "
                    + "whose interval ends within the run).")
    Double tauStart;

    @Option(names = "--threshold", paramLabel = "CONC", converter = QuantityConverter.Concentration.class,
            description = "Report the time at or above this concentration, e.g. \"2 ng/mL\".")
    Double threshold;

    @Option(names = "--step", paramLabel = "TIME", converter = HoursConverter.class, defaultValue = "0.1 h",
            description = "Sampling step for a scenario (default: ${DEFAULT-VALUE}).")
    double step;

    @Mixin
    FileOptions files;

    @Mixin
    ModelSettings settings;

    /** The profile to analyse, with where it came from. */
    private record Input(String name, String label, Profile profile, double dose, String doseNote, double tauStart,
                         double tauDose) {
    }

    @Override
    public Integer call() {
        var formats = files.plotFormats();
        String file = input.getFileName().toString();
        boolean scenario = file.endsWith(".yaml") || file.endsWith(".yml");
        if (!scenario && DatasetReader.isDataset(input)) {
            return bySubject(formats.isEmpty());
        }
        Input in = scenario ? simulated() : observed();
        Nca n = Nca.of(in.profile(), in.dose(), in.tauStart(), tau == null ? Double.NaN : tau, in.tauDose(),
                threshold == null ? Double.NaN : threshold);
        PrintWriter o = spec.commandLine().getOut();
        List<Row> rows = rows(n, in.doseNote());
        o.print(report(in.label(), n, rows));
        String prefix = in.name() + "-nca";
        try (OutputFolder folder = files.folder("nca " + prefix)) {
            writeCsv(folder.file(prefix + ".csv"), in, rows);
            if (!formats.isEmpty()) {
                LambdaZ lz = n.lambdaZ();
                Figure f = AnalysisFigures.nca(in.label(), in.profile().times(), in.profile().values(), lz.points(),
                        lz.lambda(), lz.intercept(), threshold == null ? Double.NaN : threshold);
                for (FigureWriter.Format fmt : formats) {
                    FigureWriter.write(f.chart(), folder.file(prefix + "." + fmt.extension()), fmt);
                }
            }
            folder.commit().forEach(f -> o.println("wrote " + f));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write outputs: " + e.getMessage(), e);
        }
        return 0;
    }

    /** NCA of each subject of an event dataset: one row per subject and the summary statistics. */
    private int bySubject(boolean noPlots) {
        if (!noPlots) {
            throw new IllegalArgumentException("--plot is not available for a dataset by subject");
        }
        Dataset data = DatasetReader.read(input);
        SubjectTable table = new SubjectTable();
        for (ObservedSubjects.Profile p : ObservedSubjects.of(data, analyte)) {
            double d = dose == null ? p.dose() : dose;
            double start = tauStart == null ? p.times()[0] : tauStart;
            Nca n;
            try {
                n = Nca.of(new Profile(p.times(), p.values()), d, start, tau == null ? Double.NaN : tau,
                        dose == null ? p.doseAt(start) : dose, threshold == null ? Double.NaN : threshold);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(input + ": subject " + p.id() + ": " + e.getMessage());
            }
            table.subject(p.id());
            for (Row r : rows(n, dose == null ? "the subject's doses" : "--dose")) {
                if (!r.name().equals("R2_adj")) {
                    table.put(r.name(), r.value(), r.unit(), true);
                }
            }
        }
        PrintWriter o = spec.commandLine().getOut();
        o.print("NCA by subject of " + input + " (CMT " + (analyte == null ? "2, the parent" : analyte) + "; dose: "
                + (dose == null ? "each subject's AMT x (1 + ADDL)" : Format.number(dose) + " mg") + ")\n");
        o.print(table.render());
        o.println("lambda_z rule: " + LambdaZ.RULE);
        String name = input.getFileName().toString().replaceFirst("\\.csv$", "");
        String comment = "depotkin " + Version.get() + "; nca by subject of " + input + " sha256 "
                + ModelFiles.hash(input) + "; lambda_z rule: " + LambdaZ.RULE;
        try (OutputFolder folder = files.folder("nca " + name + "-nca")) {
            table.writeSubjects(folder.file(name + "-nca-subjects.csv"), comment);
            table.writeSummary(folder.file(name + "-nca-summary.csv"), comment);
            folder.commit().forEach(f -> o.println("wrote " + f));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write outputs: " + e.getMessage(), e);
        }
        return 0;
    }

    private Input observed() {
        ObservedProfile p = ObservedProfile.read(input, analyte);
        CsvNotes.state(spec.commandLine().getOut(), input);
        double start = tauStart == null ? p.profile().firstTime() : tauStart;
        return new Input(p.name(), input + " (" + p.analyte() + ", " + p.profile().size() + " samples)", p.profile(),
                dose == null ? Double.NaN : dose, dose == null ? "" : "dose " + Format.number(dose) + " mg (--dose)",
                start, dose == null ? Double.NaN : dose);
    }

    private Input simulated() {
        Scenario s = settings.apply(ModelFiles.scenario(input));
        Limits.grid(input + ": duration", s.duration(), "--step", step);
        Trajectory tr = CompiledModel.compile(s).simulate();
        String name = analyte == null ? s.compound().parent().name() : analyte;
        Output output = tr.output(name);
        if (output.kind() != Output.Kind.CONCENTRATION) {
            throw new IllegalArgumentException("--analyte " + name + " is not a plasma concentration");
        }
        int count = (int) Math.round(tr.endTime() / step);
        double[] t = new double[count + 1];
        for (int i = 0; i <= count; i++) {
            t[i] = Math.min(i * step, tr.endTime());
        }
        Profile p = new Profile(t, tr.sample(output, t));
        List<Dose> doses = s.administrations().stream().flatMap(a -> a.regimen().doses().stream())
                .filter(x -> x.time() < tr.endTime()).sorted().toList();
        double total = doses.stream().mapToDouble(Dose::amount).sum();
        double start = tauStart != null ? tauStart : 0;
        if (tauStart == null && tau != null) {
            for (Dose x : doses) {
                if (x.time() + tau <= tr.endTime() + 1e-9) {
                    start = x.time();
                }
            }
        }
        final double t0 = start;
        double atStart = doses.stream().filter(x -> Math.abs(x.time() - t0) < 1e-9).mapToDouble(Dose::amount).sum();
        String note;
        if (dose != null) {
            total = dose;
            atStart = dose;
            note = "dose " + Format.number(dose) + " mg (--dose)";
        } else {
            note = "dose " + Format.number(total) + " mg (" + (doses.size() == 1 ? "the dose" : "all " + doses.size()
                    + " doses in the run") + ", as labelled)";
        }
        return new Input(s.name(), s.name() + " simulated (" + name + ", every " + Format.number(step) + " h)", p,
                total, note, start, atStart > 0 ? atStart : Double.NaN);
    }

    /** One reported parameter; value NaN when it could not be computed. */
    record Row(String name, double value, String unit, String note) {
    }

    /** The parameters NCA reports, in print order. */
    static List<Row> rows(Nca n, String doseNote) {
        List<Row> r = new ArrayList<>();
        LambdaZ lz = n.lambdaZ();
        r.add(row("Cmax", n.cmax(), "ng/mL", ""));
        r.add(row("Tmax", n.tmax(), "h", ""));
        r.add(row("Clast", n.clast(), "ng/mL", ""));
        r.add(row("Tlast", n.tlast(), "h", ""));
        r.add(row("AUC0-t", n.aucLast(), "ng·h/mL", "linear-up/log-down, to Tlast"));
        if (lz.estimated()) {
            int[] pts = lz.points();
            String at;
            if (pts.length <= 8) {
                StringBuilder sb = new StringBuilder();
                for (int i : pts) {
                    sb.append(sb.length() == 0 ? "" : " ").append(Format.number(n.profile().time(i)));
                }
                at = " at " + sb;
            } else {
                at = " from " + Format.number(n.profile().time(pts[0])) + " to "
                        + Format.number(n.profile().time(pts[pts.length - 1]));
            }
            r.add(row("lambda_z", lz.lambda(), "1/h", pts.length + " samples" + at + " h"));
            r.add(row("R2_adj", lz.r2adj(), "", "R2 " + String.format(Locale.ROOT, "%.5f", lz.r2())));
            r.add(row("t_half", n.halfLife(), "h", "ln 2/lambda_z"));
            r.add(row("AUC0-inf", n.aucInf(), "ng·h/mL", "AUC0-t + Clast/lambda_z"));
            r.add(row("AUC_extrap", 100 * n.extrapolatedFraction(), "%", ""));
            if (!Double.isNaN(n.dose())) {
                r.add(row("CL/F", n.clearance(), "L/h", doseNote));
                r.add(row("Vz/F", n.volume(), "L", "CL/F / lambda_z"));
            }
        } else {
            r.add(row("lambda_z", Double.NaN, "1/h", "not estimated: " + lz.reason()));
        }
        Nca.Interval iv = n.interval();
        if (iv != null) {
            String span = "over " + Format.number(iv.start()) + "-" + Format.number(iv.start() + iv.tau()) + " h";
            r.add(row("AUCtau", iv.auc(), "ng·h/mL", span));
            r.add(row("Cavg", iv.cavg(), "ng/mL", "AUCtau/tau"));
            r.add(row("Cmax_tau", iv.cmax(), "ng/mL", span));
            r.add(row("Cmin_tau", iv.cmin(), "ng/mL", span));
            r.add(row("Ctrough", iv.ctrough(), "ng/mL", "at " + Format.number(iv.start() + iv.tau()) + " h"));
            r.add(row("fluctuation", 100 * iv.fluctuation(), "%", "(Cmax_tau - Cmin_tau)/Cavg"));
            if (!Double.isNaN(iv.dose())) {
                r.add(row("CLss/F", n.steadyStateClearance(), "L/h", "dose " + Format.number(iv.dose())
                        + " mg at " + Format.number(iv.start()) + " h / AUCtau"));
            }
        }
        if (!Double.isNaN(n.threshold())) {
            r.add(row("time_above", n.hoursAbove(), "h", ">= " + Format.number(n.threshold())
                    + " ng/mL, crossings by linear interpolation between samples"));
        }
        return r;
    }

    private static Row row(String name, double value, String unit, String note) {
        return new Row(name, value, unit, note);
    }

    static String report(String label, Nca n, List<Row> rows) {
        StringBuilder sb = new StringBuilder("NCA of " + label + "\n");
        for (Row r : rows) {
            String v = Double.isNaN(r.value()) ? "-" : Format.number(r.value());
            sb.append(String.format(Locale.ROOT, "  %-12s %10s %-8s %s", r.name(), v, r.unit(), r.note()).stripTrailing())
                    .append('\n');
        }
        sb.append("lambda_z rule: ").append(LambdaZ.RULE).append('\n');
        return sb.toString();
    }

    private void writeCsv(Path file, Input in, List<Row> rows) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("# depotkin " + Version.get() + "; nca of " + in.label() + settings.options() + "; " + input + " sha256 "
                    + ModelFiles.hash(input) + "; lambda_z rule: " + LambdaZ.RULE);
            w.newLine();
            w.write("parameter,value,unit,note");
            w.newLine();
            for (Row r : rows) {
                w.write(r.name() + "," + (Double.isFinite(r.value()) ? Double.toString(r.value()) : "") + "," + r.unit()
                        + "," + quote(r.note()));
                w.newLine();
            }
        }
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
