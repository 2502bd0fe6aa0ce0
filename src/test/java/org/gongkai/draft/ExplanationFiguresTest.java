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
import org.gongkai.imports.SourceTable;
import org.junit.jupiter.api.Test;

/** The figures a 决算说明 states only in its sentences, each expectation worked out by hand from the sentence. */
class ExplanationFiguresTest {

    private final List<String> notices = new ArrayList<>();

    private String yaml(int year, String moneyUnit, Block... blocks) {
        SourceDocument document = new SourceDocument("说明.docx", SourceFormat.DOCX, Map.of(), List.of(blocks), List.of());
        YamlMap report = new YamlMap();
        ExplanationFigures.read(List.of(document), year, moneyUnit, notices).putInto(report);
        return YamlText.of(List.of(), report);
    }

    private static Paragraph p(String text) {
        return new Paragraph(text);
    }

    @Test
    void theSentencesOfSeed004GiveTheSampleFiguresWithTheirParagraphs() {
        String yaml = yaml(2022, "万元",
                new Heading(2, "第二部分 2022年度部门决算情况说明"),
                p("2022年度收、支总计3555.82万元。与2021年4024.76万元相比，收、支总计各减少468.94万元，下降11.65%。主要变动原因是：1、单位职工增加2人，基本支出增加33.93万元；2、项目支出减少502.87万元。"),
                p("2022年财政拨款收、支总计3555.82万元。与2021年4024.76万元相比，收、支总计各减少468.94万元，下降11.65%。"),
                new SourceTable(1, null, List.of(), null, List.of()),
                p("2022年一般公共预算财政拨款支出3429.91万元，占本年支出合计的96.46%。与2021年3857.99万元相比，一般公共预算财政拨款支出减少428.08万元，下降11.10%。"),
                p("2022年“三公”经费财政拨款支出决算为1.5万元，完成预算100%，较上年2.85万元相比减少1.35万元，下降47.37%。决算数小于预算数的主要原因是2022年压缩“三公”经费财政拨款支出。"),
                p("3.公务接待费支出1.50万元，完成预算100%。公务接待费支出决算比2021年2.85万元相比减少1.35万元，增下降47.37%。主要原因是2022年压缩“三公”经费财政拨款支出。其中："),
                new Heading(3, "（一）机关运行经费支出情况"),
                p("2022年，全年机关运行经费支出46.60万元，比2021年53.70减少7.10万元，下降13.22%，主要原因是压缩办公经费。"),
                p("2022年，政府采购支出总额0万元，其中：政府采购货物支出0万元、政府采购工程支出0万元、政府采购服务支出0万元。授予中小企业合同金额0万元，占政府采购支出总额的0%，其中：授予小微企业合同金额0万元，占政府采购支出总额的0%。"),
                p("截至2022年12月31日，共有车辆0辆，其中：主要领导干部用车0辆、机要通信用车0辆、应急保障用车0辆、其他用车0辆，单价100万元以上专用设备0台（套）。"),
                p("（十九)机关运行经费：为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金。"));

        assertEquals("""
                operating-costs: 46.60  # 来源：说明.docx 第8段
                procurement:
                  goods: 0  # 来源：说明.docx 第9段
                  works: 0  # 来源：说明.docx 第9段
                  services: 0  # 来源：说明.docx 第9段
                  sme: 0  # 来源：说明.docx 第9段
                  small-micro: 0  # 来源：说明.docx 第9段
                assets:
                  vehicles: 0  # 来源：说明.docx 第10段
                  leader-vehicles: 0  # 来源：说明.docx 第10段
                  confidential-vehicles: 0  # 来源：说明.docx 第10段
                  emergency-vehicles: 0  # 来源：说明.docx 第10段
                  other-vehicles: 0  # 来源：说明.docx 第10段
                  special-equipment: 0  # 来源：说明.docx 第10段
                previous-year:
                  year: 2021  # 来源：说明.docx 第2段
                  total: 4024.76  # 来源：说明.docx 第2段
                  fiscal-total: 4024.76  # 来源：说明.docx 第3段
                  general-budget-expenditure: 3857.99  # 来源：说明.docx 第4段
                  three-public: 2.85  # 来源：说明.docx 第5段
                  reception: 2.85  # 来源：说明.docx 第6段
                  operating-costs: 53.70  # 来源：说明.docx 第8段
                stated:
                  "收、支总计": 3555.82  # 来源：说明.docx 第2段
                  "收、支总计增减额": -468.94  # 来源：说明.docx 第2段
                  "收、支总计增减率": "-11.65%"  # 来源：说明.docx 第2段
                  "财政拨款收、支总计": 3555.82  # 来源：说明.docx 第3段
                  "财政拨款收、支总计增减额": -468.94  # 来源：说明.docx 第3段
                  "财政拨款收、支总计增减率": "-11.65%"  # 来源：说明.docx 第3段
                  "一般公共预算财政拨款支出": 3429.91  # 来源：说明.docx 第4段
                  "一般公共预算财政拨款支出占比": "96.46%"  # 来源：说明.docx 第4段
                  "一般公共预算财政拨款支出增减额": -428.08  # 来源：说明.docx 第4段
                  "一般公共预算财政拨款支出增减率": "-11.10%"  # 来源：说明.docx 第4段
                  "“三公”经费支出": 1.5  # 来源：说明.docx 第5段
                  "“三公”经费完成预算": "100%"  # 来源：说明.docx 第5段
                  "“三公”经费支出增减额": -1.35  # 来源：说明.docx 第5段
                  "“三公”经费支出增减率": "-47.37%"  # 来源：说明.docx 第5段
                  "公务接待费": 1.50  # 来源：说明.docx 第6段
                  "公务接待费增减额": -1.35  # 来源：说明.docx 第6段
                  "公务接待费增减率": "-47.37%"  # 来源：说明.docx 第6段
                  "机关运行经费": 46.60  # 来源：说明.docx 第8段
                  "机关运行经费增减额": -7.10  # 来源：说明.docx 第8段
                  "机关运行经费增减率": "-13.22%"  # 来源：说明.docx 第8段
                """, yaml);
        // The report has no “三公” table here: the 公务接待费's 完成预算 has no name to be written under.
        assertEquals("决算说明所写的以下数字，表中没有其科目或“三公”经费表，未写入 stated：公务接待费完成预算 100%（第6段）", notices.get(0));
        notices.remove(0);
        assertEquals(1, notices.size(), notices.toString());
        assertEquals(true, notices.get(0).startsWith("从决算说明的文字读出：previous-year.total 4024.76（第2段）；previous-year.fiscal-total 4024.76（第3段）；"), notices.get(0));
        assertEquals(true, notices.get(0).contains("；operating-costs 46.60（第8段）；previous-year.operating-costs 53.70（第8段）；procurement.goods 0（第9段）；"), notices.get(0));
    }

