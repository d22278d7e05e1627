package org.depotkin.engine;

import java.util.Arrays;
import org.hipparchus.exception.MathRuntimeException;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.SchurTransformer;

/**
 * Modal coordinates of a linear system's matrix, A = V·M·V⁻¹, in which every mode evolves on its own or with one
 * partner: M is block diagonal, each block a single real rate λ_j (1×1) or two coupled ones, upper triangular,
 * <pre>
 *   z_j' = λ_j·z_j + c_j·z_(j+1) + β_j·u(t),   z_(j+1)' = λ_(j+1)·z_(j+1) + β_(j+1)·u(t)      (z = V⁻¹·x, β = V⁻¹·b)
 * </pre>
 * with c_j = 0 for a single mode. Compartmental matrices (mammillary blocks, metabolite chains, gut and effect
 * compartments) have real rates; two of them may be nearly or exactly equal (the parent's fast rate and its
 * metabolite's, or an absorption rate, in some subjects), and then their eigenvectors are nearly parallel or one is
 * missing (a chain k1 = k2 is defective): such a pair is kept as one 2×2 block whose basis is well conditioned, and
 * its exponential and φ-functions come from divided differences ({@link Phi#divided}).
 *
 * <p>Construction (Golub &amp; Van Loan, Matrix Computations, 4th ed. 2013, §7.6.3, block diagonalisation as in
 * Bavely &amp; Stewart, SIAM J. Numer. Anal. 16 (1979) 359): the real Schur form A = P·T·Pᵀ (Hipparchus), whose 2×2
 * bumps of real (or, within rounding, equal) rates are turned upper triangular by one rotation each; then
 * T·Y = Y·D with Y unit upper triangular and D block diagonal, entry by entry,
 * <pre>
 *   (t_ii − t_jj)·y_ij = Σ_(l ∈ block(j), i ≤ l &lt; j) y_il·d_lj − Σ_(i &lt; k ≤ j) t_ik·y_kj   (i, j in different blocks)
 *   d_ij = t_ij + Σ_(i &lt; k &lt; j) t_ik·y_kj                                            (i &lt; j one block, y_ij = 0)
 * </pre>
 * and V = P·Y with unit columns. All modes start single; while κ(V) = ‖V‖₁·‖V⁻¹‖₁ exceeds {@link #PAIR_CONDITION}
 * the two single modes whose pairing lowers κ(V) most (those with nearly parallel eigenvectors) are made a block.
 * When no pairing helps any more, κ(V) must be at most {@link #MAX_CONDITION}: rates complex beyond rounding, or a
 * cluster of three nearly equal rates with nearly parallel eigenvectors (a block of three would be needed), give no
 * modes here, and the model is left to the general integrator.
 *
 * <p>The eliminated amount is not a mode: with its zero rate it would tie every mode to a state that only grows; its
 * weights per mode ρ = r·V are kept instead.
 */
final class Modes {
    /**
     * κ(V) above which nearly parallel eigenvectors are paired into a block. κ ≈ 3.5/gap for the naltrexone model's
     * parent and metabolite fast rates a relative gap apart (35 without a close pair); at κ = 3.5e5 (gap 1e-5) single
     * modes lose 6e-9 of accuracy to rounding against the integrator, a block loses none.
     */
    static final double PAIR_CONDITION = 1e3;
    /** Largest accepted κ(V) when no pairing lowers it: rounding in the modal sum then costs about 2e-9. */
    static final double MAX_CONDITION = 1e5;
    /**
     * The largest entry below the diagonal of a 2×2 bump of the Schur form that is dropped to make it triangular,
     * relative to the largest |a_ij|: a change of A this small moves the rates by as little, 3e-10 of the solution
     * over a year at rates up to 3 /h, and it covers equal rates that rounding has split into a complex pair
     * (measured: 1.3e-15 for the naltrexone model with equal fast rates). A larger one is a complex pair.
     */
    static final double DROPPED_ENTRY = 1e-14;

    final int size;
    final double[] lambda;
    /** c_j: the weight of mode j + 1 in the rate of mode j when the two are one block, else 0. */
    final double[] coupling;
    /** V, row-major: x_i = Σ_j v[i·n + j]·z_j. */
    final double[] v;
    /** V⁻¹, row-major: z_j = Σ_i w[j·n + i]·x_i. */
    final double[] w;
    /** Elimination rate per unit of each mode, ρ_j = Σ_i r_i·V_ij. */
    final double[] rho;
    /** κ(V) = ‖V‖₁·‖V⁻¹‖₁, +∞ when V is singular. */
    final double condition;

