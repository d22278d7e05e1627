package org.depotkin.analysis;

import java.util.ArrayList;
import java.util.List;
import org.depotkin.engine.CompiledModel;
import org.depotkin.engine.Crossing;
import org.depotkin.engine.Output;
import org.depotkin.engine.Trajectory;
import org.depotkin.model.Administration;
import org.depotkin.model.Criterion;
import org.depotkin.model.Dose;
import org.depotkin.model.Scenario;

/**
 * What one value of a design parameter gives the typical patient: days of uninterrupted coverage,
 * the peak of the criterion's output (Cmax) and the total time the criterion is met over the run,
 * and the release in the designer's terms ({@link ReleaseTerms}, null without a depot).
 *
 * @param value      the parameter's value (knob unit)
 * @param daysCovered days of uninterrupted coverage from first meeting the criterion
 * @param cmax       peak of the criterion's output (ng/mL or the occupancy's unit)
 * @param unit       unit of {@code cmax}
 * @param tmax       time of the peak (h)
 * @param daysAbove  total days the criterion is met over the run
 * @param release    the first depot's release, null when the scenario has none
 */
public record DesignPoint(double value, double daysCovered, double cmax, String unit, double tmax, double daysAbove,
                          ReleaseTerms release) {

    /** Simulates {@code s} (the knob already at {@code value}) and reads the point. */
    public static DesignPoint of(Scenario s, Criterion c, double value) {
        Trajectory tr = CompiledModel.compile(s).simulate();
        Output out = tr.model().output(c);
        List<Dose> doses = new ArrayList<>();
        for (Administration a : s.administrations()) {
            doses.addAll(a.regimen().doses());
        }
        doses.sort(null);
        Exposure e = Exposure.of(tr, out, doses, List.of(c));
        List<Crossing> xs = tr.crossings(out, tr.model().level(c));
        double days = Design.coverageDays(xs, tr.value(out, 0) >= tr.model().level(c), tr.endTime());
        return new DesignPoint(value, days, e.cmax(), e.unit(), e.tmax(),
                e.thresholds().get(0).hoursAbove() / 24, ReleaseTerms.of(s));
    }
}
