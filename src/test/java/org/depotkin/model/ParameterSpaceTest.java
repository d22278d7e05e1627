package org.depotkin.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.depotkin.io.ModelFiles;
import org.depotkin.release.Biexponential;
import org.depotkin.release.FailureMode;
import org.depotkin.release.FirstOrder;
import org.depotkin.release.GammaRelease;
import org.depotkin.release.Higuchi;
import org.depotkin.release.HixsonCrowell;
import org.depotkin.release.KorsmeyerPeppas;
import org.depotkin.release.Range;
import org.depotkin.release.ReleaseLaw;
import org.depotkin.release.Weibull;
import org.depotkin.release.ZeroOrder;
import org.depotkin.release.ZeroOrderTail;
import org.junit.jupiter.api.Test;

/**
 * The parameter space of bundled scenarios against the numbers written in their model files, and binding against
 * the records it should give.
 */
class ParameterSpaceTest {
    private static final Scenario FIBROSIS = ModelFiles.scenario(Path.of("models/implant-3.4g-fibrosis.yaml"));

    @Test
    void describesEachParameterWithItsModelFileValueUnitRangeAndOrigin() {
        ParameterSpace space = ParameterSpace.of(FIBROSIS);
        assertEquals(List.of("naltrexone.CL", "naltrexone.V", "naltrexone.Q", "naltrexone.V2", "naltrexone.Kd",
                "naltrexone.ke0", "6b-naltrexol.CL", "6b-naltrexol.V", "6b-naltrexol.Q", "6b-naltrexol.V2",
                "6b-naltrexol.Kd", "6b-naltrexol.ke0", "release.k", "fibrosis.onset", "fibrosis.tau",
                "fibrosis.p-min"), space.names());
        // compounds/naltrexone.yaml: CL 140 L/h, peripheral V 425 L, Kd 0.1854 ng/mL; the formulation: k 0.0064 /d;
        // the scenario: fibrosis tau 14 d, p-min 0.25
        assertEquals(140, space.value("naltrexone.CL"), 0);
        assertEquals(425, space.value("naltrexone.V2"), 0);
        assertEquals(0.1854, space.value("naltrexone.Kd"), 1e-15);
        assertEquals(0.0064 / 24, space.value("release.k"), 1e-18);
        assertEquals(14 * 24, space.value("fibrosis.tau"), 1e-12);
        ParameterSpace.Descriptor pMin = space.descriptor("fibrosis.p-min");
        assertEquals(0.25, pMin.typical(), 0);
        assertEquals("1", pMin.unit());
        assertEquals(Range.FRACTION, pMin.range());
        assertEquals("implant-3.4g-fibrosis.yaml: failure.fibrosis.p-min", pMin.origin());
        assertEquals("formulations/implant-go-medical-3.4g.yaml: release.k", space.descriptor("release.k").origin());
        assertEquals("1/h", space.unit("release.k"));
        assertEquals("L", space.unit("6b-naltrexol.V2"));
        assertEquals("compounds/naltrexone.yaml: analytes[6b-naltrexol].peripheral[1].V",
                space.descriptor("6b-naltrexol.V2").origin());
        assertTrue(space.descriptor("naltrexone.ke0").ofCompound());
        assertTrue(!space.descriptor("release.k").ofCompound());
    }

    @Test
    void bindingPutsTheValuesIntoTheRecordsAndKeepsTheOthers() {
        ParameterSpace space = ParameterSpace.of(FIBROSIS);
        double[] v = space.values(Map.of("release.k", 2.0, "fibrosis.p-min", 0.5), "test");
        Scenario bound = space.bind(FIBROSIS, "subject", v);
        assertEquals("subject", bound.name());
        assertSame(FIBROSIS.compound(), bound.compound());
        Formulation.Depot depot = (Formulation.Depot) bound.administrations().get(0).formulation();
        assertEquals(new FirstOrder(2 * 0.0064 / 24), depot.release().law());
        FailureMode.Fibrosis fib = (FailureMode.Fibrosis) depot.release().failures().get(0);
        assertEquals(0.125, fib.pMin(), 0);
        assertEquals(14 * 24, fib.tau(), 1e-12);
        assertArrayEquals(v, ParameterSpace.of(bound).typical(), 0);
        Scenario same = space.bind(FIBROSIS, FIBROSIS.name(), space.typical());
        assertSame(FIBROSIS.compound(), same.compound());
        assertSame(FIBROSIS.administrations().get(0), same.administrations().get(0));
    }

    @Test
    void aValueOutsideItsRangeIsOneClearLine() {
        ParameterSpace space = ParameterSpace.of(FIBROSIS);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> space.values(Map.of("fibrosis.p-min", 6.0), "population variability"));
        assertEquals("population variability gives fibrosis.p-min = 1.5, outside its allowed range [0, 1] "
                + "(implant-3.4g-fibrosis.yaml: failure.fibrosis.p-min)", e.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> space.values(Map.of("release.kk", 2.0), "test"));
        assertTrue(unknown.getMessage().startsWith("scenario implant-3.4g-fibrosis has no parameter 'release.kk'"),
                unknown.getMessage());
    }

    @Test
    void everyLawAndFailureModeRemakesItselfFromItsOwnValues() {
        List<ReleaseLaw> laws = List.of(new ZeroOrder(700), new FirstOrder(0.01), new Higuchi(0.05),
                new KorsmeyerPeppas(0.05, 0.45), new Weibull(60, 1.8, 12), new Biexponential(0.2, 0.5, 0.01),
                new HixsonCrowell(0.002), new ZeroOrderTail(264, 0.1 / 24), new GammaRelease(2.5, 100));
        for (ReleaseLaw law : laws) {
            assertEquals(law.parameters().size(), law.values().length, law.name());
            assertEquals(law, law.with(law.values()), law.name());
            double[] doubled = law.values().clone();
            doubled[0] *= 0.5;
            assertEquals(doubled[0], law.with(doubled).values()[0], 0, law.name());
        }
        List<FailureMode> modes = List.of(new FailureMode.Fibrosis(24, 336, 0.25),
                new FailureMode.EarlyDepletion(2, 0.1), new FailureMode.Removal(336));
        for (FailureMode m : modes) {
            assertEquals(m.parameters().size(), m.values().length, m.name());
            assertEquals(m, m.with(m.values()), m.name());
        }
        assertEquals(List.of("td", "beta", "lag"), new Weibull(60, 1.8).parameters().stream()
                .map(org.depotkin.release.Parameter::key).toList());
    }
}
