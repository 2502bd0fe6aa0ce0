package org.gongkai.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongkai.imports.Block;
import org.gongkai.imports.Heading;
import org.gongkai.imports.Paragraph;
import org.gongkai.imports.SourceDocument;
import org.gongkai.imports.SourceFormat;
import org.junit.jupiter.api.Test;

/**
 * The {@code stated} figures read from a 决算说明's sentences in the wordings of 财政部's template and its
 * variants, and the sentences that print a figure of something else, which must not be read. Each
 * expectation is worked out by hand from the sentence; the figures are made up.
 */
class StatedFiguresTest {

    private final List<String> notices = new ArrayList<>();

    /** The draft's tables: two 类 (one with a 款 and a 项), and a “三公” table unless {@code threePublic} is false. */
    private static YamlMap tables(boolean threePublic) {
        YamlMap item = new YamlMap().put("name", "行政运行").put("basic", 300);
        YamlMap part = new YamlMap().put("name", "医疗保障管理事务").put("items", List.of(item));
        YamlMap health = new YamlMap().put("name", "卫生健康支出").put("items", List.of(part));
        YamlMap housing = new YamlMap().put("name", "住房保障");
        YamlMap report = new YamlMap().put("general-budget", new YamlMap().put("subjects", List.of(health, housing)));
        if (threePublic) {
            report.put("three-public", new YamlMap().put("actual", new YamlMap().put("reception", 3.2)));
        }
        return report;
    }

    private String stated(YamlMap report, Block... blocks) {
        return stated(2023, report, blocks);
    }

    private String stated(int year, YamlMap report, Block... blocks) {
        SourceDocument document = new SourceDocument("说明.docx", SourceFormat.DOCX, Map.of(), List.of(blocks), List.of());
        ExplanationFigures.read(List.of(document), year, "万元", notices).putInto(report);
        YamlMap stated = report.get("stated") instanceof YamlMap map ? map : new YamlMap();
        return YamlText.of(List.of(), stated);
    }

    private static Paragraph p(String text) {
        return new Paragraph(text);
    }

