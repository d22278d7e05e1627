package org.depotkin.plot;

import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.GeneralPath;
import java.util.Optional;
import de.erichseifert.vectorgraphics2d.VectorGraphics2D;

/**
 * VectorGraphics2D that writes XChart's text as text. XChart 4 fills each string's glyph outlines
 * (a {@link GeneralPath} from {@code TextLayout.getOutline}, turned a quarter anticlockwise for a
 * y-axis title) in the current font, with the graphics translated to where the string goes. Such a
 * fill that {@link GlyphReader} reads whole, upright or after a quarter turn back, becomes
 * {@code drawString} at the same origin, turned the same way, in the same font and colour, which
 * the SVG processor writes as a {@code <text>} element. Every other shape is filled as before.
 */
final class TextGraphics extends VectorGraphics2D {

    @Override
    public void fill(Shape s) {
        if (s instanceof GeneralPath) {
            GlyphReader reader = GlyphReader.of(getFont(), getFontRenderContext());
            for (int quarters = 0; quarters < 4; quarters++) {
                AffineTransform turn = AffineTransform.getQuadrantRotateInstance(quarters);
                Optional<String> text = reader.read(turn.createTransformedShape(s));
                if (text.isPresent()) {
                    AffineTransform saved = getTransform();
                    transform(AffineTransform.getQuadrantRotateInstance(-quarters));
                    drawString(text.get(), 0f, 0f);
                    setTransform(saved);
                    return;
                }
            }
        }
        super.fill(s);
    }
}
