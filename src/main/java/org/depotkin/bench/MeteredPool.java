package org.depotkin.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * A fixed pool of worker threads that adds up the CPU time its Callable tasks use ({@link ThreadMXBean}), so that a
 * benchmark on a shared machine can report the work done as well as the wall time.
 */
public final class MeteredPool extends ThreadPoolExecutor {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final LongAdder cpu = new LongAdder();

    public MeteredPool(int threads) {
        super(threads, threads, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>());
    }

    /** CPU time used by finished tasks so far (ns). */
    public long cpuNanos() {
        return cpu.sum();
    }

    /** CPU time of the calling thread (ns). */
    static long threadCpuNanos() {
        return THREADS.getCurrentThreadCpuTime();
    }

    /** Submits a task whose CPU time is added before its result becomes visible to {@link Future#get()}. */
    @Override
    public <T> Future<T> submit(Callable<T> task) {
        return super.submit(() -> {
            long start = threadCpuNanos();
            try {
                return task.call();
            } finally {
                cpu.add(threadCpuNanos() - start);
            }
        });
    }
}
