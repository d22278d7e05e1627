package org.depotkin.engine;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The exact one-step map of a linear system with one input that is a polynomial within the step:
 * <pre>
 *   dx/dt = A·x + b·u(t),   u(t + s) = Σ_(k=0..m) u^(k)(t)·s^k/k!   for 0 ≤ s ≤ h
 *   x(t + h) = Φ·x(t) + Σ_k Γ_k·u^(k)(t),   Φ = e^(A·h),   Γ_k = ∫₀ʰ e^(A·(h−s))·b·s^k/k! ds
 * </pre>
 * Φ and every Γ_k come from one matrix exponential of the augmented matrix
 * {@code [[A, b, 0, …], [0, 0, 1, …], …, [0, …, 0]]} (the input's Taylor coefficients as extra states
 * y_k with y_k' = y_(k+1): Van Loan, IEEE TAC 23 (1978) 395). No allocation in {@link #step}; immutable, so shared by threads.
 *
 * <p>With degree −1 the system has no input and the step is x ← Φ·x. For a smooth input u the
 * truncation error of a step is |u^(m+1)|·h^(m+1)/(m+1)! relative to the input, bounded by the caller's
 * choice of m.
 */
public final class LinearPropagator {
    private final int n;
    private final int terms;
    private final double[] phi;
    private final double[] gamma;

    private LinearPropagator(int n, int terms, double[] phi, double[] gamma) {
        this.n = n;
        this.terms = terms;
        this.phi = phi;
        this.gamma = gamma;
    }

    /**
     * @param a      the system matrix (n × n)
     * @param input  the state the input enters (ignored when degree is −1)
     * @param degree m, degree of the input's Taylor polynomial within a step (−1: no input)
     * @param h      step (h)
     */
    public static LinearPropagator of(double[][] a, int input, int degree, double h) {
        int n = a.length;
        int terms = degree + 1;
        int size = n + terms;
        double[][] aug = new double[size][size];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                aug[i][j] = a[i][j] * h;
            }
        }
        if (terms > 0) {
            aug[input][n] = h;
            for (int k = 0; k + 1 < terms; k++) {
                aug[n + k][n + k + 1] = h;
            }
        }
        double[][] e = MatrixExponential.of(aug);
        double[] phi = new double[n * n];
        double[] gamma = new double[n * terms];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                phi[i * n + j] = e[i][j];
            }
            for (int k = 0; k < terms; k++) {
                gamma[i * terms + k] = e[i][n + k];
            }
        }
        return new LinearPropagator(n, terms, phi, gamma);
    }

    /**
     * The same step for an input whose Taylor coefficients are combinations of basis functions,
     * u^(k)(t) = Σ_i c[k][i]·φ_i(t) (k = 0..m): the input term is then Σ_i H_i·φ_i(t) with
     * H_i = Σ_k Γ_k·c[k][i], and {@link #step} of the returned propagator takes the values φ_i(t) instead of
     * the derivatives.
     */
    public LinearPropagator withInputBasis(double[][] c) {
        if (c.length != terms) {
            throw new IllegalArgumentException("need " + terms + " rows of basis coefficients, got " + c.length);
        }
        int basis = c[0].length;
        double[] h = new double[n * basis];
        for (int i = 0; i < n; i++) {
            for (int b = 0; b < basis; b++) {
                double sum = 0;
                for (int k = 0; k < terms; k++) {
                    sum += gamma[i * terms + k] * c[k][b];
                }
                h[i * basis + b] = sum;
            }
        }
        return new LinearPropagator(n, basis, phi, h);
    }

    /** Φ = e^(A·h), row by row. */
    public double[] transition() {
        return phi.clone();
    }

    /**
     * Advances x by one step in place; {@code derivatives[k]} = u^(k) at the start of the step
     * (k = 0..m; ignored without input); {@code work} is caller-owned scratch of length n, so one
     * propagator can serve many threads.
     */
    public void step(double[] x, double[] derivatives, double[] work) {
        for (int i = 0; i < n; i++) {
            double sum = 0;
            int row = i * n;
            for (int j = 0; j < n; j++) {
                sum += phi[row + j] * x[j];
            }
            int g = i * terms;
            for (int k = 0; k < terms; k++) {
                sum += gamma[g + k] * derivatives[k];
            }
            work[i] = sum;
        }
        System.arraycopy(work, 0, x, 0, n);
    }

    /**
     * The states that {@code target} depends on (itself included, ascending): j is in when a chain of
     * non-zero couplings A[i][j] leads from j to the target. A system restricted to them
     * ({@link #restrict}) gives the target's trajectory exactly.
     */
    public static int[] feeding(double[][] a, int target) {
        boolean[] in = new boolean[a.length];
        Deque<Integer> todo = new ArrayDeque<>();
        in[target] = true;
        todo.push(target);
        while (!todo.isEmpty()) {
            int i = todo.pop();
            for (int j = 0; j < a.length; j++) {
                if (!in[j] && a[i][j] != 0) {
                    in[j] = true;
                    todo.push(j);
                }
            }
        }
        int count = 0;
        for (boolean b : in) {
            count += b ? 1 : 0;
        }
        int[] out = new int[count];
        for (int j = 0, k = 0; j < a.length; j++) {
            if (in[j]) {
                out[k++] = j;
            }
        }
        return out;
    }

    /** A restricted to the given states (rows and columns in that order). */
    public static double[][] restrict(double[][] a, int[] states) {
        double[][] out = new double[states.length][states.length];
        for (int i = 0; i < states.length; i++) {
            for (int j = 0; j < states.length; j++) {
                out[i][j] = a[states[i]][states[j]];
            }
        }
        return out;
    }
}