    private Modes(double[] lambda, double[] coupling, double[] v, double[] w, double[] rho, double condition) {
        this.size = lambda.length;
        this.lambda = lambda;
        this.coupling = coupling;
        this.v = v;
        this.w = w;
        this.rho = rho;
        this.condition = condition;
    }

    /**
     * The modes of A, or null when A has complex rates, or more than two nearly equal ones.
     *
     * @param elimination r, the elimination rate of each state (mg parent equivalents per h per mg)
     */
    static Modes of(double[][] a, double[] elimination) {
        int n = a.length;
        double scale = 0;
        for (double[] row : a) {
            for (double x : row) {
                scale = Math.max(scale, Math.abs(x));
            }
        }
        if (!(scale < Double.POSITIVE_INFINITY)) {
            return null;
        }
        double[][] t;
        double[][] p;
        try {
            SchurTransformer schur = new SchurTransformer(MatrixUtils.createRealMatrix(a));
            t = schur.getT().getData();
            p = schur.getP().getData();
        } catch (MathRuntimeException e) {
            return null;
        }
        if (!triangular(t, p, DROPPED_ENTRY * scale)) {
            return null;
        }
        int[] partner = new int[n];
        Arrays.fill(partner, -1);
        Modes modes = blocks(t, p, partner, elimination);
        while (modes.condition > PAIR_CONDITION) {
            Modes paired = pairBest(t, p, partner, elimination, modes.condition);
            if (paired == null) {
                break;
            }
            modes = paired;
        }
        return modes.condition <= MAX_CONDITION ? modes : null;
    }

    /**
     * Turns the 2×2 bumps of the real Schur form T (A = P·T·Pᵀ) upper triangular, each by the rotation that
     * leaves the smallest entry below the diagonal: zero for real rates, which is then set; for a complex pair the
     * entry |q|/|c − b| (q = ((a − d)/2)² + b·c &lt; 0), dropped when at most {@code dropped}. False for a complex pair.
     */
    private static boolean triangular(double[][] t, double[][] p, double dropped) {
        int n = t.length;
        for (int i = 0; i + 1 < n; i++) {
            double c = t[i + 1][i];
            if (c == 0) {
                continue;
            }
            double a = t[i][i];
            double b = t[i][i + 1];
            double d = t[i + 1][i + 1];
            double half = 0.5 * (a - d);
            double q = half * half + b * c;
            double cos;
            double sin;
            if (q >= 0) {
                double mu = half >= 0 ? half + Math.sqrt(q) : half - Math.sqrt(q);
                double norm = Math.hypot(mu, c);
                cos = mu / norm;
                sin = c / norm;
            } else {
                double sign = c - b >= 0 ? -1 : 1;
                double r = Math.hypot(0.5 * (c + b), half);
                double cos2 = sign * 0.5 * (c + b) / r;
                double sin2 = -sign * half / r;
                if (cos2 >= 0) {
                    cos = Math.sqrt(0.5 * (1 + cos2));
                    sin = sin2 / (2 * cos);
                } else {
                    sin = Math.sqrt(0.5 * (1 - cos2));
                    cos = sin2 / (2 * sin);
                }
            }
            rotate(t, p, i, cos, sin);
            if (!(Math.abs(t[i + 1][i]) <= dropped)) {
                return false;
            }
            t[i + 1][i] = 0;
            i++;
        }
        return true;
    }

    /** T ← Gᵀ·T·G and P ← P·G for the rotation G = [[cos, −sin], [sin, cos]] in the plane (i, i + 1). */
    private static void rotate(double[][] t, double[][] p, int i, double cos, double sin) {
        int n = t.length;
        for (int k = 0; k < n; k++) {
            double x = t[i][k];
            double y = t[i + 1][k];
            t[i][k] = cos * x + sin * y;
            t[i + 1][k] = -sin * x + cos * y;
        }
        for (double[][] m : new double[][][] {t, p}) {
            for (int k = 0; k < n; k++) {
                double x = m[k][i];
                double y = m[k][i + 1];
                m[k][i] = cos * x + sin * y;
                m[k][i + 1] = -sin * x + cos * y;
            }
        }
    }

