package org.depotkin.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.depotkin.engine.CompiledModel;
import org.depotkin.engine.Trajectory;
import org.depotkin.io.ModelFiles;
import org.depotkin.model.Administration;
import org.depotkin.model.Agonist;
import org.depotkin.model.Analyte;
import org.depotkin.model.Binding;
import org.depotkin.model.Compound;
import org.depotkin.model.Disposition;
import org.depotkin.model.Formulation;
import org.depotkin.model.Regimen;
import org.depotkin.model.Scenario;
import org.depotkin.model.Schedule;
import org.depotkin.model.SolverSettings;
import org.junit.jupiter.api.BeforeAll;
import org.depotkin.pd.OperationalModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Blockade, surmountable dose, washout and calibration against independent oracles. */
class BlockadeTest {
    static final Path MODELS = Path.of("models");
    static ChallengeModel heroin;
    static ChallengeModel morphine;
    static double response;

    @BeforeAll
    static void load() {
        heroin = ChallengeModel.of(ModelFiles.agonist(MODELS.resolve("compounds/heroin.yaml")));
        morphine = ChallengeModel.of(ModelFiles.agonist(MODELS.resolve("compounds/morphine.yaml")));
        response = heroin.agonist().response();
    }

    static Scenario oral(double mg) {
        Scenario s = ModelFiles.scenario(MODELS.resolve("oral-50mg-single.yaml"));
        Administration a = s.administrations().get(0);
        return new Scenario("oral " + mg + " mg", "oral " + mg + " mg", s.compound(),
                List.of(new Administration(a.formulation(), new Regimen(List.of(new Schedule.Single(0, mg))))),
                List.of(), s.duration(), s.outputStep(), s.solver());
    }

    static Blockade blockade(Scenario s) {
        return Blockade.of(s, CompiledModel.compile(s).simulate(), heroin, 25, response, 24);
    }

    @Test
    void noAntagonistAtTheReceptorIsNeverBlocked() {
        Scenario s = oral(50);
        List<Analyte> unbound = new ArrayList<>();
        for (Analyte a : s.compound().analytes()) {
            unbound.add(new Analyte(a.name(), a.molarMass(), a.disposition(), a.formedFrom(), a.fm(), null));
        }
        Scenario none = new Scenario("no binding", "no binding", new Compound("ntx", unbound, ""),
                s.administrations(), List.of(), s.duration(), s.outputStep(), s.solver());
        Trajectory tr = CompiledModel.compile(none).simulate();
        Blockade b = Blockade.of(none, tr, heroin, 25, response, 24);
        assertTrue(b.windows().isEmpty());
        assertEquals(0, b.firstFailure());
        assertEquals(0, b.intervals().get(0).covered());
        // the challenge reaches its antagonist-free occupancy D·u/(1 + D·u) at every time
        double free = 25 * heroin.peakRatioPerMg() / (1 + 25 * heroin.peakRatioPerMg());
        for (double t : new double[] {0, 2, 24, 100}) {
            assertEquals(free, heroin.at(tr, t).peakOccupancy(25), 1e-12);
        }
    }

    @Test
    void aVeryLargeAntagonistDoseBlocksThroughout() {
        // ten 3.4 g implants at once: naltrexone stays far above the level that blocks for the whole year
        Scenario implant = ModelFiles.scenario(MODELS.resolve("implant-3.4g.yaml"));
        Administration a = implant.administrations().get(0);
        Scenario s = new Scenario("34 g", "34 g", implant.compound(), List.of(new Administration(a.formulation(),
                new Regimen(List.of(new Schedule.Single(0, 34_000))))), List.of(), implant.duration(), 24,
                implant.solver());
        Blockade b = blockade(s);
        assertEquals(1, b.windows().size(), b.windows().toString());
        assertTrue(b.windows().get(0).open());
        // the receptor region fills at ke0 = 0.033 /h from a plasma level ten times the oral one: within 2 h
        assertTrue(b.windows().get(0).start() < 2.0, "onset " + b.windows().get(0).start());
        assertEquals(Double.POSITIVE_INFINITY, b.firstFailure());
    }

