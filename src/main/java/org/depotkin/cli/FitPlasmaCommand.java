package org.depotkin.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.IntConsumer;
import org.depotkin.analysis.Observations;
import org.depotkin.analysis.PlasmaFit;
import org.depotkin.analysis.dataset.DatasetSimulation;
import org.depotkin.io.ModelFiles;
import org.depotkin.io.ObservedData;
import org.depotkin.io.OutputFolder;
import org.depotkin.io.dataset.DatasetReader;
import org.depotkin.model.Compound;
import org.depotkin.model.Format;
import org.depotkin.model.Scenario;
import org.depotkin.plot.Figure;
import org.depotkin.plot.FigureWriter;
import org.depotkin.plot.FitFigures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code depotkin fit plasma}: chosen parameters of a scenario fitted to observed concentrations. */
@Command(name = "plasma", mixinStandardHelpOptions = true,
        description = {"Fit chosen parameters of a scenario to observed plasma concentrations (Levenberg-Marquardt, "
                + "on the log of each parameter); print estimates with standard errors and 95 %% intervals, and plot "
                + "observed vs predicted and residuals.",
            "DATA.csv: a time column (time_min, time_h, time_d or time_w, from the first dose), then one column per "
                + "analyte named <analyte>_ng_mL (or <analyte>_ng_per_mL, <analyte> (ng/mL), any concentration unit); "
                + "a single column named conc is the compound's parent; empty cells are not measured.",
            "Or a NONMEM-style dataset (ID, TIME, AMT, EVID, CMT, DV...; docs/datasets.md): each subject is fitted on "
                + "its own (one row each, with geometric means and CV %%), then all together (naive pooled fit)."},
        footer = {"", "Example:", "  depotkin fit plasma models/implant-1.7g.yaml examples/plasma-implant-1.7g.csv "
                + "--free release.k,naltrexone.CL --log --plot png"})
final class FitPlasmaCommand implements Callable<Integer> {
    /** The column name that stands for the parent analyte. */
    private static final String UNNAMED = "conc";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL", description = "Scenario file.")
    Path model;

    @Parameters(index = "1", paramLabel = "DATA.csv", description = "Observed concentrations.")
    Path data;

    @Option(names = "--free", required = true, split = ",", paramLabel = "NAME",
            description = "Parameters to fit, e.g. release.k,naltrexone.CL (an unknown name lists the scenario's names).")
    List<String> free;

    @Option(names = "--weight", defaultValue = "none", paramLabel = "W",
            description = "Residual weights: none, 1/y or 1/y^2 (default: ${DEFAULT-VALUE}).")
    String weight;

    @Option(names = "--log", description = "Fit log concentrations (log-normal error); excludes --weight.")
    boolean log;

    @Mixin
    FileOptions files;

    @Mixin
    ModelSettings settings;

    @Override
    public Integer call() {
        var formats = files.plotFormats();
        PlasmaFit.Weighting w = weighting();
        Scenario s = settings.apply(ModelFiles.scenario(model));
        List<String> names = free.stream().map(String::trim).toList();
        PrintWriter o = spec.commandLine().getOut();
        SubjectTable table = null;
        PlasmaFit.Result r;
        String source;
        if (DatasetReader.isDataset(data)) {
            List<DatasetSimulation.ObservedSubject> subjects = DatasetSimulation.observed(s, DatasetReader.read(data));
            IntConsumer bar = Progress.of(spec.commandLine().getErr(), "fit plasma: by subject, then pooled",
                    subjects.size() + 1);
            table = bySubject(subjects, names, w, bar);
            o.print("Fit by subject of " + data + " (" + subjects.size() + " subjects; each subject's own values, "
                    + "body weight included)\n" + table.render() + "\nNaive pooled fit (every observation at once; "
                    + "typical values):\n");
            r = PlasmaFit.fitPooled(s, subjects.stream().map(x -> new PlasmaFit.Group(x.scenario(), x.observations()))
                    .toList(), names, w);
            bar.accept(subjects.size() + 1);
            source = data.getFileName().toString();
        } else {
            Observations obs = parentWhenUnnamed(ObservedData.plasma(data), s.compound());
            CsvNotes.state(o, data);
            r = PlasmaFit.fit(s, obs, names, w);
            source = obs.source();
        }
        o.print(report(r, source));
        String prefix = s.name() + "-fit";
        try (OutputFolder folder = files.folder("fit plasma " + prefix)) {
            if (table != null) {
                String comment = "depotkin " + Version.get() + "; fit plasma by subject, " + s.name() + " to " + data
                        + " sha256 " + ModelFiles.hash(data) + "; weighting " + w.label();
                table.writeSubjects(folder.file(prefix + "-subjects.csv"), comment);
                table.writeSummary(folder.file(prefix + "-summary.csv"), comment);
            }
            writeEstimates(folder.file(prefix + ".csv"), r, settings.options());
            writePoints(folder.file(prefix + "-points.csv"), r, settings.options());
            String title = s.name() + " vs " + source;
            List<Figure> figures = formats.isEmpty() ? List.of() : List.of(FitFigures.overTime(r, title, false),
                    FitFigures.overTime(r, title, true), FitFigures.observedVsPredicted(r, title),
                    FitFigures.residuals(r, title), FitFigures.residualsVsPredicted(r, title));
            for (Figure f : figures) {
                for (FigureWriter.Format fmt : formats) {
                    FigureWriter.write(f.chart(), folder.file(prefix + "-" + f.name() + "." + fmt.extension()), fmt);
                }
            }
            folder.commit().forEach(f -> o.println("wrote " + f));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write outputs: " + e.getMessage(), e);
        }
        return 0;
    }

