package org.depotkin.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compiled equations compute what the text says: precedence and associativity, every function, conditions,
 * numbers with units, the built-in names (concentration, amount, effect site, V, time) in the right units, and
 * compartments starting at a bare 0 in the unit of their rate times time, each against the value worked out by hand.
 */
class EquationCodeTest {
    @TempDir
    Path dir;

    @Test
    void outputsComputeWhatTheyWrite() throws IOException {
        String text = EquationScenarios.scenario("code", EquationScenarios.bolus("100 mg"), "1 d",
                "    - name: drug",
                "      CL: 10 L/h",
                "      V: 50 L",
                "      binding: {model: equilibrium, role: antagonist, Kd: 1 ng/mL, ke0: 0.5 /h}",
                "  equations:",
                "    parameters: {k: 0.5 /h, half: 50 %}",
                "    model:",
                "      - output neg = -2^2",
                "      - output inverse = 2^-1",
                "      - output right = 2^3^2",
                "      - output left = 10 - 4 - 3",
                "      - output divided = 12 / 3 / 2",
                "      - output logic = if 1 < 2 and not 3 < 2 or 1 > 2 then 7 else 8",
                "      - output functions = min(3, 1, 2) + max(1, 5) + abs(-2) + sqrt(16) + pow(2, 3) + exp(0) + log(1)",
                "      - output withUnit [ng/mL] = 2 [ng/mL] * 3",
                "      - output percent [%] = half / 2",
                "      - output time [min] = t",
                "      - output decay = exp(-k * t)",
                "      - output conc [ng/mL] = drug",
                "      - output amount [ug] = drug.central",
                "      - output volume [mL] = drug.V",
                "      - output clearance [L/h] = drug.CL",
                "      - output effect [ng/mL] = drug.effect",
                "      - output sqrtConc = sqrt(drug / 1 [mg/L])",
                "      - output clipped [ng/mL] = max(drug - 1000 [ng/mL], 0)",
                "      - A(0) = 0",
                "      - d/dt(A) = k * t",
                "      - output area = A",
                "      - R(0) = 0",
                "      - d/dt(R) = 2 [ng/mL/h] - k * R",
                "      - output rising = R",
                "      - loss = k * B",
                "      - B(0) = 0",
                "      - d/dt(B) = 2 [ng/mL/h] - loss",
                "      - output through [ng/mL] = B");
        Trajectory tr = CompiledModel.compile(EquationScenarios.load(dir, "code.yaml", text)).simulate();
        double t = 5;
        assertEquals(-4, tr.value("neg", t), 0);
        assertEquals(0.5, tr.value("inverse", t), 0);
        assertEquals(512, tr.value("right", t), 0);
        assertEquals(3, tr.value("left", t), 0);
        assertEquals(2, tr.value("divided", t), 0);
        assertEquals(7, tr.value("logic", t), 0);
        assertEquals(21, tr.value("functions", t), 1e-15);
        assertEquals(6, tr.value("withUnit", t), 1e-12);
        assertEquals(25, tr.value("percent", t), 1e-12);
        assertEquals(300, tr.value("time", t), 1e-9);
        assertEquals(Math.exp(-2.5), tr.value("decay", t), 1e-15);
        double c = tr.concentration("drug", t);
        assertEquals(1000 * Math.exp(-0.2 * t) * 100 / 50 / 1000 * 1000, c, 1e-8 * c, "closed form 1-compartment");
        assertEquals(c, tr.value("conc", t), 1e-12 * c);
        assertEquals(c * 50 / 1000 * 1000, tr.value("amount", t), 1e-9 * c * 50, "C·V in µg");
        assertEquals(50_000, tr.value("volume", t), 1e-9);
        assertEquals(10, tr.value("clearance", t), 1e-12);
        assertEquals(tr.value("drug.effect-site", t), tr.value("effect", t), 1e-12);
        assertEquals(Math.sqrt(c / 1000), tr.value("sqrtConc", t), 1e-12);
        assertEquals(Math.max(c - 1000, 0), tr.value("clipped", t), 1e-9);
        assertEquals(0.25 * t * t, tr.value("area", t), 1e-9, "A(0) = 0 takes the unit of its rate times time: h");
        assertEquals("h", tr.output("area").unit());
        assertEquals(4 * (1 - Math.exp(-0.5 * t)), tr.value("rising", t), 1e-9, "R(0) = 0, a concentration");
        assertEquals("ng/mL", tr.output("rising").unit());
        assertEquals(4 * (1 - Math.exp(-0.5 * t)), tr.value("through", t), 1e-9, "the same through a derived quantity");
        assertEquals("1", tr.output("neg").unit());
        assertEquals("min", tr.output("time").unit());
    }
}
