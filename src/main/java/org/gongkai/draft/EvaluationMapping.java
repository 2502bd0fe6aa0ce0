package org.gongkai.draft;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.imports.SourceCell;

/**
 * Reads a 绩效自评表 into the evaluation's blocks, section by section as the table prints them: the
 * 基本信息 label/value rows before the first section ({@code header}), 年度主要任务 ({@code tasks}), 资金投入情况 ({@code funds}: its
 * heading row names the columns), 资金管理情况 ({@code management}), 总体目标 ({@code goals}), the
 * 绩效指标 (its heading row prints 一级指标; groups by their merged cells) and the 总分 row ({@code stated}).
 * The printed headings are kept in {@code funds.columns}, {@code goals-columns}, {@code columns} and
 * {@code levels}. A table in which none of these sections is found is not mapped.
 */
final class EvaluationMapping {

    private enum Section { NONE, TASKS, FUNDS, MANAGEMENT, GOALS, INDICATORS }

    /** A group printed with its points: 项目决策(18分), 项目产出（50分）. */
    private static final Pattern GROUP_POINTS = Pattern.compile("(.+?)\\s*[（(]\\s*(\\d+(?:\\.\\d+)?)\\s*分\\s*[)）]");
    private static final Pattern PARENTHESISED_NUMBER = Pattern.compile("[（(]\\s*(\\d+(?:\\.\\d+)?)\\s*分?\\s*[)）]");
    /**
     * Indicator columns by their printed heading; the first pattern a heading holds decides (年初指标值 before 指标值,
     * 实际完成指标值 before 指标值).
     */
    private static final List<String[]> INDICATOR_COLUMNS = List.of(
            new String[] {"序号", "number"}, new String[] {"指标性质", "nature"}, new String[] {"年初指标值", "initial-target"},
            new String[] {"得分系数", "coefficient"}, new String[] {"复评", "review-score"}, new String[] {"复核", "review-score"},
            new String[] {"评分标准", "standard"}, new String[] {"评价标准", "standard"}, new String[] {"指标说明", "note"},
            new String[] {"指标解释", "note"}, new String[] {"度量单位", "unit"}, new String[] {"计量单位", "unit"},
            new String[] {"核心", "core"}, new String[] {"原因", "reason"}, new String[] {"改进措施", "reason"},
            new String[] {"实际完成", "actual"}, new String[] {"完成值", "actual"}, new String[] {"实际值", "actual"}, new String[] {"完成情况", "actual"},
            new String[] {"指标值", "target"}, new String[] {"标准值", "target"}, new String[] {"目标值", "target"},
            new String[] {"分值", "weight"}, new String[] {"权重", "weight"}, new String[] {"得分", "score"}, new String[] {"自评分", "score"});
    private static final List<String[]> FUNDS_COLUMNS = List.of(
            new String[] {"年初预算", "initial"}, new String[] {"执行率", "rate"}, new String[] {"执行数", "executed"},
            new String[] {"预算数", "budget"}, new String[] {"分值", "weight"}, new String[] {"得分", "score"},
            new String[] {"原因", "reason"});
    /** A 基本信息 label naming the evaluation's total. */
    private static final Pattern TOTAL_LABEL = Pattern.compile("(?:(?:自评|评价|综合)?总分|(?:自评|评价|综合)得分|自评总得分)(?:\\(分\\))?");
    private static final List<String> NUMERIC_INDICATOR_KEYS = List.of("weight", "score", "coefficient", "review-score");

    private final List<Object> header = new ArrayList<>();
    private YamlMap funds;
    private YamlMap management;
    private List<Object> tasks;
    private List<Object> goals;
    private YamlMap goalsColumns;
    private YamlMap indicatorColumns;
    private List<Object> levels;
    private List<Object> indicators;
    private List<Object> flatIndicators;
    private final YamlMap stated = new YamlMap();
    private String remarks;
    private String tableTitle;

