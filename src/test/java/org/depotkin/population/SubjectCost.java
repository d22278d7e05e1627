package org.depotkin.population;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.depotkin.engine.CompiledModel;
import org.depotkin.engine.CompiledScenario;
import org.depotkin.io.ModelFiles;
import org.depotkin.model.Scenario;

/**
 * Measures (not a test) the thread CPU time per subject of the population command's per-subject step on one
 * thread: drawing the subject (which binds its values into the compiled scenario), binding alone (the values from
 * the factors and the bound records), compiling its model, and the whole step ({@link SubjectStep#apply}: draw,
 * bind, compile, run on the hourly grid, summarise), as medians over repeats of 1000 subjects, with the machine load
 * from /proc/loadavg. Run with
 * {@code java -cp target/classes:target/test-classes:<deps> org.depotkin.population.SubjectCost models/population-*.yaml}.
 */
public final class SubjectCost {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private SubjectCost() {
    }

    public static void main(String[] args) throws Exception {
        int subjects = Integer.getInteger("subjects", 1000);
        int repeats = Integer.getInteger("repeats", 5);
        for (String file : args) {
            Scenario base = ModelFiles.scenario(Path.of(file));
            CompiledScenario compiled = CompiledScenario.compile(base);
            SubjectStep step = new SubjectStep(compiled, base.population(), 1, new VirtualTrial(base,
                    base.population(), 1, 1.0).grid());
            double[] draw = new double[repeats];
            double[] bind = new double[repeats];
            double[] compile = new double[repeats];
            double[] whole = new double[repeats];
            for (int r = -1; r < repeats; r++) {
                long d = 0;
                long b = 0;
                long c = 0;
                long w = 0;
                for (int i = 0; i < subjects; i++) {
                    long t0 = CPU.getCurrentThreadCpuTime();
                    Subject subject = step.draw(i);
                    long t1 = CPU.getCurrentThreadCpuTime();
                    compiled.bound("x", compiled.space().values(subject.factors(), "test"));
                    long t2 = CPU.getCurrentThreadCpuTime();
                    CompiledModel.compile(subject.scenario());
                    long t3 = CPU.getCurrentThreadCpuTime();
                    step.apply(i);
                    long t4 = CPU.getCurrentThreadCpuTime();
                    d += t1 - t0;
                    b += t2 - t1;
                    c += t3 - t2;
                    w += t4 - t3;
                }
                if (r >= 0) {
                    draw[r] = d / 1e3 / subjects;
                    bind[r] = b / 1e3 / subjects;
                    compile[r] = c / 1e3 / subjects;
                    whole[r] = w / 1e3 / subjects;
                }
            }
            System.out.printf("%s: per subject (us, median of %d x %d): draw (with bind) %.1f, bind %.1f, compile %.1f,"
                    + " whole step %.1f; load %s%n", Path.of(file).getFileName(), repeats, subjects, median(draw),
                    median(bind), median(compile), median(whole), Files.readString(Path.of("/proc/loadavg")).trim());
        }
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
