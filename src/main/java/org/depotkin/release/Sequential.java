package org.depotkin.release;

import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.depotkin.model.Format;

/**
 * Sequential multi-phase release (PLGA microspheres such as XR-NTX: burst → diffusion → erosion):
 * F(s) = Σ fᵢ·Fᵢ(s − startᵢ), with Σ fᵢ = 1; each phase runs its own law on its own clock.
 * Sources: S13 Dunbar 2007 ("sequential release in three phases"); S74a (triple-Weibull input of PLGA
 * microspheres); S74b. A phase with a rate singular at its start must start at 0 (the engine removes
 * a singularity at the dose only).
 *
 * @param phases the phases
 */
public record Sequential(List<Phase> phases) implements ReleaseLaw {

    /**
     * One phase.
     *
     * @param fraction fᵢ, share of the load
     * @param start    startᵢ, law-time at which the phase begins (h)
     * @param law      its release law
     */
    public record Phase(double fraction, double start, ReleaseLaw law) {
        public Phase {
            Laws.fraction("sequential", "phase fraction", fraction);
            if (!(start >= 0)) {
                throw new IllegalArgumentException("sequential: phase start must be >= 0, got " + start);
            }
            if (start > 0 && law.rateExponentAtZero() < 0) {
                throw new IllegalArgumentException("sequential: a phase whose rate is singular at its start ("
                        + law.name() + ") must start at 0, got " + start + " h");
            }
        }
    }

    public Sequential {
        phases = List.copyOf(phases);
        if (phases.isEmpty()) {
            throw new IllegalArgumentException("sequential: needs at least one phase");
        }
        double sum = phases.stream().mapToDouble(Phase::fraction).sum();
        if (Math.abs(sum - 1) > 1e-9) {
            throw new IllegalArgumentException("sequential: phase fractions must sum to 1, got " + sum);
        }
    }

    @Override
    public double cumulative(double s) {
        double f = 0;
        for (Phase p : phases) {
            f += p.fraction() * p.law().cumulative(s - p.start());
        }
        return Math.min(1, f);
    }

    @Override
    public double rate(double s) {
        double r = 0;
        for (Phase p : phases) {
            r += p.fraction() * p.law().rate(s - p.start());
        }
        return r;
    }

    @Override
    public double completionTime() {
        return phases.stream().mapToDouble(p -> p.start() + p.law().completionTime()).max().orElse(0);
    }

    @Override
    public double rateExponentAtZero() {
        return phases.stream().filter(p -> p.start() == 0).mapToDouble(p -> p.law().rateExponentAtZero()).min()
                .orElse(0);
    }

    @Override
    public double[] breakpoints() {
        TreeSet<Double> out = new TreeSet<>();
        for (Phase p : phases) {
            if (p.start() > 0) {
                out.add(p.start());
            }
            for (double b : p.law().breakpoints()) {
                out.add(p.start() + b);
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Override
    public String name() {
        return "sequential";
    }

    @Override
    public String describe() {
        return "sequential(" + phases.stream().map(p -> Format.number(100 * p.fraction()) + " % "
                + p.law().describe() + (p.start() > 0 ? " from " + Laws.hours(p.start()) : ""))
                .collect(Collectors.joining("; ")) + ")";
    }
}