    /**
     * @return the blocks it filled ({@code funds, management, …}), or null when the table holds no 自评表 section
     * @param title the table's printed title, or null: a table titled 资金管理情况 (each section its own table, as
     *        gongkai's report.docx prints a 自评表) is that section, its heading row naming no section
     */
    String map(Grid grid, SourceFigures figures, String title) {
        boolean managementTable = title != null && Labels.normal(title).startsWith("资金管理");
        List<String> filled = new ArrayList<>();
        Section section = Section.NONE;
        Map<String, Integer> columns = Map.of();
        int sectionColumn = -1;
        Map<String, Integer> levelColumns = new LinkedHashMap<>();
        IndicatorTree tree = null;
        for (int r = 0; r < grid.height(); r++) {
            List<String> texts = grid.rowTexts(r);
            if (texts.isEmpty()) {
                continue;
            }
            String joined = Labels.normal(String.join("|", texts));
            int levelStart = columnOf(grid, r, "一级指标");
            if (levelStart < 0 && section != Section.INDICATORS && columnOf(grid, r, "指标名称") >= 0
                    && (joined.contains("分值") || joined.contains("权重") || joined.contains("指标值"))) {
                levelStart = columnOf(grid, r, "指标名称"); // a flat list: no 一级/二级 columns
            }
            if (levelStart >= 0) {
                section = Section.INDICATORS;
                levelColumns = levelColumns(grid, r, levelStart);
                columns = headingColumns(grid, r, INDICATOR_COLUMNS, levelColumns.values());
                indicatorColumns = headings(grid, r, columns);
                levels = new ArrayList<>(levelColumns.keySet());
                tree = new IndicatorTree();
                filled.add("indicators");
                continue;
            }
            if (section == Section.NONE && Labels.normal(texts.get(0)).endsWith("主要任务") && texts.size() > 1) {
                // A 部门整体 自评表's 年度主要任务 rows (年初任务目标, 实际完成目标) before its 资金 rows.
                section = Section.TASKS;
                columns = goalsColumns(grid, r);
                tasks = new ArrayList<>();
                filled.add("tasks");
                continue;
            }
            if ((section == Section.NONE || section == Section.TASKS) && joined.contains("执行数") && joined.contains("预算")) {
                section = Section.FUNDS;
                sectionColumn = sectionColumn(grid, r);
                columns = headingColumns(grid, r, FUNDS_COLUMNS, List.of());
                funds = new YamlMap();
                String label = sectionColumn >= 0 ? grid.text(r, sectionColumn).replaceAll("[（(][^）)]*元[)）]", "").strip() : "";
                if (!label.isEmpty()) {
                    funds.put("label", label);
                }
                // The 资金来源 column (the first before the figures) is printed even where its heading is blank.
                int firstFigure = columns.values().stream().mapToInt(Integer::intValue).min().orElse(grid.width());
                YamlMap printed = new YamlMap();
                if (sectionColumn + 1 < firstFigure) {
                    printed.put("source", grid.text(r, sectionColumn + 1));
                }
                headings(grid, r, columns).entries().forEach(e -> printed.put(e.key(), e.value()));
                funds.put("columns", printed);
                filled.add("funds");
                continue;
            }
            if ((section == Section.NONE || section == Section.FUNDS) && (texts.get(0).startsWith("资金管理")
                    || (joined.contains("资金管理情况") || managementTable) && (joined.contains("分值") || joined.contains("得分")))) {
                section = Section.MANAGEMENT;
                sectionColumn = sectionColumn(grid, r);
                columns = managementColumns(grid, r);
                management = new YamlMap();
                Integer weightColumn = columns.get("weight");
                if (weightColumn != null) {
                    Matcher weight = PARENTHESISED_NUMBER.matcher(grid.text(r, weightColumn));
                    if (weight.find()) {
                        management.put("weight", new java.math.BigDecimal(weight.group(1)),
                                figures.origin(grid.cell(r, weightColumn)));
                    }
                }
                // As printed (分值(40), a blank 项目 heading), as funds and goals keep theirs: the page prints these.
                management.put("columns", headings(grid, r, columns));
                management.put("items", new ArrayList<>());
                filled.add("management");
                continue;
            }
            if (section != Section.INDICATORS && section != Section.GOALS
                    && (joined.contains("总体目标") || joined.contains("年度目标") && joined.contains("完成情况"))) {
                section = Section.GOALS;
                columns = goalsColumns(grid, r);
                goalsColumns = headings(grid, r, columns);
                goals = new ArrayList<>();
                filled.add("goals");
                continue;
            }
            if (section != Section.NONE && texts.size() == 2 && Labels.normal(texts.get(0)).matches(".*(等级|评级)")) {
                stated.put("grade", texts.get(1));
                continue;
            }
            if (section != Section.NONE && texts.size() == 2 && Labels.normal(texts.get(0)).equals("说明")) {
                // The 说明 row under the 总分 (乌海's “说明 | 无”) is the table's remarks, not an indicator.
                remarks = texts.get(1);
                continue;
            }
            boolean totalRow = texts.stream().anyMatch(t -> Labels.normal(t).startsWith("总分"));
            if ((totalRow || texts.stream().anyMatch(t -> Labels.normal(t).equals("合计")))
                    && section != Section.FUNDS && section != Section.NONE) {
                // A 合计 is the evaluation's total under the indicators only; elsewhere (资金管理情况) it is a section's sum.
                if (totalRow || section == Section.INDICATORS) {
                    total(grid, r, figures, section == Section.INDICATORS ? columns : Map.of());
                }
                continue;
            }
            switch (section) {
                case NONE -> {
                    if (texts.size() % 2 == 0 && texts.size() <= 4) {
                        for (int i = 0; i < texts.size(); i += 2) {
                            header.add(new YamlMap().put("label", texts.get(i)).put("value", texts.get(i + 1)));
                        }
                        totalInHeader(grid, r, figures);
                    }
                }
                case FUNDS -> fundsRow(grid, r, sectionColumn, columns, figures);
                case MANAGEMENT -> managementRow(grid, r, sectionColumn, columns, figures);
                case TASKS -> planRow(grid, r, columns, tasks);
                case GOALS -> planRow(grid, r, columns, goals);
                case INDICATORS -> tree.add(grid, r, levelColumns, columns, figures);
            }
        }
        if (tree != null) {
            indicators = tree.yaml();
            flatIndicators = tree.flat();
        }
        if (!header.isEmpty() && !filled.isEmpty()) {
            filled.add(0, "header");
        }
        return filled.isEmpty() ? null : String.join(", ", filled);
    }

