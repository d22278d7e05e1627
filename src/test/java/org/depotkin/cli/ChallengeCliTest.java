package org.depotkin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code depotkin blockade --challenge} with other opioids and routes: windows, and the dose felt without naltrexone. */
class ChallengeCliTest {
    @TempDir
    Path tmp;

    /** One route end to end; fentanyl and oxycodone are checked on the same run in ChallengeRoutesTest. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"3 mg IM hydromorphone, 0.6318"})
    void xrntxAgainstAnotherOpioid(String challenge, String feltDose) throws IOException {
        Path out = tmp.resolve("out");
        CliTest.Result r = CliTest.run("blockade", "models/xrntx-380mg-q4w.yaml", "--challenge", challenge,
                "--duration", "35d", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains(challenge + " blocked"), r.out());
        String agonist = challenge.replaceFirst("^\\S+ mg ", "");
        assertTrue(r.out().contains(agonist + ": smallest dose felt without naltrexone " + feltDose + " mg"), r.out());
        List<String> windows = Files.readAllLines(out.resolve("xrntx-380mg-q4w-blockade-windows.csv"));
        assertTrue(windows.stream().anyMatch(l -> l.startsWith("xrntx-380mg-q4w," + challenge + " blocked,")), windows.toString());
    }
}
