package org.depotkin.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.depotkin.io.ModelFiles;
import org.depotkin.model.ParameterSpace;
import org.depotkin.model.Scenario;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A compiled scenario bound to a parameter vector ({@link CompiledScenario#bind}) against the scenario rebuilt
 * independently ({@link ReflectiveRebuild}: every record remade by reflection with the same factors) and compiled
 * from scratch, on every bundled scenario and several seeded vectors: every output on the hourly grid agrees to
 * 1e-12 relative. And a compiled scenario written to a stream and read back binds to the same curves bit for bit.
 */
class CompiledScenarioTest {
    static Stream<Arguments> scenariosAndSeeds() throws IOException {
        return ExactPathAccuracyTest.scenarios().flatMap(f -> Stream.of(1L, 2L, 3L).map(s -> Arguments.of(f, s)));
    }

    @ParameterizedTest(name = "{0}, seed {1}")
    @MethodSource("scenariosAndSeeds")
    void bindingEqualsTheRebuiltScenarioCompiled(Path file, long seed) {
        Scenario s = ModelFiles.scenario(file);
        CompiledScenario compiled = CompiledScenario.compile(s);
        Map<String, Double> factors = factors(compiled.space(), seed);
        double[] values = compiled.space().values(factors, "test");
        CompiledModel bound = compiled.bind("subject", values);
        CompiledModel oracle = CompiledModel.compile(ReflectiveRebuild.apply(s, "subject", factors));
        double[][] got = curves(bound);
        double[][] expected = curves(oracle);
        double worst = 0;
        for (int i = 0; i < expected.length; i++) {
            for (int j = 0; j < expected[i].length; j++) {
                double scale = Math.max(Math.abs(expected[i][j]), 1e-300);
                worst = Math.max(worst, Math.abs(got[i][j] - expected[i][j]) / scale);
            }
        }
        assertTrue(worst <= 1e-12, file + ": worst relative difference " + worst + " with " + factors);
        double[] typical = curves(compiled.typical())[0];
        boolean moved = false;
        for (int j = 0; j < typical.length; j++) {
            moved |= typical[j] != got[0][j];
        }
        assertTrue(moved, file + ": the bound parent curve is the typical one");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.depotkin.engine.ExactPathAccuracyTest#scenarios")
    void aCompiledScenarioReadBackBindsToTheSameCurvesBitForBit(Path file) throws Exception {
        CompiledScenario compiled = CompiledScenario.compile(ModelFiles.scenario(file));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(compiled);
        }
        CompiledScenario back;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            back = (CompiledScenario) in.readObject();
        }
        double[] values = compiled.space().values(factors(compiled.space(), 7), "test");
        assertArrayEquals(compiled.space().typical(), back.space().typical(), 0);
        double[][] before = curves(compiled.bind("subject", values));
        double[][] after = curves(back.bind("subject", values));
        for (int i = 0; i < before.length; i++) {
            assertArrayEquals(before[i], after[i], 0, file + ", output " + i);
        }
        double[][] typical = curves(back.typical());
        double[][] fresh = curves(CompiledModel.compile(ModelFiles.scenario(file)));
        for (int i = 0; i < fresh.length; i++) {
            assertArrayEquals(fresh[i], typical[i], 0, file + ", typical output " + i);
        }
    }

    /**
     * Seeded factors e^(0.3 z) on every parameter, each kept inside its range (a fraction whose factor would take it
     * past 1 is divided instead).
     */
    static Map<String, Double> factors(ParameterSpace space, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        Map<String, Double> out = new HashMap<>();
        for (ParameterSpace.Descriptor d : space.descriptors()) {
            double f = Math.exp(0.3 * rng.nextGaussian());
            if (!d.range().contains(d.typical() * f)) {
                f = 1 / f;
            }
            out.put(d.name(), f);
        }
        assertEquals(space.size(), out.size());
        return out;
    }

    /** Every output of the model on the hourly grid. */
    private static double[][] curves(CompiledModel model) {
        int n = (int) Math.floor(model.scenario().duration());
        double[] grid = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            grid[i] = i;
        }
        return model.onGrid(grid, model.outputs(), List.of(), new double[0]).values();
    }
}
