package org.depotkin.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class NamesTest {

    private static final List<String> LAWS = List.of("zero-order", "first-order", "higuchi",
            "korsmeyer-peppas", "weibull", "biexponential", "multiphase", "tabulated");

    @Test
    void findsTypos() {
        assertEquals(Optional.of("weibull"), Names.nearest("weibul", LAWS));
        assertEquals(Optional.of("weibull"), Names.nearest("Weibull", LAWS));
        assertEquals(Optional.of("CL"), Names.nearest("CLL", List.of("CL", "V", "Q", "V2")));
        assertEquals(Optional.of("higuchi"), Names.nearest("higuci", LAWS));
    }

    @Test
    void nothingWhenFarAway() {
        assertEquals(Optional.empty(), Names.nearest("banana", LAWS));
        assertEquals(Optional.empty(), Names.nearest("", LAWS));
        assertEquals(Optional.empty(), Names.nearest("x", List.of()));
    }

    @Test
    void thresholdIsMaxOfTwoAndAThird() {
        assertEquals(Optional.of("ab"), Names.nearest("xy", List.of("ab"))); // distance 2 <= 2
        assertEquals(Optional.empty(), Names.nearest("xyz", List.of("abc"))); // 3 > max(2, 1)
        // 12 letters: up to 4 edits allowed
        assertEquals(Optional.of("abcdefghijkl"), Names.nearest("abcdefghWXYZ", List.of("abcdefghijkl")));
        assertEquals(Optional.empty(), Names.nearest("abcdefgVWXYZ", List.of("abcdefghijkl")));
    }

    @Test
    void exactCaseBreaksTies() {
        assertEquals(Optional.of("mM"), Names.nearest("mM", List.of("MM", "mM", "Mm")));
    }

    @Test
    void levenshtein() {
        assertEquals(3, Names.levenshtein("kitten", "sitting"));
        assertEquals(0, Names.levenshtein("", ""));
        assertEquals(4, Names.levenshtein("", "abcd"));
    }

    static Stream<Long> seeds() {
        return IntStream.range(0, 30).mapToObj(i -> 77L + i);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aSingleEditOfACandidateIsFoundAgain(long seed) {
        Random r = new Random(seed);
        String word = LAWS.get(r.nextInt(LAWS.size()));
        StringBuilder typo = new StringBuilder(word);
        int i = r.nextInt(word.length());
        switch (r.nextInt(3)) {
            case 0 -> typo.deleteCharAt(i);
            case 1 -> typo.insert(i, (char) ('a' + r.nextInt(26)));
            default -> typo.setCharAt(i, (char) ('a' + r.nextInt(26)));
        }
        String found = Names.nearest(typo.toString(), LAWS).orElseThrow();
        // the typo is at most one edit from what was found, and from the word itself
        assertEquals(true, Names.levenshtein(typo.toString(), found) <= Names.levenshtein(typo.toString(), word));
    }
}