    @Test
    void theTemplatesOtherVehiclesEquipmentAndFiguresInOneParagraph() {
        String yaml = yaml(2023, "万元",
                p("2023年度，甲县医疗保障局政府采购支出总额120.50万元，其中：政府采购货物支出20.00万元、政府采购工程支出0万元、政府采购服务支出100.50万元。主要用于信息系统运维。授予中小企业合同金额100.00万元，占政府采购支出总额的82.99%，其中：授予小微企业合同金额60.00万元，占政府采购支出总额的49.79%。"),
                p("截至2023年12月31日，甲县医疗保障局共有车辆3辆，其中：主要领导干部用车0辆、机要通信用车1辆、应急保障用车0辆、执法执勤用车2辆、特种专业技术用车0辆、其他用车0辆，单价50万元以上通用设备1台（套），单价100万元以上专用设备0台（套）。"),
                // 上年's figure is not printed: 50.00 − 3.40 would be worked out, not read, so there is no previous-year.
                p("2023年，甲县医疗保障局机关运行经费支出50.00万元，比上年增加3.40万元，增长7.29%。"));

        assertEquals("""
                operating-costs: 50.00  # 来源：说明.docx 第3段
                procurement:
                  goods: 20.00  # 来源：说明.docx 第1段
                  works: 0  # 来源：说明.docx 第1段
                  services: 100.50  # 来源：说明.docx 第1段
                  sme: 100.00  # 来源：说明.docx 第1段
                  small-micro: 60.00  # 来源：说明.docx 第1段
                assets:
                  vehicles: 3  # 来源：说明.docx 第2段
                  leader-vehicles: 0  # 来源：说明.docx 第2段
                  confidential-vehicles: 1  # 来源：说明.docx 第2段
                  emergency-vehicles: 0  # 来源：说明.docx 第2段
                  law-enforcement-vehicles: 2  # 来源：说明.docx 第2段
                  special-vehicles: 0  # 来源：说明.docx 第2段
                  other-vehicles: 0  # 来源：说明.docx 第2段
                  special-equipment: 0  # 来源：说明.docx 第2段
                  large-equipment: 1  # 来源：说明.docx 第2段
                """, yaml);
    }

