package org.depotkin.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.depotkin.engine.CompiledModel;
import org.depotkin.engine.Trajectory;
import org.depotkin.io.CriterionParser;
import org.depotkin.io.ModelFiles;
import org.depotkin.model.Agonist;
import org.depotkin.model.Analyte;
import org.depotkin.model.Criterion;
import org.depotkin.model.Formulation;
import org.depotkin.model.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Challenges by every route, for every agonist file; one shared response threshold; occupancy of one ligand. */
class ChallengeRoutesTest {
    static final Path COMPOUNDS = Path.of("models/compounds");

    static Agonist agonist(String name) {
        return ModelFiles.agonist(COMPOUNDS.resolve(name + ".yaml"));
    }

    /**
     * A one-compartment agonist absorbed first-order (rate ka, after the lag) and seen at its effect site
     * (rate ke0): per mg, Ce(t) = F·1000·ka·ke0/V · Σ over the exponents a of {k, ka, ke0} of
     * e^(−a t) / Π over the other two b of (b − a). Its peak is found on a 1-second scan of that closed form
     * and read as Ce/Kd, Kd = Ki/(fu·Kp,uu). The challenge keeps u on a 1-minute grid to 30 min and a
     * 10-minute grid after, so its grid peak may sit up to 5 min from the peak: relative error at most
     * (k ka / 2)(5 min)^2, a bound the flatter effect-site curve keeps.
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"hydromorphone, IM", "hydromorphone, oral", "oxycodone, oral", "oxycodone, intranasal",
        "morphine, SC", "morphine, oral"})
    void peakAfterAbsorptionMatchesTheClosedForm(String name, String route) {
        Agonist a = agonist(name);
        Analyte drug = a.compound().parent();
        Formulation.Oral f = (Formulation.Oral) a.formulation(route);
        double v = drug.disposition().centralVolume();
        double k = drug.disposition().clearance() / v;
        double ka = f.ka();
        double ke0 = drug.binding().ke0();
        double[] rates = {k, ka, ke0};
        double cPeak = 0;
        for (int second = 0; second <= 3600 * ChallengeModel.SPAN; second++) {
            double t = second / 3600.0;
            double c = 0;
            for (int i = 0; i < 3; i++) {
                c += Math.exp(-rates[i] * t) / ((rates[(i + 1) % 3] - rates[i]) * (rates[(i + 2) % 3] - rates[i]));
            }
            cPeak = Math.max(cPeak, f.bioavailability() * 1000.0 * ka * ke0 / v * c);
        }
        double expected = cPeak / drug.binding().kd();
        double gridError = k * ka / 2 * Math.pow(5.0 / 60, 2);
        assertEquals(expected, ChallengeModel.of(a, route).peakRatioPerMg(), (gridError + 1e-7) * expected);
    }

    /** IV is always there; a route the file does not give is one clear message. */
    @Test
    void routesComeFromTheCompoundFile() {
        assertTrue(agonist("fentanyl").formulation("IV") instanceof Formulation.IvBolus);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> agonist("heroin").formulation("oral"));
        assertEquals("heroin has no oral route in its compound file (routes: IV, IM, SC, intranasal)", e.getMessage());
    }

    /** One receptor occupancy threshold for every agonist, calibrated once (heroin). */
    @Test
    void everyAgonistSharesHeroinsResponseThreshold() {
        double heroin = agonist("heroin").response();
        for (String name : List.of("morphine", "hydromorphone", "fentanyl", "oxycodone")) {
            assertEquals(heroin, agonist(name).response(), 0.0, name);
            assertTrue(agonist(name).responseSource().startsWith("shared with heroin"), name);
        }
    }

    /** A bigger dose by the same route is felt at a higher peak; the same dose IV peaks above IM. */
    @Test
    void challengeParsesRouteAndOrdersAsExpected() {
        Criterion.Challenge c = CriterionParser.parseChallenge("3 mg IM hydromorphone");
        assertEquals(new Criterion.Challenge(3, "hydromorphone", Double.NaN, "IM"), c);
        assertEquals("3 mg IM hydromorphone", c.challenge());
        Agonist h = agonist("hydromorphone");
        assertTrue(ChallengeModel.of(h, "IV").peakRatioPerMg() > ChallengeModel.of(h, "IM").peakRatioPerMg());
        assertTrue(ChallengeModel.of(h, "IM").peakRatioPerMg() > ChallengeModel.of(h, "oral").peakRatioPerMg());
    }

    /**
     * One XR-NTX injection against fentanyl and oxycodone: a dose felt without naltrexone (twice the smallest
     * felt dose) is blocked from hours after the injection for weeks, and the larger the dose the sooner it
     * breaks through; a dose below the smallest felt dose is "blocked" throughout.
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"fentanyl, IV", "oxycodone, oral", "hydromorphone, intranasal", "heroin, IM"})
    void xrntxBlocksOtherOpioids(String name, String route) {
        Scenario xr = ModelFiles.scenario(Path.of("models/xrntx-380mg-q4w.yaml")).with(35 * 24, 1,
                org.depotkin.model.SolverSettings.DEFAULT);
        xr = new Scenario(xr.name(), xr.description(), xr.compound(), List.of(new org.depotkin.model.Administration(
                xr.administrations().get(0).formulation(), new org.depotkin.model.Regimen(List.of(
                        new org.depotkin.model.Schedule.Single(0, 380))))), List.of(), xr.duration(), 1, xr.solver());
        Trajectory run = CompiledModel.compile(xr).simulate();
        ChallengeModel m = ChallengeModel.of(agonist(name), route);
        double felt = m.unblockedDose(m.agonist().response());
        Blockade twice = Blockade.of(xr, run, m, 2 * felt, m.agonist().response(), Double.NaN);
        Blockade tenTimes = Blockade.of(xr, run, m, 10 * felt, m.agonist().response(), Double.NaN);
        Blockade below = Blockade.of(xr, run, m, 0.9 * felt, m.agonist().response(), Double.NaN);
        assertEquals(1, twice.windows().size());
        assertTrue(twice.windows().get(0).start() < 24 && twice.firstFailure() > 14 * 24, twice.windows().toString());
        assertTrue(tenTimes.firstFailure() < twice.firstFailure());
        assertEquals(List.of(new Blockade.Window(0, 35 * 24, true)), below.windows());
        assertEquals(felt, twice.unblockedDose(), 0.0);
    }

    /**
     * occupancy(ligand): for naltrexone (two ligands) its own share, below the total; for an agonist alone
     * (morphine, which the antagonist total reports as 0) its own occupancy, Ce/(Ce + Kd) at its effect site.
     */
    @Test
    void occupancyOfOneLigand(@TempDir Path tmp) throws IOException {
        Scenario oral = ModelFiles.scenario(Path.of("models/oral-50mg-single.yaml"));
        Trajectory run = CompiledModel.compile(oral).simulate();
        Blockade total = Blockade.of(oral, run, CriterionParser.parse("occupancy >= 50 %"), Double.NaN);
        Blockade parent = Blockade.of(oral, run, CriterionParser.parse("occupancy(naltrexone) >= 50 %"), Double.NaN);
        assertTrue(parent.firstFailure() < total.firstFailure(), parent.firstFailure() + " vs " + total.firstFailure());

        Path models = Path.of("models").toAbsolutePath();
        Path f = tmp.resolve("morphine-iv.yaml");
        Files.writeString(f, String.join("\n", "scenario: morphine-iv",
                "compound: " + models.resolve("compounds/morphine.yaml"),
                "formulation: {formulation: bolus, route: iv-bolus}",
                "regimen: {doses: [{at: 0 h, dose: 10 mg}]}", "duration: 24 h", ""));
        Scenario s = ModelFiles.scenario(f);
        Trajectory tr = CompiledModel.compile(s).simulate();
        Blockade b = Blockade.of(s, tr, CriterionParser.parse("occupancy(morphine) >= 50 %"), Double.NaN);
        // the effect site Ce(t) = C0 ke0/(ke0 - k) (e^(-k t) - e^(-ke0 t)), C0 = 10 mg / 276 L, falls back to
        // Kd = Ki/(fu Kp,uu) = 1.2 nM x 285.34 g/mol / (0.65 x 0.56) after its peak: bisection on the closed form
        double k = 95.0 / 276;
        double ke0 = 0.17;
        double kd = 1.2 * 0.28534 / (0.65 * 0.56);
        java.util.function.DoubleUnaryOperator ce = t -> 10_000.0 / 276 * ke0 / (ke0 - k)
                * (Math.exp(-k * t) - Math.exp(-ke0 * t)) - kd;
        double lo = Math.log(ke0 / k) / (ke0 - k);
        double hi = 24;
        for (int i = 0; i < 60; i++) {
            double mid = (lo + hi) / 2;
            if (ce.applyAsDouble(mid) > 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        assertEquals(lo, b.firstFailure(), 1e-3);
        assertThrows(IllegalArgumentException.class,
                () -> Blockade.of(s, tr, CriterionParser.parse("occupancy(naltrexone) >= 50 %"), Double.NaN));
    }
}
