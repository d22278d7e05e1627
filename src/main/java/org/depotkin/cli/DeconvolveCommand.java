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
import org.depotkin.analysis.deconvolution.Absorption;
import org.depotkin.analysis.deconvolution.ImpulseResponse;
import org.depotkin.analysis.deconvolution.Ivivc;
import org.depotkin.analysis.deconvolution.LooRiegelman;
import org.depotkin.analysis.deconvolution.NumericalDeconvolution;
import org.depotkin.analysis.deconvolution.Polyexponential;
import org.depotkin.analysis.deconvolution.TabulatedResponse;
import org.depotkin.analysis.deconvolution.WagnerNelson;
import org.depotkin.analysis.nca.LambdaZ;
import org.depotkin.io.ModelFiles;
import org.depotkin.io.ObservedCsv;
import org.depotkin.io.OutputFolder;
import org.depotkin.model.Analyte;
import org.depotkin.model.Compound;
import org.depotkin.model.Disposition;
import org.depotkin.model.Format;
import org.depotkin.model.Unit;
import org.depotkin.plot.AnalysisFigures;
import org.depotkin.plot.Figure;
import org.depotkin.plot.FigureWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code depotkin deconvolve}: the in-vivo input from plasma data, and a Level A IVIVC. */
@Command(name = "deconvolve", mixinStandardHelpOptions = true,
        description = {"The in-vivo input rate and cumulative amount and fraction absorbed from plasma data, by "
                + "Wagner-Nelson (one compartment), Loo-Riegelman (two compartments) or numerical deconvolution "
                + "against a unit impulse response; with --invitro, a Level A IVIVC (fraction absorbed against "
                + "fraction released, and a Levy plot).",
            "Disposition parameters come from options (--k10, --k12, --k21, --volume) or from a compound or scenario "
                + "file (--model); the unit impulse response from --model or from an IV bolus CSV (--uir, --uir-dose)."},
        footer = {"", "Examples:",
            "  depotkin deconvolve examples/implant-1000mg-plasma.csv --method numerical "
                + "--model models/compounds/naltrexone.yaml --plot png",
            "  depotkin deconvolve examples/implant-1000mg-plasma.csv --method loo-riegelman "
                + "--model models/compounds/naltrexone.yaml --invitro examples/implant-1000mg-invitro-release.csv "
                + "--time-scale 2 --plot png",
            "  depotkin deconvolve examples/implant-1000mg-plasma.csv --method numerical "
                + "--uir examples/iv-bolus-10mg-plasma.csv --uir-dose \"10 mg\""})