    /**
     * The result the report's text states ({@link StatedResult}), where its tables print none.
     *
     * @return what it took, each with its origin, for the clerk (stated.total 98（来源：…）)
     */
    List<String> statedInText(StatedResult.Statement said) {
        List<String> taken = new ArrayList<>();
        if (said.total() != null && !stated.has("total")) {
            stated.put("total", said.total(), said.totalOrigin());
            taken.add("stated.total " + said.total().toPlainString() + "（" + said.totalOrigin() + "）");
        }
        if (said.grade() != null && !stated.has("grade")) {
            stated.put("grade", said.grade(), said.gradeOrigin());
            taken.add("stated.grade " + said.grade() + "（" + said.gradeOrigin() + "）");
        }
        return taken;
    }

    /** Whether the text's result is still wanted: the tables print no total or no grade. */
    boolean wantsStated() {
        return !stated.has("total") || !stated.has("grade");
    }

    /** The title printed over the 自评表 (the first given), apart from the report's own. */
    void tableTitle(String title) {
        if (tableTitle == null) {
            tableTitle = title;
        }
    }

    /**
     * What the evaluation is of as its 指标体系's title line names it (医疗服务与保障能力提升补助资金 / 绩效评价指标体系),
     * as the 项目名称 row a 自评表 prints, where its table prints no name row.
     */
    void projectNamedByTitle(String name) {
        boolean named = header.stream().map(h -> Labels.normal(String.valueOf(((YamlMap) h).get("label")))).anyMatch(l -> l.endsWith("名称"));
        if (!named) {
            header.add(0, new YamlMap().put("label", "项目名称").put("value", name));
        }
    }

    void putInto(YamlMap report) {
        report.put("table-title", tableTitle);
        if (!header.isEmpty()) {
            report.put("header", header);
        }
        if (tasks != null && !tasks.isEmpty()) {
            report.put("tasks", tasks);
        }
        if (funds != null && funds.has("total")) {
            report.put("funds", funds);
        }
        if (management != null && !((List<?>) management.get("items")).isEmpty()) {
            report.put("management", management);
        }
        if (goals != null && !goals.isEmpty()) {
            report.put("goals", goals);
            report.put("goals-columns", goalsColumns);
        }
        if (indicators != null && !indicators.isEmpty()) {
            report.put("columns", indicatorColumns);
            report.put("levels", levels);
            report.put("indicators", indicators);
        } else if (flatIndicators != null && !flatIndicators.isEmpty()) {
            report.put("columns", indicatorColumns);
            report.put("flat-indicators", flatIndicators);
        }
        if (!stated.isEmpty()) {
            report.put("stated", stated);
        }
        report.put("remarks", remarks);
    }

