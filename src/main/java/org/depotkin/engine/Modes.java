package org.depotkin.engine;

import org.hipparchus.complex.Complex;
import org.hipparchus.exception.MathRuntimeException;
import org.hipparchus.linear.EigenDecompositionNonSymmetric;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;

/**
 * The real eigen-decomposition A = V·diag(λ)·V⁻¹ of a linear system's matrix, so that in modal
 * coordinates z = V⁻¹·x every mode evolves on its own: z_j' = λ_j·z_j + (V⁻¹·b)_j·u(t). Compartmental
 * matrices (mammillary blocks, metabolite chains, gut and effect compartments) have real, negative or zero
 * eigenvalues; a matrix with complex eigenvalues, or whose eigenvectors are so close to parallel that
 * κ(V) = ‖V‖₁·‖V⁻¹‖₁ exceeds {@link #MAX_CONDITION} (nearly equal rates), has no modes here and is left
 * to the general integrator. The eliminated amount is not a mode: with its zero eigenvalue it would tie
 * every mode to a state that only grows; its weights per mode ρ = r·V are kept instead.
 */
final class Modes {
    /** Largest accepted κ(V): rounding in the modal sum then stays below 1e-10 of the largest state. */
    static final double MAX_CONDITION = 1e6;

    final int size;
    final double[] lambda;
    /** V, row-major: x_i = Σ_j v[i·n + j]·z_j. */
    final double[] v;
    /** V⁻¹, row-major: z_j = Σ_i w[j·n + i]·x_i. */
    final double[] w;
    /** Elimination rate per unit of each mode, ρ_j = Σ_i r_i·V_ij. */
    final double[] rho;

    private Modes(double[] lambda, double[] v, double[] w, double[] rho) {
        this.size = lambda.length;
        this.lambda = lambda;
        this.v = v;
        this.w = w;
        this.rho = rho;
    }

    /**
     * The modes of A, or null when A has complex eigenvalues or an ill-conditioned eigenbasis.
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
        RealMatrix m = MatrixUtils.createRealMatrix(a);
        EigenDecompositionNonSymmetric eig;
        try {
            eig = new EigenDecompositionNonSymmetric(m);
        } catch (MathRuntimeException e) {
            return null;
        }
        Complex[] values = eig.getEigenvalues();
        double[] lambda = new double[n];
        for (int j = 0; j < n; j++) {
            if (Math.abs(values[j].getImaginary()) > 1e-12 * Math.max(scale, Double.MIN_NORMAL)) {
                return null;
            }
            lambda[j] = values[j].getReal();
        }
        RealMatrix vm = eig.getV();
        RealMatrix wm;
        try {
            wm = MatrixUtils.inverse(vm);
        } catch (MathRuntimeException e) {
            return null;
        }
        if (vm.getNorm1() * wm.getNorm1() > MAX_CONDITION) {
            return null;
        }
        double[] v = new double[n * n];
        double[] w = new double[n * n];
        double[] rho = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                v[i * n + j] = vm.getEntry(i, j);
                w[i * n + j] = wm.getEntry(i, j);
                rho[j] += elimination[i] * vm.getEntry(i, j);
            }
        }
        return new Modes(lambda, v, w, rho);
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
