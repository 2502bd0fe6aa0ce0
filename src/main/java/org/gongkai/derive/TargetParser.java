package org.gongkai.derive;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads targets and actuals such as ≥90%, ≧1家, 不低于60%, 超过90%, 99%以上, 10天以内, ≤5个工作日,
 * 856.37万人，99%, 药品网采率≥90%，高值医用耗材网采率≥80%, dates and deadlines (2022-12-31,
 * 不晚于2023年12月31日, 晚于2023年12月31日, 2023年12月31日前, 12月底前), timeliness (按时, 及时, 未按时, 逾期),
 * and free text like "2023年底，生育保险参保人数362.95万人". Years written as context (2023年底) are
 * not measures.
 */
public final class TargetParser {

    /** The unit of a dated measure: yyyyMMdd. */
    static final String DATE = "日期";
    /** The unit of a day without a year (12月底): MMdd, 31 for a month's end, 13月 onwards for 次年. */
    static final String DAY_OF_YEAR = "月日";
    /** The unit of timeliness: 1 on time, 0 late. */
    static final String ON_TIME = "按时";

    /** Words before a figure; the longest that ends the text before it is taken (不低于 over 低于). */
    private static final Map<String, Comparison> WORDS = Map.ofEntries(
            Map.entry("≥", Comparison.AT_LEAST), Map.entry("≧", Comparison.AT_LEAST), Map.entry(">=", Comparison.AT_LEAST),
            Map.entry("＞=", Comparison.AT_LEAST), Map.entry("不低于", Comparison.AT_LEAST), Map.entry("不少于", Comparison.AT_LEAST),
            Map.entry("不小于", Comparison.AT_LEAST), Map.entry("至少", Comparison.AT_LEAST), Map.entry("最少", Comparison.AT_LEAST),
            Map.entry("不早于", Comparison.AT_LEAST), Map.entry("未低于", Comparison.AT_LEAST), Map.entry("未少于", Comparison.AT_LEAST),
            Map.entry(">", Comparison.MORE_THAN), Map.entry("＞", Comparison.MORE_THAN), Map.entry("大于", Comparison.MORE_THAN),
            Map.entry("高于", Comparison.MORE_THAN), Map.entry("超过", Comparison.MORE_THAN), Map.entry("多于", Comparison.MORE_THAN),
            Map.entry("超出", Comparison.MORE_THAN), Map.entry("晚于", Comparison.MORE_THAN), Map.entry("迟于", Comparison.MORE_THAN),
            Map.entry("≤", Comparison.AT_MOST), Map.entry("≦", Comparison.AT_MOST), Map.entry("<=", Comparison.AT_MOST),
            Map.entry("不高于", Comparison.AT_MOST), Map.entry("不超过", Comparison.AT_MOST), Map.entry("不大于", Comparison.AT_MOST),
            Map.entry("不多于", Comparison.AT_MOST), Map.entry("不晚于", Comparison.AT_MOST), Map.entry("不迟于", Comparison.AT_MOST),
            Map.entry("未超过", Comparison.AT_MOST), Map.entry("未超出", Comparison.AT_MOST), Map.entry("至多", Comparison.AT_MOST),
            Map.entry("最多", Comparison.AT_MOST),
            Map.entry("<", Comparison.LESS_THAN), Map.entry("＜", Comparison.LESS_THAN), Map.entry("小于", Comparison.LESS_THAN),
            Map.entry("低于", Comparison.LESS_THAN), Map.entry("少于", Comparison.LESS_THAN), Map.entry("早于", Comparison.LESS_THAN),
            Map.entry("不足", Comparison.LESS_THAN), Map.entry("不满", Comparison.LESS_THAN), Map.entry("未满", Comparison.LESS_THAN),
            Map.entry("未达到", Comparison.LESS_THAN),
            Map.entry("达到", Comparison.REACH),
            Map.entry("=", Comparison.EQUAL), Map.entry("＝", Comparison.EQUAL), Map.entry("等于", Comparison.EQUAL));

