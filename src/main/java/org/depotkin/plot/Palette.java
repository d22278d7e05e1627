package org.depotkin.plot;

import java.awt.BasicStroke;
import java.awt.Color;

/**
 * Colours and line styles. Scenario colours follow the Okabe–Ito palette (safe for the common
 * colour-vision deficiencies), in an order that puts the most distinct, print-safe colours first
 * and yellow, hard to see on white, last.
 */
public final class Palette {
    /** Okabe & Ito (2008), "Color Universal Design". */
    private static final Color[] OKABE_ITO = {
        new Color(0x0072B2), // blue
        new Color(0xD55E00), // vermillion
        new Color(0x009E73), // bluish green
        new Color(0xCC79A7), // reddish purple
        new Color(0xE69F00), // orange
        new Color(0x56B4E9), // sky blue
        new Color(0x000000), // black
        new Color(0xF0E442), // yellow
    };

    /** Threshold lines and their labels. */
    public static final Color THRESHOLD = new Color(0x444444);
    /** Grid lines. */
    public static final Color GRID = new Color(0xE3E3E3);
    /** Axes, ticks and text. */
    public static final Color TEXT = new Color(0x222222);

    /** Width of a series line (px at 1200 × 700). */
    public static final float LINE_WIDTH = 2.5f;

    private Palette() {
    }

    /** Colour of the i-th scenario (cycles after 8). */
    public static Color color(int i) {
        return OKABE_ITO[Math.floorMod(i, OKABE_ITO.length)];
    }

    /** A solid line. */
    public static BasicStroke solid() {
        return new BasicStroke(LINE_WIDTH, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    /** A dashed line. */
    public static BasicStroke dashed() {
        return new BasicStroke(LINE_WIDTH, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                new float[] {12f, 7f}, 0f);
    }

    /** A dotted line. */
    public static BasicStroke dotted() {
        return new BasicStroke(LINE_WIDTH + 0.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f,
                new float[] {0.5f, 6f}, 0f);
    }

    /** Dash-dot, for a third analyte. */
    public static BasicStroke dashDot() {
        return new BasicStroke(LINE_WIDTH, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                new float[] {12f, 5f, 2f, 5f}, 0f);
    }

    /** The i-th line style: solid, dashed, dotted, dash-dot (cycles). */
    public static BasicStroke line(int i) {
        return switch (Math.floorMod(i, 4)) {
            case 0 -> solid();
            case 1 -> dashed();
            case 2 -> dotted();
            default -> dashDot();
        };
    }

    /** Dash patterns of a figure's first, second and third threshold (then again). */
    private static final float[][] THRESHOLD_DASHES = {{14f, 6f}, {3f, 4f}, {14f, 4f, 3f, 4f}};

    /**
     * The k-th threshold line of a figure: thinner than the series; long dashes, then short dashes,
     * then dash-dot, so that two thresholds (1 and 2 ng/mL) are told apart without reading the label.
     */
    public static BasicStroke threshold(int k) {
        return new BasicStroke(1.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                THRESHOLD_DASHES[Math.floorMod(k, THRESHOLD_DASHES.length)], 0f);
    }
}