    @Test
    void theTemplatesWordingsWithTheirVariants() {
        String yaml = stated(tables(true),
                new Heading(2, "一、收入支出决算总体情况说明"),
                // 本单位, 各为, a thousands separator, 上年 without its figure, an increase.
                p("2023年度本单位收、支总计各为1,250.00万元。与上年相比，收、支总计各增加50.00万元，增长4.17%。主要原因是人员增加。"),
                // The share of 本年收入合计 named, then 占比为.
                p("2023年度本年收入合计1200.00万元，其中：一般公共预算财政拨款收入1000.00万元，占本年收入合计的83.33%；事业收入200.00万元，占比为16.67%。"),
                p("2023年度本年支出合计1180.00万元，其中：基本支出800.00万元，占本年支出合计的比重为67.80%；项目支出380.00万元，占32.20%。"),
                // 占本年支出合计的; the change printed as 较上年增加…，增幅….
                p("2023年度一般公共预算财政拨款支出1000.00万元，占本年支出合计的84.75%。较上年增加20.00万元，增幅2.04%。"),
                // 类 printed with （类）, and as the table names it.
                p("2023年度一般公共预算财政拨款支出1000.00万元，主要用于以下方面：卫生健康（类）支出900.00万元，占90.00%；住房保障支出100.00万元，占10.00%。"),
                new Heading(3, "（三）一般公共预算财政拨款支出决算具体情况"),
                p("2023年度一般公共预算财政拨款支出决算为1000.00万元，完成预算95.24%。其中："),
                p("1. 卫生健康支出（类）医疗保障管理事务（款）行政运行（项）：支出决算为300.00万元，完成预算100%。"),
                new Heading(2, "六、一般公共预算财政拨款基本支出决算情况说明"),
                p("2023年度一般公共预算财政拨款基本支出800.00万元，其中：人员经费700.00万元，主要包括基本工资；公用经费100.00万元，主要包括办公费。"),
                new Heading(2, "七、财政拨款“三公”经费支出决算情况说明"),
                p("2023年度“三公”经费财政拨款支出决算为3.20万元，完成预算80.00%，较上年减少0.80万元，下降20.00%。"),
                p("2023年度“三公”经费财政拨款支出决算中，因公出国（境）费支出决算0万元，占0%；公务接待费支出决算3.20万元，占100.00%。"),
                // The rate alone.
                p("2023年度机关运行经费支出120.00万元，比上年增长7.29%。"));

        assertEquals("""
                "收、支总计": 1250.00  # 来源：说明.docx 第2段
                "收、支总计增减额": 50.00  # 来源：说明.docx 第2段
                "收、支总计增减率": "4.17%"  # 来源：说明.docx 第2段
                "本年收入合计": 1200.00  # 来源：说明.docx 第3段
                "一般公共预算财政拨款收入占比": "83.33%"  # 来源：说明.docx 第3段
                "事业收入占比": "16.67%"  # 来源：说明.docx 第3段
                "本年支出合计": 1180.00  # 来源：说明.docx 第4段
                "基本支出": 800.00  # 来源：说明.docx 第4段
                "基本支出占比": "67.80%"  # 来源：说明.docx 第4段
                "项目支出": 380.00  # 来源：说明.docx 第4段
                "项目支出占比": "32.20%"  # 来源：说明.docx 第4段
                "一般公共预算财政拨款支出": 1000.00  # 来源：说明.docx 第5段
                "一般公共预算财政拨款支出占比": "84.75%"  # 来源：说明.docx 第5段
                "一般公共预算财政拨款支出增减额": 20.00  # 来源：说明.docx 第5段
                "一般公共预算财政拨款支出增减率": "2.04%"  # 来源：说明.docx 第5段
                "卫生健康支出占比": "90.00%"  # 来源：说明.docx 第6段
                "住房保障占比": "10.00%"  # 来源：说明.docx 第6段
                "一般公共预算财政拨款支出完成预算": "95.24%"  # 来源：说明.docx 第8段
                "卫生健康支出（类）医疗保障管理事务（款）行政运行支出": 300.00  # 来源：说明.docx 第9段
                "卫生健康支出（类）医疗保障管理事务（款）行政运行完成预算": "100%"  # 来源：说明.docx 第9段
                "一般公共预算财政拨款基本支出": 800.00  # 来源：说明.docx 第11段
                "人员经费": 700.00  # 来源：说明.docx 第11段
                "公用经费": 100.00  # 来源：说明.docx 第11段
                "“三公”经费支出": 3.20  # 来源：说明.docx 第13段
                "“三公”经费完成预算": "80.00%"  # 来源：说明.docx 第13段
                "“三公”经费支出增减额": -0.80  # 来源：说明.docx 第13段
                "“三公”经费支出增减率": "-20.00%"  # 来源：说明.docx 第13段
                "因公出国（境）费": 0  # 来源：说明.docx 第14段
                "因公出国（境）费占比": "0%"  # 来源：说明.docx 第14段
                "公务接待费": 3.20  # 来源：说明.docx 第14段
                "公务接待费占比": "100.00%"  # 来源：说明.docx 第14段
                "机关运行经费": 120.00  # 来源：说明.docx 第15段
                "机关运行经费增减率": "7.29%"  # 来源：说明.docx 第15段
                """, yaml);
        assertEquals(1, notices.size(), notices.toString());
        assertEquals(true, notices.get(0).contains("；stated.收、支总计 1250.00（第2段）；stated.收、支总计增减额 50.00（第2段）；"
                + "stated.收、支总计增减率 4.17%（第2段）；"), notices.get(0));
    }

    /**
     * A real 2025 决算 (上海市普陀区宜川路街道, （二）一般公共预算财政拨款支出决算结构情况, as a PDF's text gives it once its
     * line breaks are joined): spaces around the figures, (类) in ASCII brackets after 支出, ASCII semicolons, and one
     * share printed without its % (占 76.23;), which is not read: 76.23 might be a figure of anything.
     */
    @Test
    void aRealDocumentsListOfClasses() {
        YamlMap report = new YamlMap().put("general-budget", new YamlMap().put("subjects", List.of(
                new YamlMap().put("name", "一般公共服务支出"), new YamlMap().put("name", "城乡社区支出"),
                new YamlMap().put("name", "住房保障支出"))));
        String yaml = stated(2025, report,
                new Heading(3, "（二）一般公共预算财政拨款支出决算结构情况"),
                p("一般公共预算财政拨款支出 20218.21 万元，主要用于以下方面：一般公共服务支出（类）207.40 万元，占 1.03%；"
                        + "公共安全支出（类）556.78 万元，占 2.75%;城乡社区支出(类)15411.43 万元，占 76.23;住房保障支出(类)1076.78 万元，占 5.33%。"));

        assertEquals("""
                "一般公共预算财政拨款支出": 20218.21  # 来源：说明.docx 第2段
                "一般公共服务支出占比": "1.03%"  # 来源：说明.docx 第2段
                "住房保障支出占比": "5.33%"  # 来源：说明.docx 第2段
                """, yaml);
        assertEquals("决算说明所写的以下数字，表中没有其科目或“三公”经费表，未写入 stated：公共安全支出占比 2.75%（第2段）", notices.get(0));
    }