    private static final String WORD_ALTERNATIVES = WORDS.keySet().stream()
            .sorted(Comparator.comparing(String::length).reversed().thenComparing(Comparator.naturalOrder()))
            .map(Pattern::quote).reduce((a, b) -> a + "|" + b).orElseThrow();

    /** Units written after a number; listed so that a longer one is tried before its prefix. */
    private static final String UNITS = "个工作日|工作日|万人次|人次|万人|万元|亿元|元/人|分钟|小时|个月|%|％|‰|家|人|次|项|天|日|个|件|条|批|所|元|分|台|套|辆|户|年|月|周|倍|篇|场|期|本|份|类|种|座|处|起|例";

    /** 2022-12-31, 2023年12月31日, 2023年12月底; 2023年底 (a measure only with a word or 前/后 beside it). */
    private static final Pattern FULL_DATE = Pattern.compile(
            "(?<!\\d)(\\d{4})(?:[-/.年](\\d{1,2})[-/.月](\\d{1,2})[日号]?|年(\\d{1,2})月份?(?:底|末)|年(底|末))");
    /** 12月31日, 12月底, 次年1月底. */
    private static final Pattern DAY = Pattern.compile("(次年|翌年|下一年|下年)?(?<!\\d)(\\d{1,2})月(?:(\\d{1,2})[日号]|份?(?:底|末))");
    /** 前 and 以内 after a date make it a deadline; 后 means after it. */
    private static final Pattern DATE_SUFFIX = Pattern.compile("^\\s*(?:(之前|以前|前|以内|之内|内)|(之后|以后|后))");
    private static final Pattern TIMELINESS = Pattern.compile(
            "(未能|未|没有|没能|不能|不)?(?:(按时|及时|准时|如期|按期)|(逾期|超期|延期|延误|滞后))(?![率性度间])");
    private static final Pattern FIGURE = Pattern.compile(
            "(" + WORD_ALTERNATIVES + ")?\\s*(\\d+(?:\\.\\d+)?)\\s*(" + UNITS + ")?\\s*(及以上|以上|及以下|以下|以内|之内|内)?");

    private TargetParser() {
    }

    public static Target parse(String text) {
        if (text == null || text.isBlank()) {
            return new Target(text, List.of());
        }
        List<Found> found = new ArrayList<>();
        StringBuilder rest = new StringBuilder(text);
        fullDates(rest, found);
        days(rest, found);
        timeliness(rest, found);
        figures(rest.toString(), found);
        return new Target(text, found.stream().sorted(Comparator.comparingInt(Found::start)).map(Found::measure).toList());
    }

    /** A measure and where it starts in the text, to keep the measures in the order written. */
    private record Found(int start, Measure measure) {
    }