    // The sections' rows --------------------------------------------------------------------------------

    private void fundsRow(Grid grid, int r, int sectionColumn, Map<String, Integer> columns, SourceFigures figures) {
        int firstFigure = columns.values().stream().mapToInt(Integer::intValue).min().orElse(grid.width());
        String source = null;
        for (int c = sectionColumn + 1; c < firstFigure; c++) {
            String text = grid.text(r, c);
            if (!text.isEmpty()) {
                source = text.replaceFirst("[：:]$", "");
                break;
            }
        }
        if (source == null) {
            return;
        }
        YamlMap row = new YamlMap().put("source", source);
        for (Map.Entry<String, Integer> column : columns.entrySet()) {
            SourceCell cell = grid.cell(r, column.getValue());
            String key = column.getKey();
            if (cell == null || Labels.isBlank(cell.text()) || key.equals("weight") || key.equals("score")) {
                continue;
            }
            switch (key) {
                case "rate" -> row.put("stated-rate", cell.text().strip());
                case "reason" -> row.put("reason", cell.text().strip());
                default -> row.put(key, figures.figure(cell, "funds." + key));
            }
        }
        if (!funds.has("total")) {
            for (String key : List.of("weight", "score")) {
                Integer column = columns.get(key);
                if (column != null) {
                    funds.put(key, figures.figure(grid.cell(r, column), "funds." + key));
                }
            }
            funds.put("total", row);
            funds.put("sources", new ArrayList<>());
        } else {
            @SuppressWarnings("unchecked")
            List<Object> sources = (List<Object>) funds.get("sources");
            sources.add(row);
        }
    }

    private void managementRow(Grid grid, int r, int sectionColumn, Map<String, Integer> columns, SourceFigures figures) {
        Integer itemColumn = columns.get("item");
        String item = itemColumn == null ? "" : grid.text(r, itemColumn);
        if (item.isEmpty() || itemColumn == sectionColumn && grid.cell(r, itemColumn) == grid.cell(r - 1, itemColumn)) {
            return;
        }
        if (Labels.isTotal(item)) {
            // A 小计 line (gongkai's report.docx prints one under the items) is a sum, not an item: gongkai derives it.
            return;
        }
        YamlMap row = new YamlMap().put("item", item);
        for (String key : List.of("description", "weight", "score", "issues")) {
            Integer column = columns.get(key);
            if (column == null || Labels.isBlank(grid.text(r, column))) {
                continue;
            }
            if (key.equals("weight") || key.equals("score")) {
                row.put(key, figures.figure(grid.cell(r, column), "management.items." + key));
            } else {
                row.put(key, grid.text(r, column));
            }
        }
        @SuppressWarnings("unchecked")
        List<Object> items = (List<Object>) management.get("items");
        items.add(row);
    }

    private static void planRow(Grid grid, int r, Map<String, Integer> columns, List<Object> plans) {
        YamlMap goal = new YamlMap();
        for (Map.Entry<String, Integer> column : columns.entrySet()) {
            String text = grid.text(r, column.getValue());
            if (!text.isEmpty()) {
                goal.put(column.getKey(), text);
            }
        }
        if (goal.has("planned") || goal.has("actual")) {
            plans.add(goal);
        }
    }

