package org.depotkin.bench;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.depotkin.population.SubjectResult;

/**
 * W5's result for one population scenario: the mean hours each criterion is met, the mean Cmax, and a
 * SHA-256 digest of every number of every subject's result (Cmax, hours met and first failure per
 * criterion, the parent and occupancy grids) in subject order, so that two runs agree exactly or not at all
 * (the same digest for any thread count).
 *
 * @param scenario  scenario name
 * @param subjects  N
 * @param meanHoursMet mean over subjects of the hours each criterion is met
 * @param meanCmax  mean Cmax of the parent (ng/mL)
 * @param digest    SHA-256, hex
 */
public record TrialChecksum(String scenario, int subjects, double[] meanHoursMet, double meanCmax, String digest) {

    /** The checksum of a trial's results. */
    public static TrialChecksum of(String scenario, List<SubjectResult> results) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        int criteria = results.get(0).hoursMet().length;
        double[] met = new double[criteria];
        double cmax = 0;
        for (SubjectResult r : results) {
            cmax += r.cmax();
            ByteBuffer b = ByteBuffer.allocate(8 * (1 + 2 * criteria) + 4 * (r.parent().length
                    + (r.occupancy() == null ? 0 : r.occupancy().length)));
            b.putDouble(r.cmax());
            for (int k = 0; k < criteria; k++) {
                met[k] += r.hoursMet()[k];
                b.putDouble(r.hoursMet()[k]).putDouble(r.firstFailure()[k]);
            }
            for (float x : r.parent()) {
                b.putFloat(x);
            }
            if (r.occupancy() != null) {
                for (float x : r.occupancy()) {
                    b.putFloat(x);
                }
            }
            sha.update(b.array());
        }
        for (int k = 0; k < criteria; k++) {
            met[k] /= results.size();
        }
        return new TrialChecksum(scenario, results.size(), met, cmax / results.size(), HexFormat.of().formatHex(sha.digest()));
    }

    /** The JSON line's fields. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenario", scenario);
        m.put("subjects", subjects);
        m.put("mean_hours_met", meanHoursMet);
        m.put("mean_cmax_ng_per_mL", meanCmax);
        m.put("sha256", digest);
        return m;
    }
}