    @Test
    void windowLengthIncreasesWithDose() {
        double previous = 0;
        // the receptor region peaks about half a day after a tablet (docs/receptor-model.md); at 40 mg and below its
        // peak stays under the level that blocks 25 mg IV heroin, which 50 mg falls back to at 24 h
        for (double mg : new double[] {12.5, 25, 30, 40}) {
            assertTrue(blockade(oral(mg)).windows().isEmpty(), mg + " mg never reaches the occupancy that blocks");
        }
        for (double mg : new double[] {50, 100, 150, 200}) {
            Blockade b = blockade(oral(mg));
            assertEquals(1, b.windows().size(), mg + " mg: " + b.windows());
            double end = b.windows().get(0).end();
            assertTrue(end > previous + 1, mg + " mg blocks until " + end + " h, not beyond " + previous);
            previous = end;
        }
    }

    @Test
    void calibrationReproducesFiftyMilligramsForTwentyFourHours() {
        Scenario single = ModelFiles.scenario(MODELS.resolve("oral-50mg-single.yaml"));
        Calibration c = Calibration.of(single, heroin, 25, 24);
        // the bundled heroin file holds the calibrated value
        assertEquals(c.response(), response, 1e-8 * response);
        Blockade b = Blockade.of(single, CompiledModel.compile(single).simulate(), heroin, 25, c.response(), 24);
        assertEquals(1, b.windows().size());
        assertEquals(24, b.windows().get(0).end(), 1.0);
        assertEquals(24, b.firstFailure(), 1.0 / 60);
        // onset: the receptor region lags plasma (ke0 t1/2 21 h), so blockade starts hours after the tablet, later
        // than the 1-2 h of the PET studies (S45); docs/receptor-model.md lists this as a miss
        assertTrue(b.windows().get(0).start() > 2 && b.windows().get(0).start() < 8, "onset " + b.windows().get(0).start());
    }

    /**
     * Equilibrium limit: an antagonist with equilibrium binding and a concentration that does not
     * change over a challenge (half-life 7e7 h). Gaddum/Schild: D*(t) = (1 + C(t)/K) · D0, with
     * C(t) from the closed form dose/V · e^(−kt).
     */
    @ParameterizedTest
    @ValueSource(doubles = {0.5, 3, 30, 300})
    void surmountableDoseIsTheSchildDoseRatioInTheEquilibriumLimit(double cOverK) {
        double kd = 0.05;
        double v = 100;
        double cl = 1e-6;
        double dose = cOverK * kd * v / 1000;
        Analyte a = new Analyte("antagonist", Double.NaN, new Disposition(cl, v, List.of()), null, 0,
                Binding.equilibrium(kd, Double.NaN, Binding.Role.ANTAGONIST));
        Scenario s = new Scenario("schild", "schild", new Compound("antagonist", List.of(a), ""),
                List.of(new Administration(new Formulation.IvBolus(1.0),
                        new Regimen(List.of(new Schedule.Single(0, dose))))), List.of(), 200, 1, SolverSettings.DEFAULT);
        Trajectory tr = CompiledModel.compile(s).simulate();
        double d0 = heroin.unblockedDose(response);
        for (double t : new double[] {1, 50, 150}) {
            double c = dose * 1000 / v * Math.exp(-cl / v * t);
            double expected = (1 + c / kd) * d0;
            assertEquals(expected, heroin.at(tr, t).surmountableDose(response), 1e-6 * expected, "t = " + t);
        }
    }

    @Test
    void surmountableDoseFallsAsTheAntagonistWearsOff() {
        Blockade b = blockade(oral(50));
        double[] t = b.curve().time();
        double[] d = b.curve().surmountable();
        int from = 0;
        while (t[from] < 18) { // after the receptor region's peak
            from++;
        }
        // a challenge is followed for ChallengeModel.SPAN after it is given; the run holds the antagonist at its
        // last value beyond its end, so D* is judged only where the whole span lies inside the run
        double end = t[t.length - 1];
        for (int i = from + 1; i < t.length && t[i] <= end - ChallengeModel.SPAN; i++) {
            assertTrue(d[i] < d[i - 1], "D* rises at " + t[i] + " h");
        }
        // crosses the challenge dose where the window ends
        int k = 0;
        while (t[k] < 24) {
            k++;
        }
        assertTrue(d[k - 1] > 25 && d[k] <= 25 + 1e-6);
    }

