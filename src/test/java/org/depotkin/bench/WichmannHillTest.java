package org.depotkin.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.depotkin.io.ModelFiles;
import org.depotkin.model.Dose;
import org.depotkin.model.ParameterSpace;
import org.depotkin.model.Scenario;
import org.depotkin.population.Subject;
import org.junit.jupiter.api.Test;

/** The check values of docs/workloads.md §4. */
class WichmannHillTest {

    @Test
    void firstW3UniformsAndNormals() {
        WichmannHill w = new WichmannHill(1234, 5678, 9012);
        double[] u = {w.next(), w.next(), w.next(), w.next()};
        assertEquals(0.7194220692967952, u[0], 0);
        assertEquals(0.7212558240378965, u[1], 0);
        assertEquals(0.796894823149441, u[2], 0);
        assertEquals(0.9270147705914393, u[3], 0);
        WichmannHill again = new WichmannHill(1234, 5678, 9012);
        double[] z = new double[4];
        again.nextNormalPair(z, 0);
        again.nextNormalPair(z, 2);
        double[] expected = {-0.14577454797925585, -0.7983507517454972, 0.6042234786292561, -0.2982937101992911};
        for (int k = 0; k < 4; k++) {
            assertEquals(expected[k], z[k], 1e-15, "z" + (k + 1));
        }
    }

    @Test
    void firstW3SubjectParameters() {
        Scenario implant = ModelFiles.scenario(Path.of("models", "bench-w2.yaml"));
        Scenario one = PortableSubjects.w3(implant, 1).apply(0).scenario();
        assertEquals(200 * Math.exp(0.3 * -0.14577454797925585), ParameterSpace.of(one).value("Cp.CL"), 1e-12);
        assertEquals(400 * Math.exp(0.3 * -0.7983507517454972), ParameterSpace.of(one).value("Cp.V"), 1e-12);
        assertEquals(0.0008 * Math.exp(0.3 * 0.6042234786292561), ParameterSpace.of(one).value("release.k"), 1e-17);
        assertEquals(0.003 * Math.exp(0.3 * -0.2982937101992911), 1 / ParameterSpace.of(one).value("fibrosis.tau"), 1e-16);
    }

    @Test
    void firstW4UniformsAndSubjectOne() {
        WichmannHill w = new WichmannHill(4321, 8765, 2109);
        assertEquals(0.9781381149652035, w.next(), 0);
        assertEquals(0.18154306146264965, w.next(), 0);
        Scenario oral = ModelFiles.scenario(Path.of("models", "bench-w1.yaml"));
        Subject one = PortableSubjects.w4(oral, 1).apply(0);
        assertEquals(180, one.dosesPlanned());
        assertEquals(120, one.dosesTaken());
        StringBuilder first = new StringBuilder();
        List<Double> taken = one.scenario().administrations().get(0).regimen().doses().stream().map(Dose::time).toList();
        for (int k = 0; k < 20; k++) {
            first.append(taken.contains(24.0 * k) ? '1' : '0');
        }
        assertEquals("01011101111101010110", first.toString());
    }
}
