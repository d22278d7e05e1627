package org.depotkin.engine;

/**
 * e^A for a small dense matrix by scaling and squaring with the diagonal Padé approximant of degree 6:
 * <pre>
 *   e^A = (e^(A/2^s))^(2^s),   e^B ≈ Q(B)^(-1) P(B),   P(B) = Σ c_k B^k,  Q(B) = Σ c_k (−B)^k,
 *   c_0 = 1, c_k = c_(k−1)·(7 − k)/(k·(13 − k))
 * </pre>
 * with s chosen so that ‖A/2^s‖₁ ≤ 1/2, where the Padé error is below 1e-17 relative.
 * Source: Moler &amp; Van Loan, "Nineteen dubious ways to compute the exponential of a matrix, twenty-five
 * years later", SIAM Review 45 (2003), method 3; Golub &amp; Van Loan, Matrix Computations, Alg. 11.3.1.
 */
public final class MatrixExponential {
    private static final int DEGREE = 6;

    private MatrixExponential() {
    }

    /** e^A (A square, not modified). */
    public static double[][] of(double[][] a) {
        int n = a.length;
        double norm = 0;
        for (int j = 0; j < n; j++) {
            double col = 0;
            for (double[] row : a) {
                col += Math.abs(row[j]);
            }
            norm = Math.max(norm, col);
        }
        int s = norm > 0.5 ? Math.getExponent(norm / 0.5) + 1 : 0;
        double scale = Math.scalb(1.0, -s);
        double[][] b = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                b[i][j] = a[i][j] * scale;
            }
        }
        double[][] p = identity(n);
        double[][] q = identity(n);
        double[][] power = identity(n);
        double c = 1;
        for (int k = 1; k <= DEGREE; k++) {
            c *= (double) (DEGREE - k + 1) / (k * (2 * DEGREE - k + 1));
            power = multiply(power, b);
            double sign = (k % 2 == 0) ? 1 : -1;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    p[i][j] += c * power[i][j];
                    q[i][j] += sign * c * power[i][j];
                }
            }
        }
        double[][] e = solve(q, p);
        for (int k = 0; k < s; k++) {
            e = multiply(e, e);
        }
        return e;
    }

    static double[][] identity(int n) {
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            m[i][i] = 1;
        }
        return m;
    }

    static double[][] multiply(double[][] x, double[][] y) {
        int n = x.length;
        int m = y[0].length;
        double[][] out = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < y.length; k++) {
                double xik = x[i][k];
                if (xik == 0) {
                    continue;
                }
                for (int j = 0; j < m; j++) {
                    out[i][j] += xik * y[k][j];
                }
            }
        }
        return out;
    }

    /** Q^(-1) R by Gaussian elimination with partial pivoting (Q is well conditioned for ‖B‖₁ ≤ 1/2). */
    static double[][] solve(double[][] q, double[][] r) {
        int n = q.length;
        int m = r[0].length;
        double[][] a = new double[n][];
        double[][] x = new double[n][];
        for (int i = 0; i < n; i++) {
            a[i] = q[i].clone();
            x[i] = r[i].clone();
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int i = col + 1; i < n; i++) {
                if (Math.abs(a[i][col]) > Math.abs(a[pivot][col])) {
                    pivot = i;
                }
            }
            double[] t = a[col];
            a[col] = a[pivot];
            a[pivot] = t;
            t = x[col];
            x[col] = x[pivot];
            x[pivot] = t;
            for (int i = col + 1; i < n; i++) {
                double f = a[i][col] / a[col][col];
                if (f == 0) {
                    continue;
                }
                for (int j = col; j < n; j++) {
                    a[i][j] -= f * a[col][j];
                }
                for (int j = 0; j < m; j++) {
                    x[i][j] -= f * x[col][j];
                }
            }
        }
        for (int col = n - 1; col >= 0; col--) {
            for (int j = 0; j < m; j++) {
                double sum = x[col][j];
                for (int k = col + 1; k < n; k++) {
                    sum -= a[col][k] * x[k][j];
                }
                x[col][j] = sum / a[col][col];
            }
        }
        return x;
    }
}
