package org.depotkin.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.depotkin.analysis.ConsoleTable;
import org.depotkin.analysis.validation.Runs;
import org.depotkin.analysis.validation.Scorecard;
import org.depotkin.analysis.validation.Target;
import org.depotkin.io.ModelFiles;
import org.depotkin.io.OutputFolder;
import org.depotkin.io.ScorecardCsv;
import org.depotkin.io.ValidationReader;
import org.depotkin.model.Format;
import org.depotkin.plot.Figure;
import org.depotkin.plot.FigureWriter;
import org.depotkin.plot.ValidationFigure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code depotkin validate}: runs every target of a qualification file and prints the scorecard; writes
 * it as CSV and, with {@code --plot}, as a predicted / observed figure. Exit code 1 when a solid target fails.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Qualify the model against the literature targets of a qualification file (docs/validation.md): "
                + "prints the scorecard (predicted, observed, ratio, pass/fail), writes validation.csv and, with --plot, "
                + "validation.png. Exit code 1 when a target marked solid fails.",
        footer = {"", "Example:", "  depotkin validate --plot png", "  depotkin validate models/validation/naltrexone.yaml --out v"})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE", defaultValue = "models/validation/naltrexone.yaml",
            description = "The qualification file (default: ${DEFAULT-VALUE}).")
    Path file;

    @Mixin
    FileOptions files;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        ValidationReader.Qualification q = ValidationReader.read(file);
        Scorecard card = Scorecard.of(q.targets(), new Runs(name -> ModelFiles.agonist(q.models(), name)));
        var o = spec.commandLine().getOut();
        o.print(table(card));
        try (OutputFolder folder = files.folder("validate validation")) {
            List<String> comments = new ArrayList<>(List.of("depotkin " + Version.get() + "; command: validate " + file,
                    "qualification file " + file + " sha256 " + ModelFiles.hash(file)));
            ScorecardCsv.write(folder.file("validation.csv"), comments, card);
            Figure fig = ValidationFigure.of(card);
            for (FigureWriter.Format f : files.plotFormats()) {
                FigureWriter.write(fig.chart(), folder.file("validation." + f.extension()), f);
            }
            folder.commit().forEach(f -> o.println("wrote " + f));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write outputs: " + e.getMessage(), e);
        }
        List<Scorecard.Row> failed = card.solidFailures();
        o.printf("%d of %d targets pass; solid targets failing: %s (%.1f s)%n", card.passed(), card.rows().size(),
                failed.isEmpty() ? "none" : String.join(", ", failed.stream().map(r -> r.target().id()).toList()),
                (System.nanoTime() - start) / 1e9);
        return failed.isEmpty() ? 0 : 1;
    }

    static String table(Scorecard card) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"id", "strength", "scenario", "measured", "predicted", "observed", "ratio", "allowed",
            "result"});
        for (Scorecard.Row r : card.rows()) {
            Target t = r.target();
            String unit = t.observed().unit().symbol();
            rows.add(new String[] {t.id(), t.strength().word(), t.scenario().name(), t.measure().describe(),
                number(r.predicted()) + " " + unit, t.observed().text(), number(r.ratio()),
                Format.number(t.low()) + " - " + Format.number(t.high()) + " " + unit, r.passes() ? "pass" : "FAIL"});
        }
        return ConsoleTable.layout(rows);
    }

    private static String number(double x) {
        return Double.isFinite(x) ? Format.number(x) : Double.isNaN(x) ? "-" : "never";
    }
}
