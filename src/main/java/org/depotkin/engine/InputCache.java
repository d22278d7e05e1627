package org.depotkin.engine;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Input fits ({@link InputPanels}) shared by many runs, e.g. the subjects of a trial: runs whose input schedule
 * (depots with their release, infusions, events, tolerances) is equal take the same fit, which depends on nothing
 * else. At most {@value #CAPACITY} schedules are kept (the cache starts again when full); thread-safe.
 */
public final class InputCache {
    static final int CAPACITY = 64;
    private final Map<InputPanels.Key, InputPanels> fits = new ConcurrentHashMap<>();

    InputPanels get(CompiledModel m, double tol, double amount, double from) {
        InputPanels.Key key = InputPanels.Key.of(m, tol, amount, from);
        InputPanels known = fits.get(key);
        if (known != null) {
            return known;
        }
        InputPanels fresh = InputPanels.of(m, tol, amount, from);
        if (fits.size() >= CAPACITY) {
            fits.clear();
        }
        fits.put(key, fresh);
        return fresh;
    }
}