    @Test
    void washoutIncreasesWithDose() {
        double previous = 0;
        // 25 mg never holds enough at the receptor region to keep 10 mg IV morphine under 90 % of its effect
        assertEquals(0, Washout.of(oral(25), morphine, 10, 0.9).hours(), "morphine works even at the peak of 25 mg");
        for (double mg : new double[] {50, 100, 150, 200}) {
            double w = Washout.of(oral(mg), morphine, 10, 0.9).hours();
            assertTrue(w > previous, mg + " mg: washout " + w + " h, not beyond " + previous);
            previous = w;
        }
    }

    @Test
    void washoutIncreasesWithTheDepotSize() {
        double small = Washout.of(ModelFiles.scenario(MODELS.resolve("implant-1.7g.yaml")), morphine, 10, 0.9).hours();
        double large = Washout.of(ModelFiles.scenario(MODELS.resolve("implant-3.4g.yaml")), morphine, 10, 0.9).hours();
        assertTrue(Double.isFinite(large), "found within the horizon");
        assertTrue(large > small + 24 * 30, "1.7 g " + small / 24 + " d, 3.4 g " + large / 24 + " d");
    }

    @Test
    void washoutCondition() {
        Scenario s = oral(100);
        Washout w = Washout.of(s, morphine, 10, 0.9);
        Trajectory tr = CompiledModel.compile(s.with(w.lastDose() + w.hours() + 48, 1, s.solver())).simulate();
        // the analgesic works again where its peak effect (operational model, heroin's τ) reaches 90 % of that
        // without naltrexone
        double tau = morphine.agonist().transducerRatio();
        double target = 0.9 * OperationalModel.effect(morphine.unblockedOccupancy(10), tau);
        double at = w.lastDose() + w.hours();
        assertTrue(OperationalModel.effect(morphine.at(tr, at - 0.05).peakOccupancy(10), tau) < target);
        assertTrue(OperationalModel.effect(morphine.at(tr, at + 0.05).peakOccupancy(10), tau) > target);
    }

    @Test
    void intervalsOfDailyOralDosing() {
        Scenario s = ModelFiles.scenario(MODELS.resolve("oral-50mg-daily.yaml"));
        Blockade b = blockade(s);
        assertEquals(28, b.intervals().size());
        // the first dose blocks for at least the calibrated 24 h: a challenge at 24 h peaks hours later, when the
        // second tablet already adds to the receptor region; later doses build on the ones before
        assertTrue(b.intervals().get(0).blockedFor() >= 24 - 1.0 / 60, b.intervals().get(0).toString());
        // the first interval is covered from the onset on; later ones build on the receptor region's store
        Blockade.Interval first = b.intervals().get(0);
        assertEquals((24 - b.windows().get(0).start()) / 24, first.covered(), 1e-12);
        for (Blockade.Interval i : b.intervals().subList(1, b.intervals().size())) {
            assertTrue(i.covered() > 0.9 && i.covered() <= 1, i.toString());
        }
        // coverage equals the overlap of windows and interval
        Blockade.Interval second = b.intervals().get(1);
        double overlap = b.windows().stream().mapToDouble(w -> Math.max(0, Math.min(w.end(), 48)
                - Math.max(w.start(), 24))).sum();
        assertEquals(overlap / 24, second.covered(), 1e-12);
    }

    @Test
    void agonistWithoutBindingIsRejected() {
        Agonist a = ModelFiles.agonist(MODELS.resolve("compounds/heroin.yaml"));
        List<Analyte> unbound = a.compound().analytes().stream()
                .map(x -> new Analyte(x.name(), x.molarMass(), x.disposition(), x.formedFrom(), x.fm(), null)).toList();
        try {
            new Agonist(new Compound("h", unbound, ""), 0.5, "", Double.NaN);
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage().contains("agonist binding"));
            return;
        }
        throw new AssertionError("accepted an agonist without binding");
    }
}
