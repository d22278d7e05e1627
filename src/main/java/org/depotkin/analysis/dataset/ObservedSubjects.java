package org.depotkin.analysis.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.depotkin.io.dataset.Dataset;
import org.depotkin.io.dataset.EventRecord;

/**
 * Each subject's observed profile of one compartment from an event dataset, for NCA by subject:
 * the observations (EVID 0, MDV 0) of that CMT in time order and the total dose, Σ AMT·(1 + ADDL).
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
     * @param dose   total labelled mg given, NaN when the subject has no dose record
     */
    public record Profile(String id, double[] times, double[] values, double dose) {
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
            double dose = 0;
            for (EventRecord r : subject) {
                if (r.isDose()) {
                    dose += r.amount() * (1 + r.additional());
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
                        v.stream().mapToDouble(Double::doubleValue).toArray(), dose > 0 ? dose : Double.NaN));
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
