package org.depotkin.population;

import java.util.Arrays;

/**
 * The subjects' values sorted at one grid time after another, for the percentile bands. Each time starts from the
 * order of the time before, in which the values are nearly sorted already (a subject's curve moves little in an hour
 * next to the spread between subjects), and finishes it by insertion: about one comparison per subject where a sort
 * from scratch takes ~log₂ n. Where the order is reshuffled (a dose some subjects took and others missed), more
 * shifts than {@link #SHIFTS_PER_SUBJECT} per subject end the insertion and the time is sorted from scratch. The
 * sorted values are the same, in the same order (−0 before 0), as those of {@code Arrays.sort} of each time's values
 * on its own. The curves are read {@link #BLOCK} times at a time into time-major rows, so that the values of one
 * time sit together in memory rather than one in each subject's curve.
 */
final class SubjectOrder {
    /** Insertion shifts per subject beyond which a time is sorted from scratch (a sort costs ~log₂ n each). */
    static final int SHIFTS_PER_SUBJECT = 8;

    /** Grid times copied into time-major rows at a time. */
    static final int BLOCK = 64;

    private final float[][] curves;
    /** Times [blockStart, blockStart + BLOCK) of every subject: block[time − blockStart][subject]. */
    private final float[][] block;
    private int blockStart = -1;
    /** Subjects in ascending order of their value at the last time sorted. */
    private final int[] order;
    /** Their values, ascending. */
    private final double[] sorted;
    private final long[] keys;

    /** @param curves each subject's values at the grid times ([subject][time]) */
    SubjectOrder(float[][] curves) {
        this.curves = curves;
        int n = curves.length;
        this.order = new int[n];
        for (int s = 0; s < n; s++) {
            order[s] = s;
        }
        this.sorted = new double[n];
        this.keys = new long[n];
        this.block = new float[BLOCK][n];
    }

    /** The row of time i, copying its block of times from the curves when i is outside the current one. */
    private float[] row(int i) {
        if (blockStart < 0 || i < blockStart || i >= blockStart + BLOCK) {
            blockStart = i - i % BLOCK;
            int times = curves.length == 0 ? 0 : Math.min(BLOCK, curves[0].length - blockStart);
            for (int s = 0; s < curves.length; s++) {
                float[] curve = curves[s];
                for (int j = 0; j < times; j++) {
                    block[j][s] = curve[blockStart + j];
                }
            }
        }
        return block[i - blockStart];
    }

    /** The subjects' values at grid time i in ascending order (the array is reused by the next call). */
    double[] at(int i) {
        int n = order.length;
        float[] values = row(i);
        for (int k = 0; k < n; k++) {
            sorted[k] = values[order[k]];
        }
        long budget = (long) SHIFTS_PER_SUBJECT * n;
        for (int a = 1; a < n; a++) {
            double v = sorted[a];
            int who = order[a];
            int b = a - 1;
            while (b >= 0 && Double.compare(sorted[b], v) > 0) {
                sorted[b + 1] = sorted[b];
                order[b + 1] = order[b];
                b--;
                if (--budget < 0) {
                    sorted[b + 1] = v;
                    order[b + 1] = who;
                    sortAnew(values);
                    return sorted;
                }
            }
            sorted[b + 1] = v;
            order[b + 1] = who;
        }
        return sorted;
    }

    /** Sorts one time's values from scratch: each subject's value and index packed in one long, ordered as the value. */
    private void sortAnew(float[] values) {
        int n = order.length;
        for (int s = 0; s < n; s++) {
            int bits = Float.floatToIntBits(values[s]);
            long ordered = bits ^ ((bits >> 31) & 0x7fffffff);
            keys[s] = (ordered << 32) | s;
        }
        Arrays.sort(keys);
        for (int k = 0; k < n; k++) {
            order[k] = (int) keys[k];
            sorted[k] = values[order[k]];
        }
    }
}