final class DeconvolveCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DATA", description = "Plasma concentrations (CSV, time and "
            + "concentration with units, or the tidy CSV of 'depotkin simulate' with --analyte).")
    Path data;

    @Option(names = "--method", required = true, paramLabel = "METHOD",
            description = "wagner-nelson, loo-riegelman or numerical.")
    String method;

    @Option(names = "--analyte", description = "Analyte (its column of a CSV or tidy CSV; and the analyte of --model, default its parent).")
    String analyte;

    @Option(names = "--model", paramLabel = "FILE", description = "Compound or scenario file giving the disposition.")
    Path model;

    @Option(names = "--k10", paramLabel = "RATE", converter = QuantityConverter.RateConstant.class,
            description = "Elimination rate constant, e.g. \"1.78 /h\" (Wagner-Nelson default without --model: "
                    + "lambda-z of the data).")
    Double k10;

    @Option(names = "--k12", paramLabel = "RATE", converter = QuantityConverter.RateConstant.class,
            description = "Central to peripheral rate constant (Loo-Riegelman).")
    Double k12;

    @Option(names = "--k21", paramLabel = "RATE", converter = QuantityConverter.RateConstant.class,
            description = "Peripheral to central rate constant (Loo-Riegelman).")
    Double k21;

    @Option(names = "--volume", paramLabel = "VOLUME", converter = QuantityConverter.Volume.class,
            description = "Central volume, for amounts in mg (Wagner-Nelson, Loo-Riegelman), e.g. \"78.8 L\".")
    Double volume;

    @Option(names = "--uir", paramLabel = "CSV", description = "IV bolus profile used as the unit impulse response "
            + "(numerical).")
    Path uir;

    @Option(names = "--uir-dose", paramLabel = "MASS", converter = QuantityConverter.Mass.class,
            description = "The dose of that IV bolus, e.g. \"10 mg\".")
    Double uirDose;

    @Option(names = "--dose", paramLabel = "MASS", converter = QuantityConverter.Mass.class,
            description = "Dose or depot load: report the fraction of it (default: of the amount absorbed by t = inf).")
    Double dose;

    @Option(names = "--invitro", paramLabel = "CSV", description = "In-vitro release curve (time, released_percent "
            + "or released_fraction) for a Level A IVIVC.")
    Path invitro;

    @Option(names = "--time-scale", paramLabel = "S", defaultValue = "1",
            description = "In-vivo time per in-vitro time for the IVIVC (default: ${DEFAULT-VALUE}, no scaling).")
    double timeScale;

    @Mixin
    FileOptions files;

    @Override
    public Integer call() {
        var formats = files.plotFormats();
        ObservedProfile obs = ObservedProfile.read(data, analyte);
        Disposition disposition = model == null ? null : disposition();
        Absorption a = switch (method) {
            case "wagner-nelson" -> wagnerNelson(obs, disposition);
            case "loo-riegelman" -> looRiegelman(obs, disposition);
            case "numerical" -> NumericalDeconvolution.of(obs.profile(), impulseResponse(disposition));
            default -> throw new IllegalArgumentException("--method: expected wagner-nelson, loo-riegelman or "
                    + "numerical, got '" + method + "'");
        };
        if (dose != null) {
            a = a.ofDose(dose);
        }
        ObservedCsv.Series vitro = null;
        Ivivc ivivc = null;
        double[] vitroFraction = null;
        if (invitro != null) {
            vitro = ObservedCsv.read(invitro, null);
            vitroFraction = vitro.valuesIn(Unit.ONE);
            ivivc = Ivivc.of(a, vitro.times(), vitroFraction, timeScale);
        }
        PrintWriter o = spec.commandLine().getOut();
        CsvNotes.state(o, data, invitro);
        o.print(report(obs, a, ivivc));
        String prefix = obs.name() + "-" + method;
        try (OutputFolder folder = files.folder("deconvolve " + prefix)) {
            writeAbsorption(folder.file(prefix + ".csv"), obs, a);
            if (ivivc != null) {
                writeIvivc(folder.file(prefix + "-ivivc.csv"), ivivc, invitro);
            }
            List<Figure> figures = new ArrayList<>();
            if (!formats.isEmpty()) {
                String title = "Deconvolution of " + obs.name() + " (" + method + ")";
                figures.add(AnalysisFigures.inputRate("In-vivo input rate: " + obs.name(), label(a), a.times(),
                        a.rate(), a.hasAmounts() ? "mg/h" : "fraction/h"));
                double[] scaled = null;
                if (vitro != null) {
                    scaled = vitro.times().clone();
                    for (int i = 0; i < scaled.length; i++) {
                        scaled[i] *= timeScale;
                    }
                }
                figures.add(AnalysisFigures.fractionAbsorbed(title, "absorbed in vivo (" + method + ")", a.times(),
                        a.fraction(), vitro == null ? null : "released in vitro" + (timeScale == 1 ? ""
                                : " (time × " + Format.number(timeScale) + ")"),
                        scaled, vitroFraction));
                if (ivivc != null) {
                    figures.add(AnalysisFigures.levelA("Level A IVIVC: " + obs.name() + (timeScale == 1 ? ""
                            : " (in-vitro time x " + Format.number(timeScale) + ")"), ivivc.released(),
                            ivivc.absorbed(), ivivc.fit().slope(), ivivc.fit().intercept(), ivivc.fit().r2()));
                    if (ivivc.levy() != null) {
                        figures.add(AnalysisFigures.levy("Levy plot: " + obs.name(), ivivc.levels(),
                                ivivc.vitroTime(), ivivc.vivoTime(), ivivc.levy().slope(), ivivc.levy().intercept(),
                                ivivc.levy().r2()));
                    }
                }
            }
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

    private static String label(Absorption a) {
        String m = a.method();
        int cut = m.indexOf(" (");
        return cut > 0 ? m.substring(0, cut) : m;
    }

    private Disposition disposition() {
        String kind = ModelFiles.kind(model);
        Compound c = switch (kind) {
            case "compound" -> ModelFiles.compound(model);
            case "scenario" -> ModelFiles.scenario(model).compound();
            default -> throw new IllegalArgumentException("--model " + model + ": expected a compound or scenario file, "
                    + "got a " + kind + " file");
        };
        Analyte an = analyte == null ? c.parent() : c.analyte(analyte).orElseThrow(() ->
                new IllegalArgumentException("--analyte " + analyte + ": not in " + model));
        return an.disposition();
    }

    private Absorption wagnerNelson(ObservedProfile obs, Disposition d) {
        double k = k10 != null ? k10 : Double.NaN;
        if (k10 == null && d != null) {
            if (d.compartments() != 1) {
                throw new IllegalArgumentException("--method wagner-nelson assumes one compartment; " + model + " has "
                        + d.compartments() + ": use --method loo-riegelman or numerical, or give --k10");
            }
            k = d.clearance() / d.centralVolume();
        }
        if (Double.isNaN(k)) {
            LambdaZ lz = LambdaZ.of(obs.profile());
            if (!lz.estimated()) {
                throw new IllegalArgumentException("--method wagner-nelson needs --k10 or --model (the data give no "
                        + "lambda-z: " + lz.reason() + ")");
            }
            spec.commandLine().getOut().println("k10 = lambda-z of the data, " + Format.number(lz.lambda())
                    + " /h (assumes elimination, not absorption, sets the terminal slope; give --k10 for a depot)");
            k = lz.lambda();
        }
        return WagnerNelson.of(obs.profile(), k, volume(d));
    }

    private Absorption looRiegelman(ObservedProfile obs, Disposition d) {
        if (k10 != null && k12 != null && k21 != null) {
            return LooRiegelman.of(obs.profile(), k10, k12, k21, volume(d));
        }
        if (d == null) {
            throw new IllegalArgumentException("--method loo-riegelman needs --k10, --k12 and --k21, or --model");
        }
        if (d.compartments() != 2) {
            throw new IllegalArgumentException("--method loo-riegelman needs a 2-compartment disposition; " + model
                    + " has " + d.compartments());
        }
        double v1 = d.centralVolume();
        double q = d.peripherals().get(0).clearance();
        return LooRiegelman.of(obs.profile(), d.clearance() / v1, q / v1, q / d.peripherals().get(0).volume(),
                volume(d));
    }

    private double volume(Disposition d) {
        return volume != null ? volume : d != null ? d.centralVolume() : Double.NaN;
    }

    private ImpulseResponse impulseResponse(Disposition d) {
        if (uir != null) {
            if (uirDose == null) {
                throw new IllegalArgumentException("--uir needs --uir-dose, the dose of that IV bolus");
            }
            ObservedProfile iv = ObservedProfile.read(uir, null);
            return TabulatedResponse.of(iv.profile(), uirDose, uir.toString());
        }
        if (d == null) {
            throw new IllegalArgumentException("--method numerical needs a unit impulse response: --model FILE or "
                    + "--uir IV.csv --uir-dose MASS");
        }
        return Polyexponential.of(d, model.toString());
    }

    static String report(ObservedProfile obs, Absorption a, Ivivc c) {
        StringBuilder sb = new StringBuilder();
        sb.append("Deconvolution of ").append(obs.name()).append(" (").append(obs.analyte()).append(", ")
                .append(obs.profile().size()).append(" samples): ").append(a.method()).append('\n');
        if (!Double.isNaN(a.total())) {
            sb.append("  absorbed by t = inf: ").append(Format.number(a.total())).append(" mg\n");
        }
        int last = a.times().length - 1;
        sb.append(String.format(Locale.ROOT, "  absorbed by the last sample (%s h): %s%s of %s%n",
                Format.number(a.times()[last]), a.hasAmounts() ? Format.number(a.amount()[last]) + " mg, " : "",
                Format.number(100 * a.fraction()[last]) + " %", a.basis()));
        for (double level : new double[] {0.1, 0.5, 0.9}) {
            double t = firstTime(a, level);
            sb.append(String.format(Locale.ROOT, "  %2.0f %% absorbed at %s%n", 100 * level,
                    Double.isNaN(t) ? "- (not reached)" : Format.number(t) + " h (" + Format.number(t / 24) + " d)"));
        }
        if (c != null) {
            sb.append(String.format(Locale.ROOT, "Level A IVIVC (%d matched times, in-vitro time x %s): Fabs = %s + %s "
                            + "x Frel, R2 = %.4f%n", c.fit().n(), Format.number(c.timeScale()),
                    Format.number(c.fit().intercept()), Format.number(c.fit().slope()), c.fit().r2()));
            if (c.levy() != null) {
                sb.append(String.format(Locale.ROOT, "Levy plot (%d fractions): t_vivo = %s x t_vitro %s %s h, R2 = "
                                + "%.4f; the slope estimates the time scale (--time-scale)%n", c.levels().length,
                        Format.number(c.levy().slope()), c.levy().intercept() < 0 ? "-" : "+",
                        Format.number(Math.abs(c.levy().intercept())), c.levy().r2()));
            }
        }
        return sb.toString();
    }

    private static double firstTime(Absorption a, double level) {
        double[] t = a.times();
        double[] f = a.fraction();
        for (int i = 1; i < t.length; i++) {
            if (f[i] >= level) {
                return t[i - 1] + (t[i] - t[i - 1]) * (level - f[i - 1]) / (f[i] - f[i - 1]);
            }
        }
        return Double.NaN;
    }

    private void writeAbsorption(Path file, ObservedProfile obs, Absorption a) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("# depotkin " + Version.get() + "; deconvolve " + data + " (" + obs.analyte() + ") sha256 "
                    + ModelFiles.hash(data) + (model == null ? "" : "; model " + model + " sha256 " + ModelFiles.hash(model))
                    + (uir == null ? "" : "; uir " + uir + " sha256 " + ModelFiles.hash(uir)) + "; " + a.method());
            w.newLine();
            w.write("# input rate: mean over the interval ending at time_h; fraction absorbed: of " + a.basis());
            w.newLine();
            w.write(a.hasAmounts() ? "time_h,input_rate_mg_per_h,cumulative_absorbed_mg,fraction_absorbed"
                    : "time_h,input_rate_fraction_per_h,fraction_absorbed");
            w.newLine();
            double[] r = a.rate();
            for (int i = 0; i < a.times().length; i++) {
                String rate = i == 0 ? "" : Double.toString(r[i]);
                w.write(a.times()[i] + "," + rate + "," + (a.hasAmounts() ? a.amount()[i] + "," : "")
                        + a.fraction()[i]);
                w.newLine();
            }
        }
    }

    private static void writeIvivc(Path file, Ivivc c, Path vitro) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write(String.format(Locale.ROOT, "# depotkin %s; Level A IVIVC, in-vitro time x %s; Fabs = %s + %s x "
                            + "Frel, R2 = %s, n = %d; in vitro %s sha256 %s", Version.get(), c.timeScale(),
                    c.fit().intercept(), c.fit().slope(), c.fit().r2(), c.fit().n(), vitro, ModelFiles.hash(vitro)));
            w.newLine();
            w.write("time_h,fraction_released,fraction_absorbed");
            w.newLine();
            for (int i = 0; i < c.times().length; i++) {
                w.write(c.times()[i] + "," + c.released()[i] + "," + c.absorbed()[i]);
                w.newLine();
            }
        }
    }
}
