package org.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void plainLinesAtEveryTenthWhenNotOnATerminal() {
        StringWriter text = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(text), false);
        for (int done = 1; done <= 200; done++) {
            bar.advance(done, 200);
        }
        assertEquals(11, text.toString().lines().count(), text::toString);
        assertTrue(text.toString().lines().allMatch(l -> l.startsWith("生成中：")));
        assertTrue(text.toString().contains("生成中：200/200 个单位（100%）"));
        assertTrue(!text.toString().contains("\r"), "no carriage returns in logs");
    }

    @Test
    void aBarRedrawnInPlaceOnATerminal() {
        StringWriter text = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(text), true);
        bar.advance(1, 2);
        bar.advance(2, 2);
        assertTrue(text.toString().startsWith("\r生成中 [###############               ] 1/2"), text::toString);
        assertTrue(text.toString().endsWith("] 2/2 个单位" + System.lineSeparator()), text::toString);
    }
}
