package org.depotkin.engine;

/**
 * The exact solution of the linear part on one panel [t0, t0 + h] between events, in modal coordinates
 * ({@link Modes}) with the input as the polynomial of {@link InputFit}:
 * <pre>
 *   u(t0 + s) = Σ_k d_k·(s/h)^k = Σ_k a_k·s^k/k!,   a_k = d_k·k!/h^k
 *   z_j(t0 + s) = e^(λ_j·s)·z_j(t0) + β_j·Σ_k a_k·s^(k+1)·φ_(k+1)(λ_j·s)        (β = V⁻¹·b)
 *              = φ_0(λ_j·s)·z_j(t0) + β_j·s·Σ_k d_k·k!·(s/h)^k·φ_(k+1)(λ_j·s)
 * </pre>
 * ({@link Phi}). The eliminated amount e' = ρ·z (ρ = r·V, r the elimination weights) integrates each mode
 * in closed form, one φ higher:
 * <pre>
 *   e(t0 + s) = e(t0) + Σ_j ρ_j·(s·φ_1(λ_j·s)·z_j(t0) + β_j·s²·Σ_k d_k·k!·(s/h)^k·φ_(k+2)(λ_j·s))
 * </pre>
 * Exact for the polynomial input; the input's own error is bounded by the fit.
 */
final class LinearPanel {
    final double t0;
    final double t1;
    final double h;
    final Modes modes;
    /** β = V⁻¹·b, the input's weight in each mode. */
    final double[] beta;
    /** Modal state at t0. */
    final double[] z0;
    private final double e0;
    /** Input coefficients in r = (t − t0)/h, or null without input. */
    final double[] d;
    /** Modal state at t1. */
    final double[] z1;
    /** Amount eliminated by t1 (mg parent equivalents). */
    final double e1;

    /**
     * @param z0 modal state at t0 (kept, not copied)
     * @param e0 amount eliminated by t0 (mg parent equivalents)
     * @param d  input coefficients, or null when there is no input on the panel
     */
    LinearPanel(double t0, double t1, Modes modes, double[] beta, double[] z0, double e0, double[] d) {
        this.t0 = t0;
        this.t1 = t1;
        this.h = t1 - t0;
        this.modes = modes;
        this.beta = beta;
        this.z0 = z0;
        this.e0 = e0;
        this.d = d;
        this.z1 = new double[z0.length];
        this.e1 = end();
    }

    /** The modal state at t1 into {@link #z1} and the amount eliminated by t1, one set of φ per mode for both. */
    private double end() {
        double[] phi = new double[PHI_SIZE];
        double eliminated = e0;
        for (int j = 0; j < z0.length; j++) {
            double lambdaH = modes.lambda[j] * h;
            if (d == null) {
                Phi.of(lambdaH, phi, 1);
                z1[j] = phi[0] * z0[j];
                eliminated += modes.rho[j] * h * phi[1] * z0[j];
                continue;
            }
            Phi.of(lambdaH, phi, d.length + 1);
            z1[j] = phi[0] * z0[j] + beta[j] * h * forced(phi, 1, 1);
            eliminated += modes.rho[j] * h * (phi[1] * z0[j] + beta[j] * h * forced(phi, 1, 2));
        }
        return eliminated;
    }

    /** Modal state at t in [t0, t1] into z; {@code phi} is scratch of length {@link #PHI_SIZE}. */
    void modal(double t, double[] z, double[] phi) {
        double s = Math.max(0, t - t0);
        if (d == null) {
            for (int j = 0; j < z.length; j++) {
                z[j] = Math.exp(modes.lambda[j] * s) * z0[j];
            }
            return;
        }
        double r = s / h;
        for (int j = 0; j < z.length; j++) {
            Phi.of(modes.lambda[j] * s, phi, d.length);
            z[j] = phi[0] * z0[j] + beta[j] * s * forced(phi, r, 1);
        }
    }

    /** Amount eliminated by t in [t0, t1] (mg parent equivalents); {@code phi} is scratch of length {@link #PHI_SIZE}. */
    double eliminated(double t, double[] phi) {
        double s = Math.max(0, t - t0);
        double r = s / h;
        double eliminated = e0;
        for (int j = 0; j < z0.length; j++) {
            Phi.of(modes.lambda[j] * s, phi, d == null ? 1 : d.length + 1);
            double forcedIntegral = d == null ? 0 : forced(phi, r, 2);
            eliminated += modes.rho[j] * s * (phi[1] * z0[j] + beta[j] * s * forcedIntegral);
        }
        return eliminated;
    }

    /** Length of the scratch array of {@link #modal}. */
    static final int PHI_SIZE = InputFit.DEGREE + 3;

    /** Σ_k d_k·k!·r^k·φ_(k+offset): the input's response (offset 1) or its integral (offset 2), without s. */
    private double forced(double[] phi, double r, int offset) {
        double sum = 0;
        double rk = 1;
        double factorial = 1;
        for (int k = 0; k < d.length; k++) {
            sum += d[k] * factorial * rk * phi[k + offset];
            rk *= r;
            factorial *= k + 1;
        }
        return sum;
    }

    /**
     * The linear states at t into the model's state vector y (coordinate i is model state {@code stateOf[i]}); other
     * entries of y are left as they are. z and phi are scratch (lengths n and {@link #PHI_SIZE}).
     */
    void state(double t, int[] stateOf, double[] z, double[] phi, double[] y) {
        modal(t, z, phi);
        for (int i = 0; i < z.length; i++) {
            y[stateOf[i]] = row(z, i);
        }
    }

    /** Row i of x = V·z. */
    double row(double[] z, int i) {
        int n = z.length;
        double sum = 0;
        int row = i * n;
        for (int j = 0; j < n; j++) {
            sum += modes.v[row + j] * z[j];
        }
        return sum;
    }
}
