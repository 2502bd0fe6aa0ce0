package org.gongkai.draft;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.imports.Block;
import org.gongkai.imports.Heading;
import org.gongkai.imports.Paragraph;
import org.gongkai.imports.SourceDocument;

/**
 * The figures a 决算说明 states only in its sentences, read from the phrasings of 财政部's template:
 * {@code operating-costs} (机关运行经费支出X万元), {@code procurement} (政府采购支出总额X万元，其中：政府采购货物支出…),
 * {@code assets} (共有车辆N辆，其中：…) and {@code previous-year} (与2021年X万元相比 / 较上年X万元 after the
 * 收、支总计, the 财政拨款收、支总计, the 一般公共预算财政拨款支出, the “三公”经费, the 公务接待费 and the 机关运行经费).
 * Only a figure printed in such a sentence is taken, in the report's money unit, never one worked out; the
 * first sentence that states a field gives it, a later one printing another figure is a notice. Whether a
 * figure agrees with the tables is for {@code check}. Each figure's origin is {@code 来源：<file> 第N段}, N
 * counting the document's paragraphs and headings (a table's cells are not paragraphs). The printed figures
 * {@code check} compares by name ({@code stated}) are read by {@link StatedFigures} from the same paragraphs.
 */
final class ExplanationFigures {

    /**
     * A printed figure: 3,555.82 or 3555.82. The thousands groups are bounded (a repeated group costs the regex
     * engine a stack frame each, and a hostile paragraph of "1,000,000,…" would overflow the stack).
     */
    static final String NUMBER = "(\\d{1,3}(?:,\\d{3}){1,6}(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
    private static final String MONEY = NUMBER + "\\s*(亿元|万元|元)";
    /** Last year as the sentence names it: 上年, or a year printed. */
    /** Last year as a sentence names it: 上年, 2021年(度)(决算)(数). */
    static final String LAST_YEAR = "(上年|(?:19|20)\\d{2}年)(?:度)?(?:决算)?(?:数)?";

    private static final Pattern OPERATING_COSTS = Pattern.compile(
            "机关运行经费(?:财政拨款)?支出(?:决算)?(?:为|共计)?" + MONEY);
    private static final Pattern PROCUREMENT = Pattern.compile(
            "政府采购支出总额(?:为)?" + MONEY + "[，,]其中[:：]\\s*政府采购货物支出" + MONEY
            + "[、，,]\\s*政府采购工程支出" + MONEY + "[、，,]\\s*政府采购服务支出" + MONEY);
    private static final Pattern SME = Pattern.compile("授予中小企业合同金额(?:为)?" + MONEY);
    private static final Pattern SMALL_MICRO = Pattern.compile("授予小微企业合同金额(?:为)?" + MONEY);
    private static final Pattern VEHICLES = Pattern.compile("共有车辆(\\d+)辆(?:[，,]其中[:：]([^。；;]*))?");
    private static final Pattern VEHICLE_PART = Pattern.compile(
            "(主要领导干部用车|领导干部用车|机要通信用车|应急保障用车|执法执勤用车|特种专业技术用车|其他用车)(\\d+)辆");
    private static final Pattern SPECIAL_EQUIPMENT = Pattern.compile("单价100万元以上专用设备(\\d+)台[（(]?套[)）]?");
    private static final Pattern LARGE_EQUIPMENT = Pattern.compile("单价50万元以上通用设备(\\d+)台[（(]?套[)）]?");

    /** A previous-year figure: the subject's own figure of this year, then last year's, in one sentence. */
    private record Comparison(String field, Pattern pattern) {
    }

