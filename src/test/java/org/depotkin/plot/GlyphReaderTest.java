package org.depotkin.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.GeneralPath;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GlyphReaderTest {
    static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    static Optional<String> roundTrip(String text, Font font) {
        return GlyphReader.of(font, FRC).read(new TextLayout(text, font, FRC).getOutline(null));
    }

    @Test
    void readsBackWhatTextLayoutOutlinedInEveryHouseFont() {
        List<String> texts = List.of("Plasma concentration of naltrexone (ng/mL)", "0.05", "Time (d)",
                "90 % occupancy", "P5–P95 (n = 500)", "µg/mL ≥ 2 × 10⁻³", "first below:  day 42", "Occupancy (%)",
                "oral 50 mg q24h, 80 % adherence", "I l | 1 i j ï ı", "Ω, α–β, °C, ±1.5", "iv (run ends at 2 d)");
        for (Font font : List.of(ChartStyle.TITLE, ChartStyle.AXIS_TITLE, ChartStyle.TICKS,
                ChartStyle.TITLE.deriveFont(19f))) {
            for (String text : texts) {
                assertEquals(Optional.of(text), roundTrip(text, font), font + ": " + text);
            }
        }
    }

    @Test
    void withoutFractionalMetricsOrAntialiasingToo() {
        FontRenderContext plain = new FontRenderContext(null, false, false);
        String text = "Concentration (ng/mL), 1 000 h";
        assertEquals(Optional.of(text), GlyphReader.of(ChartStyle.TICKS, plain)
                .read(new TextLayout(text, ChartStyle.TICKS, plain).getOutline(null)));
    }

    @Test
    void aShapeThatIsNotTextIsNotRead() {
        GeneralPath box = new GeneralPath(new Rectangle2D.Double(3, -10, 40, 10));
        assertEquals(Optional.empty(), GlyphReader.of(ChartStyle.LEGEND, FRC).read(box));
        assertEquals(Optional.empty(), GlyphReader.of(ChartStyle.LEGEND, FRC).read(new GeneralPath()));
    }

    @Test
    void textInAnotherFontOrSizeIsNotRead() {
        GeneralPath outline = new GeneralPath(new TextLayout("Time (d)", ChartStyle.AXIS_TITLE, FRC).getOutline(null));
        assertEquals(Optional.empty(), GlyphReader.of(ChartStyle.TICKS, FRC).read(outline));
        assertEquals(Optional.empty(), GlyphReader.of(ChartStyle.TITLE, FRC).read(outline));
    }

    @Test
    void aCharacterOutsideTheAlphabetLeavesTheShapeUnread() {
        assertEquals(Optional.empty(), roundTrip("dose \u263A", ChartStyle.LEGEND)); // a smiling face
    }
}
