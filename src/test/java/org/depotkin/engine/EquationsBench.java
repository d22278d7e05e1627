package org.depotkin.engine;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.depotkin.io.ModelFiles;
import org.depotkin.model.Scenario;

/**
 * Custom equations against the built-in blocks on the same model: oral 50 mg daily for 180 days into a
 * 2-compartment disposition, once with the built-in peripheral compartment and once with it written as equations
 * ({@link EquationModelTest#twoCompartments}). Three ways of running each, every one the same for both models: a
 * {@code simulate} (the exact path, which linear equations take since their rates join the matrix), a
 * {@code population} subject (the grid walk on a 1 h grid, watching the concentration's crossings of 10 ng/mL)
 * and the general integrator (which nonlinear equations take: this compares the compiled equations with the
 * built-in kinetics inside the same integration). Runs alternate after a warm-up; the median CPU time of each
 * (this thread's, so that other work on a shared machine counts less) is reported with the ratio, and the cost of
 * compiling the equations (Janino, first time, wall). Run it with the serial collector, as {@code ./depotkin}
 * runs: under G1 the absolute times of either model jump between processes (docs/equations.md).
 *
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -XX:+UseSerialGC -cp target/classes:target/test-classes:$(cat target/cp.txt) org.depotkin.engine.EquationsBench [runs]
 * </pre>
 */
public final class EquationsBench {
    private EquationsBench() {
    }

    /** One way of running a compiled model, returning a number that depends on the whole run. */
    private interface Run {
        double of(CompiledModel m);
    }

    public static void main(String[] args) throws IOException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        Path dir = Files.createTempDirectory("equations-bench");
        Path builtInFile = Files.writeString(dir.resolve("builtin.yaml"), EquationModelTest.twoCompartments(false));
        Path customFile = Files.writeString(dir.resolve("custom.yaml"), EquationModelTest.twoCompartments(true));
        Scenario builtIn = ModelFiles.scenario(builtInFile);
        Scenario custom = ModelFiles.scenario(customFile);
        long c0 = System.nanoTime();
        CompiledModel customModel = CompiledModel.compile(custom);
        double compileMs = (System.nanoTime() - c0) / 1e6;
        CompiledModel builtInModel = CompiledModel.compile(builtIn);
        double[] grid = new double[(int) builtIn.duration() + 1];
        for (int i = 0; i < grid.length; i++) {
            grid[i] = i;
        }
        String[] names = {"simulate (exact path)", "population subject (grid walk)", "general integrator"};
        Run[] ways = {
            m -> m.simulate().concentration("drug", 100),
            m -> {
                Output c = m.output("drug");
                return m.onGrid(grid, List.of(c), List.of(c), new double[] {10}).timeAbove(0);
            },
            m -> m.integrate().concentration("drug", 100)};
        System.out.printf("oral 50 mg daily x 180 d, 2 compartments, median CPU time of %d runs "
                + "(compiling the equations: %.0f ms):%n", runs, compileMs);
        System.out.printf("  %-32s %12s %14s %7s%n", "", "built-in", "as equations", "ratio");
        for (int w = 0; w < ways.length; w++) {
            for (int i = 0; i < 5; i++) {
                ways[w].of(builtInModel);
                ways[w].of(customModel);
            }
            double[] b = new double[runs];
            double[] c = new double[runs];
            double sink = 0;
            ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
            for (int i = 0; i < runs; i++) {
                long t0 = cpu.getCurrentThreadCpuTime();
                sink += ways[w].of(builtInModel);
                long t1 = cpu.getCurrentThreadCpuTime();
                sink += ways[w].of(customModel);
                long t2 = cpu.getCurrentThreadCpuTime();
                b[i] = (t1 - t0) / 1e6;
                c[i] = (t2 - t1) / 1e6;
            }
            System.out.printf("  %-32s %9.3f ms %11.3f ms %6.2fx  (checksum %.6f)%n", names[w], median(b), median(c),
                    median(c) / median(b), sink);
        }
    }

    private static double median(double[] x) {
        double[] s = x.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
