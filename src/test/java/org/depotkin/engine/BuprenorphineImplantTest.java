package org.depotkin.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import org.depotkin.io.ModelFiles;
import org.depotkin.model.Criterion;
import org.depotkin.model.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The buprenorphine 6-month implant, written only in model files, against its closed form: zero-order release
 * R = D/T into one compartment until the rods come out at t_r, C(t) = R/CL·(1 − e^(−k·t)) and C(t_r)·e^(−k·(t − t_r))
 * after, k = CL/V; its own occupancy θ = C/(C + Kd) with Kd = Ki/(fu·Kp,uu); no antagonist occupancy is reported.
 */
class BuprenorphineImplantTest {

    @Test
    void concentrationAndOwnOccupancyFollowTheClosedForm() {
        Scenario s = ModelFiles.scenario(Path.of("models", "buprenorphine-implant-6-month.yaml"));
        CompiledModel m = CompiledModel.compile(s);
        Trajectory tr = m.simulate();
        double load = 296.8;
        double rate = load / (275 * 24.0);
        double cl = 60;
        double k = cl / 430;
        double removal = 182 * 24.0;
        double kd = 0.2 * 467.64 / 1000 / (0.04 * 2.1);
        assertFalse(tr.find("occupancy").isPresent(), "nothing antagonises: no antagonist occupancy");
        Output own = m.output(new Criterion.Occupancy(0.4, "buprenorphine"));
        assertEquals("occupancy.agonist", own.name());
        for (double t = 0; t <= s.duration(); t += 6.5) {
            double c = 1000 * rate / cl * (t <= removal ? -Math.expm1(-k * t)
                    : -Math.expm1(-k * removal) * Math.exp(-k * (t - removal)));
            double got = tr.concentration("buprenorphine", t);
            double scale = Math.max(c, 1e-6 * 1000 * rate / cl);
            assertEquals(c, got, 1e-8 * scale, "C at " + t + " h");
            assertEquals(c / (c + kd), tr.value(own, t), 1e-8 * Math.max(c / (c + kd), 1e-6), "occupancy at " + t + " h");
        }
        assertEquals(0.7495, tr.concentration("buprenorphine", 100 * 24), 5e-5, "the label's 0.5-1 ng/mL plateau");
        assertEquals(0.402, tr.value(own, 100 * 24), 5e-4, "41 % occupancy by PET at 0.5-1 ng/mL (S97)");
    }
}
