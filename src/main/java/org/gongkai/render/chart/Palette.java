package org.gongkai.render.chart;

import java.awt.Color;

/**
 * Okabe–Ito colours, ordered so that neighbours also differ in lightness: distinguishable with the
 * common colour-vision deficiencies and when printed in grey.
 */
final class Palette {

    private static final Color[] COLORS = {
        new Color(0x00, 0x72, 0xB2), // blue, dark
        new Color(0xE6, 0x9F, 0x00), // orange, light
        new Color(0x00, 0x9E, 0x73), // bluish green, middle
        new Color(0xCC, 0x79, 0xA7), // reddish purple, light
        new Color(0xD5, 0x5E, 0x00), // vermillion, middle-dark
        new Color(0x56, 0xB4, 0xE9), // sky blue, light
        new Color(0x33, 0x33, 0x33), // near black
        new Color(0xF0, 0xE4, 0x42), // yellow, lightest
    };

    private Palette() {
    }

    static Color color(int index) {
        return COLORS[index % COLORS.length];
    }
}
