package org.depotkin.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Runs subjects 0..N−1 in blocks on a fixed pool. Each block keeps its own work arrays and its own daily
 * counts; coverage is stored by subject index and the integer counts are summed, so the result is the
 * same for every thread count.
 */
final class Subjects {
    private Subjects() {
    }

    /** Solves subjects [from, to), writing coverage[i] and adding to dayCounts. */
    interface Block {
        void run(int from, int to, int[] coverage, long[] dayCounts);
    }

    static PopulationChecksum run(int n, int days, ExecutorService pool, int threads, Block block) {
        int[] coverage = new int[n];
        long[] total = new long[days + 1];
        int size = Math.max(1, Math.min(256, n / (4 * Math.max(1, threads))));
        List<Future<long[]>> tasks = new ArrayList<>();
        for (int from = 0; from < n; from += size) {
            int lo = from;
            int hi = Math.min(n, from + size);
            tasks.add(pool.submit(() -> {
                long[] counts = new long[days + 1];
                block.run(lo, hi, coverage, counts);
                return counts;
            }));
        }
        try {
            for (Future<long[]> f : tasks) {
                long[] counts = f.get();
                for (int d = 0; d <= days; d++) {
                    total[d] += counts[d];
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
        return new PopulationChecksum(n, coverage, total);
    }
}
