package org.depotkin.analysis.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.depotkin.io.dataset.Dataset;
import org.depotkin.io.dataset.EventRecord;
import org.depotkin.model.Dose;

/**
 * Each subject's observed profile of one compartment from an event dataset, for NCA by subject:
 * the observations (EVID 0, MDV 0) of that CMT in time order and the doses (ADDL expanded; the total is
 * Σ AMT·(1 + ADDL)).
 */
public final class ObservedSubjects {
    private ObservedSubjects() {
    }

    /**
     * One subject's profile.
     *
     * @param id     subject identifier
     * @param times  h, strictly increasing
     * @param values DV (ng/mL)
     * @param doses  every dose given (labelled mg), ADDL expanded
     */
    public record Profile(String id, double[] times, double[] values, List<Dose> doses) {
        /** Total labelled mg given, NaN without doses. */
        public double dose() {
            return doses.isEmpty() ? Double.NaN : doses.stream().mapToDouble(Dose::amount).sum();
        }

        /** Labelled mg given at t (h), NaN when none. */
        public double doseAt(double t) {
            double sum = doses.stream().filter(d -> d.time() == t).mapToDouble(Dose::amount).sum();
            return sum > 0 ? sum : Double.NaN;
        }
    }

    /**
     * The profiles of the compartment {@code cmt} as the dataset writes it ({@code null}: the parent,
     * CMT empty, 2 or central). A subject without such observations is left out.
     */
    public static List<Profile> of(Dataset data, String cmt) {
        List<Profile> out = new ArrayList<>();
        for (List<EventRecord> subject : data.subjects().values()) {
            List<Double> t = new ArrayList<>();
            List<Double> v = new ArrayList<>();
            List<Dose> doses = new ArrayList<>();
            for (EventRecord r : subject) {
                for (int k = 0; r.isDose() && k <= r.additional(); k++) {
                    doses.add(new Dose(r.time() + k * r.interval(), r.amount()));
                }
                if (!r.isObservation() || !matches(r.cmt(), cmt)) {
                    continue;
                }
                if (Double.isNaN(r.dv())) {
                    throw data.error(r, "DV", "expected an observed concentration on an observation record");
                }
                if (!t.isEmpty() && r.time() == t.get(t.size() - 1)) {
                    throw data.error(r, "TIME", "a second observation of subject " + r.id() + " at " + r.time()
                            + " h; NCA takes one value per time");
                }
                t.add(r.time());
                v.add(r.dv());
            }
            if (!t.isEmpty()) {
                out.add(new Profile(subject.get(0).id(), t.stream().mapToDouble(Double::doubleValue).toArray(),
                        v.stream().mapToDouble(Double::doubleValue).toArray(), doses));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(data.file() + ": no observation (EVID 0, MDV 0) of CMT "
                    + (cmt == null ? "2 (the parent)" : cmt));
        }
        return out;
    }

    private static boolean matches(String recordCmt, String wanted) {
        String c = recordCmt.toLowerCase(Locale.ROOT);
        return wanted == null ? c.isEmpty() || c.equals("2") || c.equals("central") : recordCmt.equals(wanted);
    }
}