    private static final List<Comparison> COMPARISONS = List.of(
            new Comparison("total", Pattern.compile("(?<!财政拨款)收、支总计(?:各)?" + MONEY + "[。，,]\\s*(?:与|比|较)" + LAST_YEAR + MONEY + "相?比")),
            new Comparison("fiscal-total", Pattern.compile("财政拨款收、支总计(?:各)?" + MONEY + "[。，,]\\s*(?:与|比|较)" + LAST_YEAR + MONEY + "相?比")),
            new Comparison("general-budget-expenditure", Pattern.compile(
                    "一般公共预算财政拨款支出(?:决算)?(?:为)?" + MONEY + "[^。]*。\\s*(?:与|比|较)" + LAST_YEAR + MONEY + "相比[，,]\\s*一般公共预算财政拨款支出")),
            new Comparison("three-public", Pattern.compile(
                    "[“\"]三公[”\"]经费财政拨款支出(?:决算)?(?:为)?" + MONEY + "[^。]*?(?:与|比|较)" + LAST_YEAR + MONEY + "相?比?(?:增加|减少|持平)")),
            new Comparison("reception", Pattern.compile(
                    "公务接待费支出" + MONEY + "[^。]*。\\s*公务接待费支出(?:决算)?(?:与|比|较)" + LAST_YEAR + MONEY + "相?比?(?:增加|减少|持平)")),
            // 剑阁 prints “比2021年53.70减少7.10万元”: last year's figure without its unit, the sentence's unit being its own.
            new Comparison("operating-costs", Pattern.compile(
                    "机关运行经费(?:财政拨款)?支出(?:决算)?(?:为|共计)?" + MONEY + "[，,]\\s*(?:与|比|较)" + LAST_YEAR + NUMBER + "\\s*(亿元|万元|元)?相?比?(?:增加|减少|持平)")));

    private final int year;
    private final String moneyUnit;
    private final List<String> notices;
    private final YamlMap operatingCosts = new YamlMap();
    private final YamlMap procurement = new YamlMap();
    private final YamlMap assets = new YamlMap();
    private final YamlMap previousYear = new YamlMap();
    private final List<String> taken = new ArrayList<>();
    private final StatedFigures stated;

    private ExplanationFigures(int year, String moneyUnit, List<String> notices) {
        this.year = year;
        this.moneyUnit = moneyUnit;
        this.notices = notices;
        this.stated = new StatedFigures(year, moneyUnit, notices);
    }

    /** What the documents' sentences state of a {@code year} 决算 in {@code moneyUnit}; notices get what was taken. */
    static ExplanationFigures read(List<SourceDocument> documents, int year, String moneyUnit, List<String> notices) {
        ExplanationFigures figures = new ExplanationFigures(year, moneyUnit, notices);
        for (SourceDocument document : documents) {
            int paragraph = 0;
            for (Block block : document.blocks()) {
                String text = block instanceof Paragraph p ? p.text() : block instanceof Heading h ? h.text() : null;
                if (text != null) {
                    paragraph++;
                    String origin = "来源：" + document.fileName() + " 第" + paragraph + "段";
                    figures.sentence(text, origin);
                    if (block instanceof Heading) {
                        figures.stated.heading(text);
                    } else {
                        figures.stated.paragraph(text, origin);
                    }
                }
            }
        }
        return figures;
    }

    /**
     * Puts the figures read into the report, each block only when a sentence gave it, and lists them in the
     * notices. The report holds its tables already: a {@code stated} figure of a 类 or 科目 is written only when
     * they list it.
     */
    void putInto(YamlMap report) {
        report.put("operating-costs", operatingCosts.get("operating-costs"), null);
        report.putIfNotEmpty("procurement", procurement);
        report.putIfNotEmpty("assets", assets);
        report.putIfNotEmpty("previous-year", previousYear);
        stated.putInto(report, taken);
        if (!taken.isEmpty()) {
            notices.add("从决算说明的文字读出：" + String.join("；", taken) + "（请与原文核对）");
        }
    }

