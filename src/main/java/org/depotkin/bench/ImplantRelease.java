package org.depotkin.bench;

/**
 * Release rate of a first-order implant with fibrosis from t = 0 (bench/WORKLOADS.md §1, §5) and its
 * time derivatives, for the exact step of {@link org.depotkin.engine.LinearPropagator}:
 * <pre>
 *   r(t) = k·P(t),  P(t) = p_min + (1 − p_min)·q(t),  q(t) = e^(−k_fib·t)
 *   D(t) = D0·exp(−k·(p_min·t + (1 − p_min)·(1 − q(t))/k_fib))      (closed form, D' = −r·D)
 *   u(t) = r(t)·D(t) = −D'(t)
 *   D^(n+1) = −Σ_(j=0..n) C(n, j)·r^(j)·D^(n−j)   (Leibniz on D' = −r·D),  r^(j) = k·(1 − p_min)·(−k_fib)^j·q
 *   u^(n)   = −D^(n+1)
 * </pre>
 * Walks the grid t = 0, h, 2h, … (q is updated by the factor e^(−k_fib·h)); no allocation per step.
 */
final class ImplantRelease {
    private final double load;
    private final double k;
    private final double pMin;
    private final double kFib;
    private final double qStep;
    private final double h;
    private final int degree;
    private final double[][] binomial;
    private final double[] r;
    private final double[] d;
    private double t;
    private double q;

    /**
     * @param degree highest derivative of u reported per step (m)
     */
    ImplantRelease(double load, double k, double pMin, double kFib, double h, int degree) {
        this.load = load;
        this.k = k;
        this.pMin = pMin;
        this.kFib = kFib;
        this.h = h;
        this.qStep = Math.exp(-kFib * h);
        this.degree = degree;
        this.binomial = new double[degree + 1][degree + 1];
        for (int n = 0; n <= degree; n++) {
            binomial[n][0] = 1;
            for (int j = 1; j <= n; j++) {
                binomial[n][j] = binomial[n][j - 1] * (n - j + 1) / j;
            }
        }
        this.r = new double[degree + 1];
        this.d = new double[degree + 2];
        this.q = 1;
    }

    /** Depot amount D at the current grid time (mg). */
    double depot() {
        return load * Math.exp(-k * (pMin * t + (1 - pMin) * (1 - q) / kFib));
    }

    /** Writes u^(n) (mg/h^(n+1)), n = 0..m, at the current grid time into out, then moves to the next grid time. */
    void derivativesThenAdvance(double[] out) {
        double rj = k * (1 - pMin) * q;
        r[0] = k * pMin + rj;
        for (int j = 1; j <= degree; j++) {
            rj *= -kFib;
            r[j] = rj;
        }
        d[0] = depot();
        for (int n = 0; n <= degree; n++) {
            double sum = 0;
            double[] c = binomial[n];
            for (int j = 0; j <= n; j++) {
                sum += c[j] * r[j] * d[n - j];
            }
            d[n + 1] = -sum;
            out[n] = sum;
        }
        t += h;
        q *= qStep;
    }
}
