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
    /**
     * Morphine alone, 1-compartment IV bolus seen at its effect site: Ce(s) = (1000/V) ke0/(ke0 − k)
     * (e^(−k s) − e^(−ke0 s)) per mg, peak at s* = ln(ke0/k)/(ke0 − k), read as unbound brain concentration
     * over Ki: Kd = Ki/(fu·Kp,uu). The challenge's 10-minute grid sits at most 5 min from s*: relative error at
     * most (k ke0/2)(5 min)^2.
     */
    @Test
    void morphinePeakIsTheEffectSitesClosedForm() {
        Agonist m = ModelFiles.agonist(Path.of("models/compounds/morphine.yaml"));
        double kd = m.compound().parent().binding().kd();
        double k = 95.0 / 276;
        double ke0 = 0.17;
        double s = Math.log(ke0 / k) / (ke0 - k);
        double expected = 1000.0 / 276 * ke0 / (ke0 - k) * (Math.exp(-k * s) - Math.exp(-ke0 * s)) / kd;
        double grid = ChallengeModel.of(m).peakRatioPerMg();
        assertTrue(grid <= expected * (1 + 1e-7));
        assertEquals(expected, grid, (k * ke0 / 2 * Math.pow(5.0 / 60, 2) + 1e-7) * expected);
        // Ki 1.2 nM at 285.34 g/mol = 0.3424 ng/mL, over fu 0.65 and Kp,uu 0.56
        assertEquals(0.342408 / (0.65 * 0.56), kd, 1e-6);
    }

    /** The heroin chain's peak on the challenge grid against a 1 s grid of the same run's effect sites. */
    @Test
    void heroinPeakOnTheGridIsWithinATenthOfAPercentOfTheTruePeak() {
        Agonist h = ModelFiles.agonist(Path.of("models/compounds/heroin.yaml"));
        Scenario one = new Scenario("h", "h", h.compound(), List.of(new Administration(new Formulation.IvBolus(1.0),
                new Regimen(List.of(new Schedule.Single(0, 1.0))))), List.of(), ChallengeModel.SPAN, 0.1,
                SolverSettings.DEFAULT);
        Trajectory tr = CompiledModel.compile(one).simulate();
        double fine = 0;
        for (int k = 0; k <= 3600 * ChallengeModel.SPAN; k++) {
            double s = k / 3600.0;
            fine = Math.max(fine, tr.value("6-MAM.effect-site", s) / h.compound().analyte("6-MAM").get().binding().kd()
                    + tr.value("morphine.effect-site", s) / h.compound().analyte("morphine").get().binding().kd());
        }
        double grid = ChallengeModel.of(h).peakRatioPerMg();
        assertTrue(grid <= fine * (1 + 1e-12));
        assertEquals(fine, grid, 1e-3 * fine);
    }
}