    private void sentence(String text, String origin) {
        Matcher m = OPERATING_COSTS.matcher(text);
        if (m.find() && money(m, 1)) {
            take(operatingCosts, "operating-costs", "operating-costs", number(m.group(1)), origin);
        }
        m = PROCUREMENT.matcher(text);
        if (m.find() && money(m, 1) && money(m, 3) && money(m, 5) && money(m, 7)) {
            BigDecimal goods = number(m.group(3));
            BigDecimal works = number(m.group(5));
            BigDecimal services = number(m.group(7));
            take(procurement, "procurement", "goods", goods, origin);
            take(procurement, "procurement", "works", works, origin);
            take(procurement, "procurement", "services", services, origin);
            if (goods.add(works).add(services).compareTo(number(m.group(1))) != 0) {
                notices.add(origin.replace("来源：", "") + "：政府采购支出总额印为 " + m.group(1) + "，与货物、工程、服务支出之和 "
                        + goods.add(works).add(services).toPlainString() + " 不同；草稿中写的是三项支出，请核对原文");
            }
        }
        m = SME.matcher(text);
        if (m.find() && money(m, 1)) {
            take(procurement, "procurement", "sme", number(m.group(1)), origin);
        }
        m = SMALL_MICRO.matcher(text);
        if (m.find() && money(m, 1)) {
            take(procurement, "procurement", "small-micro", number(m.group(1)), origin);
        }
        m = VEHICLES.matcher(text);
        if (m.find()) {
            take(assets, "assets", "vehicles", number(m.group(1)), origin);
            if (m.group(2) != null) {
                Matcher part = VEHICLE_PART.matcher(m.group(2));
                while (part.find()) {
                    take(assets, "assets", vehicleField(part.group(1)), number(part.group(2)), origin);
                }
            }
            counted(SPECIAL_EQUIPMENT, "special-equipment", text, origin);
            counted(LARGE_EQUIPMENT, "large-equipment", text, origin);
        }
        for (Comparison comparison : COMPARISONS) {
            m = comparison.pattern().matcher(text);
            if (m.find() && money(m, 1) && lastYear(m.group(3))
                    && (m.group(5) == null || m.group(5).equals(m.group(2)))) {
                if (!previousYear.has("year")) {
                    previousYear.put("year", year - 1, origin);
                }
                take(previousYear, "previous-year", comparison.field(), number(m.group(4)), origin);
            }
        }
    }

    /** 单价…设备 counts, read only in the sentence of the 车辆 (国有资产占有使用情况). */
    private void counted(Pattern pattern, String field, String text, String origin) {
        Matcher m = pattern.matcher(text);
        if (m.find()) {
            take(assets, "assets", field, number(m.group(1)), origin);
        }
    }

    private static String vehicleField(String printed) {
        return switch (printed) {
            case "主要领导干部用车", "领导干部用车" -> "leader-vehicles";
            case "机要通信用车" -> "confidential-vehicles";
            case "应急保障用车" -> "emergency-vehicles";
            case "执法执勤用车" -> "law-enforcement-vehicles";
            case "特种专业技术用车" -> "special-vehicles";
            default -> "other-vehicles";
        };
    }

    /** The amount of group {@code number} is in the report's unit (the unit is the next group). */
    private boolean money(Matcher m, int number) {
        return moneyUnit.equals(m.group(number + 1));
    }

    /** 上年, or the year before the report's printed. */
    private boolean lastYear(String printed) {
        return isLastYear(printed, year);
    }

    /** Whether {@code printed} (上年, 2021年) is the year before {@code year}. */
    static boolean isLastYear(String printed, int year) {
        return printed.equals("上年") || printed.equals((year - 1) + "年");
    }

    /** A figure as printed (3,555.82) as a number. */
    static BigDecimal number(String printed) {
        return new BigDecimal(printed.replace(",", ""));
    }

    /** Where a figure was read, without its file: 第83段 (for the list the import prints). */
    static String place(String origin) {
        return origin.replaceFirst("^来源：\\S+ ", "");
    }

    private void take(YamlMap into, String block, String field, BigDecimal value, String origin) {
        String path = block.equals(field) ? field : block + "." + field;
        if (into.get(field) instanceof YamlMap.Figure first) {
            if (first.value().compareTo(value) != 0) {
                notices.add(path + "：" + origin.replace("来源：", "") + " 印为 " + value.toPlainString() + "，与"
                        + first.origin().replace("来源：", "") + "的 " + first.value().toPlainString() + " 不同；草稿中写的是后者，请核对原文");
            }
            return;
        }
        into.put(field, new YamlMap.Figure(value, origin));
        taken.add(path + " " + value.toPlainString() + "（" + place(origin) + "）");
    }

}
