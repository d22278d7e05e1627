package org.depotkin.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.depotkin.release.Sequential.Phase;
import org.junit.jupiter.api.Test;

class ReleaseLawsTest {

    @Test
    void namesAreTheModelFileNames() {
        assertEquals(List.of("zero-order", "first-order", "higuchi", "korsmeyer-peppas", "weibull",
                "biexponential", "hixson-crowell", "zero-order-tail", "sequential", "gamma", "tabulated"), ReleaseLaws.names());
        assertThrows(UnsupportedOperationException.class, () -> ReleaseLaws.names().add("x"));
    }

    @Test
    void everyLawReportsARegisteredName() {
        List<ReleaseLaw> laws = List.of(
                new ZeroOrder(10), new FirstOrder(0.1), new Higuchi(0.1), new KorsmeyerPeppas(0.1, 0.45),
                new Weibull(60, 1.8, 0), new Biexponential(0.2, 1, 0.01), new HixsonCrowell(0.01),
                new ZeroOrderTail(264, 0.004), Sequential.of(new Phase(1, 0, new FirstOrder(0.1))),
                new GammaRelease(2, 10),
                new Tabulated(new double[] {0, 1}, new double[] {0, 1}));
        Set<String> seen = new HashSet<>();
        for (ReleaseLaw law : laws) {
            seen.add(law.name());
        }
        assertEquals(Set.copyOf(ReleaseLaws.names()), seen);
    }
}
