package org.depotkin.engine;

/**
 * An upper bound on the spectral radius ρ(A) of a compartmental rate matrix, tighter than
 * Gershgorin's theorem applied to the whole matrix.
 *
 * <p>Order the states by the strongly connected components of the graph with an edge j → i where
 * a<sub>ij</sub> ≠ 0 (an analyte's central and peripheral compartments form one; a gut, an effect
 * site, each form their own): A becomes block triangular, so its eigenvalues are those of the
 * diagonal blocks B (Horn &amp; Johnson, <i>Matrix Analysis</i>, 2nd ed., §0.9.4). Gershgorin's
 * theorem applied to B and to Bᵀ gives ρ(B) ≤ min(‖B‖<sub>∞</sub>, ‖B‖<sub>1</sub>) (largest
 * absolute row sum, largest absolute column sum). Hence
 * <pre>
 *   ρ(A) ≤ max over blocks B of min(‖B‖∞, ‖B‖₁)
 * </pre>
 * The one-way couplings between blocks (absorption from a gut, formation of a metabolite, transfer
 * into an effect site) do not count, while plain Gershgorin adds them to the receiving row.
 */
final class SpectralBound {
    private SpectralBound() {
    }

    /** The bound for a square matrix (1/h for a rate matrix in 1/h). */
    static double of(double[][] a) {
        int n = a.length;
        boolean[][] reach = new boolean[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                reach[i][j] = i == j || a[i][j] != 0;
            }
        }
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    reach[i][j] |= reach[i][k] && reach[k][j];
                }
            }
        }
        double bound = 0;
        for (int i = 0; i < n; i++) {
            double rows = 0;
            double cols = 0;
            for (int r = 0; r < n; r++) {
                if (!(reach[i][r] && reach[r][i])) {
                    continue;
                }
                double row = 0;
                double col = 0;
                for (int c = 0; c < n; c++) {
                    if (reach[i][c] && reach[c][i]) {
                        row += Math.abs(a[r][c]);
                        col += Math.abs(a[c][r]);
                    }
                }
                rows = Math.max(rows, row);
                cols = Math.max(cols, col);
            }
            bound = Math.max(bound, Math.min(rows, cols));
        }
        return bound;
    }
}
