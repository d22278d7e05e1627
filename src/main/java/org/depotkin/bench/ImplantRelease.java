package org.depotkin.bench;

/**
 * Release rate of a first-order implant with fibrosis from t = 0 (docs/workloads.md §1, §5) in the form the
 * exact step of {@link org.depotkin.engine.LinearPropagator#withInputBasis} needs:
 * <pre>
 *   r(t) = k·P(t) = a + b(t),   a = k·p_min,   b(t) = k·(1 − p_min)·e^(−k_fib·t)   (so b' = −k_fib·b)
 *   D(t) = D0·exp(−k·(p_min·t + (1 − p_min)·(1 − e^(−k_fib·t))/k_fib))          (closed form, D' = −r·D)
 *   u(t) = r(t)·D(t) = −D'(t)
 *   D^(n)(t) = p_n(b(t))·D(t):   p_0 = 1,   p_(n+1)(b) = −k_fib·b·p_n'(b) − (a + b)·p_n(b)
 *   u^(n)(t) = −p_(n+1)(b)·D = Σ_i c[n][i]·φ_i(t),   φ_i = D·b^i,   c[n][i] = −(coefficient of b^i in p_(n+1))
 * </pre>
 * so each step needs only D and the powers of b at the grid time (one exponential). Walks the grid
 * t = 0, h, 2h, …; b is updated by the factor e^(−k_fib·h). No allocation per step.
 */
final class ImplantRelease {
    private final double load;
    private final double k;
    private final double pMin;
    private final double kFib;
    private final double bStep;
    private final double h;
    private double t;
    private double b;

    ImplantRelease(double load, double k, double pMin, double kFib, double h) {
        this.load = load;
        this.k = k;
        this.pMin = pMin;
        this.kFib = kFib;
        this.h = h;
        this.bStep = Math.exp(-kFib * h);
        this.b = k * (1 - pMin);
    }

    /** c[n][i], n = 0..degree, i = 0..degree + 1: u^(n) = Σ_i c[n][i]·D·b^i. */
    double[][] taylorBasis(int degree) {
        double a = k * pMin;
        double[] p = {1};
        double[][] c = new double[degree + 1][degree + 2];
        for (int n = 0; n <= degree; n++) {
            double[] next = new double[p.length + 1];
            for (int i = 0; i < p.length; i++) {
                next[i] -= (kFib * i + a) * p[i];
                next[i + 1] -= p[i];
            }
            p = next;
            for (int i = 0; i < p.length; i++) {
                c[n][i] = -p[i];
            }
        }
        return c;
    }

    /** Writes φ_i = D·b^i (i = 0..phi.length − 1) at the current grid time, then moves to the next grid time. */
    void basisThenAdvance(double[] phi) {
        double base = k * (1 - pMin);
        double d = load * Math.exp(-k * (pMin * t + (1 - pMin) / kFib * (1 - b / base)));
        phi[0] = d;
        for (int i = 1; i < phi.length; i++) {
            phi[i] = phi[i - 1] * b;
        }
        t += h;
        b *= bStep;
    }
}
