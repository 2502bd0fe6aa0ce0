package org.gongkai.imports.documents;

import static org.gongkai.imports.documents.SampleContent.printed;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The self-evaluation tables of the seeds, laid out as they print them, from the sample content's
 * figures: a 自评表 of sections down a label column (funds, 资金管理, tasks, goals, 绩效指标 with
 * 一级/二级 merged down) and the plain 指标体系 tables. Headings the YAML does not hold are the seeds'.
 */
final class EvaluationTables {

    private EvaluationTables() {
    }

    /** Headings of a 自评表's funds section, as its seed prints them, from 年初预算数 (if any) to 得分. */
    record FundsHeadings(String label, boolean initial, List<String> columns, String firstSourcePrefix) {
    }

    /** Seed 000: 转移支付整体绩效自评表, one table of nine grid columns. */
    static Grid transferPayment(JsonNode report) {
        List<String> keys = columnKeys(report);
        int width = 1 + 3 + keys.size();
        Grid grid = new Grid(width);
        header(grid, report);
        funds(grid, report, new FundsHeadings("资金投入情况\n(万元)", true,
                List.of("年初预算数", "全年预算数\n(A)", "全年执行数\n(B)", "分值", "执行率\n(B/A×100%)", "得分"), ""));
        management(grid, report.get("management"));
        goals(grid, report.get("goals"), "总体情况", "总体目标", "全年实际完成情况");
        indicators(grid, report, "绩效指标", 1, Map.of());
        JsonNode stated = report.get("stated");
        int weightColumn = 1 + 3 + keys.indexOf("weight");
        grid.row().text("总分", 1, weightColumn).amount(printed(stated.get("weight"))).amount(printed(stated.get("total")));
        for (int c = weightColumn + 2; c < width; c++) {
            grid.text("");
        }
        grid.row().text("说明").text(printed(report.get("remarks")), 1, width - 1);
        return grid;
    }

    /** Seed 004 附表: 部门整体支出绩效目标自评表. */
    static Grid departmentForm(JsonNode report) {
        List<String> keys = columnKeys(report);
        int width = 1 + 3 + keys.size();
        Grid grid = new Grid(width);
        header(grid, report);
        JsonNode tasks = report.get("tasks");
        int half = (width - 1) / 2;
        grid.row().head("年度主要任务", 1 + tasks.size(), 1).head("年初任务目标", 1, half).head("实际完成目标", 1, width - 1 - half);
        for (JsonNode task : tasks) {
            grid.row().text(printed(task.get("planned")), 1, half).text(printed(task.get("actual")), 1, width - 1 - half);
        }
        funds(grid, report, new FundsHeadings("预算执行情况（万元）", false,
                List.of("全年预算数（A）", "全年执行数（B）", "分值", "执行率（B/A)", "得分"), "其中："));
        goals(grid, report.get("goals"), "年度总体目标", "预期目标", "实际完成目标");
        indicators(grid, report, "年度绩效指标", 1, Map.of());
        return grid;
    }

    /**
     * A 指标体系 table alone (seed 001's 指标体系得分情况, seed 004's 附件2): 一级/二级 merged down;
     * {@code printed} gives a heading as the seed breaks it over lines (一级\n指标).
     */
    static Grid indicatorSystem(JsonNode report, String totalLabel, Map<String, String> printed) {
        List<String> keys = columnKeys(report);
        Grid grid = new Grid(3 + keys.size());
        indicators(grid, report, null, 0, printed);
        grid.headingRows = 1;
        if (totalLabel != null) {
            int weightColumn = 3 + keys.indexOf("weight");
            grid.row().text(totalLabel, 1, weightColumn).amount(printed(report.get("stated").get("weight")));
            for (int c = weightColumn + 1; c < grid.width; c++) {
                grid.text("");
            }
        }
        return grid;
    }

    private static void header(Grid grid, JsonNode report) {
        for (JsonNode field : report.get("header")) {
            grid.row().head(printed(field.get("label")), 1, 2).text(printed(field.get("value")), 1, grid.width - 2);
        }
    }

