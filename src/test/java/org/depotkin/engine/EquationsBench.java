package org.depotkin.engine;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.depotkin.io.ModelFiles;
import org.depotkin.model.Scenario;

/**
 * Custom equations against the built-in blocks on the same model: oral 50 mg daily for 180 days into a
 * 2-compartment disposition, once with the built-in peripheral compartment and once with it written as equations
 * ({@link EquationModelTest#twoCompartments}), both on the general integrator (a model with equations always takes
 * it). Runs alternate after a warm-up; the median CPU time of each (this thread's, so that other work on a
 * shared machine counts less) is reported, with the ratio, the cost of compiling the equations (Janino, first
 * time, wall) and the built-in model on its exact path for reference. Run it with the serial collector, as
 * {@code ./depotkin} runs: under G1 the absolute times of either model jump between processes (docs/equations.md).
 *
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -XX:+UseSerialGC -cp target/classes:target/test-classes:$(cat target/cp.txt) org.depotkin.engine.EquationsBench [runs]
 * </pre>
 */
public final class EquationsBench {
    private EquationsBench() {
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
        for (int i = 0; i < 5; i++) {
            builtInModel.integrate();
            customModel.integrate();
            builtInModel.simulate();
        }
        double[] b = new double[runs];
        double[] c = new double[runs];
        double[] e = new double[runs];
        double sink = 0;
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < runs; i++) {
            long t0 = cpu.getCurrentThreadCpuTime();
            sink += builtInModel.integrate().concentration("drug", 100);
            long t1 = cpu.getCurrentThreadCpuTime();
            sink += customModel.integrate().concentration("drug", 100);
            long t2 = cpu.getCurrentThreadCpuTime();
            sink += builtInModel.simulate().concentration("drug", 100);
            long t3 = cpu.getCurrentThreadCpuTime();
            b[i] = (t1 - t0) / 1e6;
            c[i] = (t2 - t1) / 1e6;
            e[i] = (t3 - t2) / 1e6;
        }
        System.out.printf("oral 50 mg daily x 180 d, 2 compartments, general integrator, median CPU time of %d runs:%n", runs);
        System.out.printf("  built-in peripheral     %8.2f ms%n", median(b));
        System.out.printf("  peripheral as equations %8.2f ms  (%.2fx the built-in; compiling the equations: %.0f ms)%n",
                median(c), median(c) / median(b), compileMs);
        System.out.printf("  built-in, exact path    %8.2f ms  (for reference; not open to nonlinear equations)%n",
                median(e));
        System.out.printf("  (checksum %.6f)%n", sink);
    }

    private static double median(double[] x) {
        double[] s = x.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