    /**
     * The 总分 (合计) row: the figure under the 分值 column is the stated weight, the one under 得分 (else the last) the total.
     *
     * @param indicatorColumns the columns of this table's indicators, by field; none outside them
     */
    private void total(Grid grid, int r, SourceFigures figures, Map<String, Integer> indicatorColumns) {
        Integer weight = indicatorColumns.get("weight");
        Integer score = indicatorColumns.get("score");
        int last = -1;
        for (int c = 0; c < grid.width(); c++) {
            SourceCell cell = grid.cell(r, c);
            if (cell == null || cell.number() == null || !grid.startsHere(r, c)) {
                continue;
            }
            if (weight != null && weight == c && !stated.has("weight")) {
                stated.put("weight", figures.figure(cell, "stated.weight"));
            } else if (score != null && score == c && !stated.has("total")) {
                stated.put("total", figures.figure(cell, "stated.total"));
            } else {
                last = c;
            }
        }
        if (!stated.has("total") && last >= 0) {
            stated.put("total", figures.figure(grid.cell(r, last), "stated.total"));
        }
        for (int c = 0; c < grid.width(); c++) {
            String text = Labels.normal(grid.text(r, c));
            if (text.contains("等级") && !grid.text(r, c + 1).isEmpty() && grid.cell(r, c + 1) != grid.cell(r, c)) {
                stated.put("grade", grid.text(r, c + 1));
            }
        }
    }

    /**
     * A 基本信息 row printing the total (重庆's 自评总分（分） | 95.5, 随州's 自评总分 | 98): kept as printed in the header,
     * and the evaluation's stated total, as a 总分 row's is.
     */
    private void totalInHeader(Grid grid, int r, SourceFigures figures) {
        for (int c = 0; c + 1 < grid.width(); c++) {
            if (!grid.startsHere(r, c) || !TOTAL_LABEL.matcher(Labels.normal(grid.text(r, c))).matches()) {
                continue;
            }
            SourceCell value = grid.cell(r, c + 1);
            if (value != null && value != grid.cell(r, c) && value.number() != null && !stated.has("total")) {
                stated.put("total", figures.figure(value, "stated.total"));
            }
        }
    }

    /** The indicator table's columns, for the 总分 row below it. */

    // Headings -------------------------------------------------------------------------------------------

    private static int columnOf(Grid grid, int r, String heading) {
        for (int c = 0; c < grid.width(); c++) {
            if (Labels.normal(grid.text(r, c)).startsWith(heading)) {
                return c;
            }
        }
        return -1;
    }