    private static void fullDates(StringBuilder rest, List<Found> found) {
        Matcher m = FULL_DATE.matcher(rest);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            int year = Integer.parseInt(m.group(1));
            LocalDate date;
            try {
                if (m.group(2) != null) {
                    date = LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                } else if (m.group(4) != null) {
                    date = YearMonth.of(year, Integer.parseInt(m.group(4))).atEndOfMonth();
                } else {
                    date = LocalDate.of(year, 12, 31);
                }
            } catch (DateTimeException notADate) {
                spans.add(new int[] {m.start(), m.end()});
                continue;
            }
            String prefix = rest.substring(0, m.start());
            Matcher suffix = DATE_SUFFIX.matcher(rest).region(m.end(), rest.length());
            boolean hasSuffix = suffix.lookingAt();
            Comparison word = trailingWord(prefix);
            if (m.group(5) != null && word == null && !hasSuffix) {
                continue;
            }
            Comparison comparison = word != null ? word : hasSuffix ? suffixComparison(suffix) : Comparison.BY;
            BigDecimal value = BigDecimal.valueOf(date.getYear() * 10000L + date.getMonthValue() * 100L + date.getDayOfMonth());
            found.add(new Found(m.start(), new Measure(label(prefix), comparison, value, DATE)));
            spans.add(new int[] {m.start(), hasSuffix ? suffix.end() : m.end()});
        }
        blank(rest, spans);
    }

    private static void days(StringBuilder rest, List<Found> found) {
        Matcher m = DAY.matcher(rest);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            int month = Integer.parseInt(m.group(2));
            int day = m.group(3) == null ? 31 : Integer.parseInt(m.group(3));
            if (month < 1 || month > 12 || day < 1 || day > 31) {
                spans.add(new int[] {m.start(), m.end()});
                continue;
            }
            String prefix = rest.substring(0, m.start());
            Matcher suffix = DATE_SUFFIX.matcher(rest).region(m.end(), rest.length());
            boolean hasSuffix = suffix.lookingAt();
            Comparison word = trailingWord(prefix);
            Comparison comparison = word != null ? word : hasSuffix ? suffixComparison(suffix) : Comparison.BY;
            int value = ((m.group(1) == null ? 0 : 12) + month) * 100 + day;
            found.add(new Found(m.start(), new Measure(label(prefix), comparison, BigDecimal.valueOf(value), DAY_OF_YEAR)));
            spans.add(new int[] {m.start(), hasSuffix ? suffix.end() : m.end()});
        }
        blank(rest, spans);
    }

    private static Comparison suffixComparison(Matcher suffix) {
        return suffix.group(1) != null ? Comparison.AT_MOST : Comparison.MORE_THAN;
    }

    /** 按时, 及时, 如期 are 1; 未按时, 不及时, 逾期, 延期 are 0; 未逾期, 不延期 are 1 again. */
    private static void timeliness(StringBuilder rest, List<Found> found) {
        Matcher m = TIMELINESS.matcher(rest);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            boolean onTime = (m.group(2) != null) == (m.group(1) == null);
            found.add(new Found(m.start(), new Measure("", Comparison.EQUAL, onTime ? BigDecimal.ONE : BigDecimal.ZERO, ON_TIME)));
            spans.add(new int[] {m.start(), m.end()});
        }
        blank(rest, spans);
    }

    private static void figures(String rest, List<Found> found) {
        Matcher m = FIGURE.matcher(rest);
        int labelStart = 0;
        while (m.find()) {
            String unit = unit(m.group(3));
            String number = m.group(2);
            boolean contextYear = unit.equals("年") && number.length() == 4;
            boolean listNumber = unit.isEmpty() && m.group(1) == null
                    && (rest.startsWith(".", m.end()) || rest.startsWith("、", m.end()));
            if (contextYear || listNumber || (unit.isEmpty() && number.length() == 4 && m.group(1) == null)) {
                labelStart = m.end();
                continue;
            }
            Comparison comparison = comparison(m.group(1), m.group(4));
            String label = label(rest.substring(labelStart, m.start()));
            found.add(new Found(m.start(), new Measure(label, comparison, new BigDecimal(number), unit)));
            labelStart = m.end();
        }
    }

    /** One spelling per unit, so that 5个工作日 pairs with 3工作日 and 10日 with 8天. */
    private static String unit(String written) {
        if (written == null) {
            return "";
        }
        return switch (written) {
            case "％" -> "%";
            case "个工作日" -> "工作日";
            case "日" -> "天";
            default -> written;
        };
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
                .max(Comparator.comparingInt(e -> e.getKey().length())).map(Map.Entry::getValue).orElse(null);
    }

    /** The words just before a number, after the last separator, without a comparison word. */
    private static String label(String before) {
        String part = before.replaceAll(".*[，,；;、：:。\\s　]", "");
        String word = WORDS.keySet().stream().filter(part::endsWith).max(Comparator.comparingInt(String::length)).orElse("");
        return part.substring(0, part.length() - word.length()).strip();
    }

    /** Replaces what has been read with full-width spaces, keeping every other character where it was. */
    private static void blank(StringBuilder rest, List<int[]> spans) {
        for (int[] span : spans) {
            for (int i = span[0]; i < span[1]; i++) {
                rest.setCharAt(i, '　');
            }
        }
    }
}