    private static void funds(Grid grid, JsonNode report, FundsHeadings headings) {
        JsonNode funds = report.get("funds");
        JsonNode sources = funds.get("sources");
        int columns = headings.columns().size();
        int sourceSpan = grid.width - 1 - columns;
        grid.row().head(headings.label(), 2 + sources.size(), 1).head("", 1, sourceSpan);
        headings.columns().forEach(grid::head);
        JsonNode total = funds.get("total");
        grid.row().text(printed(total.get("source")) + "：", 1, sourceSpan);
        amounts(grid, total, headings.initial());
        grid.amount(printed(funds.get("weight"))).text(printed(total.get("stated-rate"))).amount(printed(funds.get("score")));
        boolean first = true;
        for (JsonNode source : sources) {
            String label = printed(source.get("source"));
            grid.row().text(first && !label.startsWith("其中") ? headings.firstSourcePrefix() + label : label, 1, sourceSpan);
            amounts(grid, source, headings.initial());
            String rate = printed(source.get("stated-rate"));
            grid.text("").text(rate == null ? "" : rate).text("");
            first = false;
        }
    }

    private static void amounts(Grid grid, JsonNode line, boolean initial) {
        if (initial) {
            grid.amount(printed(line.get("initial")));
        }
        grid.amount(printed(line.get("budget"))).amount(printed(line.get("executed")));
    }

    private static void management(Grid grid, JsonNode management) {
        JsonNode items = management.get("items");
        int description = grid.width - 1 - 2 - 3;
        grid.row().head("资金管理情况", 1 + items.size(), 1).head("", 1, 2).head("情况说明", 1, description)
                .head("分值\n(" + printed(management.get("weight")) + ")").head("得分").head("存在问题和改进措施");
        for (JsonNode item : items) {
            grid.row().text(printed(item.get("item")), 1, 2).text(printed(item.get("description")), 1, description)
                    .amount(printed(item.get("weight"))).amount(printed(item.get("score"))).text("");
        }
    }

    private static void goals(Grid grid, JsonNode goals, String label, String planned, String actual) {
        int half = (grid.width - 1) / 2;
        grid.row().head(label, 1 + goals.size(), 1).head(planned, 1, half).head(actual, 1, grid.width - 1 - half);
        for (JsonNode goal : goals) {
            grid.row().text(printed(goal.get("planned")), 1, half).text(printed(goal.get("actual")), 1, grid.width - 1 - half);
        }
    }

    /** The 绩效指标 rows; with a label, a first column holding it merged down the whole section. */
    private static void indicators(Grid grid, JsonNode report, String label, int labelColumns, Map<String, String> printed) {
        List<String> keys = columnKeys(report);
        int items = 0;
        for (JsonNode group : report.get("indicators")) {
            for (JsonNode subgroup : group.get("subgroups")) {
                items += subgroup.get("items").size();
            }
        }
        grid.row();
        if (labelColumns == 1) {
            grid.head(label, 1 + items, 1);
        }
        for (String heading : List.of("一级指标", "二级指标", "三级指标")) {
            grid.head(printed.getOrDefault(heading, heading));
        }
        for (String key : keys) {
            String heading = report.get("columns").get(key).asText();
            grid.head(printed.getOrDefault(heading, heading));
        }
        for (JsonNode group : report.get("indicators")) {
            int groupItems = 0;
            for (JsonNode subgroup : group.get("subgroups")) {
                groupItems += subgroup.get("items").size();
            }
            boolean firstOfGroup = true;
            for (JsonNode subgroup : group.get("subgroups")) {
                boolean firstOfSubgroup = true;
                for (JsonNode item : subgroup.get("items")) {
                    grid.row();
                    if (firstOfGroup) {
                        String weight = printed(group.get("stated-weight"));
                        grid.text(printed(group.get("group")) + (weight == null ? "" : "\n(" + weight + "分)"), groupItems, 1);
                    }
                    if (firstOfSubgroup) {
                        grid.text(printed(subgroup.get("group")), subgroup.get("items").size(), 1);
                    }
                    grid.text(printed(item.get("name")));
                    for (String key : keys) {
                        String value = printed(item.get(key));
                        if (key.equals("weight") || key.equals("score")) {
                            grid.amount(value);
                        } else {
                            grid.text(value == null ? "" : value);
                        }
                    }
                    firstOfGroup = false;
                    firstOfSubgroup = false;
                }
            }
        }
    }

    /** The YAML's printed columns in their order (target, actual, weight…). */
    static List<String> columnKeys(JsonNode report) {
        List<String> keys = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = report.get("columns").fields(); it.hasNext(); ) {
            keys.add(it.next().getKey());
        }
        return keys;
    }
}