    @Test
    void figuresOfAnotherWholeAnotherMoneyOrAnotherThingAreNotRead() {
        String yaml = stated(tables(false),
                // Last year's figures, printed as such.
                p("2022年度收、支总计4000.00万元，上年本年支出合计3900.00万元。"),
                // All the unit's 基本支出 and its 人员经费: not the 一般公共预算财政拨款基本支出's.
                p("2023年度基本支出800.00万元，主要包括人员经费700.00万元、公用经费100.00万元。"),
                // A share of the 财政拨款 (not of 本年支出合计), and a bare one: the amount only.
                p("2023年度一般公共预算财政拨款支出1000.00万元，占财政拨款支出总额的90.00%。"),
                p("2023年度一般公共预算财政拨款支出1000.00万元，占80.00%。"),
                // The 财政拨款's 基本支出, not the 支出决算表's: no 本年支出合计 before it.
                p("2023年度财政拨款收、支总计1100.00万元，其中：基本支出700.00万元，占63.64%。"),
                p("2023年度本年支出合计1180.00万元，其中：一般公共预算财政拨款支出1000.00万元，其中基本支出700.00万元，占70.00%。"),
                // A change of another figure, a change against a year that is not the last, a reason's figure.
                p("2023年度收、支总计1250.00万元。与上年相比，项目支出增加30.00万元，增长8.57%。主要原因是基本支出增加33.93万元。"),
                p("2023年度收、支总计1250.00万元。与2021年相比，收、支总计各减少10.00万元，下降0.79%。"),
                // The amount says less, the rate more: neither is read.
                p("2023年度机关运行经费支出120.00万元，比上年减少1.00万元，增长5.00%。"),
                // Another money unit.
                p("2023年度收、支总计12500000元。"),
                // A 政府性基金's 类, not a 一般公共预算 one.
                p("2023年度政府性基金预算财政拨款支出500.00万元，主要用于：住房保障支出500.00万元，占100%。"),
                // A 类 the tables do not have.
                p("2023年度一般公共预算财政拨款支出1000.00万元，主要用于以下方面：教育支出10.00万元，占1.00%。"),
                new Heading(2, "六、一般公共预算财政拨款基本支出决算情况说明"),
                // 日常公用经费 is not the 公用经费.
                p("其中：日常公用经费50.00万元。"),
                new Heading(2, "七、财政拨款“三公”经费支出决算情况说明"),
                // 国内公务接待费 is a part of the 公务接待费; a share of the 公用经费; without a “三公” table, its 占比 has no name.
                p("国内公务接待费支出2.00万元。"),
                p("公务接待费支出3.20万元，占公用经费的5.00%；因公出国（境）费支出1.00万元，占23.81%。"));

        assertEquals("""
                "一般公共预算财政拨款支出": 1000.00  # 来源：说明.docx 第3段
                "财政拨款收、支总计": 1100.00  # 来源：说明.docx 第5段
                "本年支出合计": 1180.00  # 来源：说明.docx 第6段
                "收、支总计": 1250.00  # 来源：说明.docx 第7段
                "机关运行经费": 120.00  # 来源：说明.docx 第9段
                "政府性基金预算财政拨款支出": 500.00  # 来源：说明.docx 第11段
                "公务接待费": 3.20  # 来源：说明.docx 第17段
                "因公出国（境）费": 1.00  # 来源：说明.docx 第17段
                """, yaml);
        assertEquals(List.of("决算说明所写的以下数字，表中没有其科目或“三公”经费表，未写入 stated：教育占比 1.00%（第12段）；"
                + "因公出国（境）费占比 23.81%（第17段）"), notices.subList(0, 1));
    }
}
