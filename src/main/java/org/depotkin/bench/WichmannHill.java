package org.depotkin.bench;

/**
 * The portable uniform stream of docs/workloads.md §4 (Wichmann &amp; Hill, Applied Statistics 31 (1982)
 * 188, algorithm AS 183), which gives the same doubles in Python, R and Java:
 * <pre>
 *   s1 = 171·s1 mod 30269,  s2 = 172·s2 mod 30307,  s3 = 170·s3 mod 30323
 *   u  = frac(s1/30269 + s2/30307 + s3/30323)   (summed in that order)
 * </pre>
 * Normal deviates come in pairs by Box–Muller: z1 = √(−2 ln u1)·cos(2π u2), z2 = √(−2 ln u1)·sin(2π u2).
 * Not thread-safe; each workload starts its own stream from its seed.
 */
public final class WichmannHill {
    private int s1;
    private int s2;
    private int s3;

    public WichmannHill(int s1, int s2, int s3) {
        this.s1 = s1;
        this.s2 = s2;
        this.s3 = s3;
    }

    /** The next uniform in [0, 1). */
    public double next() {
        s1 = 171 * s1 % 30269;
        s2 = 172 * s2 % 30307;
        s3 = 170 * s3 % 30323;
        double sum = s1 / 30269.0 + s2 / 30307.0 + s3 / 30323.0;
        return sum - Math.floor(sum);
    }

    /** Two standard normal deviates from the next two uniforms (Box–Muller), written to out[at], out[at + 1]. */
    public void nextNormalPair(double[] out, int at) {
        double u1 = next();
        double u2 = next();
        double r = Math.sqrt(-2 * Math.log(u1));
        out[at] = r * Math.cos(2 * Math.PI * u2);
        out[at + 1] = r * Math.sin(2 * Math.PI * u2);
    }
}