    /** The level columns from 一级指标 on (二级指标, 三级指标, 指标名称 …) with their printed texts. */
    private static Map<String, Integer> levelColumns(Grid grid, int r, int start) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        for (int c = start; c < grid.width(); c++) {
            if (!grid.startsHere(r, c) && c != start) {
                continue;
            }
            String text = grid.text(r, c);
            String normal = Labels.normal(text);
            if (normal.matches("[一二三四五]级指标.*") || normal.equals("指标名称") || normal.equals("指标")) {
                levels.put(text, c);
            } else {
                break;
            }
        }
        return levels;
    }

    private static Map<String, Integer> headingColumns(Grid grid, int r, List<String[]> patterns, java.util.Collection<Integer> skip) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int c = 0; c < grid.width(); c++) {
            if (!grid.startsHere(r, c) || skip.contains(c)) {
                continue;
            }
            String heading = Labels.normal(grid.text(r, c));
            for (String[] pattern : patterns) {
                if (heading.contains(pattern[0])) {
                    columns.putIfAbsent(pattern[1], c);
                    break;
                }
            }
        }
        return columns;
    }

    private static Map<String, Integer> managementColumns(Grid grid, int r) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        int section = sectionColumn(grid, r);
        for (int c = 0; c < grid.width(); c++) {
            if (!grid.startsHere(r, c) || c == section) {
                continue;
            }
            String heading = Labels.normal(grid.text(r, c));
            if (heading.contains("分值")) {
                columns.putIfAbsent("weight", c);
            } else if (heading.contains("得分")) {
                columns.putIfAbsent("score", c);
            } else if (heading.contains("问题") || heading.contains("改进")) {
                columns.putIfAbsent("issues", c);
            } else if (heading.contains("说明") || heading.contains("情况")) {
                columns.putIfAbsent("description", c);
            } else if (!columns.containsKey("item")) {
                columns.put("item", c);
            }
        }
        if (!columns.containsKey("item")) {
            columns.put("item", section + 1);
        }
        return columns;
    }

    private static Map<String, Integer> goalsColumns(Grid grid, int r) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int c = 0; c < grid.width(); c++) {
            if (!grid.startsHere(r, c)) {
                continue;
            }
            if (r + 1 < grid.height() && grid.cell(r + 1, c) == grid.cell(r, c)) {
                // The section's own label (年度总体目标) printed down the rows beside them: no column of its rows.
                continue;
            }
            String heading = Labels.normal(grid.text(r, c));
            if (heading.contains("完成")) {
                columns.putIfAbsent("actual", c);
            } else if (heading.contains("调整")) {
                columns.putIfAbsent("adjusted", c);
            } else if (heading.contains("目标")) {
                columns.putIfAbsent("planned", c);
            }
        }
        return columns;
    }

    /** The printed heading of each mapped column, in the table's order. */
    private static YamlMap headings(Grid grid, int r, Map<String, Integer> columns) {
        YamlMap headings = new YamlMap();
        columns.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(column -> headings.put(column.getKey(), grid.text(r, column.getValue())));
        return headings;
    }

    /** The column at the left that names the section (资金投入情况, spanning its rows), or -1. */
    private static int sectionColumn(Grid grid, int r) {
        for (int c = 0; c < grid.width(); c++) {
            String text = grid.text(r, c);
            if (!text.isEmpty()) {
                SourceCell cell = grid.cell(r, c);
                return cell.rowspan() > 1 || Labels.normal(text).matches(".*(资金投入|资金管理|项目资金).*") ? c : -1;
            }
        }
        return -1;
    }

    /** The indicator groups by the merged cells of their level columns. */
    private final class IndicatorTree {
        private final Map<String, Object> roots = new LinkedHashMap<>();

        void add(Grid grid, int r, Map<String, Integer> levelColumns, Map<String, Integer> columns, SourceFigures figures) {
            List<Integer> levelIndexes = new ArrayList<>(levelColumns.values());
            if (levelIndexes.isEmpty()) {
                return;
            }
            int nameColumn = levelIndexes.get(levelIndexes.size() - 1);
            String name = grid.text(r, nameColumn);
            if (name.isEmpty() || levelIndexes.size() > 1 && grid.cell(r, nameColumn) == grid.cell(r, levelIndexes.get(levelIndexes.size() - 2))) {
                return;
            }
            YamlMap indicator = new YamlMap().put("name", name);
            for (Map.Entry<String, Integer> column : columns.entrySet()) {
                SourceCell cell = grid.cell(r, column.getValue());
                if (cell == null || Labels.isBlank(cell.text()) || column.getKey().equals("number")) {
                    continue;
                }
                if (NUMERIC_INDICATOR_KEYS.contains(column.getKey())) {
                    indicator.put(column.getKey(), figures.figure(cell, "indicators." + column.getKey()));
                } else {
                    indicator.put(column.getKey(), cell.text().strip());
                }
            }
            Map<String, Object> level = roots;
            for (int i = 0; i < levelIndexes.size() - 1; i++) {
                String group = grid.text(r, levelIndexes.get(i));
                if (group.isEmpty()) {
                    group = "（未填写）";
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> next = (Map<String, Object>) level.computeIfAbsent(group, g -> new LinkedHashMap<String, Object>());
                level = next;
            }
            @SuppressWarnings("unchecked")
            List<Object> items = (List<Object>) level.computeIfAbsent("\u0000items", k -> new ArrayList<>());
            items.add(indicator);
        }

        List<Object> yaml() {
            return groups(roots);
        }

        /** The indicators of a table without group columns. */
        @SuppressWarnings("unchecked")
        List<Object> flat() {
            Object items = roots.get("\u0000items");
            return items == null ? List.of() : (List<Object>) items;
        }

        @SuppressWarnings("unchecked")
        private List<Object> groups(Map<String, Object> level) {
            List<Object> groups = new ArrayList<>();
            level.forEach((name, value) -> {
                if (name.equals("\u0000items")) {
                    return;
                }
                Map<String, Object> children = (Map<String, Object>) value;
                YamlMap group = new YamlMap();
                Matcher points = GROUP_POINTS.matcher(name);
                if (points.matches()) {
                    // 项目决策(18分): the group prints its weight after its name, as gongkai prints stated-weight.
                    group.put("group", points.group(1)).put("stated-weight", new java.math.BigDecimal(points.group(2)));
                } else {
                    group.put("group", name);
                }
                Object items = children.get("\u0000items");
                if (items != null) {
                    group.put("items", items);
                }
                List<Object> subgroups = groups(children);
                if (!subgroups.isEmpty()) {
                    group.put("subgroups", subgroups);
                }
                groups.add(group);
            });
            return groups;
        }
    }
}
