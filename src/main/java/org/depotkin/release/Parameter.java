package org.depotkin.release;

import java.io.Serializable;

/**
 * One number of a release law or failure mode that a population, a fit or a design may vary: its key as model files
 * write it, its engine unit and the values it may take.
 *
 * @param key   e.g. {@code k}, {@code td}, {@code p-min}
 * @param unit  engine unit, e.g. {@code 1/h}, {@code h}, {@code 1} for a plain number
 * @param range allowed values
 */
public record Parameter(String key, String unit, Range range) implements Serializable {
}
