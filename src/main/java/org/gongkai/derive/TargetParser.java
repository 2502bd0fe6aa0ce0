package org.gongkai.derive;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads targets and actuals such as ≥90%, ≧1家, 不低于60%, ≤60分钟, ＝100%, 不晚于12月底,
 * 856.37万人，99%, 药品网采率≥90%，高值医用耗材网采率≥80%, 2022-12-31, and free text like
 * "2023年底，生育保险参保人数362.95万人". Years and dates written as context (2023年底) are not measures.
 */
public final class TargetParser {

    /** Words before a number, longest first so that 不低于 wins over 低于. */
    private static final Map<String, Comparison> WORDS = Map.ofEntries(
            Map.entry("≥", Comparison.AT_LEAST), Map.entry("≧", Comparison.AT_LEAST), Map.entry(">=", Comparison.AT_LEAST),
            Map.entry("＞=", Comparison.AT_LEAST), Map.entry("不低于", Comparison.AT_LEAST), Map.entry("不少于", Comparison.AT_LEAST),
            Map.entry("不小于", Comparison.AT_LEAST), Map.entry("至少", Comparison.AT_LEAST), Map.entry("达到", Comparison.AT_LEAST),
            Map.entry("不早于", Comparison.AT_LEAST),
            Map.entry(">", Comparison.MORE_THAN), Map.entry("＞", Comparison.MORE_THAN), Map.entry("大于", Comparison.MORE_THAN),
            Map.entry("高于", Comparison.MORE_THAN), Map.entry("超过", Comparison.MORE_THAN), Map.entry("多于", Comparison.MORE_THAN),
            Map.entry("≤", Comparison.AT_MOST), Map.entry("≦", Comparison.AT_MOST), Map.entry("<=", Comparison.AT_MOST),
            Map.entry("不高于", Comparison.AT_MOST), Map.entry("不超过", Comparison.AT_MOST), Map.entry("不大于", Comparison.AT_MOST),
            Map.entry("不多于", Comparison.AT_MOST), Map.entry("不晚于", Comparison.AT_MOST), Map.entry("不迟于", Comparison.AT_MOST),
            Map.entry("<", Comparison.LESS_THAN), Map.entry("＜", Comparison.LESS_THAN), Map.entry("小于", Comparison.LESS_THAN),
            Map.entry("低于", Comparison.LESS_THAN), Map.entry("少于", Comparison.LESS_THAN),
            Map.entry("=", Comparison.EQUAL), Map.entry("＝", Comparison.EQUAL), Map.entry("等于", Comparison.EQUAL));

    private static final String WORD_ALTERNATIVES = WORDS.keySet().stream()
            .sorted((a, b) -> b.length() - a.length()).map(Pattern::quote).reduce((a, b) -> a + "|" + b).orElseThrow();

    /** Units written after a number; the longest that matches is taken. */
    private static final String UNITS = "万人次|人次|万人|万元|亿元|元/人|分钟|小时|个月|月底|%|％|‰|家|人|次|项|天|日|个|件|条|批|所|元|分|台|套|辆|户|年|月|周|倍|篇|场|期|本|份|类|种|座|处";

    private static final Pattern DATE = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?");
    private static final Pattern MEASURE = Pattern.compile(
            "(" + WORD_ALTERNATIVES + ")?\\s*(\\d+(?:\\.\\d+)?)\\s*(" + UNITS + ")?\\s*(及以上|以上|及以下|以下|以内|之内|内)?");

    private TargetParser() {
    }

    public static Target parse(String text) {
        if (text == null || text.isBlank()) {
            return new Target(text, List.of());
        }
        List<Measure> measures = new ArrayList<>();
        String rest = text;
        Matcher date = DATE.matcher(rest);
        while (date.find()) {
            String prefix = rest.substring(0, date.start());
            Comparison comparison = trailingWord(prefix);
            BigDecimal value = new BigDecimal(date.group(1) + pad(date.group(2)) + pad(date.group(3)));
            measures.add(new Measure(label(prefix), comparison == null ? Comparison.AT_MOST : comparison, value, "日期"));
        }
        rest = DATE.matcher(rest).replaceAll("　");
        Matcher m = MEASURE.matcher(rest);
        int labelStart = 0;
        while (m.find()) {
            String unit = m.group(3) == null ? "" : m.group(3).replace("％", "%");
            String number = m.group(2);
            boolean contextYear = unit.equals("年") && number.length() == 4;
            boolean listNumber = unit.isEmpty() && m.group(1) == null && rest.startsWith(".", m.end())
                    || unit.isEmpty() && m.group(1) == null && rest.startsWith("、", m.end());
            if (contextYear || listNumber || (unit.isEmpty() && number.length() == 4 && m.group(1) == null)) {
                labelStart = m.end();
                continue;
            }
            Comparison comparison = comparison(m.group(1), m.group(4));
            String label = label(rest.substring(labelStart, m.start()));
            measures.add(new Measure(label, comparison, new BigDecimal(number), unit));
            labelStart = m.end();
        }
        return new Target(text, List.copyOf(measures));
    }

    private static Comparison comparison(String word, String suffix) {
        if (word != null) {
            return WORDS.get(word);
        }
        if (suffix == null) {
            return Comparison.REACH;
        }
        return suffix.contains("上") ? Comparison.AT_LEAST : Comparison.AT_MOST;
    }

    private static Comparison trailingWord(String prefix) {
        String trimmed = prefix.strip();
        return WORDS.entrySet().stream().filter(e -> trimmed.endsWith(e.getKey()))
                .max((a, b) -> a.getKey().length() - b.getKey().length()).map(Map.Entry::getValue).orElse(null);
    }

    /** The words just before a number, after the last separator, without a comparison word. */
    private static String label(String before) {
        String part = before.replaceAll(".*[，,；;、：:。\\s]", "");
        for (String word : WORDS.keySet()) {
            if (part.endsWith(word)) {
                part = part.substring(0, part.length() - word.length());
            }
        }
        return part.strip();
    }

    private static String pad(String two) {
        return two.length() == 1 ? "0" + two : two;
    }
}
