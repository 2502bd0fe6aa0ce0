package org.gongkai.draft;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code stated} block of a 决算: each figure a 决算说明's sentence prints that has a name {@code check}
 * compares (AccountsChecks.derivedByName), read only where the sentence says plainly which figure it is — its
 * subject, then the amount (in the report's money unit), then {@code 占X%} of the whole the name means,
 * {@code 完成预算X%}, and last year's change (与2021年Y万元相比，…减少Z万元，下降W%). A share of another whole,
 * a change named for something else, or a 类 or 科目 the tables do not have is not read: a wrong figure under a
 * name makes a false finding, a missed one only loses a check.
 */
final class StatedFigures {

    private static final String NUMBER = ExplanationFigures.NUMBER;
    /** A sentence's amount: the number and its unit (the unit may be left out, and is then not the report's). */
    private static final String AMOUNT = "(?:为|共计|合计)?\\s*" + NUMBER + "\\s*(?:(亿元|万元|元)|(?=[，,。；;\\s]|$))";
    /** Where a subject starts: the paragraph's start, punctuation, a list number or a year. */
    private static final String START = "(?<![^：:；;，,。、.．\\s年度）)])";
    private static final Pattern SHARE_OR_COMPLETION = Pattern.compile(
            "\\G[，,]\\s*(?:占(?:比)?([^，,。；;\\d]{0,24}?)的?\\s*" + NUMBER + "\\s*[%％]|完成预算的?\\s*" + NUMBER + "\\s*[%％])");
    private static final Pattern CHANGE = Pattern.compile(
            "(?:(?:与|比|较)" + ExplanationFigures.LAST_YEAR + "(?:" + NUMBER + "\\s*(?:亿元|万元|元)?)?(?:相比|相较|对比|比较)?|同比)"
            + "[，,]?\\s*([^，,。；;\\d%％]{0,24}?)(增加|减少|增长|下降|上升)\\s*" + NUMBER + "\\s*(亿元|万元|元|[%％])?(?![\\d.])"
            + "(?:[，,]\\s*增?(增长|下降|上升|增加|减少|增幅|降幅|减幅)(?:为)?\\s*" + NUMBER + "\\s*[%％])?");
    /** A paragraph standing as a heading: a short numbered line with no figure (一、… （三）… 2. …). */
    private static final Pattern HEADING_LIKE = Pattern.compile(
            "^\\s*(?:第[一二三四五六七八九十\\d]+部分|[（(]?[一二三四五六七八九十\\d]{1,3}[）)、.．])[^。]{0,40}$");
    /** A year printed just before a subject: 2021年(度), or 上年/去年 (group 1 null). */
    private static final Pattern PRINTED_YEAR = Pattern.compile("(?:((?:19|20)\\d{2})年度?|上年度?|去年度?)$");
    private static final Pattern ANY_AMOUNT = Pattern.compile("\\d\\s*(?:亿元|万元|元)|\\d\\s*[%％]");
    /** A 类 in the list after 主要用于以下方面：, each after a colon or a semicolon. */
    private static final Pattern CLASS_SHARE = Pattern.compile("(?<=[：:；;])\\s*([\\u4e00-\\u9fa5]{1,30}?)(?:[（(]类[)）])?(?:支出)?(?:决算)?"
            + AMOUNT + "[，,]\\s*占(?:一般公共预算财政拨款支出(?:总额)?的?)?\\s*" + NUMBER + "\\s*[%％]");
    private static final Pattern SUBJECT_LINE = Pattern.compile(
            "((?:[\\u4e00-\\u9fa5、]{1,40}[（(](?:类|款|项)[)）]){1,3})\\s*[:：]?\\s*支出决算(?:数)?" + AMOUNT + "[，,]\\s*完成预算的?\\s*" + NUMBER + "\\s*[%％]");

    /** What the tables must hold for a name to be one {@code check} knows. */
    private enum Needs { NOTHING, THREE_PUBLIC, SUBJECT }

    /** Where in the document a subject is read. */
    private enum Context {
        ANYWHERE, INCOME_LIST, EXPENDITURE_LIST, BASIC_SECTION, THREE_PUBLIC_SECTION
    }

    /**
     * A printed subject: the names of its amount, its share (with the wholes a 占 may name, null where a bare 占
     * is of that whole), its 完成预算 and its change, each null where the subject has none.
     */
    private record Subject(Pattern printed, String amount, String share, String shareOf, String completion,
            String change, Context context, Needs needs) {
    }

    private static Subject subject(String printed, String amount, String share, String shareOf, String completion,
            String change, Context context, Needs needs) {
        // 本部门/本单位 may stand before the subject (2023年度本单位收、支总计…).
        return new Subject(Pattern.compile(START + "(?:本?(?:部门|单位))?(" + printed + ")(?:支出)?(?:决算)?(?:数)?" + AMOUNT), amount, share,
                shareOf, completion, change, context, needs);
    }

    private static final String INCOME_WHOLE = "(?:本年收入合计|收入合计|本年收入|总收入)";
    private static final String EXPENDITURE_WHOLE = "(?:本年支出合计|支出合计|本年支出|总支出)";
    private static final String THREE_PUBLIC_WHOLE = "(?:[“\"]三公[”\"]经费(?:财政拨款)?(?:支出)?(?:决算)?(?:总额)?)";
    private static final String THREE_PUBLIC = "(?:一般公共预算)?(?:财政拨款)?[“\"]三公[”\"]经费(?:财政拨款)?";

    private static final List<String> EXPENDITURE_TYPES = List.of("基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出");
    private static final List<Subject> SUBJECTS = buildSubjects();

    private static List<Subject> buildSubjects() {
        List<Subject> subjects = new ArrayList<>();
        subjects.add(subject("收、?支总计(?:各)?", "收、支总计", null, null, null, "收、支总计", Context.ANYWHERE, Needs.NOTHING));
        subjects.add(subject("财政拨款收、?支总计(?:各)?", "财政拨款收、支总计", null, null, null, "财政拨款收、支总计",
                Context.ANYWHERE, Needs.NOTHING));
        subjects.add(subject("本年收入合计", "本年收入合计", null, null, null, "本年收入合计", Context.ANYWHERE, Needs.NOTHING));
        subjects.add(subject("本年支出合计", "本年支出合计", null, null, null, "本年支出合计", Context.ANYWHERE, Needs.NOTHING));
        for (String income : List.of("一般公共预算财政拨款收入", "政府性基金预算财政拨款收入", "国有资本经营预算财政拨款收入",
                "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入")) {
            subjects.add(subject(income, null, income + "占比", INCOME_WHOLE, null, null, Context.INCOME_LIST, Needs.NOTHING));
        }
        for (String expenditure : EXPENDITURE_TYPES) {
            boolean key = expenditure.equals("基本支出") || expenditure.equals("项目支出");
            subjects.add(subject(expenditure, key ? expenditure : null, expenditure + "占比", EXPENDITURE_WHOLE, null,
                    key ? expenditure : null, Context.EXPENDITURE_LIST, Needs.NOTHING));
        }
        subjects.add(subject("一般公共预算财政拨款基本支出", "一般公共预算财政拨款基本支出", null, null, null, null,
                Context.ANYWHERE, Needs.NOTHING));
        subjects.add(subject("一般公共预算(?:财政拨款)?支出", "一般公共预算财政拨款支出", "一般公共预算财政拨款支出占比",
                "!" + EXPENDITURE_WHOLE, "一般公共预算财政拨款支出完成预算", "一般公共预算财政拨款支出", Context.ANYWHERE,
                Needs.NOTHING));
        subjects.add(subject("政府性基金预算(?:财政拨款)?支出", "政府性基金预算财政拨款支出", null, null, null, null,
                Context.ANYWHERE, Needs.NOTHING));
        subjects.add(subject("国有资本经营预算(?:财政拨款)?支出", "国有资本经营预算财政拨款支出", null, null, null, null,
                Context.ANYWHERE, Needs.NOTHING));
        subjects.add(subject("人员经费", "人员经费", null, null, null, null, Context.BASIC_SECTION, Needs.NOTHING));
        subjects.add(subject("公用经费", "公用经费", null, null, null, null, Context.BASIC_SECTION, Needs.NOTHING));
        subjects.add(subject(THREE_PUBLIC + "支出", "“三公”经费支出", null, null, "“三公”经费完成预算", "“三公”经费支出",
                Context.ANYWHERE, Needs.NOTHING));
        subjects.add(subject("因公出国[（(]境[)）](?:费|经费|费用)", "因公出国（境）费", "因公出国（境）费占比", THREE_PUBLIC_WHOLE,
                "因公出国（境）费完成预算", "因公出国（境）费", Context.THREE_PUBLIC_SECTION, Needs.THREE_PUBLIC));
        subjects.add(subject("公务用车购置及运行(?:维护)?费", "公务用车购置及运行维护费", "公务用车购置及运行维护费占比",
                THREE_PUBLIC_WHOLE, "公务用车购置及运行维护费完成预算", "公务用车购置及运行维护费", Context.THREE_PUBLIC_SECTION,
                Needs.THREE_PUBLIC));
        subjects.add(subject("公务用车购置费?", null, "公务用车购置费占比", THREE_PUBLIC_WHOLE, "公务用车购置费完成预算", null,
                Context.THREE_PUBLIC_SECTION, Needs.THREE_PUBLIC));
        subjects.add(subject("公务用车运行(?:维护)?费", null, "公务用车运行维护费占比", THREE_PUBLIC_WHOLE, "公务用车运行维护费完成预算",
                null, Context.THREE_PUBLIC_SECTION, Needs.THREE_PUBLIC));
        subjects.add(subject("公务接待费", "公务接待费", "公务接待费占比", THREE_PUBLIC_WHOLE, "公务接待费完成预算", "公务接待费",
                Context.THREE_PUBLIC_SECTION, Needs.THREE_PUBLIC));
        subjects.add(subject("机关运行经费(?:财政拨款)?", "机关运行经费", null, null, null, "机关运行经费", Context.ANYWHERE,
                Needs.NOTHING));
        return List.copyOf(subjects);
    }

    /** One figure read: its name, as written in the YAML (a number, or a percentage as text), and where. */
    private record Read(String name, Object value, BigDecimal number, String origin, Needs needs) {
    }

    private final int year;
    private final String moneyUnit;
    private final List<String> notices;
    private final Map<String, Read> read = new LinkedHashMap<>();
    private String section = "";
    private final List<Pending> pending = new ArrayList<>();

    StatedFigures(int year, String moneyUnit, List<String> notices) {
        this.year = year;
        this.moneyUnit = moneyUnit;
        this.notices = notices;
    }

    /** A heading: the section the paragraphs after it belong to. */
    void heading(String text) {
        section = text;
    }

    void paragraph(String text, String origin) {
        if (HEADING_LIKE.matcher(text).matches() && !ANY_AMOUNT.matcher(text).find()) {
            section = text;
            return;
        }
        for (Subject subject : SUBJECTS) {
            Matcher m = subject.printed().matcher(text);
            while (m.find()) {
                if (inContext(subject.context(), text, m.start()) && !ofAnotherYear(text, m.start())) {
                    statement(subject, text, m, origin);
                }
            }
        }
        boolean generalBudget = mentions(text, "一般公共预算财政拨款支出") || mentions(text, "一般公共预算支出");
        if (generalBudget && !mentions(text, "政府性基金") && !mentions(text, "国有资本经营") && !mentions(text, "三公")) {
            Matcher m = CLASS_SHARE.matcher(text);
            while (m.find()) {
                String printed = m.group(1);
                if (!EXPENDITURE_TYPES.contains(printed) && !EXPENDITURE_TYPES.contains(printed + "支出")) {
                    found(m.start(), new Read("类:" + printed, percent(m.group(4)), number(m.group(4)), origin, Needs.SUBJECT));
                }
            }
        }
        if (section.contains("一般公共预算") && !section.contains("政府性基金") && !section.contains("国有资本经营")) {
            Matcher m = SUBJECT_LINE.matcher(text);
            while (m.find()) {
                String path = m.group(1).replace('(', '（').replace(')', '）').replaceFirst("（(?:类|款|项)）$", "");
                if (moneyUnit.equals(m.group(3))) {
                    found(m.start(), new Read("科目:" + path + "支出", new YamlMap.Figure(number(m.group(2)), origin),
                            number(m.group(2)), origin, Needs.SUBJECT));
                }
                found(m.start(4), new Read("科目:" + path + "完成预算", percent(m.group(4)), number(m.group(4)), origin, Needs.SUBJECT));
            }
        }
        // In the order the paragraph prints them, so the draft lists them as the 说明 does.
        pending.sort(java.util.Comparator.comparingInt(Pending::at));
        pending.forEach(p -> take(p.read()));
        pending.clear();
    }

    /** A figure found in the paragraph being read, at its place in the text. */
    private record Pending(int at, Read read) {
    }

    private void found(int at, Read figure) {
        pending.add(new Pending(at, figure));
    }

    /** Whether the subject at {@code at} is last year's or another year's (2021年度收、支总计…, 上年收、支总计…). */
    private boolean ofAnotherYear(String text, int at) {
        Matcher year = PRINTED_YEAR.matcher(text.substring(Math.max(0, at - 8), at));
        return year.find() && (year.group(1) == null || Integer.parseInt(year.group(1)) != this.year);
    }

    private boolean mentions(String text, String what) {
        return text.contains(what) || section.contains(what);
    }

    private boolean inContext(Context context, String text, int at) {
        return switch (context) {
            case ANYWHERE -> true;
            case INCOME_LIST -> listOf(text, at, INCOME_LIST_WHOLE, null);
            // 其中：基本支出… after a 财政拨款 figure would be that money's, not the 支出决算表's.
            case EXPENDITURE_LIST -> listOf(text, at, EXPENDITURE_LIST_WHOLE, "财政拨款");
            // 人员经费 and 公用经费 are the 一般公共预算财政拨款基本支出's, not those of all the unit's 基本支出.
            case BASIC_SECTION -> section.contains("财政拨款基本支出") || text.contains("财政拨款基本支出");
            case THREE_PUBLIC_SECTION -> section.contains("三公") || text.contains("三公");
        };
    }

    /** Whether {@code at} follows the paragraph's statement of the whole (本年收入合计X万元), with nothing else between. */
    private static final Pattern INCOME_LIST_WHOLE = Pattern.compile("本年收入合计" + AMOUNT);
    private static final Pattern EXPENDITURE_LIST_WHOLE = Pattern.compile("本年支出合计" + AMOUNT);

    private static boolean listOf(String text, int at, Pattern whole, String notBetween) {
        Matcher m = whole.matcher(text);
        int end = -1;
        while (m.find() && m.end() <= at) {
            end = m.end();
        }
        return end >= 0 && (notBetween == null || !text.substring(end, at).contains(notBetween));
    }

    private void statement(Subject subject, String text, Matcher m, String origin) {
        String printedUnit = m.group(3);
        BigDecimal amount = number(m.group(2));
        if (subject.amount() != null && moneyUnit.equals(printedUnit)) {
            found(m.start(), new Read(subject.amount(), new YamlMap.Figure(amount, origin), amount, origin, subject.needs()));
        }
        int end = m.end();
        Matcher tail = SHARE_OR_COMPLETION.matcher(text);
        tail.region(end, text.length());
        tail.useTransparentBounds(true);
        while (tail.find()) {
            if (tail.group(2) != null) {
                // 占比为X%, 占本年支出合计的比重为X%: the words around the whole are not a whole.
                String whole = tail.group(1).replaceAll("比重|比例|为", "").replaceFirst("的$", "").strip();
                if (subject.share() != null && shareOf(subject.shareOf(), whole)) {
                    found(tail.start(2), new Read(subject.share(), percent(tail.group(2)), number(tail.group(2)), origin,
                            subject.needs()));
                }
            } else if (subject.completion() != null) {
                found(tail.start(3), new Read(subject.completion(), percent(tail.group(3)), number(tail.group(3)), origin,
                        subject.needs()));
            }
            end = tail.end();
            tail.region(end, text.length());
        }
        if (subject.change() != null) {
            change(subject, m.group(1), text, end, origin);
        }
    }

    /** Whether a 占 naming {@code whole} (blank for a bare 占) is of the whole {@code shareOf} allows. */
    private static boolean shareOf(String shareOf, String whole) {
        if (shareOf == null) {
            return false;
        }
        boolean bareAllowed = !shareOf.startsWith("!");
        return whole.isEmpty() ? bareAllowed : whole.matches(shareOf.replaceFirst("^!", ""));
    }

    /**
     * Last year's change, printed after the subject in its sentence or the next (…3429.91万元。与2021年3857.99万元相比，
     * 一般公共预算财政拨款支出减少428.08万元，下降11.10%): read only when whatever the sentences name between is
     * this subject, and the amount and the rate say the same direction.
     */
    private void change(Subject subject, String printed, String text, int from, String origin) {
        int first = text.indexOf('。', from);
        int second = first < 0 ? -1 : text.indexOf('。', first + 1);
        int until = second < 0 ? text.length() : second + 1;
        Matcher m = CHANGE.matcher(text);
        m.region(from, until);
        if (!m.find()) {
            return;
        }
        String own = names(printed);
        if (ANY_AMOUNT.matcher(text.substring(from, m.start())).find()
                || !own.contains(names(text.substring(from, m.start()))) || !own.contains(names(m.group(3)))
                || m.group(1) != null && !lastYear(m.group(1))) {
            return;
        }
        int amountSign = decrease(m.group(4)) ? -1 : 1;
        if (m.group(7) != null && amountSign != (decrease(m.group(7)) ? -1 : 1)) {
            return;
        }
        if (m.group(6) != null && "%％".contains(m.group(6))) {
            // 比上年增长7.29%: the rate alone.
            takeRate(subject, amountSign, m.group(5), m.start(5), origin);
            return;
        }
        if (moneyUnit.equals(m.group(6))) {
            BigDecimal change = number(m.group(5));
            change = amountSign < 0 ? change.negate() : change;
            found(m.start(5), new Read(subject.change() + "增减额", new YamlMap.Figure(change, origin), change, origin,
                    subject.needs()));
        }
        if (m.group(7) != null) {
            takeRate(subject, amountSign, m.group(8), m.start(8), origin);
        }
    }

    private void takeRate(Subject subject, int sign, String printed, int at, String origin) {
        String rate = (sign < 0 && number(printed).signum() != 0 ? "-" : "") + percent(printed);
        found(at, new Read(subject.change() + "增减率", rate, number(rate.replace("%", "")), origin, subject.needs()));
    }

    /** What a stretch of text names, without punctuation, years and the words every subject may carry. */
    private static String names(String text) {
        return text.replaceAll("(?:19|20)\\d{2}年度?|上年|[，,。；;、：:\\s各]|支出|决算|数|为|财政拨款", "");
    }

    private static boolean decrease(String word) {
        return word.equals("减少") || word.equals("下降") || word.equals("降幅") || word.equals("减幅");
    }

    private boolean lastYear(String printed) {
        return ExplanationFigures.isLastYear(printed, year);
    }

    private void take(Read figure) {
        Read first = read.get(figure.name());
        if (first == null) {
            read.put(figure.name(), figure);
        } else if (first.number().compareTo(figure.number()) != 0) {
            notices.add("stated." + shown(figure.name()) + "：" + figure.origin().replace("来源：", "") + " 印为 "
                    + printed(figure) + "，与" + first.origin().replace("来源：", "") + "的 " + printed(first)
                    + " 不同；草稿中写的是后者，请核对原文");
        }
    }

    /**
     * The figures read whose names the draft's tables give (a 类 or 科目 they list, the “三公” items where there is
     * a “三公” table), under {@code stated}; {@code taken} gets each, the notices what was left out and why.
     */
    void putInto(YamlMap report, List<String> taken) {
        Set<String> classes = new HashSet<>();
        Set<String> subjectNames = new HashSet<>();
        if (report.get("general-budget") instanceof YamlMap general && general.get("subjects") instanceof List<?> roots) {
            for (Object root : roots) {
                if (root instanceof YamlMap map && map.get("name") instanceof String name) {
                    classes.add(name);
                    names(map, "", 1, subjectNames);
                }
            }
        }
        boolean threePublic = report.has("three-public");
        YamlMap stated = new YamlMap();
        List<String> left = new ArrayList<>();
        for (Read figure : read.values()) {
            String name = figure.name();
            if (name.startsWith("类:")) {
                String printed = name.substring(2);
                name = classes.contains(printed) ? printed + "占比"
                        : classes.contains(printed + "支出") ? printed + "支出占比" : null;
            } else if (name.startsWith("科目:")) {
                name = subjectNames.contains(name.substring(3)) ? name.substring(3) : null;
            } else if (figure.needs() == Needs.THREE_PUBLIC && !threePublic && !knownWithoutThreePublicTable(name)) {
                name = null;
            }
            if (name == null) {
                if (figure.number().signum() == 0) {
                    continue;
                }
                left.add(shown(figure.name()) + " " + printed(figure) + "（" + ExplanationFigures.place(figure.origin()) + "）");
                continue;
            }
            if (!stated.has(name)) {
                stated.put(name, figure.value(), figure.value() instanceof YamlMap.Figure ? null : figure.origin());
                taken.add("stated." + name + " " + printed(figure) + "（" + ExplanationFigures.place(figure.origin()) + "）");
            }
        }
        if (!left.isEmpty()) {
            notices.add("决算说明所写的以下数字，表中没有其科目或“三公”经费表，未写入 stated：" + String.join("；", left));
        }
        if (!stated.isEmpty()) {
            report.put("stated", stated);
        }
    }

    /** The names {@code check} gives a 科目's amount and 完成预算: its 类 and 款 with their levels, then its own name. */
    private static void names(YamlMap subject, String parents, int level, Set<String> into) {
        String name = (String) subject.get("name");
        into.add(parents + name + "支出");
        into.add(parents + name + "完成预算");
        if (subject.get("items") instanceof List<?> items) {
            String path = parents + name + (level == 1 ? "（类）" : level == 2 ? "（款）" : "（项）");
            for (Object item : items) {
                if (item instanceof YamlMap map && map.get("name") instanceof String) {
                    names(map, path, level + 1, into);
                }
            }
        }
    }

    /** A “三公” item's amount and change are key figures, named with or without a “三公” table; its 占比 and 完成预算 are rows of it. */
    private static boolean knownWithoutThreePublicTable(String name) {
        return name.equals("因公出国（境）费") || name.equals("公务用车购置及运行维护费") || name.equals("公务接待费")
                || name.endsWith("增减额") || name.endsWith("增减率");
    }

    private static String shown(String name) {
        return name.replaceFirst("^类:(.*)$", "$1占比").replaceFirst("^科目:", "");
    }

    private static String printed(Read figure) {
        return figure.value() instanceof YamlMap.Figure f ? f.value().toPlainString() : String.valueOf(figure.value());
    }

    private static String percent(String printed) {
        return printed.replace(",", "") + "%";
    }

    private static BigDecimal number(String printed) {
        return ExplanationFigures.number(printed);
    }
}
