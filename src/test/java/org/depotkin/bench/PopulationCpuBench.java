package org.depotkin.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.depotkin.io.ModelFiles;
import org.depotkin.model.Scenario;
import org.depotkin.population.SubjectStep;
import org.depotkin.population.VirtualTrial;

/**
 * CPU time per subject of {@code depotkin population} on each bundled population scenario: the command's own
 * per-subject step ({@link SubjectStep#apply}: draw, bind, run on the 1 h grid, summarise; seed 1, one input cache
 * for the whole run) on this thread, warmed up on the first {@code warm-up} subjects, then {@code rounds} rounds of
 * {@code round} further subjects each; prints the median, lowest and highest thread CPU time per subject of the
 * rounds, and the mean over all of them (which keeps the rare costly subject that the median leaves out), in this
 * thread's own CPU (other processes on a shared machine count less), and the load average (/proc/loadavg).
 *
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -XX:+UseSerialGC -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     org.depotkin.bench.PopulationCpuBench [warm-up [rounds [round [scenario,...]]]]
 * </pre>
 */
public final class PopulationCpuBench {
    private static final String[] SCENARIOS = {"population-implant-3.4g.yaml", "population-implant-3.4g-failures.yaml",
        "population-oral-adherence.yaml", "population-xrntx.yaml"};

    private PopulationCpuBench() {
    }

    public static void main(String[] args) throws Exception {
        int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : 1500;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        int round = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        String[] scenarios = args.length > 3 ? args[3].split(",") : SCENARIOS;
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        System.out.printf(Locale.ROOT, "load before: %s%n", load());
        double sink = 0;
        for (String name : scenarios) {
            Scenario base = ModelFiles.scenario(Path.of("models", name));
            SubjectStep step = new VirtualTrial(base, base.population(), 1, 1.0).step();
            for (int i = 0; i < warmUp; i++) {
                sink += step.apply(i).cmax();
            }
            double[] perSubject = new double[rounds];
            int next = warmUp;
            for (int r = 0; r < rounds; r++) {
                long before = cpu.getCurrentThreadCpuTime();
                for (int i = 0; i < round; i++) {
                    sink += step.apply(next++).cmax();
                }
                perSubject[r] = (cpu.getCurrentThreadCpuTime() - before) / 1e6 / round;
            }
            double mean = Arrays.stream(perSubject).average().orElse(Double.NaN);
            Arrays.sort(perSubject);
            System.out.printf(Locale.ROOT, "%-40s median %.3f ms per subject (%.3f .. %.3f), mean %.3f, load %s%n",
                    name, perSubject[rounds / 2], perSubject[0], perSubject[rounds - 1], mean, load());
        }
        System.out.printf(Locale.ROOT, "(checksum %.6g)%n", sink);
    }

    private static String load() throws Exception {
        return Files.readString(Path.of("/proc/loadavg")).trim();
    }
}
