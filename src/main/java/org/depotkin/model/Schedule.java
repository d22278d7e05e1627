package org.depotkin.model;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A dosing pattern that expands into a list of {@link Dose}s. Times in h, amounts in labelled mg. */
public sealed interface Schedule extends Serializable
        permits Schedule.Single, Schedule.Repeated, Schedule.Weekly, Schedule.Steps {

    /** The doses, in time order. */
    List<Dose> doses();

    /** One dose at {@code at}. */
    record Single(double at, double amount) implements Schedule {
        @Override
        public List<Dose> doses() {
            return List.of(new Dose(at, amount));
        }
    }

    /**
     * {@code count} doses of {@code amount}, every {@code interval}, from {@code start}:
     * e.g. 380 mg every 4 weeks × 6, or 50 mg every 24 h × 180.
     */
    record Repeated(double start, double interval, int count, double amount) implements Schedule {
        public Repeated {
            Checks.nonNegative("start", start);
            Checks.positive("interval", interval);
            if (count < 1) {
                throw new IllegalArgumentException("count must be >= 1, got " + count);
            }
        }

        @Override
        public List<Dose> doses() {
            List<Dose> out = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                out.add(new Dose(start + i * interval, amount));
            }
            return out;
        }
    }

    /**
     * A weekly pattern such as 100 mg Mon/Wed + 150 mg Fri, for {@code weeks} weeks. Time 0 is
     * {@code firstDay} at {@code timeOfDay} h; each dose is given at that time of day.
     */
    record Weekly(Map<DayOfWeek, Double> amounts, int weeks, DayOfWeek firstDay, double timeOfDay)
            implements Schedule {
        public Weekly {
            amounts = new EnumMap<>(amounts);
            if (amounts.isEmpty()) {
                throw new IllegalArgumentException("a weekly pattern needs at least one day");
            }
            amounts.values().forEach(a -> Checks.positive("dose amount", a));
            if (weeks < 1) {
                throw new IllegalArgumentException("weeks must be >= 1, got " + weeks);
            }
        }

        @Override
        public List<Dose> doses() {
            List<Dose> out = new ArrayList<>();
            for (int day = 0; day < 7 * weeks; day++) {
                Double amount = amounts.get(firstDay.plus(day));
                if (amount != null) {
                    out.add(new Dose(24.0 * day + timeOfDay, amount));
                }
            }
            return out;
        }
    }

    /**
     * Consecutive steps from {@code start}, each {@code count} doses every {@code interval}:
     * induction such as 25 mg daily × 3, then 50 mg daily. Each step begins one interval after
     * the previous step's last dose.
     */
    record Steps(double start, List<Repeated> steps) implements Schedule {
        public Steps {
            steps = List.copyOf(steps);
            if (steps.isEmpty()) {
                throw new IllegalArgumentException("steps needs at least one step");
            }
        }

        @Override
        public List<Dose> doses() {
            List<Dose> out = new ArrayList<>();
            double t = start;
            for (Repeated r : steps) {
                out.addAll(new Repeated(t, r.interval(), r.count(), r.amount()).doses());
                t += r.count() * r.interval();
            }
            return out;
        }
    }
}
