package org.gongkai.draft;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Printed labels and titles compared as a clerk reads them: widths, spaces, quotes and numbering aside. */
final class Labels {

    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:[（(][一二三四五六七八九十\\d]+[)）]|[一二三四五六七八九十\\d]+[、.．]|第[一二三四五六七八九十\\d]+[部分章节]?)");
    private static final Pattern SPACE_AND_QUOTES = Pattern.compile("[\\s\"'“”‘’「」\u3000]+");

    private Labels() {
    }

    /** {@code 1、其中： 因公出国（境）费} and {@code 因公出国(境)费} read alike. */
    static String normal(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC);
        normal = SPACE_AND_QUOTES.matcher(normal).replaceAll("");
        normal = NUMBERING.matcher(normal).replaceFirst("");
        if (normal.startsWith("其中:")) {
            normal = normal.substring(3);
        }
        return normal.replace("：", ":");
    }

    /** A row that prints a total (合计, 总计, 本年收入合计 …) rather than an item. */
    static boolean isTotal(String text) {
        String normal = normal(text);
        return normal.endsWith("合计") || normal.endsWith("总计") || normal.equals("小计") || normal.equals("总分");
    }

    /** A cell left blank on purpose: empty, or only a dash or slash. */
    static boolean isBlank(String text) {
        String strip = text.strip();
        return strip.isEmpty() || strip.matches("[-－—–/／\\\\]+");
    }
}
