package org.gongkai.render.chart;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChartFontsTest {

    @Test
    void noCjkFontMeansNoPngAndSaysWhatToInstall() {
        assertTrue(ChartFonts.find(List.of("DejaVu Sans", "Liberation Serif")).isEmpty());
        ChartDrawer drawer = new ChartDrawer(ChartFonts.fallback());
        assertFalse(drawer.drawsPng());
        IllegalStateException refusal = assertThrows(IllegalStateException.class, () -> drawer.png(null));
        assertTrue(refusal.getMessage().contains("apt-get install fonts-noto-cjk"), refusal.getMessage());
    }
}
