package org.depotkin.engine;

/**
 * The exact solution of the linear part on one panel [t0, t0 + h] between events, in modal coordinates
 * ({@link Modes}) with the input as the polynomial of {@link InputFit}:
 * <pre>
 *   u(t0 + s) = Σ_k d_k·(s/h)^k = Σ_k a_k·s^k/k!,   a_k = d_k·k!/h^k
 *   z(t0 + s) = φ_0(s·M)·z(t0) + Σ_k a_k·s^(k+1)·φ_(k+1)(s·M)·β                        (β = V⁻¹·b)
 * </pre>
 * ({@link Phi}). For a single mode j this is
 * <pre>
 *   z_j(t0 + s) = φ_0(λ_j·s)·z_j(t0) + β_j·s·Σ_k d_k·k!·(s/h)^k·φ_(k+1)(λ_j·s)
 * </pre>
 * and a block of two coupled modes [[λ_j, c_j], [0, λ_(j+1)]] adds to mode j the partner's share, the same sum with
 * the divided differences φ[λ_j·s, λ_(j+1)·s] ({@link Phi#divided}) in place of φ(λ_j·s), the partner's state and
 * weight, times c_j·s (Higham, Functions of Matrices, 2008, §4.6):
 * <pre>
 *   + c_j·s·(φ_0[λ_j·s, λ_(j+1)·s]·z_(j+1)(t0) + β_(j+1)·s·Σ_k d_k·k!·(s/h)^k·φ_(k+1)[λ_j·s, λ_(j+1)·s])
 * </pre>
 * The eliminated amount e' = ρ·z (ρ = r·V, r the elimination weights) integrates each mode in closed form, one φ
 * higher and one factor s more:
 * <pre>
 *   e(t0 + s) = e(t0) + Σ_j ρ_j·(s·φ_1(λ_j·s)·z_j(t0) + β_j·s²·Σ_k d_k·k!·(s/h)^k·φ_(k+2)(λ_j·s) + partner's share)
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
    /** The panel before, whose {@link #e1()} is this one's e0 until it is known; null once it is. */
    private LinearPanel previous;
    /** Amount eliminated by t0, once known. */
    private double e0;
    /** Input coefficients in r = (t − t0)/h, or null without input. */
    final double[] d;
    /** Modal state at t1, null until it is asked for ({@link #z1()}) or reached ({@link #reached}). */
    private double[] z1;
    /** Amount eliminated by t1, NaN until it is asked for ({@link #e1()}). */
    private double e1 = Double.NaN;

    /**
     * @param z0       modal state at t0 (kept, not copied)
     * @param previous the panel that ends at t0, whose eliminated amount is this one's start; null for the first
     * @param e0       amount eliminated by t0 (mg parent equivalents) when there is no panel before
     * @param d        input coefficients, or null when there is no input on the panel
     */
    LinearPanel(double t0, double t1, Modes modes, double[] beta, double[] z0, LinearPanel previous, double e0,
                double[] d) {
        this.t0 = t0;
        this.t1 = t1;
        this.h = t1 - t0;
        this.modes = modes;
        this.beta = beta;
        this.z0 = z0;
        this.previous = previous;
        this.e0 = e0;
        this.d = d;
    }

    /** The modal state at t1 (not to be changed): the closed form's, unless a walk {@link #reached} it first. */
    double[] z1() {
        if (z1 == null) {
            double[] phi = new double[PHI_SIZE];
            double[] end = new double[z0.length];
            int last = d == null ? 0 : d.length;
            for (int j = 0; j < z0.length; j++) {
                Phi.of(modes.lambda[j] * h, phi, last);
                end[j] = own(j, phi, h, 1, 0);
                if (modes.coupling[j] != 0) {
                    Phi.divided(modes.lambda[j] * h, modes.lambda[j + 1] * h, phi, last, new double[PHI_SIZE]);
                    end[j] += partners(j, phi, h, 1, 0);
                }
            }
            z1 = end;
        }
        return z1;
    }

    /**
     * The modal state at t1 as a walk along the panel reached it (the same closed form by another sum, equal to
     * rounding, {@link GridWalk}), so that it is not worked out again; ignored once {@link #z1()} is known.
     */
    void reached(double[] z) {
        if (z1 == null) {
            z1 = z.clone();
        }
    }

    /**
     * The amount eliminated by t1 (mg parent equivalents), worked out when first asked for (a run on a grid never
     * asks): the panels before whose amounts are not known yet are worked out first, in time order.
     */
    double e1() {
        if (Double.isNaN(e1)) {
            java.util.ArrayDeque<LinearPanel> open = new java.util.ArrayDeque<>();
            for (LinearPanel p = this; p != null && Double.isNaN(p.e1); p = p.previous) {
                open.push(p);
            }
            while (!open.isEmpty()) {
                LinearPanel p = open.pop();
                if (p.previous != null) {
                    p.e0 = p.previous.e1;
                    p.previous = null;
                }
                p.e1 = p.eliminated(p.t1, new double[PHI_SIZE]);
            }
        }
        return e1;
    }

    /** Amount eliminated by t0 (mg parent equivalents). */
    private double e0() {
        if (previous != null) {
            e0 = previous.e1();
            previous = null;
        }
        return e0;
    }

    /** Modal state at t in [t0, t1] into z; {@code phi} is scratch of length {@link #PHI_SIZE}. */
    void modal(double t, double[] z, double[] phi) {
        double s = Math.max(0, t - t0);
        double r = s / h;
        for (int j = 0; j < z.length; j++) {
            if (d == null) {
                z[j] = Math.exp(modes.lambda[j] * s) * z0[j];
            } else {
                Phi.of(modes.lambda[j] * s, phi, d.length);
                z[j] = own(j, phi, s, r, 0);
            }
            if (modes.coupling[j] != 0) {
                Phi.divided(modes.lambda[j] * s, modes.lambda[j + 1] * s, phi, d == null ? 0 : d.length,
                        new double[PHI_SIZE]);
                z[j] += partners(j, phi, s, r, 0);
            }
        }
    }

    /** Amount eliminated by t in [t0, t1] (mg parent equivalents); {@code phi} is scratch of length {@link #PHI_SIZE}. */
    double eliminated(double t, double[] phi) {
        double s = Math.max(0, t - t0);
        double r = s / h;
        int last = d == null ? 1 : d.length + 1;
        double eliminated = e0();
        for (int j = 0; j < z0.length; j++) {
            Phi.of(modes.lambda[j] * s, phi, last);
            eliminated += modes.rho[j] * s * own(j, phi, s, r, 1);
            if (modes.coupling[j] != 0) {
                Phi.divided(modes.lambda[j] * s, modes.lambda[j + 1] * s, phi, last, new double[PHI_SIZE]);
                eliminated += modes.rho[j] * s * partners(j, phi, s, r, 1);
            }
        }
        return eliminated;
    }

    /**
     * Mode j's own part at s from φ_k(λ_j·s) in phi: φ_o·z_j(t0) + β_j·s·Σ_k d_k·k!·r^k·φ_(k+1+o), the state (order o = 0)
     * or its integral over s (o = 1).
     */
    private double own(int j, double[] phi, double s, double r, int order) {
        double value = phi[order] * z0[j];
        return d == null ? value : value + beta[j] * s * forced(phi, r, order + 1);
    }

    /** The partner's share in mode j at s, from the divided differences in dd: c_j·s times {@link #own} of mode j + 1. */
    private double partners(int j, double[] dd, double s, double r, int order) {
        return modes.coupling[j] * s * own(j + 1, dd, s, r, order);
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