    /**
     * Pairs the two single modes whose block lowers κ(V) most below {@code condition} ({@code partner} holds each
     * mode's partner, −1 for none) and returns the modes with that pair, or null when no pairing lowers it.
     */
    private static Modes pairBest(double[][] t, double[][] p, int[] partner, double[] elimination, double condition) {
        Modes best = null;
        int bestI = -1;
        int bestJ = -1;
        for (int i = 0; i < partner.length; i++) {
            for (int j = i + 1; j < partner.length && partner[i] < 0; j++) {
                if (partner[j] >= 0) {
                    continue;
                }
                partner[i] = j;
                partner[j] = i;
                Modes modes = blocks(t, p, partner, elimination);
                partner[i] = -1;
                partner[j] = -1;
                if (modes.condition < (best == null ? condition : best.condition)) {
                    best = modes;
                    bestI = i;
                    bestJ = j;
                }
            }
        }
        if (best != null) {
            partner[bestI] = bestJ;
            partner[bestJ] = bestI;
        }
        return best;
    }

    /** The modes for the given blocks of the triangular T (A = P·T·Pᵀ), each block's modes next to each other. */
    private static Modes blocks(double[][] t, double[][] p, int[] partner, double[] elimination) {
        int n = t.length;
        double[][] y = new double[n][n];
        double[][] d = new double[n][n];
        for (int j = 0; j < n; j++) {
            y[j][j] = 1;
            int lower = partner[j] >= 0 && partner[j] < j ? partner[j] : -1;
            for (int i = j - 1; i >= 0; i--) {
                double sum = 0;
                for (int k = i + 1; k <= j; k++) {
                    sum += t[i][k] * y[k][j];
                }
                if (i == lower) {
                    d[i][j] = sum;
                    continue;
                }
                if (lower > i) {
                    sum -= y[i][lower] * d[lower][j];
                }
                y[i][j] = sum == 0 ? 0 : -sum / (t[i][i] - t[j][j]);
            }
        }
        double[][] inverse = unitUpperInverse(y);
        int[] order = new int[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (partner[i] < 0 || partner[i] > i) {
                order[m++] = i;
                if (partner[i] > i) {
                    order[m++] = partner[i];
                }
            }
        }
        double[] lambda = new double[n];
        double[] coupling = new double[n];
        double[] v = new double[n * n];
        double[] w = new double[n * n];
        double[] rho = new double[n];
        double[] norm = new double[n];
        for (int c = 0; c < n; c++) {
            int j = order[c];
            double sq = 0;
            for (int r = 0; r < n; r++) {
                double x = 0;
                for (int k = 0; k <= j; k++) {
                    x += p[r][k] * y[k][j];
                }
                v[r * n + c] = x;
                sq += x * x;
            }
            norm[c] = Math.sqrt(sq);
            for (int r = 0; r < n; r++) {
                v[r * n + c] /= norm[c];
                rho[c] += elimination[r] * v[r * n + c];
            }
            for (int s = 0; s < n; s++) {
                double x = 0;
                for (int k = j; k < n; k++) {
                    x += inverse[j][k] * p[s][k];
                }
                w[c * n + s] = norm[c] * x;
            }
            lambda[c] = t[j][j];
        }
        for (int c = 0; c + 1 < n; c++) {
            if (partner[order[c]] == order[c + 1] && order[c] < order[c + 1]) {
                coupling[c] = d[order[c]][order[c + 1]] * norm[c] / norm[c + 1];
            }
        }
        double condition = norm1(v, n) * norm1(w, n);
        return new Modes(lambda, coupling, v, w, rho, condition >= 0 ? condition : Double.POSITIVE_INFINITY);
    }

    /** The inverse of a unit upper triangular matrix, by back substitution. */
    private static double[][] unitUpperInverse(double[][] y) {
        int n = y.length;
        double[][] x = new double[n][n];
        for (int j = 0; j < n; j++) {
            x[j][j] = 1;
            for (int i = j - 1; i >= 0; i--) {
                double sum = 0;
                for (int k = i + 1; k <= j; k++) {
                    sum += y[i][k] * x[k][j];
                }
                x[i][j] = -sum;
            }
        }
        return x;
    }

    /** The largest column sum of |m| (row-major n×n). */
    private static double norm1(double[] m, int n) {
        double max = 0;
        for (int c = 0; c < n; c++) {
            double sum = 0;
            for (int r = 0; r < n; r++) {
                sum += Math.abs(m[r * n + c]);
            }
            max = Math.max(max, sum);
        }
        return max;
    }

    /** The fastest rate max |λ_j| (1/h). */
    double fastestRate() {
        double max = 0;
        for (double l : lambda) {
            max = Math.max(max, Math.abs(l));
        }
        return max;
    }
}
