package org.depotkin.io;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.depotkin.io.yaml.ModelFileException;
import org.depotkin.io.yaml.YamlList;
import org.depotkin.io.yaml.YamlMap;
import org.depotkin.model.Regimen;
import org.depotkin.model.Schedule;
import org.depotkin.model.Unit;

/**
 * Reads a regimen: {@code doses:} is a list of patterns, each one of
 * <ul>
 *   <li>{@code {at: 131 d, dose: 3.4 g}} — a single dose;</li>
 *   <li>{@code {dose: 380 mg, every: 4 wk, count: 6 | until: 180 d, start: 0 h}} — repeated;</li>
 *   <li>{@code {weekly: {mon: 100 mg, wed: 100 mg, fri: 150 mg}, weeks: 26, first-day: mon, time-of-day: 8 h}};</li>
 *   <li>{@code {steps: [{dose: 25 mg, every: 24 h, count: 3}, ...], start: 0 h}} — induction steps.</li>
 * </ul>
 */
final class RegimenReader {
    private static final List<String> DAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

    private RegimenReader() {
    }

    static Regimen read(YamlMap m) {
        m.optString("regimen");
        m.optString("description");
        m.optString("source");
        YamlList list = m.list("doses");
        List<Schedule> schedules = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            schedules.add(schedule(list.map(i)));
        }
        m.finish();
        if (schedules.isEmpty()) {
            throw new ModelFileException(list.location(), "'doses' is empty: give at least one dose");
        }
        return new Regimen(schedules);
    }

    private static Schedule schedule(YamlMap s) {
        try {
            Schedule out;
            if (s.has("weekly")) {
                out = weekly(s);
            } else if (s.has("steps")) {
                double start = s.optNonNegative("start", Unit.H).orElse(0);
                YamlList list = s.list("steps");
                List<Schedule.Repeated> steps = new ArrayList<>();
                for (int i = 0; i < list.size(); i++) {
                    YamlMap step = list.map(i);
                    steps.add(repeated(step, 0));
                    step.finish();
                }
                out = new Schedule.Steps(start, steps);
            } else if (s.has("every")) {
                out = repeated(s, s.optNonNegative("start", Unit.H).orElse(0));
            } else {
                out = new Schedule.Single(s.nonNegative("at", Unit.H), s.positive("dose", Unit.MG));
            }
            s.finish();
            return out;
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(s.location(), e.getMessage());
        }
    }

    private static Schedule.Repeated repeated(YamlMap s, double start) {
        double dose = s.positive("dose", Unit.MG);
        double every = s.positive("every", Unit.H);
        int count;
        if (s.has("until") == s.has("count")) {
            throw new ModelFileException(s.location(), "give exactly one of 'count' (number of doses) or 'until' "
                    + "(time of the last dose, exclusive)");
        } else if (s.has("count")) {
            count = s.positiveInteger("count");
            s.optString("until");
        } else {
            double until = s.positive("until", Unit.H);
            s.optString("count");
            count = (int) Math.ceil((until - start) / every - 1e-9);
            if (count < 1) {
                throw s.error("until", "no dose falls before 'until'");
            }
        }
        return new Schedule.Repeated(start, every, count, dose);
    }

    private static Schedule weekly(YamlMap s) {
        YamlMap days = s.map("weekly");
        Map<DayOfWeek, Double> amounts = new EnumMap<>(DayOfWeek.class);
        for (int d = 0; d < 7; d++) {
            if (days.has(DAYS.get(d))) {
                amounts.put(DayOfWeek.of(d + 1), days.positive(DAYS.get(d), Unit.MG));
            }
        }
        days.finish();
        if (amounts.isEmpty()) {
            throw new ModelFileException(days.location(), "a weekly pattern needs at least one of " + DAYS);
        }
        int weeks = s.positiveInteger("weeks");
        DayOfWeek first = s.has("first-day") ? DayOfWeek.of(DAYS.indexOf(s.choice("first-day", DAYS)) + 1)
                : DayOfWeek.MONDAY;
        double timeOfDay = s.optNonNegative("time-of-day", Unit.H).orElse(0);
        return new Schedule.Weekly(amounts, weeks, first, timeOfDay);
    }
}
