package org.depotkin.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.depotkin.bench.BenchCheck;
import org.depotkin.bench.Benchmark;
import org.depotkin.bench.MeteredPool;
import org.depotkin.bench.Workload;
import org.depotkin.model.Limits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code depotkin bench}: the workloads of docs/workloads.md, one JSON line each on stdout (medians of the
 * repeats after warm-up, without JVM start-up), the machine on stderr, and with {@code --check} one verdict
 * line per check on stderr (exit 1 on any miss).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Time the bench-ntx workloads (W1 oral, W2 implant, W3 population with IIV, W4 adherence) and "
                + "print one JSON line per workload: import_s, compile_s, setup_s (random draws), solve_s (solves and "
                + "summaries), medians of the repeats, and the checksums of docs/workloads.md section 7.",
        footer = {"", "Without --subjects, W3 runs N = 1000 and N = 10000 and W4 N = 1000.", "", "Examples:",
            "  depotkin bench all --check", "  depotkin bench W3 --subjects 10000 --threads 2"})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "WORKLOAD", defaultValue = "all",
            description = "W1, W2, W3, W4, W5 (the population command on the four bundled population scenarios) or "
                    + "all (default: ${DEFAULT-VALUE}).")
    String workload;

    @Option(names = "--subjects", paramLabel = "N", description = "Subjects for W3/W4/W5 (per scenario for W5).")
    Integer subjects;

    @Option(names = "--threads", paramLabel = "T", defaultValue = "0",
            description = "Threads for W3/W4 (default: one per core).")
    int threads;

    @Option(names = "--repeats", paramLabel = "R", defaultValue = "5",
            description = "Timed runs per workload; the median is reported (default: ${DEFAULT-VALUE}).")
    int repeats;

    @Option(names = "--warmup", paramLabel = "W", defaultValue = "3",
            description = "Untimed runs before the timed ones (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--check", description = "Compare with the golden values, the statistical expectations and the "
            + "portable-stream totals; exit 1 on any miss.")
    boolean check;

    @Option(names = "--models", paramLabel = "DIR", defaultValue = "models",
            description = "Models folder with bench-w1.yaml and bench-w2.yaml (default: ${DEFAULT-VALUE}).")
    Path models;

    /** A workload at a number of subjects. */
    record Run(Workload workload, int subjects) {
    }

    @Override
    public Integer call() {
        List<Run> runs = runs();
        int cores = Runtime.getRuntime().availableProcessors();
        int t = threads == 0 ? Math.min(cores, Limits.MAX_THREADS) : Limits.count("--threads", threads, 1,
                Limits.MAX_THREADS);
        Limits.count("--repeats", repeats, 1, Limits.MAX_REPEATS);
        Limits.count("--warmup", warmup, 0, Limits.MAX_REPEATS);
        if (!Files.isRegularFile(models.resolve("bench-w1.yaml")) || !Files.isRegularFile(models.resolve("bench-w2.yaml"))) {
            throw new IllegalArgumentException(models + ": no bench-w1.yaml/bench-w2.yaml there (run from the depotkin "
                    + "folder or give --models)");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        err.printf(Locale.ROOT, "# machine: %d cores, Java %s (%s), %s %s; threads %d, warm-up %d, repeats %d%n", cores,
                System.getProperty("java.version"), System.getProperty("java.vm.name"), System.getProperty("os.name"),
                System.getProperty("os.arch"), t, warmup, repeats);
        BenchCheck checker = check ? BenchCheck.load() : null;
        ObjectMapper json = new ObjectMapper();
        int misses = 0;
        int checks = 0;
        MeteredPool pool = new MeteredPool(t);
        try {
            Benchmark bench = new Benchmark(models, pool, t, warmup, repeats);
            for (Run r : runs) {
                Benchmark.Measurement m = bench.run(r.workload(), r.subjects());
                Map<String, Object> line = m.toMap();
                out.println(json.writeValueAsString(line));
                out.flush();
                if (checker != null) {
                    List<BenchCheck.Verdict> verdicts = new ArrayList<>(checker.check(m));
                    if (r.workload() == Workload.W5) {
                        int others = t == 1 ? 2 : 1;
                        MeteredPool second = new MeteredPool(others);
                        try {
                            verdicts.addAll(BenchCheck.sameForAnyThreads(m, new Benchmark(models, second, others, 0, 1)
                                    .run(Workload.W5, r.subjects())));
                        } finally {
                            second.shutdownNow();
                        }
                    }
                    for (BenchCheck.Verdict v : verdicts) {
                        err.println("check " + v);
                        checks++;
                        misses += v.ok() ? 0 : 1;
                    }
                }
            }
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        } finally {
            pool.shutdownNow();
        }
        if (checker != null) {
            err.println(misses == 0 ? "bench check: all " + checks + " checks passed"
                    : "bench check: " + misses + " of " + checks + " checks missed (lines marked MISS)");
        }
        return misses == 0 ? 0 : 1;
    }

    private List<Run> runs() {
        List<Workload> chosen;
        if (workload.equalsIgnoreCase("all")) {
            chosen = List.of(Workload.values());
        } else {
            try {
                chosen = List.of(Workload.valueOf(workload.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("WORKLOAD must be W1, W2, W3, W4, W5 or all, got '" + workload + "'");
            }
        }
        if (subjects != null) {
            Limits.count("--subjects", subjects, 1, Limits.MAX_SUBJECTS);
        }
        List<Run> runs = new ArrayList<>();
        for (Workload w : chosen) {
            if (!w.isPopulation()) {
                runs.add(new Run(w, 1));
            } else if (subjects != null) {
                runs.add(new Run(w, subjects));
            } else {
                runs.add(new Run(w, 1000));
                if (w == Workload.W3) {
                    runs.add(new Run(w, 10000));
                }
            }
        }
        return runs;
    }
}
