package org.gongkai.draft;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.imports.SourceTable;
import org.gongkai.model.TableKind;

/**
 * A table's printed number ({@code 公开02表}, {@code 表2}, {@code 附表3}) and title, from its caption lines
 * and its worksheet's name, and the catalogue kind whose printed names its title holds.
 *
 * @param number the number as printed, or null
 * @param title the title as printed, or null when none is printed
 */
record TableTitle(String number, String title) {

    private static final Pattern NUMBER = Pattern.compile("(公开\\s*\\d+\\s*表|附?表\\s*[0-9一二三四五六七八九十]+)");
    private static final Pattern NOT_TITLE = Pattern.compile(
            "(?:(?:编制|填报|主管|预算)?(?:单位|部门)\\s*[:：].*|金额单位.*|单位\\s*[:：].*|\\(?[（(]?\\d{4}\\s*年度?[)）]?)");

    /**
     * @param preceding the paragraph or heading printed just before the table (a Word table's title is often
     *     one), taken when the table has no title of its own; null for none
     */
    static TableTitle of(SourceTable table, String preceding) {
        List<String> captions = new java.util.ArrayList<>(table.captions());
        if (preceding != null && preceding.strip().length() <= 60 && table.captions().stream().allMatch(c -> NOT_TITLE.matcher(c.strip()).matches() || NUMBER.matcher(c).matches())) {
            captions.add(preceding.strip());
        }
        String number = null;
        String title = null;
        for (String caption : captions) {
            String line = caption.strip();
            Matcher matcher = NUMBER.matcher(line);
            if (number == null && matcher.find()) {
                number = matcher.group(1).replaceAll("\\s+", "");
                line = (line.substring(0, matcher.start()) + line.substring(matcher.end())).strip();
                line = line.replaceFirst("^[：:、.．\\s]+", "").strip();
            }
            if (title == null && !line.isEmpty() && !NOT_TITLE.matcher(line).matches()) {
                title = line;
            }
        }
        if (number == null && table.sheet() != null) {
            Matcher matcher = NUMBER.matcher(table.sheet());
            if (matcher.find()) {
                number = matcher.group(1).replaceAll("\\s+", "");
            } else if (title == null && !table.sheet().isBlank()) {
                title = table.sheet().strip();
            }
        }
        return new TableTitle(number, title);
    }

    /**
     * The kind of {@code report} ({@code final-accounts} or {@code evaluation}) whose longest printed name the
     * title holds (so 收入支出决算总表 is not taken for a 支出决算总表).
     */
    Optional<TableKind> kind(Map<String, TableKind> kinds, String report) {
        if (title == null) {
            return Optional.empty();
        }
        String normal = Labels.normal(title);
        record Match(TableKind kind, int length) {
        }
        return kinds.values().stream()
                .filter(kind -> report.equals(kind.report()))
                .flatMap(kind -> kind.names().stream()
                        .filter(name -> normal.contains(Labels.normal(name)))
                        .map(name -> new Match(kind, Labels.normal(name).length())))
                .max(Comparator.comparingInt(Match::length).thenComparing(m -> m.kind().block() != null && m.kind().block().equals(m.kind().id())))
                .map(Match::kind);
    }

    /** The title, or {@code 表N} when none is printed. */
    String titleOr(int tableNumber, List<String> fallbacks) {
        if (title != null) {
            return title;
        }
        return fallbacks.stream().filter(f -> f != null && !f.isBlank()).findFirst().orElse("表" + tableNumber);
    }
}
