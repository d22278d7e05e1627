package org.depotkin.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.depotkin.engine.CompiledModel;
import org.depotkin.engine.Trajectory;
import org.depotkin.io.ModelFiles;
import org.depotkin.model.Administration;
import org.depotkin.model.Agonist;
import org.depotkin.model.Formulation;
import org.depotkin.model.Regimen;
import org.depotkin.model.Scenario;
import org.depotkin.model.Schedule;
import org.depotkin.model.SolverSettings;
import org.junit.jupiter.api.Test;

/** The challenge's agonist profile against closed forms and a fine grid. */
class ChallengeModelTest {
    /** Morphine alone, 1-compartment IV bolus: peak C/Ki per mg is 1000/(V·Ki) at s = 0. */
    @Test
    void morphinePeakIsTheBolusConcentration() {
        Agonist m = ModelFiles.agonist(Path.of("models/compounds/morphine.yaml"));
        double kd = m.compound().parent().binding().kd();
        double expected = 1000.0 / 276 / kd;
        assertEquals(expected, ChallengeModel.of(m).peakRatioPerMg(), 1e-9 * expected);
        // Ki 1.2 nM at 285.34 g/mol = 0.3424 ng/mL
        assertEquals(0.342408, kd, 1e-6);
    }

    /** The heroin chain's peak on the challenge grid (1 min) against a 1 s grid of the same run. */
    @Test
    void heroinPeakOnTheGridIsWithinATenthOfAPercentOfTheTruePeak() {
        Agonist h = ModelFiles.agonist(Path.of("models/compounds/heroin.yaml"));
        Scenario one = new Scenario("h", "h", h.compound(), List.of(new Administration(new Formulation.IvBolus(1.0),
                new Regimen(List.of(new Schedule.Single(0, 1.0))))), List.of(), 1, 0.1, SolverSettings.DEFAULT);
        Trajectory tr = CompiledModel.compile(one).simulate();
        double fine = 0;
        for (int k = 0; k <= 3600; k++) {
            double s = k / 3600.0;
            fine = Math.max(fine, tr.concentration("6-MAM", s) / h.compound().analyte("6-MAM").get().binding().kd()
                    + tr.concentration("morphine", s) / h.compound().analyte("morphine").get().binding().kd());
        }
        double grid = ChallengeModel.of(h).peakRatioPerMg();
        assertTrue(grid <= fine * (1 + 1e-12));
        assertEquals(fine, grid, 1e-3 * fine);
    }
}
