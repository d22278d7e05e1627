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
import org.depotkin.analysis.LawFamily;
import org.depotkin.analysis.ReleaseFit;
import org.depotkin.analysis.ReleaseProfile;
import org.depotkin.io.FormulationWriter;
import org.depotkin.io.ObservedData;
import org.depotkin.io.OutputFolder;
import org.depotkin.model.Format;
import org.depotkin.plot.FigureWriter;
import org.depotkin.plot.FitFigures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code depotkin fit release}: every release law fitted to cumulative release data, ranked. */
@Command(name = "release", mixinStandardHelpOptions = true,
        description = {"Fit release laws to cumulative release data (Levenberg-Marquardt), rank them by AIC, "
                + "plot the data with every fit, and write the best law as a formulation file a scenario can name.",
            "DATA.csv: a time column (time_min, time_h, time_d or time_w), then one column per replicate named "
                + "..._pct (%% released) or ..._fraction (0..1); lines starting with # are comments."},
        footer = {"", "Example:", "  depotkin fit release examples/release-implant.csv --out fit-out --plot png",
            "  depotkin fit release examples/release-implant.csv --laws weibull,first-order,higuchi"})
final class FitReleaseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DATA.csv", description = "Cumulative release data.")
    Path data;

    @Option(names = "--laws", split = ",", paramLabel = "LAW",
            description = "Laws to fit (default: all): zero-order, first-order, higuchi, korsmeyer-peppas, weibull, "
                    + "biexponential, hixson-crowell.")
    List<String> laws = LawFamily.names();

    @Option(names = "--route", defaultValue = "sc-implant", paramLabel = "ROUTE",
            description = "Route of the formulation written: sc-implant or im-depot (default: ${DEFAULT-VALUE}).")
    String route;

    @Mixin
    FileOptions files;

    @Override
    public Integer call() {
        var formats = files.plotFormats();
        List<LawFamily> families = laws.stream().map(String::trim).map(LawFamily::of).distinct().toList();
        FormulationWriter.checkRoute(route);
        ReleaseProfile profile = ObservedData.release(data);
        List<ReleaseFit.LawFit> ranked = ReleaseFit.fitAll(profile, families);
        PrintWriter o = spec.commandLine().getOut();
        CsvNotes.state(o, data);
        o.print(report(profile, ranked));
        String stem = stem(data);
        try (OutputFolder folder = files.folder("fit release " + stem)) {
            writeTable(folder.file(stem + "-fits.csv"), ranked);
            if (ranked.stream().anyMatch(f -> !f.family().earlyOnly())) {
                ReleaseFit.LawFit best = ReleaseFit.best(ranked);
                FormulationWriter.write(folder.file(stem + "-formulation.yaml"), best, data.getFileName().toString(),
                        route);
                o.println("best law: " + best.law().describe() + " -> " + stem + "-formulation.yaml"
                        + (best.concerns().isEmpty() ? "" : " (lowest AIC, but its estimates are doubtful: see '! "
                        + best.family().lawName() + "' above)"));
            } else {
                o.println("no law fitted to the whole curve: no formulation written");
            }
            var fig = FitFigures.release(profile, ranked);
            for (FigureWriter.Format fmt : formats) {
                FigureWriter.write(fig.chart(), folder.file(stem + "-release-fit." + fmt.extension()), fmt);
            }
            folder.commit().forEach(f -> o.println("wrote " + f));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write outputs: " + e.getMessage(), e);
        }
        return 0;
    }

    static String report(ReleaseProfile p, List<ReleaseFit.LawFit> ranked) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s: %d times x %d replicates; laws ranked by AIC (lowest first)%n",
                p.source(), p.times().length, p.replicateCount()));
        sb.append(String.format(Locale.ROOT, "%-4s %-17s %4s %2s %8s %8s %9s %9s  %s%n", "rank", "law", "n", "p", "R2",
                "adj R2", "AIC", "BIC", "estimate ± SE [95 % CI]"));
        int rank = 1;
        for (ReleaseFit.LawFit f : ranked) {
            sb.append(String.format(Locale.ROOT, "%-4s %-17s %4d %2d %8.5f %8.5f %9.2f %9.2f  %s%n",
                    f.ranked() ? Integer.toString(rank++) : "-", f.family().lawName(), f.fit().observations(),
                    f.family().parameters().size(), f.r2(), f.adjR2(), f.aic(), f.bic(), parameters(f)));
        }
        for (ReleaseFit.LawFit f : ranked) {
            if (!f.determined()) {
                sb.append("- ").append(f.family().lawName()).append(" is NOT determined by these data (a standard "
                        + "error is not finite): not ranked, not a result\n");
            }
        }
        if (ranked.stream().anyMatch(f -> f.family().earlyOnly())) {
            sb.append("- korsmeyer-peppas is fitted to the points up to 60 % released only; its AIC is not comparable\n");
        }
        for (ReleaseFit.LawFit f : ranked) {
            for (String c : f.concerns()) {
                sb.append("! ").append(f.family().lawName()).append(": ").append(c).append('\n');
            }
        }
        return sb.toString();
    }

    private static String parameters(ReleaseFit.LawFit f) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < f.family().parameters().size(); i++) {
            String unit = f.family().units().get(i);
            sb.append(i == 0 ? "" : "; ").append(f.family().parameters().get(i)).append(" = ")
                    .append(Format.number(f.fit().estimates()[i])).append(" ± ").append(Format.number(f.fit().se(i)))
                    .append(" [").append(Format.number(f.lower(i))).append(", ").append(Format.number(f.upper(i)))
                    .append(']').append(unit.equals("1") ? "" : " " + unit);
        }
        return sb.toString();
    }

    private static void writeTable(Path file, List<ReleaseFit.LawFit> ranked) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("# depotkin " + Version.get() + "; fit release; R2, AIC and BIC per law; Korsmeyer-Peppas on the "
                    + "points up to 60 % released");
            w.newLine();
            w.write("rank,law,n,r2,adj_r2,aic,bic,parameter,estimate,se,ci95_low,ci95_high,unit,concerns");
            w.newLine();
            int rank = 1;
            for (ReleaseFit.LawFit f : ranked) {
                String r = f.ranked() ? Integer.toString(rank++) : "";
                for (int i = 0; i < f.family().parameters().size(); i++) {
                    w.write(String.join(",", r, f.family().lawName(), Integer.toString(f.fit().observations()),
                            num(f.r2()), num(f.adjR2()), num(f.aic()), num(f.bic()), f.family().parameters().get(i),
                            num(f.fit().estimates()[i]), num(f.fit().se(i)), num(f.lower(i)), num(f.upper(i)),
                            f.family().units().get(i), "\"" + String.join("; ", f.concerns()) + "\""));
                    w.newLine();
                }
            }
        }
    }

    /** A number for a CSV cell; "NA" when it is not finite (no NaN or Infinity reaches a file). */
    static String num(double x) {
        return Double.isFinite(x) ? Double.toString(x) : "NA";
    }

    static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
