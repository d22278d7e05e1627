package org.depotkin.engine;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A time at which a run's curves may jump or kink, known before the run: a dose reaching its compartment
 * (oral doses after their lag), an infusion's start or end, a depot's start, a break in its release law
 * (phase switch, completion, fibrosis onset) or its removal. The solver restarts there, and plots and
 * analyses sample around them; every one of them reads this one schedule ({@link CompiledModel#events()}).
 * What happens is written out only when asked for: a virtual subject's 180 doses are compiled without it.
 */
public final class Event {
    private final double time;
    private final Supplier<String> describe;
    private String what;

    /**
     * @param time h
     * @param what what happens, e.g. {@code dose 45.2 mg into gut2}
     */
    public Event(double time, String what) {
        this(time, () -> what);
    }

    Event(double time, Supplier<String> describe) {
        this.time = time;
        this.describe = describe;
    }

    /** h */
    public double time() {
        return time;
    }

    /** What happens, e.g. {@code dose 45.2 mg into gut2}. */
    public synchronized String what() {
        if (what == null) {
            what = describe.get();
        }
        return what;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Event e && time == e.time && what().equals(e.what());
    }

    @Override
    public int hashCode() {
        return Objects.hash(time, what());
    }

    @Override
    public String toString() {
        return "Event[time=" + time + ", what=" + what() + "]";
    }
}
