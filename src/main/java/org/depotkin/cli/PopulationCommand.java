package org.depotkin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import org.depotkin.io.ModelFiles;
import org.depotkin.io.OutputFolder;
import org.depotkin.io.PopulationTables;
import org.depotkin.model.Format;
import org.depotkin.model.Limits;
import org.depotkin.model.Population;
import org.depotkin.model.Scenario;
import org.depotkin.plot.PlotSet;
import org.depotkin.plot.DailyBands;
import org.depotkin.plot.Figures;
import org.depotkin.plot.PopulationFigures;
import org.depotkin.population.SubjectResult;
import org.depotkin.population.TrialSummary;
import org.depotkin.population.VirtualTrial;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code depotkin population}: virtual patients with variability, adherence and failure modes. */
@Command(name = "population", mixinStandardHelpOptions = true,
        description = "Simulate virtual patients for scenarios with a population block: per-subject summaries, "
                + "percentile bands of concentration and occupancy, the probability of meeting each criterion "
                + "over time and the fraction covered for at least X days.",
        footer = {"", "Example:",
            "  depotkin population models/population-oral-adherence.yaml \\",
            "      models/population-implant-3.4g-failures.yaml \\",
            "      --subjects 500 --seed 7 --plot png"})
final class PopulationCommand implements Callable<Integer> {
    /** Runs estimated to take longer than this (s) say so. */
    static final double ESTIMATE_AFTER_S = 10;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "MODEL", description = "Scenario files with a population block.")
    List<Path> models;

    @Mixin
    ModelSettings settings;

    @Option(names = "--subjects", paramLabel = "N", description = "Virtual subjects per scenario (default: the "
            + "file's).")
    Integer subjects;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Master seed (default: "
            + "${DEFAULT-VALUE}); subject i's draws depend only on the seed and i.")
    long seed;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: the machine's cores).")
    Integer threads;

    @Option(names = "--step", paramLabel = "TIME", converter = HoursConverter.class,
            description = "Grid for bands and probabilities, e.g. 1h (default: 1h).")
    Double step;

    @Option(names = "--name", paramLabel = "NAME", defaultValue = "population",
            description = "Prefix of the files written (default: ${DEFAULT-VALUE}); the band figures of a "
                    + "scenario are named after it: <scenario>-concentration, <scenario>-occupancy.")
    String name;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "depotkin-out",
            description = "Folder for the outputs (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--format", split = ",", paramLabel = "csv|json", description = "Tables to write: csv "
            + "(subjects, bands, probability), json (summary); default: both.")
    List<String> formats = List.of("csv", "json");

    @Option(names = "--plot", split = ",", paramLabel = "png|svg|pdf", description = "Plot formats (png, svg, pdf): "
            + "concentration and occupancy bands per scenario, probability and coverage across scenarios.")
    List<String> plots = List.of();

    @Option(names = "--force", description = FileOptions.FORCE)
    boolean force;

    @Override
    public Integer call() {
        OutputOptions options = new OutputOptions();
        options.plots = plots;
        options.formats = formats;
        var figures = options.plotFormats();
        boolean csv = options.csv();
        boolean json = options.json();
        int nThreads = threads == null ? Math.min(Runtime.getRuntime().availableProcessors(), Limits.MAX_THREADS)
                : Limits.count("--threads", threads, 1, Limits.MAX_THREADS);
        if (subjects != null) {
            Limits.count("--subjects", subjects, 1, Limits.MAX_SUBJECTS);
        }
        double gridStep = step == null ? 1.0 : step;
        List<Scenario> scenarios = new ArrayList<>();
        for (Path m : models) {
            Scenario s = settings.apply(ModelFiles.scenario(m));
            if (s.population() == null) {
                throw new IllegalArgumentException(m + ": no 'population:' block (see models/population-*.yaml)");
            }
            Limits.grid(m + ": duration", s.duration(), "--step", gridStep);
            if (gridStep > s.duration()) {
                throw new IllegalArgumentException("--step " + Format.number(gridStep) + " h is longer than " + m
                        + ": duration (" + Format.number(s.duration()) + " h); the bands and probabilities need a grid "
                        + "of at least two times");
            }
            int n = subjects == null ? Limits.count(m + ": subjects", s.population().subjects(), 1,
                    Limits.MAX_SUBJECTS) : subjects;
            double kept = n * Limits.gridPoints(s.duration(), gridStep);
            if (kept > Limits.MAX_SUBJECT_POINTS) {
                throw new IllegalArgumentException(Limits.exceeded(m + ": subjects × grid points (--subjects, "
                        + "--step)", kept, Limits.MAX_SUBJECT_POINTS, ""));
            }
            scenarios.add(s);
        }
        PrintWriter o = spec.commandLine().getOut();
        long start = System.nanoTime();
        List<PopulationTables.Trial> trials = new ArrayList<>();
        List<PopulationFigures.Daily> daily = new ArrayList<>();
        double span = scenarios.stream().mapToDouble(Scenario::duration).max().orElse(0);
        for (Scenario s : scenarios) {
            Population pop = s.population();
            int n = subjects == null ? pop.subjects() : subjects;
            VirtualTrial trial = new VirtualTrial(s, pop, seed, gridStep);
            List<SubjectResult> results = trial.run(n, nThreads,
                    estimate(s.name(), n).andThen(Progress.of(spec.commandLine().getErr(), s.name(), n)));
            trials.add(new PopulationTables.Trial(s.name(), results, TrialSummary.of(trial, results)));
            daily.add(Figures.drawnAsEnvelope(s, s.duration(), span) ? daily(trial, results) : null);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        o.print(table(trials));
        o.printf(Locale.ROOT, "%d scenarios, %d subjects in %.1f s on %d threads; seed %d%n", trials.size(),
                trials.stream().mapToInt(t -> t.subjects().size()).sum(), seconds, nThreads, seed);
        Map<String, Object> header = header(nThreads);
        List<String> lines = List.of("depotkin " + Version.get() + "; command: population" + settings.options() + "; seed: " + seed
                + "; threads: " + nThreads, "models: " + String.join(" ", models.stream().map(p -> p + " sha256 "
                + ModelFiles.hash(p)).toList()));
        try (OutputFolder folder = new OutputFolder(out, force, "population " + name)) {
            if (csv) {
                PopulationTables.subjects(folder.file(name + "-subjects.csv"), lines, trials);
                PopulationTables.bands(folder.file(name + "-bands.csv"), lines, trials);
                PopulationTables.probability(folder.file(name + "-probability.csv"), lines, trials);
            }
            if (json) {
                PopulationTables.json(folder.file(name + "-summary.json"), header, trials);
            }
            if (!figures.isEmpty()) {
                PlotSet.writeFigures(PopulationFigures.all(trials.stream().map(PopulationTables.Trial::summary)
                        .toList(), daily, name), folder.stagingDir(), figures);
            }
            folder.commit().forEach(f -> o.println("wrote " + f));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write outputs: " + e.getMessage(), e);
        }
        return 0;
    }

    private Map<String, Object> header(int nThreads) {
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("tool", "depotkin " + Version.get());
        h.put("command", "population" + settings.options());
        h.put("seed", seed);
        h.put("threads", nThreads);
        List<Object> files = new ArrayList<>();
        for (Path m : models) {
            Map<String, Object> f = new LinkedHashMap<>(); // in this order in every run (Map.of's is random)
            f.put("file", m.toString());
            f.put("sha256", ModelFiles.hash(m));
            files.add(f);
        }
        h.put("models", files);
        return h;
    }

    /**
     * An estimate of the run time once 2 % of the subjects are done (timed from the first one, which also pays
     * for compiling the model), when it exceeds {@value #ESTIMATE_AFTER_S} s, also when the output is piped.
     */
    private IntConsumer estimate(String scenario, int n) {
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        AtomicLong first = new AtomicLong();
        AtomicBoolean estimated = new AtomicBoolean();
        int sample = Math.max(2, n / 50);
        return i -> {
            first.compareAndSet(0, System.nanoTime());
            if (i >= sample && i < n && estimated.compareAndSet(false, true)) {
                double total = (first.get() - start + (System.nanoTime() - first.get()) * (n - 1.0) / (i - 1)) / 1e9;
                if (total > ESTIMATE_AFTER_S) {
                    synchronized (err) {
                        err.printf(Locale.ROOT, "%s: %d subjects will take about %.0f s (from the first %d)%n",
                                scenario, n, total, i);
                        err.flush();
                    }
                }
            }
        };
    }

    /** Daily peak and trough bands of a densely dosed trial's concentration and occupancy (%). */
    private static PopulationFigures.Daily daily(VirtualTrial trial, List<SubjectResult> results) {
        DailyBands parent = DailyBands.of(trial.grid(), results.stream().map(SubjectResult::parent).toList(),
                results.stream().map(SubjectResult::dailyPeaks).toList(),
                results.stream().map(SubjectResult::dailyTroughs).toList(), 1);
        DailyBands occupancy = results.get(0).occupancy() == null ? null
                : DailyBands.of(trial.grid(), results.stream().map(SubjectResult::occupancy).toList(), null, null,
                100);
        return new PopulationFigures.Daily(parent, occupancy);
    }

    static String table(List<PopulationTables.Trial> trials) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-34s %-24s %8s %9s %9s %9s %9s%n", "scenario", "criterion",
                "median d", ">= 28 d", ">= 60 d", ">= 90 d", ">= 180 d"));
        for (PopulationTables.Trial t : trials) {
            TrialSummary s = t.summary();
            for (int k = 0; k < s.criteria().size(); k++) {
                double[] ff = s.firstFailureDays()[k];
                double median = ff[ff.length / 2];
                sb.append(String.format(Locale.ROOT, "%-34s %-24s %8s %8.1f%% %8.1f%% %8.1f%% %8.1f%%%n",
                        t.scenario(), s.criteria().get(k).describe(), Double.isInfinite(median) ? "never"
                                : Format.number(median), 100 * s.coveredAtLeast(k, 28), 100 * s.coveredAtLeast(k, 60),
                        100 * s.coveredAtLeast(k, 90), 100 * s.coveredAtLeast(k, 180)));
            }
        }
        return sb.toString();
    }
}
