package org.depotkin.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.depotkin.io.yaml.ModelFileException;
import org.depotkin.model.Criterion;
import org.depotkin.model.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Challenge criteria from plain text and from YAML, and the agonist's response block. */
class ChallengeCriterionTest {
    @TempDir
    Path tmp;

    @Test
    void plainText() {
        assertEquals(new Criterion.Challenge(25, "heroin", 24), CriterionParser.parse("25 mg IV heroin blocked for 24 h"));
        assertEquals(new Criterion.Challenge(1000, "heroin", 48), CriterionParser.parse("1 g iv heroin for 2 d"));
        Criterion.Challenge c = (Criterion.Challenge) CriterionParser.parse("25 mg IV heroin");
        assertTrue(Double.isNaN(c.target()));
        assertEquals("25 mg IV heroin blocked for 24 h", CriterionParser.parse("25 mg IV heroin blocked for 24 h")
                .describe());
        assertEquals(new Criterion.Occupancy(0.9), CriterionParser.parse("occupancy >= 90 %"));
        assertEquals(new Criterion.Concentration("naltrexone", 2), CriterionParser.parse("naltrexone >= 2 ng/mL"));
        assertEquals(new Criterion.Challenge(10, "morphine", Double.NaN), CriterionParser.parseChallenge("10 mg IV morphine"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"25 mg rectal heroin", "25 IV heroin", "25 mg/L IV heroin", "naltrexone > 2 ng/mL",
        "25 mg IV heroin blocked for 24 mg", "heroin", "", "-5 mg IV heroin", "25 mg IV heroin blocked for"})
    void badTextIsOneClearLine(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CriterionParser.parse(text));
        assertTrue(e.getMessage().startsWith("cannot read criterion") || e.getMessage().contains("challenge dose"),
                e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void fromAScenarioFile() {
        Scenario s = ModelFiles.scenario(Path.of("models/oral-50mg-single.yaml"));
        assertEquals(new Criterion.Challenge(25, "heroin", 24), s.criteria().get(0));
    }

    @Test
    void fromACriterionFileAndWithAMissingAgonist() throws IOException {
        Path models = tmp.resolve("models");
        Files.createDirectories(models.resolve("compounds"));
        for (String f : new String[] {"compounds/naltrexone.yaml", "compounds/heroin.yaml",
            "formulations/naltrexone-oral-tablet.yaml", "regimens/oral-50mg-once.yaml"}) {
            Files.createDirectories(models.resolve(f).getParent());
            Files.copy(Path.of("models").resolve(f), models.resolve(f));
        }
        Files.writeString(models.resolve("heroin-24h.yaml"), "criterion: heroin-24h\ntext: 25 mg IV heroin blocked for 24 h\n");
        String head = "scenario: s\ncompound: compounds/naltrexone.yaml\nformulation: formulations/naltrexone-oral-tablet.yaml\n"
                + "regimen: regimens/oral-50mg-once.yaml\nduration: 2 d\n";
        Files.writeString(models.resolve("a.yaml"), head + "criteria: [heroin-24h.yaml]\n");
        assertEquals(new Criterion.Challenge(25, "heroin", 24), ModelFiles.scenario(models.resolve("a.yaml")).criteria().get(0));
        Files.writeString(models.resolve("b.yaml"), head + "criteria: [\"25 mg IV cocaine blocked\"]\n");
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFiles.scenario(models.resolve("b.yaml")));
        assertTrue(e.getMessage().matches(".*b\\.yaml:6:\\d+: challenge agonist 'cocaine': no compound file .*"), e.getMessage());
        Files.writeString(models.resolve("c.yaml"), head + "criteria: [\"25 mg oral heroin blocked\"]\n");
        e = assertThrows(ModelFileException.class, () -> ModelFiles.scenario(models.resolve("c.yaml")));
        assertTrue(e.getMessage().contains("c.yaml:6:") && e.getMessage().contains("heroin has no oral route"),
                e.getMessage());
    }

    @Test
    void responseBlock() throws IOException {
        assertEquals(0.9, ModelFiles.agonist(Path.of("models/compounds/morphine.yaml")).washoutMargin(), 1e-15);
        Path f = tmp.resolve("h.yaml");
        String text = Files.readString(Path.of("models/compounds/heroin.yaml"));
        Files.writeString(f, text.replaceAll("occupancy: \\{value: [^,]+,", "occupancy: {value: 140 %,"));
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFiles.agonist(f));
        assertTrue(e.getMessage().contains("must be within (0, 100 %)"), e.getMessage());
        Files.writeString(f, text.replace("  occupancy:", "  occupancyy:"));
        e = assertThrows(ModelFileException.class, () -> ModelFiles.agonist(f));
        assertTrue(e.getMessage().contains("unknown key 'occupancyy'"), e.getMessage());
    }

    /** The transducer ratio is shared with the threshold; fu and Kpuu divide Ki; bad values are one clear line. */
    @Test
    void receptorTerms() throws IOException {
        assertEquals(8, ModelFiles.agonist(Path.of("models/compounds/oxycodone.yaml")).transducerRatio(), 0.0);
        // oxycodone: Ki 25.87 nM at 315.37 g/mol over fu 0.55 and Kp,uu 3.0
        double kd = ModelFiles.agonist(Path.of("models/compounds/oxycodone.yaml")).compound().parent().binding().kd();
        assertEquals(25.87 * 0.31537 / (0.55 * 3.0), kd, 1e-9);
        String text = Files.readString(Path.of("models/compounds/morphine.yaml"));
        Path f = tmp.resolve("m.yaml");
        Files.copy(Path.of("models/compounds/heroin.yaml"), tmp.resolve("heroin.yaml"));
        Files.writeString(f, text.replace("  shared-with: heroin", "  shared-with: heroin\n  transducer-ratio: 3"));
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFiles.agonist(f));
        assertTrue(e.getMessage().contains("not both"), e.getMessage());
        Files.writeString(f, text.replace("fu: {value: 0.65,", "fu: {value: 0,"));
        e = assertThrows(ModelFileException.class, () -> ModelFiles.agonist(f));
        assertTrue(e.getMessage().matches("^\\S+:\\d+:\\d+: .*'fu' must be above 0.*"), e.getMessage());
    }
}