    /**
     * Each subject fitted on its own: estimates with SE, observations and SSR, one row per subject; {@code progress}
     * is told the number of subjects fitted.
     */
    private static SubjectTable bySubject(List<DatasetSimulation.ObservedSubject> subjects, List<String> names,
                                          PlasmaFit.Weighting w, IntConsumer progress) {
        SubjectTable table = new SubjectTable();
        int done = 0;
        for (DatasetSimulation.ObservedSubject x : subjects) {
            progress.accept(done++);
            PlasmaFit.Result r = PlasmaFit.fit(x.scenario(), x.observations(), names, w);
            table.subject(x.id());
            for (int i = 0; i < names.size(); i++) {
                table.put(names.get(i), r.estimates()[i], r.units().get(i), true);
                table.put(names.get(i) + " SE", r.se()[i], r.units().get(i), false);
            }
            table.put("n", r.fit().observations(), "", false);
            table.put("SSR", r.fit().ssr(), "", false);
        }
        return table;
    }

    private PlasmaFit.Weighting weighting() {
        PlasmaFit.Weighting w = switch (weight.trim()) {
            case "none" -> PlasmaFit.Weighting.NONE;
            case "1/y" -> PlasmaFit.Weighting.INVERSE_Y;
            case "1/y^2", "1/y2" -> PlasmaFit.Weighting.INVERSE_Y2;
            default -> throw new IllegalArgumentException("--weight takes none, 1/y or 1/y^2, got '" + weight + "'");
        };
        if (log && w != PlasmaFit.Weighting.NONE) {
            throw new IllegalArgumentException("--log fits log concentrations unweighted; drop --weight " + weight);
        }
        return log ? PlasmaFit.Weighting.LOG : w;
    }

    /**
     * A single concentration column named {@code conc} (as in {@code time_h,conc_ng_per_mL}, the
     * spelling {@code nca} reads) is the compound's parent, its first analyte.
     */
    private static Observations parentWhenUnnamed(Observations obs, Compound compound) {
        if (!obs.analytes().equals(List.of(UNNAMED)) || compound.analyte(UNNAMED).isPresent()) {
            return obs;
        }
        return new Observations(obs.source(), List.of(compound.analytes().get(0).name()), obs.times(), obs.values());
    }

    static String report(PlasmaFit.Result r, String source) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s fitted to %s: %d observations, %d parameters, weighting %s, "
                        + "SSR %s, %d model evaluations%n", r.scenario().name(), source, r.fit().observations(),
                r.names().size(), r.weighting().label(), Format.number(r.fit().ssr()), r.fit().evaluations()));
        sb.append(String.format(Locale.ROOT, "%-18s %12s %12s %12s %8s  %s%n", "parameter", "initial", "estimate", "SE",
                "CV %", "95 % CI"));
        for (int i = 0; i < r.names().size(); i++) {
            sb.append(String.format(Locale.ROOT, "%-18s %12s %12s %12s %8s  [%s, %s] %s%n", r.names().get(i),
                    Format.number(r.initial()[i]), Format.number(r.estimates()[i]), Format.number(r.se()[i]),
                    Format.number(100 * r.se()[i] / r.estimates()[i]), Format.number(r.lower()[i]),
                    Format.number(r.upper()[i]), r.units().get(i)));
        }
        return sb.toString();
    }

    private static void writeEstimates(Path file, PlasmaFit.Result r, String set) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("# depotkin " + Version.get() + "; fit plasma " + r.scenario().name() + set + "; weighting "
                    + r.weighting().label() + "; SSR " + r.fit().ssr() + "; n " + r.fit().observations());
            w.newLine();
            w.write("parameter,initial,estimate,se,ci95_low,ci95_high,unit");
            w.newLine();
            for (int i = 0; i < r.names().size(); i++) {
                w.write(String.join(",", r.names().get(i), Double.toString(r.initial()[i]),
                        FitReleaseCommand.num(r.estimates()[i]), FitReleaseCommand.num(r.se()[i]),
                        FitReleaseCommand.num(r.lower()[i]), FitReleaseCommand.num(r.upper()[i]), r.units().get(i)));
                w.newLine();
            }
        }
    }

    private static void writePoints(Path file, PlasmaFit.Result r, String set) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("# depotkin " + Version.get() + "; fit plasma " + r.scenario().name() + set + "; predictions at the "
                    + "estimates");
            w.newLine();
            w.write("time_h,analyte,observed_ng_mL,predicted_ng_mL");
            w.newLine();
            for (PlasmaFit.Point p : r.points()) {
                w.write(p.time() + "," + p.analyte() + "," + p.observed() + "," + p.predicted());
                w.newLine();
            }
        }
    }
}
