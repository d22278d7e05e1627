package org.depotkin.analysis;

import java.util.function.Function;
import org.hipparchus.distribution.continuous.TDistribution;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresBuilder;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresOptimizer;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresProblem;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LevenbergMarquardtOptimizer;
import org.hipparchus.util.Pair;

/**
 * Nonlinear least squares by Levenberg–Marquardt (Hipparchus), with the Jacobian by central finite
 * differences and parameters kept inside box bounds (clamped after each step). Minimises
 * SSR = &Sigma; (y_i - f_i(p))², where y and f are already weighted or transformed by the caller.
 *
 * <p>Standard errors from the asymptotic covariance Cov(p) = s² (J&#7488;J)^-1 with
 * s² = SSR / (n - p) and J the Jacobian at the optimum (Bates &amp; Watts 1988, Nonlinear
 * Regression Analysis, §2.3); 95 % intervals p &plusmn; t(0.975, n - p) SE. When J&#7488;J is
 * singular (a parameter the data do not determine) the standard errors are NaN.
 */
public final class LeastSquares {
    private static final double STEP = 1e-6;

    /**
     * The optimum.
     *
     * @param estimates   parameter values
     * @param covariance  s² (JᵀJ)^-1, NaN when singular
     * @param ssr         sum of squared residuals
     * @param observations n
     * @param evaluations model evaluations used
     */
    public record Result(double[] estimates, double[][] covariance, double ssr, int observations, int evaluations) {
        /** Standard error of parameter i. */
        public double se(int i) {
            return Math.sqrt(covariance[i][i]);
        }

        /** Residual degrees of freedom n - p. */
        public int dof() {
            return observations - estimates.length;
        }

        /**
         * Whether the data determine every parameter: finite estimates and finite standard errors
         * with at least one residual degree of freedom. A fit that fails this is reported as not determined,
         * never as a result.
         */
        public boolean determined() {
            if (dof() < 1 || !Double.isFinite(ssr)) {
                return false;
            }
            for (int i = 0; i < estimates.length; i++) {
                if (!Double.isFinite(estimates[i]) || !Double.isFinite(se(i))) {
                    return false;
                }
            }
            return true;
        }

        /** t quantile for a two-sided 95 % interval with n - p degrees of freedom (NaN when n &le; p). */
        public double t95() {
            return dof() > 0 ? new TDistribution(dof()).inverseCumulativeProbability(0.975) : Double.NaN;
        }
    }

    /** The optimizer stopped without converging: the data and model do not determine the parameters. */
    public static final class NotConverged extends IllegalArgumentException {
        NotConverged(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private LeastSquares() {
    }

    /**
     * Fits {@code model} to {@code target}.
     *
     * @param model  parameters → predictions (same length and scale as target); may throw
     *               {@link IllegalArgumentException} for parameters it cannot use
     * @param target observations
     * @param start  first guess, inside the bounds
     * @param lower  lower bounds
     * @param upper  upper bounds
     * @throws NotConverged when the optimizer stops without converging
     */
    public static Result fit(Function<double[], double[]> model, double[] target, double[] start, double[] lower,
                             double[] upper) {
        int p = start.length;
        int[] evaluations = {0};
        Function<double[], double[]> counted = x -> {
            evaluations[0]++;
            return model.apply(x);
        };
        LeastSquaresProblem problem = new LeastSquaresBuilder()
                .start(clamp(start, lower, upper))
                .target(target)
                .model(point -> valueAndJacobian(counted, point.toArray(), start, lower, upper))
                .parameterValidator(v -> new ArrayRealVector(clamp(v.toArray(), lower, upper), false))
                .maxEvaluations(5000)
                .maxIterations(1000)
                .lazyEvaluation(false)
                .build();
        LeastSquaresOptimizer.Optimum opt;
        try {
            opt = new LevenbergMarquardtOptimizer().optimize(problem);
        } catch (MathIllegalStateException e) {
            throw new NotConverged("the fit did not converge: " + e.getMessage(), e);
        }
        double[] est = opt.getPoint().toArray();
        double ssr = opt.getResiduals().dotProduct(opt.getResiduals());
        int n = target.length;
        double[][] cov = new double[p][p];
        try {
            RealMatrix c = opt.getCovariances(1e-14);
            double s2 = n > p ? ssr / (n - p) : Double.NaN;
            for (int i = 0; i < p; i++) {
                for (int j = 0; j < p; j++) {
                    cov[i][j] = c.getEntry(i, j) * s2;
                }
            }
        } catch (RuntimeException singular) {
            for (double[] row : cov) {
                java.util.Arrays.fill(row, Double.NaN);
            }
        }
        return new Result(est, cov, ssr, n, evaluations[0]);
    }

    /** Model values and central differences, step 1e-6 × max(|p|, |start|) (1e-6 when both are 0), one-sided at a bound. */
    private static Pair<RealVector, RealMatrix> valueAndJacobian(Function<double[], double[]> model, double[] p,
                                                                 double[] start, double[] lower, double[] upper) {
        double[] f0 = model.apply(p);
        RealMatrix jac = new Array2DRowRealMatrix(f0.length, p.length);
        for (int j = 0; j < p.length; j++) {
            double scale = Math.max(Math.abs(p[j]), Math.abs(start[j]));
            double h = STEP * (scale > 0 ? scale : 1);
            double up = Math.min(p[j] + h, upper[j]);
            double down = Math.max(p[j] - h, lower[j]);
            double[] x = p.clone();
            x[j] = up;
            double[] fu = model.apply(x);
            x[j] = down;
            double[] fd = model.apply(x);
            for (int i = 0; i < f0.length; i++) {
                jac.setEntry(i, j, (fu[i] - fd[i]) / (up - down));
            }
        }
        return new Pair<>(new ArrayRealVector(f0, false), jac);
    }

    private static double[] clamp(double[] v, double[] lower, double[] upper) {
        double[] out = v.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.min(upper[i], Math.max(lower[i], out[i]));
        }
        return out;
    }
}
