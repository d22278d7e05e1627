package org.depotkin.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.depotkin.model.Administration;
import org.depotkin.model.Formulation;
import org.depotkin.model.Regimen;
import org.depotkin.model.Scenario;
import org.depotkin.model.Schedule;
import org.depotkin.model.SolverSettings;
import org.depotkin.release.DepotRelease;
import org.depotkin.release.Higuchi;
import org.junit.jupiter.api.Test;

/** A failing integration names the parameters behind the fastest rate, not the tolerances. */
class SolverFailureMessageTest {
    @Test
    void namesTheParametersOfTheFastestRate() {
        Formulation depot = ClosedFormTest.depot(new DepotRelease(new Higuchi(0.01), List.of()));
        Scenario s = new Scenario("t", "t", ClosedFormTest.oneCompartment(1e9, 78.8),
                List.of(new Administration(depot, new Regimen(List.of(new Schedule.Single(0, 100))))), List.of(), 24, 1,
                SolverSettings.DEFAULT);
        String message = new Integration(CompiledModel.compile(s)).culprit(0, 24);
        assertTrue(message.contains("1.269e7 /h in drug.central (set by drug CL, V and Q)"), message);
        assertTrue(!message.contains("toleran"), message);
    }
}
