package org.gongkai.imports;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A table cell's text from its lines as the document breaks them (a Word cell's paragraphs and manual
 * breaks, an Excel cell's Alt+Enter, {@code <br>} and {@code <p>} in a web page's cell). A break the
 * document makes on purpose is kept as a line break: before a numbered item (1、 2. （1） 一、 ① •), before
 * a labelled line (合格： 零分: 其他:), after a sentence's end (。；！？) or an item's points (（2分）),
 * between two paragraphs of a Word cell (unless the cell's paragraphs are lines of one text wrapped to a
 * width, as a PDF converted to Word gives them), and after a line that stops well short of the next (it
 * did not fill the cell, so it was not wrapped to fit it). A break that only wraps a line — mid-number,
 * before a closing mark or a printed unit such as (万元), inside a heading broken to fit a narrow
 * column (一级⏎指标), mid-sentence — is joined: with nothing next to a Chinese character or inside a number,
 * else a space.
 */
final class CellLines {

    /** A line of a cell, cleaned by {@link Text#clean}, and whether a paragraph (not a manual break) ends the line before it. */
    record Line(String text, boolean paragraph) {
    }

    private static final String HAN_NUMBER = "[一二三四五六七八九十]{1,3}";
    private static final Pattern NUMBERED = Pattern.compile("^(?:\\d{1,2}\\s*[、.．)）](?!\\d)|[（(]\\s*(?:\\d{1,2}|" + HAN_NUMBER
            + ")\\s*[)）]|" + HAN_NUMBER + "[、.．]|[\\u2460-\\u2473\\u2474-\\u2487\\u2488-\\u249B\\u3251-\\u325F•●▪■◆◇○]|第" + HAN_NUMBER
            + "[，,、：:])\\s*\\S");
    private static final Pattern LABELLED = Pattern.compile("^[\\p{IsHan}A-Za-z]{2,6}\\s*(?:[（(][^（()）]{1,8}[)）])?\\s*[:：]");
    private static final Pattern ENDED = Pattern.compile("(?:[。；！？;!?]|[（(]\\s*\\d+(?:\\.\\d+)?\\s*分\\s*[)）])[”’」』）)]?$");
    private static final Pattern MID_NUMBER_BEFORE = Pattern.compile("\\d[.,，]?$");
    private static final Pattern MID_NUMBER_AFTER = Pattern.compile("^(?:\\d|[.,%‰]\\d?)");
    private static final Pattern OPENED = Pattern.compile("[（(《“‘「『【〔\\[]$");
    private static final Pattern CLOSING = Pattern.compile("^[，。、；：？！）)》”’」』】〕\\]%‰,.;:?!]");
    private static final Pattern ANNOTATION = Pattern.compile("^[（(][^（()）]{1,16}[)）]$");

    /** A line narrower than this (five Chinese characters) is a fragment of a heading or a label, not a line of text. */
    private static final int FRAGMENT_WIDTH = 10;
    /** A line this much narrower than the next (two Chinese characters) did not fill its cell. */
    private static final int SHORT_BY = 4;
    /** A line this close to the widest (one Chinese character) fills it: a digit is narrower, a mark may not start a line. */
    private static final int FULL_SLACK = 2;
    /** Text wrapped narrower than this (ten Chinese characters) is a heading's, whose fragments join anyway. */
    private static final int WRAPPED_TEXT_WIDTH = 20;

    private CellLines() {
    }

    /** The cell's text: empty lines dropped, each break between two lines kept or joined. */
    static String join(List<Line> lines) {
        List<Line> kept = lines.stream().filter(line -> !line.text().isEmpty()).toList();
        int wrapWidth = wrapWidth(kept);
        StringBuilder out = new StringBuilder();
        String before = null;
        for (Line line : kept) {
            String text = line.text();
            if (before != null) {
                boolean paragraph = line.paragraph() && (wrapWidth == 0 || width(before) < wrapWidth - FULL_SLACK);
                if (kept(before, text, paragraph)) {
                    out.append('\n');
                } else if (!chinese(before.codePointBefore(before.length())) && !chinese(text.codePointAt(0)) && !midNumber(before, text)) {
                    out.append(' ');
                }
            }
            out.append(text);
            before = text;
        }
        return out.toString();
    }

    /**
     * The width a cell's text was wrapped to, by hand or by a conversion that makes each printed line a
     * paragraph (a PDF turned into Word): its widest line, when at least two lines before the last fill it;
     * else 0. A paragraph that fills that width is a wrapped line, not a paragraph of its own.
     */
    private static int wrapWidth(List<Line> lines) {
        int widest = lines.stream().mapToInt(line -> width(line.text())).max().orElse(0);
        long full = lines.stream().limit(Math.max(0, lines.size() - 1)).filter(line -> width(line.text()) >= widest - FULL_SLACK).count();
        return widest >= WRAPPED_TEXT_WIDTH && full >= 2 ? widest : 0;
    }

    /** Whether the break between {@code before} and {@code after} is the document's own, not a wrapped line. */
    private static boolean kept(String before, String after, boolean paragraph) {
        if (NUMBERED.matcher(after).find() || LABELLED.matcher(after).find() || ENDED.matcher(before).find()) {
            return true;
        }
        if (midNumber(before, after) || OPENED.matcher(before).find() || CLOSING.matcher(after).find() || ANNOTATION.matcher(after).matches()) {
            return false;
        }
        int beforeWidth = width(before);
        if (beforeWidth < FRAGMENT_WIDTH || paragraph && width(after) < FRAGMENT_WIDTH) {
            return false;
        }
        return paragraph || width(after) >= beforeWidth + SHORT_BY;
    }

    private static boolean midNumber(String before, String after) {
        return MID_NUMBER_BEFORE.matcher(before).find() && MID_NUMBER_AFTER.matcher(after).find();
    }

    /** Printed width: a Chinese character or full-width mark counts two, a digit, letter or space one. */
    private static int width(String text) {
        return text.codePoints().map(c -> wide(c) ? 2 : 1).sum();
    }

    private static boolean wide(int c) {
        return chinese(c) || c >= 0x2460 && c <= 0x24FF || c >= 0x2018 && c <= 0x201D || c >= 0x3250 && c <= 0x32FF
                || c >= 0x2E80 && c <= 0x9FFF || c >= 0xF900 && c <= 0xFAFF;
    }

    /** As {@link Text}'s: a Han character, a CJK mark (、。「」…) or a full-width form. */
    private static boolean chinese(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || c >= 0x3001 && c <= 0x303F || c >= 0xFF01 && c <= 0xFFEF;
    }
}
