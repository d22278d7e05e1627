package org.depotkin.analysis;

import java.util.ArrayList;
import java.util.List;
import org.depotkin.engine.DepotDose;
import org.depotkin.engine.MassBalance;
import org.depotkin.engine.Output;
import org.depotkin.engine.Trajectory;
import org.depotkin.model.Administration;
import org.depotkin.model.Dose;
import org.depotkin.model.Scenario;

/**
 * Everything a pharmacologist reads off one run: exposure metrics of every concentration and
 * occupancy output, and what is left in the depots at the end.
 *
 * @param scenario   scenario name
 * @param description scenario description
 * @param duration   simulated span (h)
 * @param exposures  one per concentration / occupancy output
 * @param depots     per depot: load, released, remaining and removed at the end (mg)
 * @param balance    mass balance at the end
 */
public record RunSummary(String scenario, String description, double duration, List<Exposure> exposures,
                         List<DepotEnd> depots, MassBalance balance) {

    /**
     * A depot at the end of the run.
     *
     * @param index     1-based depot number
     * @param givenAt   h
     * @param load      mg base
     * @param released  mg
     * @param remaining mg (residual load)
     * @param removed   mg taken out
     * @param release   law and failure modes
     */
    public record DepotEnd(int index, double givenAt, double load, double released, double remaining, double removed,
                           String release) {
    }

    public static RunSummary of(Trajectory tr) {
        Scenario sc = tr.model().scenario();
        List<Dose> doses = new ArrayList<>();
        for (Administration a : sc.administrations()) {
            doses.addAll(a.regimen().doses());
        }
        doses.sort(null);
        List<Exposure> exposures = new ArrayList<>();
        for (Output o : tr.model().outputs()) {
            if (o.kind() == Output.Kind.CONCENTRATION || o.kind() == Output.Kind.CUSTOM || o.name().equals("occupancy")
                    || o.name().equals("occupancy.agonist")) {
                exposures.add(Exposure.of(tr, o, doses, sc.criteria()));
            }
        }
        double end = tr.endTime();
        List<DepotEnd> depots = new ArrayList<>();
        for (DepotDose d : tr.model().depots()) {
            if (d.time() <= end) {
                depots.add(new DepotEnd(d.index(), d.time(), d.load(), d.released(end), d.remaining(end), d.removed(end),
                        d.release().describe()));
            }
        }
        return new RunSummary(sc.name(), sc.description(), end, exposures, depots, tr.massBalance(end));
    }
}
