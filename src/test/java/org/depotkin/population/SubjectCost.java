package org.depotkin.population;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.depotkin.engine.CompiledModel;
import org.depotkin.io.ModelFiles;
import org.depotkin.model.Scenario;

/**
 * Measures (not a test) the thread CPU time per subject of the population command's per-subject step on one
 * thread: drawing the subject, compiling its model, and the whole step (draw, compile, run on the hourly grid), as
 * medians over repeats of 1000 subjects, with the machine load from /proc/loadavg. Run with
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
            VirtualTrial trial = new VirtualTrial(base, base.population(), 1, 1.0);
            SubjectSampler sampler = new SubjectSampler(base, base.population(), 1);
            double[] draw = new double[repeats];
            double[] compile = new double[repeats];
            double[] step = new double[repeats];
            for (int r = -1; r < repeats; r++) {
                long d = 0;
                long c = 0;
                long s = 0;
                for (int i = 0; i < subjects; i++) {
                    long t0 = CPU.getCurrentThreadCpuTime();
                    Subject subject = sampler.draw(i);
                    long t1 = CPU.getCurrentThreadCpuTime();
                    CompiledModel.compile(subject.scenario());
                    long t2 = CPU.getCurrentThreadCpuTime();
                    trial.simulate(sampler.draw(i));
                    long t3 = CPU.getCurrentThreadCpuTime();
                    d += t1 - t0;
                    c += t2 - t1;
                    s += t3 - t2;
                }
                if (r >= 0) {
                    draw[r] = d / 1e3 / subjects;
                    compile[r] = c / 1e3 / subjects;
                    step[r] = s / 1e3 / subjects;
                }
            }
            System.out.printf("%s: per subject (us, median of %d x %d): draw %.1f, compile %.1f, whole step %.1f;"
                    + " load %s%n", Path.of(file).getFileName(), repeats, subjects, median(draw), median(compile),
                    median(step), Files.readString(Path.of("/proc/loadavg")).trim());
        }
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