    @Test
    void similarSentencesOfOtherFiguresAreNotRead() {
        String yaml = yaml(2022, "万元",
                // 三公's 公务用车 count is not the 国有资产 车辆 count.
                p("截至2022年12月底，单位共有公务用车2辆，其中：轿车1辆、越野车1辆、载客汽车0辆。"),
                // A budget, not the 支出.
                p("2022年机关运行经费预算数60.00万元。政府采购预算总额80.00万元，其中：政府采购货物预算80.00万元。"),
                // Another money unit than the report's.
                p("全年机关运行经费支出466000元，比上年增加34000元。"),
                // A year that is not the one before the report's.
                p("2022年度收、支总计3555.82万元。与2020年4024.76万元相比，收、支总计各减少468.94万元。"),
                // The 财政拨款 total is not the 收、支总计 (only fiscal-total).
                p("2022年财政拨款收、支总计3555.82万元。与2021年4000.00万元相比，收、支总计各减少444.18万元。"));

        assertEquals("""
                previous-year:
                  year: 2021  # 来源：说明.docx 第5段
                  fiscal-total: 4000.00  # 来源：说明.docx 第5段
                stated:
                  "收、支总计": 3555.82  # 来源：说明.docx 第4段
                  "财政拨款收、支总计": 3555.82  # 来源：说明.docx 第5段
                  "财政拨款收、支总计增减额": -444.18  # 来源：说明.docx 第5段
                """, yaml);
    }

    @Test
    void aLaterSentenceStatingAnotherFigureIsANoticeTheFirstIsKept() {
        String yaml = yaml(2022, "万元",
                p("2022年，全年机关运行经费支出46.60万元，比2021年53.70减少7.10万元。"),
                p("2022年，全年机关运行经费支出46.00万元，比2021年53.70万元减少7.70万元。"));

        assertEquals("""
                operating-costs: 46.60  # 来源：说明.docx 第1段
                previous-year:
                  year: 2021  # 来源：说明.docx 第1段
                  operating-costs: 53.70  # 来源：说明.docx 第1段
                stated:
                  "机关运行经费": 46.60  # 来源：说明.docx 第1段
                  "机关运行经费增减额": -7.10  # 来源：说明.docx 第1段
                """, yaml);
        assertEquals(List.of(
                "operating-costs：说明.docx 第2段 印为 46.00，与说明.docx 第1段的 46.60 不同；草稿中写的是后者，请核对原文",
                "stated.机关运行经费：说明.docx 第2段 印为 46.00，与说明.docx 第1段的 46.60 不同；草稿中写的是后者，请核对原文",
                "stated.机关运行经费增减额：说明.docx 第2段 印为 -7.70，与说明.docx 第1段的 -7.10 不同；草稿中写的是后者，请核对原文",
                "从决算说明的文字读出：operating-costs 46.60（第1段）；previous-year.operating-costs 53.70（第1段）；"
                        + "stated.机关运行经费 46.60（第1段）；stated.机关运行经费增减额 -7.10（第1段）（请与原文核对）"),
                notices);
    }
}
