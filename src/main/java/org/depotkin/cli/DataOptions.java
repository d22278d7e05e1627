package org.depotkin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.depotkin.analysis.dataset.DatasetSimulation;
import org.depotkin.analysis.dataset.Occasions;
import org.depotkin.analysis.dataset.ResidualError;
import org.depotkin.io.ModelFiles;
import org.depotkin.io.OutputFolder;
import org.depotkin.io.dataset.DatasetReader;
import org.depotkin.io.dataset.DatasetWriter;
import org.depotkin.model.Scenario;
import picocli.CommandLine.Option;

/** {@code simulate --data}: a NONMEM-style event dataset run through one scenario, written back in that layout. */
final class DataOptions {
    @Option(names = "--data", paramLabel = "EVENTS.csv",
            description = "NONMEM-style dataset (ID, TIME, AMT, RATE, EVID, CMT, II, ADDL, SS, DV, MDV, covariates): "
                    + "simulate each subject's doses and observations with the scenario (docs/datasets.md).")
    Path data;

    @Option(names = "--export", paramLabel = "nonmem",
            description = "Layout of the simulated dataset: nonmem (the only one; the default with --data).")
    String export;

    @Option(names = "--error", paramLabel = "MODEL:SD",
            description = "Residual error on simulated observations: additive:SD (ng/mL), proportional:CV, "
                    + "combined:SD,CV or log-normal:SD (default: none).")
    String error;

    @Option(names = "--iov", split = ",", paramLabel = "PARAM=OMEGA",
            description = "Between-occasion variability, e.g. oral.ka=0.3,naltrexone.CL=0.2 (SD of the log); a "
                    + "clearance or volume changes at each dose of a new occasion.")
    Map<String, Double> iov = new LinkedHashMap<>();

    @Option(names = "--occasion", paramLabel = "COLUMN|dose", defaultValue = "OCC",
            description = "What makes an occasion for --iov: a dataset column (default: ${DEFAULT-VALUE}) or dose.")
    String occasion;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Seed of the residual error, IOV and --variability draws (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--variability",
            description = "Draw each subject's parameters from the scenario's population variability (default: every "
                    + "subject is the typical patient at its covariates).")
    boolean variability;

    /** Whether the dataset mode was asked for. */
    boolean given() {
        return data != null || export != null;
    }

    /** Simulates the dataset with the one scenario and writes {@code <scenario>-data.csv}; returns the exit code. */
    int run(List<Path> models, OutputOptions output, PrintWriter out, ModelSettings settings) {
        if (data == null) {
            throw new IllegalArgumentException("--export nonmem needs --data EVENTS.csv (the doses and observation "
                    + "times to simulate)");
        }
        if (export != null && !export.equals("nonmem")) {
            throw new IllegalArgumentException("--export takes nonmem, got '" + export + "'");
        }
        if (models.size() != 1) {
            throw new IllegalArgumentException("--data takes one scenario file (the compound and formulation), got "
                    + models.size());
        }
        if (!output.plots.isEmpty()) {
            throw new IllegalArgumentException("--plot is not available with --data; plot the written dataset");
        }
        ResidualError residual = error == null ? ResidualError.NONE : ResidualError.parse(error);
        Occasions occ = new Occasions(iov, occasion);
        Scenario scenario = settings.apply(ModelFiles.scenario(models.get(0)));
        DatasetSimulation.Result result = DatasetSimulation.run(scenario, DatasetReader.read(data), residual, occ,
                seed, variability);
        result.notes().forEach(n -> out.println("note: " + n));
        List<String> comments = List.of(
                "depotkin " + Version.get() + " simulated dataset; scenario " + models.get(0) + " sha256 "
                        + ModelFiles.hash(models.get(0)) + "; events " + data + " sha256 " + ModelFiles.hash(data),
                "residual error " + residual.describe() + "; IOV " + (iov.isEmpty() ? "none" : iov + " by "
                        + occasion) + "; between-subject variability " + (variability ? "from the scenario's "
                        + "population" : "none") + "; seed " + seed + (settings.options().isEmpty() ? "" : "; model changed by"
                        + settings.options()));
        try (OutputFolder folder = output.folder("simulate " + scenario.name() + "-data")) {
            DatasetWriter.write(folder.file(scenario.name() + "-data.csv"), comments, result.data());
            folder.commit().forEach(f -> out.println("wrote " + f));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the dataset: " + e.getMessage(), e);
        }
        return 0;
    }
}
