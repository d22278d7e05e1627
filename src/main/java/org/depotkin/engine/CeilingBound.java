package org.depotkin.engine;

/**
 * An upper bound on one state for all later times, for a positive linear system driven by a non-increasing
 * input: dx/dt = A·x + e_in·u(t), A Metzler (off-diagonal ≥ 0) and Hurwitz, 0 ≤ u(t) ≤ u(T) for t ≥ T.
 * <pre>
 *   x(t) ≤ x_ss + e^(A·(t−T))·(x(T) − x_ss)⁺ ≤ x_ss + λ·w     for all t ≥ T
 *   x_ss = −A⁻¹·e_in·u(T),   w = −A⁻¹·1 (&gt; 0, A·w = −1 ≤ 0),   λ = max_j (x_j(T) − x_ss,j)⁺ / w_j
 * </pre>
 * The first inequality is the comparison principle for cooperative systems (the input is at most u(T));
 * the second holds because e^(A·s) ≥ 0 and e^(A·s)·w is non-increasing in s. Source: Farina &amp; Rinaldi,
 * Positive Linear Systems (2000), ch. 3 and 5. Used to stop a simulation once a threshold can no longer be
 * reached.
 */
public final class CeilingBound {
    private final double[] steady;
    private final double[] w;
    private final int target;

    /**
     * @param a      A (Metzler, Hurwitz)
     * @param input  the state the input enters
     * @param target the bounded state
     */
    public CeilingBound(double[][] a, int input, int target) {
        int n = a.length;
        double[][] minusA = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j && a[i][j] < 0) {
                    throw new IllegalArgumentException("not a positive system: A[" + i + "][" + j + "] < 0");
                }
                minusA[i][j] = -a[i][j];
            }
        }
        double[][] rhs = new double[n][2];
        rhs[input][0] = 1;
        for (int i = 0; i < n; i++) {
            rhs[i][1] = 1;
        }
        double[][] sol = MatrixExponential.solve(minusA, rhs);
        this.steady = new double[n];
        this.w = new double[n];
        for (int i = 0; i < n; i++) {
            steady[i] = sol[i][0];
            w[i] = sol[i][1];
            if (!(steady[i] >= 0 && w[i] > 0)) {
                throw new IllegalArgumentException("A is not Hurwitz: −A⁻¹ is not positive");
            }
        }
        this.target = target;
    }

    /** Upper bound on x_target(t) for every t ≥ T, given x = x(T) and u = u(T) ≥ every later input. */
    public double ceiling(double[] x, double u) {
        double lambda = 0;
        for (int j = 0; j < w.length; j++) {
            lambda = Math.max(lambda, (x[j] - steady[j] * u) / w[j]);
        }
        return steady[target] * u + lambda * w[target];
    }
}
