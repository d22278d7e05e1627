package org.depotkin.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** f1, f2, the conditions for using f2, and the bootstrap. */
class SimilarityTest {
    static final double[] MINUTES = {15, 30, 45, 60};

    static ReleaseProfile means(double... pct) {
        double[] t = new double[pct.length];
        double[][] r = new double[1][pct.length];
        for (int i = 0; i < pct.length; i++) {
            t[i] = MINUTES[i] / 60;
            r[0][i] = pct[i] / 100;
        }
        return new ReleaseProfile("means", t, r);
    }

    @Test
    void theIssueExample() {
        Similarity.Result r = Similarity.compare(means(42, 67, 84, 91), means(39, 64, 80, 89), 1000, 1);
        // f1 = 100 (3 + 3 + 4 + 2) / 284 = 4.225 (the issue's 4.23)
        assertEquals("4.23", String.format(java.util.Locale.ROOT, "%.2f", r.f1()));
        // f2 = 50 log10(100 / sqrt(1 + 38/4)) = 74.47 by hand; the issue's 67.32 does not follow from these numbers
        assertEquals(50 * Math.log10(100 / Math.sqrt(10.5)), r.f2(), 1e-12);
        assertEquals("74.47", String.format(java.util.Locale.ROOT, "%.2f", r.f2()));
        assertTrue(r.violations().isEmpty(), r.violations().toString());
        assertTrue(r.similar());
        assertNull(r.bootstrap(), "no units to resample");
    }

    @Test
    void knownValuesOfF2() {
        double[] a = {20, 40, 60, 80};
        assertEquals(100, Similarity.f2(a, a), 1e-12);
        // a 10 % difference at every point gives f2 = 50 log10(100/sqrt(101)) = 49.89, the FDA's limit of ~50
        assertEquals(49.89, Similarity.f2(a, new double[] {30, 50, 70, 90}), 0.005);
        assertEquals(0, Similarity.f1(a, a), 1e-12);
    }

    @Test
    void conditionsAreChecked() {
        // two points above 85 %, only two points in all
        ReleaseProfile r = means(88, 95);
        ReleaseProfile t = means(86, 97);
        Similarity.Result res = Similarity.compare(r, t, 1000, 1);
        assertTrue(res.violations().stream().anyMatch(v -> v.contains("fewer than 3")), res.violations().toString());
        assertTrue(res.violations().stream().anyMatch(v -> v.contains("above 85")), res.violations().toString());
        // variability: 4 units with CV > 20 % at the first point; fewer than 12 units
        double[][] units = {{0.10, 0.5, 0.7}, {0.30, 0.52, 0.71}, {0.20, 0.49, 0.69}, {0.12, 0.51, 0.70}};
        double[] times = {0.25, 0.5, 0.75};
        ReleaseProfile noisy = new ReleaseProfile("noisy", times, units);
        Similarity.Result v = Similarity.compare(noisy, noisy, 1000, 1);
        assertTrue(v.violations().stream().anyMatch(x -> x.contains("CV") && x.contains("exceeds 20")),
                v.violations().toString());
        assertTrue(v.violations().stream().anyMatch(x -> x.contains("12 are required")), v.violations().toString());
    }

    @Test
    void differentTimePointsAreBadInput() {
        ReleaseProfile a = means(42, 67, 84, 91);
        ReleaseProfile b = new ReleaseProfile("other", new double[] {0.25, 0.5, 0.75, 2},
                new double[][] {{0.39, 0.64, 0.80, 0.89}});
        var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Similarity.compare(a, b, 1000, 1));
        assertTrue(e.getMessage().contains("same time points"), e.getMessage());
    }

    static ReleaseProfile units(double shift, long seed) {
        Random rng = new Random(seed);
        double[] times = {0.25, 0.5, 0.75, 1};
        double[] mean = {0.40, 0.65, 0.80, 0.90};
        double[][] u = new double[12][4];
        for (double[] row : u) {
            for (int i = 0; i < 4; i++) {
                row[i] = mean[i] - shift + 0.02 * rng.nextGaussian();
            }
        }
        return new ReleaseProfile("units", times, u);
    }

    @Test
    void bootstrapContainsTheEstimateAndIsReproducible() {
        ReleaseProfile r = units(0, 1);
        ReleaseProfile t = units(0.05, 2);
        Similarity.Result a = Similarity.compare(r, t, 2000, 42);
        Similarity.Result b = Similarity.compare(r, t, 2000, 42);
        Similarity.Result c = Similarity.compare(r, t, 2000, 43);
        assertTrue(a.bootstrap().lower() <= a.f2() && a.f2() <= a.bootstrap().upper(), a.toString());
        assertEquals(a.bootstrap(), b.bootstrap(), "same seed, same interval");
        assertTrue(a.bootstrap().lower() != c.bootstrap().lower(), "another seed, other resamples");
        // f2 by hand from the unit means
        double ss = 0;
        for (int i = 0; i < 4; i++) {
            double d = 100 * (r.mean(i) - t.mean(i));
            ss += d * d;
        }
        assertEquals(50 * Math.log10(100 / Math.sqrt(1 + ss / 4)), a.f2(), 1e-9);
        assertEquals(50 * Math.log10(100 / Math.sqrt(1 + 25)), a.f2(), 3.0, "near the 5 % shift's 64.6");
    }

    @Test
    void percentileInterpolatesLikeR() {
        double[] x = {1, 2, 3, 4, 5};
        assertEquals(1.2, Similarity.percentile(x, 0.05), 1e-12);
        assertEquals(4.8, Similarity.percentile(x, 0.95), 1e-12);
    }
}
