package org.depotkin.analysis.validation;

import java.util.ArrayList;
import java.util.List;
import org.depotkin.model.Quantity;

/**
 * Every target evaluated: predicted value (in the observed unit), ratio predicted / observed and
 * pass/fail against the allowed range.
 *
 * @param rows one per target, in file order
 */
public record Scorecard(List<Row> rows) {

    /**
     * One evaluated target.
     *
     * @param target    the target
     * @param predicted the model's value, in the unit of the observed value
     */
    public record Row(Target target, double predicted) {
        /** predicted / observed. */
        public double ratio() {
            return predicted / target.observed().value();
        }

        public boolean passes() {
            return predicted >= target.low() && predicted <= target.high();
        }
    }

    public Scorecard {
        rows = List.copyOf(rows);
    }

    /** Evaluates every target, sharing runs. */
    public static Scorecard of(List<Target> targets, Runs runs) {
        List<Row> rows = new ArrayList<>();
        for (Target t : targets) {
            double value = t.measure().of(t.scenario(), runs);
            double shown = Double.isFinite(value) ? Quantity.of(value, t.measure().unit()).in(t.observed().unit()) : value;
            rows.add(new Row(t, shown));
        }
        return new Scorecard(rows);
    }

    /** Targets marked solid that fail. */
    public List<Row> solidFailures() {
        return rows.stream().filter(r -> r.target().strength() == Target.Strength.SOLID && !r.passes()).toList();
    }

    /** How many targets pass. */
    public long passed() {
        return rows.stream().filter(Row::passes).count();
    }
}
