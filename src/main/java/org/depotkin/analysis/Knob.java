package org.depotkin.analysis;

import java.util.ArrayList;
import java.util.List;
import org.depotkin.model.Administration;
import org.depotkin.model.ParameterSpace;
import org.depotkin.model.Regimen;
import org.depotkin.model.Scenario;
import org.depotkin.model.Schedule;

/**
 * One design parameter of a scenario that {@code design} can turn: {@code dose} (every dose
 * amount, mg), {@code interval} (the dosing interval of repeated schedules, h, keeping the span
 * covered) or any parameter of its {@link ParameterSpace} (e.g. {@code release.k}).
 *
 * @param name    as given on the command line
 * @param unit    unit of its values
 * @param nominal the scenario's own value
 */
public record Knob(String name, String unit, double nominal) {

    /** The knob {@code name} of scenario {@code s}. */
    public static Knob of(Scenario s, String name) {
        if (name.equals("dose")) {
            return new Knob(name, "mg", s.administrations().get(0).regimen().doses().get(0).amount());
        }
        if (name.equals("interval")) {
            for (Administration a : s.administrations()) {
                for (Schedule sc : a.regimen().schedules()) {
                    if (sc instanceof Schedule.Repeated r && r.count() > 1) {
                        return new Knob(name, "h", r.interval());
                    }
                }
            }
            throw new IllegalArgumentException("scenario " + s.name() + " has no repeated dosing to vary the interval of");
        }
        ParameterSpace space = ParameterSpace.of(s);
        if (!space.has(name)) {
            throw new IllegalArgumentException("no parameter '" + name + "' in " + s.name() + ": choose dose, interval or one of "
                    + String.join(", ", space.names()));
        }
        return new Knob(name, space.unit(name), space.value(name));
    }

    /** The scenario with this knob at {@code value}. */
    public Scenario apply(Scenario s, double value) {
        double factor = value / nominal;
        if (name.equals("dose") || name.equals("interval")) {
            List<Administration> adms = new ArrayList<>();
            for (Administration a : s.administrations()) {
                List<Schedule> out = new ArrayList<>();
                for (Schedule sc : a.regimen().schedules()) {
                    out.add(name.equals("dose") ? scaleDose(sc, factor) : withInterval(sc, value));
                }
                adms.add(new Administration(a.formulation(), new Regimen(out)));
            }
            return s.forSubject(s.name(), s.compound(), adms);
        }
        ParameterSpace space = ParameterSpace.of(s);
        double[] values = space.typical();
        values[space.indexOf(name)] = space.descriptor(name).check(value, "the value asked for");
        return space.bind(s, s.name(), values);
    }

    private static Schedule scaleDose(Schedule sc, double f) {
        if (sc instanceof Schedule.Single x) {
            return new Schedule.Single(x.at(), x.amount() * f);
        }
        if (sc instanceof Schedule.Repeated x) {
            return new Schedule.Repeated(x.start(), x.interval(), x.count(), x.amount() * f);
        }
        if (sc instanceof Schedule.Weekly x) {
            var m = new java.util.EnumMap<java.time.DayOfWeek, Double>(java.time.DayOfWeek.class);
            x.amounts().forEach((d, a) -> m.put(d, a * f));
            return new Schedule.Weekly(m, x.weeks(), x.firstDay(), x.timeOfDay());
        }
        Schedule.Steps x = (Schedule.Steps) sc;
        return new Schedule.Steps(x.start(), x.steps().stream()
                .map(r -> new Schedule.Repeated(r.start(), r.interval(), r.count(), r.amount() * f)).toList());
    }

    private static Schedule withInterval(Schedule sc, double interval) {
        if (sc instanceof Schedule.Repeated r && r.count() > 1) {
            double span = r.interval() * r.count();
            return new Schedule.Repeated(r.start(), interval, Math.max(1, (int) Math.ceil(span / interval - 1e-9)),
                    r.amount());
        }
        return sc;
    }
}
