package org.depotkin.model;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean …?" support: finds the known name closest to a misspelt one.
 *
 * <p>Closeness is the Levenshtein distance between the lower-cased words; a candidate is only
 * offered when that distance is at most {@code max(2, word.length() / 3)}. Among equally close
 * candidates the one closest with case taken into account wins, then the first in iteration order.
 */
public final class Names {

    private Names() {
    }

    /**
     * The candidate closest to {@code word}, or empty when none is reasonably close.
     *
     * @param word       what the user wrote
     * @param candidates the names that would have been accepted
     */
    public static Optional<String> nearest(String word, Collection<String> candidates) {
        if (word == null || word.isEmpty() || candidates == null) {
            return Optional.empty();
        }
        String lower = word.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, word.length() / 3);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int bestExact = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            if (candidate == null || candidate.isEmpty()) {
                continue;
            }
            int d = levenshtein(lower, candidate.toLowerCase(Locale.ROOT));
            if (d > limit) {
                continue;
            }
            int exact = levenshtein(word, candidate);
            if (d < bestDistance || (d == bestDistance && exact < bestExact)) {
                best = candidate;
                bestDistance = d;
                bestExact = exact;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * {@code "; did you mean 'x'?"} for the nearest candidate, or the empty string when there is
     * none; meant to be appended to an error message.
     */
    public static String didYouMean(String word, Collection<String> candidates) {
        return nearest(word, candidates).map(c -> "; did you mean '" + c + "'?").orElse("");
    }

    /** Levenshtein (edit) distance between two strings, case-sensitive. */
    public static int levenshtein(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
