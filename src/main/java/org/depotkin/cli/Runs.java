package org.depotkin.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.depotkin.analysis.RunSummary;
import org.depotkin.engine.CompiledModel;
import org.depotkin.engine.Trajectory;
import org.depotkin.io.ModelFiles;
import org.depotkin.io.OutputFolder;
import org.depotkin.io.SummaryJson;
import org.depotkin.io.TidyCsv;
import org.depotkin.model.Format;
import org.depotkin.model.Limits;
import org.depotkin.model.Scenario;
import org.depotkin.plot.FigureWriter;
import org.depotkin.plot.PlotSet;
import org.depotkin.plot.Run;

/** Loads, runs and writes a set of scenarios: the shared work of simulate, compare and demo. */
final class Runs {
    /** One scenario file with its result. */
    record Result(Path file, Scenario scenario, Trajectory trajectory, RunSummary summary) {
    }

    private Runs() {
    }

    /** Loads every file first and applies the settings (so a bad file fails before anything runs), then simulates. */
    static List<Result> simulate(List<Path> files, Double duration, Double step, UnaryOperator<Scenario> settings) {
        List<Scenario> scenarios = new ArrayList<>();
        for (Path f : files) {
            scenarios.add(withSpan(f, settings.apply(ModelFiles.scenario(f)), duration, step));
        }
        List<Result> out = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Scenario s = scenarios.get(i);
            Trajectory tr = CompiledModel.compile(s).simulate();
            out.add(new Result(files.get(i), s, tr, RunSummary.of(tr)));
        }
        return out;
    }

    /**
     * The scenario over the given span and output grid (each the file's when null), checked against the
     * documented limits; a refusal names the option, or the file, that set the value.
     */
    static Scenario withSpan(Path file, Scenario s, Double duration, Double step) {
        double d = duration == null ? s.duration() : duration;
        double st = step == null ? s.outputStep() : step;
        Limits.grid(duration == null ? file + ": duration" : "--duration", d,
                step == null ? file + ": output-step" : "--step", st);
        return s.with(d, st, s.solver());
    }

    /** Header lines: tool version, each model file with its hash, the settings. */
    static Map<String, Object> header(List<Result> results, String command) {
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("tool", "depotkin " + Version.get());
        h.put("command", command);
        List<Object> models = new ArrayList<>();
        for (Result r : results) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", r.file().toString());
            m.put("sha256", ModelFiles.hash(r.file()));
            m.put("duration_h", r.scenario().duration());
            m.put("output_step_h", r.scenario().outputStep());
            m.put("rel_tol", r.scenario().solver().relTol());
            m.put("abs_tol", r.scenario().solver().absTol());
            models.add(m);
        }
        h.put("models", models);
        h.put("seed", "none (deterministic)");
        return h;
    }

    static List<String> headerLines(Map<String, Object> header) {
        List<String> lines = new ArrayList<>();
        lines.add(header.get("tool") + "; command: " + header.get("command") + "; seed: " + header.get("seed"));
        for (Object o : (List<?>) header.get("models")) {
            Map<?, ?> m = (Map<?, ?>) o;
            lines.add("model " + m.get("file") + " sha256 " + m.get("sha256") + "; duration "
                    + Format.number((Double) m.get("duration_h")) + " h; step " + Format.number((Double) m.get(
                    "output_step_h")) + " h; rel-tol " + m.get("rel_tol") + "; abs-tol " + m.get("abs_tol"));
        }
        return lines;
    }

    /** Writes CSV, JSON and plots for the results into one output folder; returns the files. */
    static List<Path> write(List<Result> results, OutputFolder folder, String prefix, OutputOptions options,
                            String command) {
        stage(results, folder, prefix, options.csv(), options.json(), options.plotFormats(), options.log, command);
        return folder.commit();
    }

    /** Writes CSV, JSON and plots into the folder's staging area (nothing is visible until commit). */
    static void stage(List<Result> results, OutputFolder folder, String prefix, boolean csv, boolean json,
                      Set<FigureWriter.Format> plots, String command) {
        stage(results, folder, prefix, csv, json, plots, false, command);
    }

    /** As above; {@code logOnly} leaves out the linear concentration figure. */
    static void stage(List<Result> results, OutputFolder folder, String prefix, boolean csv, boolean json,
                      Set<FigureWriter.Format> plots, boolean logOnly, String command) {
        Map<String, Object> header = header(results, command);
        try {
            if (csv) {
                List<TidyCsv.Run> runs = results.stream().map(r -> new TidyCsv.Run(r.scenario().name(), 0,
                        r.trajectory(), r.scenario().outputStep())).toList();
                TidyCsv.write(folder.file(prefix + ".csv"), headerLines(header), runs);
            }
            if (json) {
                SummaryJson.write(folder.file(prefix + "-summary.json"), header,
                        results.stream().map(Result::summary).toList());
            }
            if (!plots.isEmpty()) {
                List<Run> runs = results.stream().map(r -> new Run(r.scenario().description(), r.trajectory()))
                        .toList();
                PlotSet.write(runs, folder.stagingDir(), prefix, plots,
                        f -> !(logOnly && f.name().equals("concentration")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write outputs: " + e.getMessage(), e);
        }
    }
}
