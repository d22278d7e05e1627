package org.depotkin.engine;

/**
 * A time at which a run's curves may jump or kink, known before the run: a dose reaching its compartment
 * (oral doses after their lag), an infusion's start or end, a depot's start, a break in its release law
 * (phase switch, completion, fibrosis onset) or its removal. The solver restarts there, and plots and
 * analyses sample around them; every one of them reads this one schedule ({@link CompiledModel#events()}).
 *
 * @param time h
 * @param what what happens, e.g. {@code oral dose 45.2 mg into gut2}
 */
public record Event(double time, String what) {
}
