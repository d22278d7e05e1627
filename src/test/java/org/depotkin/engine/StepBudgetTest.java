package org.depotkin.engine;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.depotkin.model.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stiff model (Michaelis–Menten with Vmax/(Km·V) = 4e6 /h beside a CL/V of 0.01 /h) that the general integrator could
 * follow only by tiny steps stops at the step budget with a solver failure that says so, instead of filling the
 * memory.
 */
class StepBudgetTest {
    @TempDir
    Path dir;

    @Test
    void aStiffModelStopsAtTheStepBudget() throws IOException {
        Scenario s = EquationScenarios.load(dir, "stiff.yaml", EquationScenarios.scenario("stiff",
                EquationScenarios.bolus("500 mg"), "4 d", "    - name: drug", "      CL: 0.5 L/h", "      V: 50 L",
                "      michaelis-menten: {Vmax: 1e9 mg/h, Km: 5 mg/L}"));
        SolverException e = assertThrows(SolverException.class, () -> CompiledModel.compile(s).simulate());
        assertTrue(e.getMessage().contains("more than 500000 steps") && e.getMessage().contains("stiff"),
                e.getMessage());
    }
}
