package org.gongkai.draft;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.imports.SourceCell;
import org.gongkai.model.TableKind;

/**
 * Reads the 部门决算's built-in tables into the report's blocks: 收入 and 支出 by the rows or columns
 * their labels print, 结转结余 from the 收入支出决算总表, the 一般公共预算 科目 by their 科目编码 (类 3 digits,
 * 款 5, 项 7), 基本支出 by 经济分类 (301 and 303 人员经费, the others 公用经费) and the “三公”经费 by item and
 * by 预算数/决算数. A table that prints none of what its block needs is not mapped (it stays a table of its own).
 */
final class AccountsMapping {

    static final Map<String, List<String>> INCOME = labels(
            "general-budget", "一般公共预算财政拨款收入|一般公共预算拨款收入|一般公共预算财政拨款",
            "government-fund", "政府性基金预算财政拨款收入|政府性基金预算拨款收入|政府性基金预算财政拨款",
            "state-capital", "国有资本经营预算财政拨款收入|国有资本经营预算拨款收入|国有资本经营预算财政拨款",
            "superior-subsidy", "上级补助收入",
            "business", "事业收入",
            "operating", "经营收入",
            "affiliated", "附属单位上缴收入",
            "other", "其他收入");
    static final Map<String, List<String>> EXPENDITURE = labels(
            "basic", "基本支出",
            "project", "项目支出",
            "superior-remittance", "上缴上级支出",
            "operating", "经营支出",
            "affiliated-subsidy", "对附属单位补助支出");
    static final Map<String, List<String>> BALANCES = labels(
            "non-fiscal-used", "使用非财政拨款结余|本年使用非财政拨款结余",
            "opening", "年初结转和结余",
            "distribution", "结余分配",
            "closing", "年末结转和结余");
    private static final Map<String, List<String>> BASIC_TOTALS = labels(
            "personnel", "人员经费|人员经费合计|人员经费小计",
            "public", "公用经费|公用经费合计|公用经费小计");
    private static final Map<String, List<String>> THREE_PUBLIC = labels(
            "abroad", "因公出国（境）费|因公出国（境）费用|因公出国（境）",
            "vehicle-purchase", "公务用车购置费",
            "vehicle-operation", "公务用车运行维护费|公务用车运行费",
            "reception", "公务接待费");

    private final List<String> notices;
    private final YamlMap income = new YamlMap();
    private final YamlMap expenditure = new YamlMap();
    private final YamlMap balances = new YamlMap();
    private final Map<String, YamlMap> accounts = new LinkedHashMap<>();
    private YamlMap basicExpenditure;
    private YamlMap threePublic;

    /** @param notices where a figure two tables print differently is reported */
    AccountsMapping(List<String> notices) {
        this.notices = notices;
    }

    /**
     * Maps a table recognised as {@code kind} into its block; {@code entry} (its {@code tables:} entry) takes
     * the row labels and column headings it prints where they differ from the kind's.
     *
     * @return the blocks it filled, e.g. {@code income, balances}; null when it read nothing
     */
    String map(TableKind kind, Grid grid, SourceFigures figures, YamlMap entry) {
        return switch (kind.block()) {
            case "income-expenditure-summary" -> labelled(grid, figures, "income", INCOME, income, kind, null)
                    + labelled(grid, figures, "balances", BALANCES, balances, kind, null) == 0 ? null : "income, balances";
            case "income" -> labelled(grid, figures, "income", INCOME, income, kind, entry) == 0 ? null : "income";
            case "expenditure" -> labelled(grid, figures, "expenditure", EXPENDITURE, expenditure, kind, entry) == 0 ? null : "expenditure";
            case "general-budget", "government-fund", "state-capital" -> {
                YamlMap account = subjects(grid, figures, kind.block(), entry);
                if (account == null) {
                    yield null;
                }
                accounts.put(kind.block(), account);
                yield kind.block();
            }
            case "basic-expenditure" -> basic(grid, figures) ? "basic-expenditure" : null;
            case "three-public" -> threePublic(grid, figures) ? "three-public" : null;
            default -> null;
        };
    }

    /** The blocks read, in the order the reference lists them. */
    void putInto(YamlMap report) {
        report.putIfNotEmpty("income", income);
        report.putIfNotEmpty("expenditure", expenditure);
        report.putIfNotEmpty("balances", balances);
        report.put("general-budget", accounts.get("general-budget"));
        report.put("basic-expenditure", basicExpenditure);
        report.put("three-public", threePublic);
        report.put("government-fund", accounts.get("government-fund"));
        report.put("state-capital", accounts.get("state-capital"));
    }

    private int labelled(Grid grid, SourceFigures figures, String block, Map<String, List<String>> labels, YamlMap into,
            TableKind kind, YamlMap entry) {
        int read = 0;
        Map<String, String> printed = new LinkedHashMap<>();
        for (Map.Entry<String, SourceCell> found : LabelledFigures.find(grid, labels).entrySet()) {
            String field = block + "." + found.getKey();
            if (into.get(found.getKey()) instanceof YamlMap.Figure first) {
                // The first table that prints it gives it (收入支出决算总表 before 收入决算表); the other must agree.
                SourceCell again = found.getValue();
                if (again.number() != null && again.number().compareTo(first.value()) != 0) {
                    notices.add(field + "：" + figures.fileName() + " " + again.origin().describe() + " 印为 "
                            + again.text().strip() + "，与" + first.origin().replace("来源：", "") + "的 " + first.value().toPlainString()
                            + " 不同；草稿中写的是后者，请核对原文");
                }
                read++;
                continue;
            }
            // A label found counts even where its cell prints no number: the table is this kind, the cell is listed as unread.
            read++;
            YamlMap.Figure figure = figures.figure(found.getValue(), field);
            if (figure != null) {
                into.put(found.getKey(), figure);
            }
            String label = printedLabel(grid, found.getValue(), found.getKey(), labels);
            String standard = kind.labels().get(found.getKey());
            if (label != null && standard != null && !Labels.normal(label).equals(Labels.normal(standard))) {
                printed.put(found.getKey(), label);
            }
        }
        if (entry != null && !printed.isEmpty()) {
            entry.put("labels", mapOf(printed));
        }
        return read;
    }

    /**
     * The label {@code key} is printed under for this figure: the label left of it in its row, or, for a
     * figure found under a labelled column (a table printed across, its figures in the 合计 row), that
     * column's heading — never the row's 合计. Null when neither names the key.
     */
    private static String printedLabel(Grid grid, SourceCell figure, String key, Map<String, List<String>> labels) {
        for (int r = grid.headerRows(); r < grid.height(); r++) {
            for (int c = 0; c < grid.width(); c++) {
                if (grid.cell(r, c) != figure) {
                    continue;
                }
                for (int x = c - 1; x >= 0; x--) {
                    String text = grid.text(r, x);
                    if (!text.isEmpty() && grid.cell(r, x).number() == null) {
                        if (key.equals(LabelledFigures.keyOf(text, labels))) {
                            return text;
                        }
                        break;
                    }
                }
                List<String> path = grid.columnPath(0, grid.headerRows(), c);
                String heading = path.isEmpty() ? null : path.get(path.size() - 1);
                return heading != null && key.equals(LabelledFigures.keyOf(heading, labels)) ? heading : null;
            }
        }
        return null;
    }

    private static YamlMap mapOf(Map<String, String> values) {
        YamlMap map = new YamlMap();
        values.forEach(map::put);
        return map;
    }

    // 科目 tables: 一般公共预算, 政府性基金, 国有资本经营 -------------------------------------------------

    /** One printed 科目 line: its name, code, figures by key and the total it spends (合计, or 基本 + 项目). */
    private static final java.util.regex.Pattern LEVEL_SUFFIX = java.util.regex.Pattern.compile("\\s*[（(][类款项][)）]$");

    private record SubjectLine(String name, String code, Map<String, YamlMap.Figure> figures, BigDecimal total) {
    }

    private static final class Subject {
        final SubjectLine line;
        final List<Subject> items = new ArrayList<>();

        Subject(SubjectLine line) {
            this.line = line;
        }

        YamlMap yaml() {
            YamlMap map = new YamlMap().put("name", line.name()).put("code", line.code().isEmpty() ? null : line.code());
            if (items.isEmpty()) {
                line.figures().forEach((key, figure) -> {
                    if (List.of("budget", "basic", "project").contains(key)) {
                        map.put(key, figure);
                    }
                });
            } else {
                map.put("items", items.stream().map(Subject::yaml).map(Object.class::cast).toList());
            }
            return map;
        }
    }

    private static final Map<String, String> SUBJECT_HEADINGS = new LinkedHashMap<>();
    static {
        SUBJECT_HEADINGS.put("code", "科目编码");
        SUBJECT_HEADINGS.put("name", "科目名称");
        SUBJECT_HEADINGS.put("opening", "年初结转和结余");
        SUBJECT_HEADINGS.put("income", "本年收入");
        SUBJECT_HEADINGS.put("budget", "全年预算数");
        SUBJECT_HEADINGS.put("total", "合计");
        SUBJECT_HEADINGS.put("basic", "基本支出");
        SUBJECT_HEADINGS.put("project", "项目支出");
        SUBJECT_HEADINGS.put("closing", "年末结转和结余");
    }

    /**
     * A 科目 table into {@code block} ({@code general-budget}, {@code government-fund} or {@code state-capital}):
     * 类, 款 and 项 by their 科目编码 (3, 5 and 7 digits; a code split over 类/款/项 columns is joined), or, where
     * the table prints no codes, by its sums (a line whose spending is the sum of the lines below it holds them,
     * at most three levels); only the last level keeps its figures. The 未列明功能分类科目 line is
     * {@code unclassified}; a 政府性基金 table's 合计 line gives its 年初/本年收入/年末.
     */
    private YamlMap subjects(Grid grid, SourceFigures figures, String block, YamlMap entry) {
        List<Integer> codeColumns = new ArrayList<>();
        int nameColumn = -1;
        Map<String, Integer> columns = new LinkedHashMap<>();
        Map<String, String> headings = new LinkedHashMap<>();
        for (int c = 0; c < grid.width(); c++) {
            if (grid.isLineNumberColumn(c)) {
                continue;
            }
            List<String> path = grid.columnPath(0, grid.headerRows(), c);
            String printed = path.isEmpty() ? "" : path.get(path.size() - 1);
            String last = Labels.normal(printed);
            String all = Labels.normal(String.join("", path));
            String key = null;
            if (last.contains("编码") || last.contains("代码") || last.equals("类") || last.equals("款") || last.equals("项")) {
                codeColumns.add(c);
                headings.putIfAbsent("code", printed);
                continue;
            } else if (nameColumn < 0 && (last.contains("名称") || last.equals("项目") || last.equals("科目"))) {
                nameColumn = c;
                headings.put("name", printed);
                continue;
            } else if (last.contains("基本支出")) {
                key = "basic";
            } else if (last.contains("项目支出")) {
                key = "project";
            } else if (last.contains("年初")) {
                key = "opening";
            } else if (last.contains("年末")) {
                key = "closing";
            } else if (last.contains("本年收入")) {
                key = "income";
            } else if (all.contains("预算") && !all.contains("完成")) {
                key = "budget";
            } else if (last.equals("合计") || last.equals("小计")) {
                key = "total";
            }
            if (key != null && !columns.containsKey(key)) {
                columns.put(key, c);
                headings.put(key, printed);
            }
        }
        if (nameColumn < 0 && !codeColumns.isEmpty() && codeColumns.get(0) + 1 < grid.width()) {
            nameColumn = codeColumns.get(codeColumns.size() - 1) + 1;
        }
        if (nameColumn < 0 || !columns.containsKey("basic") && !columns.containsKey("project")) {
            return null;
        }
        YamlMap account = new YamlMap();
        List<SubjectLine> lines = new ArrayList<>();
        int withCode = 0;
        for (int r = grid.headerRows(); r < grid.height(); r++) {
            // 卫生健康支出（类）, 医疗救助（款）, 行政运行（项）: the level printed after the name (as gongkai's own page,
            // Word and Excel files print a table without codes) is the line's place, not its name.
            String name = LEVEL_SUFFIX.matcher(grid.text(r, nameColumn)).replaceFirst("");
            StringBuilder code = new StringBuilder();
            for (int c : codeColumns) {
                if (grid.cell(r, c) != grid.cell(r, nameColumn)) {
                    code.append(grid.text(r, c).replaceAll("\\s+", ""));
                }
            }
            if (name.isEmpty() || !code.toString().matches("\\d*")) {
                continue;
            }
            String field = block + (code.isEmpty() ? "" : "[" + code + "]");
            if (code.isEmpty() && Labels.isTotal(name)) {
                if (block.equals("government-fund")) {
                    for (String key : List.of("opening", "income", "closing")) {
                        Integer column = columns.get(key);
                        if (column != null) {
                            account.put(key, figures.figure(grid.cell(r, column), block + "." + key));
                        }
                    }
                }
                continue;
            }
            Map<String, YamlMap.Figure> read = new LinkedHashMap<>();
            for (String key : List.of("budget", "total", "basic", "project")) {
                Integer column = columns.get(key);
                YamlMap.Figure figure = column == null ? null : figures.figure(grid.cell(r, column), field + "." + key);
                if (figure != null) {
                    read.put(key, figure);
                }
            }
            if (Labels.normal(name).contains("未列明")) {
                YamlMap unclassified = new YamlMap().put("basic", read.get("basic")).put("project", read.get("project"));
                account.put("unclassified", unclassified);
                continue;
            }
            BigDecimal total = read.containsKey("total") ? read.get("total").value()
                    : value(read.get("basic")).add(value(read.get("project")));
            if (List.of(3, 5, 7).contains(code.length())) {
                withCode++;
            }
            lines.add(new SubjectLine(name, code.toString(), read, total));
        }
        List<Subject> roots = new ArrayList<>();
        if (!lines.isEmpty() && withCode * 2 >= lines.size()) {
            byCode(lines, roots);
        } else if (!lines.isEmpty()) {
            for (int i = 0; i < lines.size(); ) {
                i = bySums(lines, i, 1, roots);
            }
            notices.add(block + "：原表没有印科目编码，类、款、项按金额的合计关系推断（一行等于其下各行之和即为其上级），请核对");
        }
        account.put("subjects", roots.stream().map(Subject::yaml).map(Object.class::cast).toList());
        Map<String, String> differing = new LinkedHashMap<>();
        headings.forEach((key, printed) -> {
            String standard = SUBJECT_HEADINGS.get(key);
            boolean known = block.equals("government-fund") ? !List.of("code", "budget").contains(key)
                    : !List.of("opening", "income", "closing").contains(key);
            if (known && standard != null && !Labels.normal(printed).equals(Labels.normal(standard))
                    && !List.of("类", "款", "项").contains(printed)) {
                differing.put(key, printed);
            }
        });
        if (!differing.isEmpty()) {
            entry.put("headings", mapOf(differing));
        }
        return account;
    }

    private static BigDecimal value(YamlMap.Figure figure) {
        return figure == null ? BigDecimal.ZERO : figure.value();
    }

    private static void byCode(List<SubjectLine> lines, List<Subject> roots) {
        List<Subject> open = new ArrayList<>();
        for (SubjectLine line : lines) {
            int level = line.code().length() / 2;
            Subject subject = new Subject(line);
            while (!open.isEmpty() && open.get(open.size() - 1).line.code().length() / 2 >= level) {
                open.remove(open.size() - 1);
            }
            (open.isEmpty() ? roots : open.get(open.size() - 1).items).add(subject);
            open.add(subject);
        }
    }

    /** The line at i with the lines below it whose spending adds up to its own (up to 项, the third level); the index after them. */
    private static int bySums(List<SubjectLine> lines, int i, int depth, List<Subject> into) {
        Subject subject = new Subject(lines.get(i));
        into.add(subject);
        if (depth == 3) {
            return i + 1;
        }
        List<Subject> children = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        int next = i + 1;
        while (next < lines.size() && sum.compareTo(subject.line.total()) < 0) {
            next = bySums(lines, next, depth + 1, children);
            sum = sum.add(children.get(children.size() - 1).line.total());
        }
        if (!children.isEmpty() && sum.compareTo(subject.line.total()) == 0) {
            subject.items.addAll(children);
            return next;
        }
        return i + 1;
    }

    // 一般公共预算财政拨款基本支出决算表 ------------------------------------------------------------------

    private boolean basic(Grid grid, SourceFigures figures) {
        List<Integer> codeColumns = new ArrayList<>();
        for (int c = 0; c < grid.width(); c++) {
            String heading = Labels.normal(grid.heading(c));
            if (heading.contains("编码") || heading.contains("代码")) {
                codeColumns.add(c);
            }
        }
        YamlMap block = new YamlMap();
        Map<String, SourceCell> totals = LabelledFigures.find(grid, BASIC_TOTALS);
        List<Object> personnelItems = new ArrayList<>();
        List<Object> publicItems = new ArrayList<>();
        BigDecimal personnelSum = BigDecimal.ZERO;
        BigDecimal publicSum = BigDecimal.ZERO;
        for (int i = 0; i < codeColumns.size(); i++) {
            int codeColumn = codeColumns.get(i);
            int end = i + 1 < codeColumns.size() ? codeColumns.get(i + 1) : grid.width();
            int nameColumn = codeColumn + 1;
            int amountColumn = -1;
            for (int c = nameColumn + 1; c < end && amountColumn < 0; c++) {
                for (int r = grid.headerRows(); r < grid.height(); r++) {
                    if (grid.cell(r, c) != null && grid.cell(r, c).number() != null) {
                        amountColumn = c;
                        break;
                    }
                }
            }
            if (amountColumn < 0) {
                continue;
            }
            for (int r = grid.headerRows(); r < grid.height(); r++) {
                String code = grid.text(r, codeColumn).replaceAll("\\s+", "");
                String name = grid.text(r, nameColumn);
                if (!code.matches("\\d{5}") || name.isEmpty()) {
                    continue;
                }
                YamlMap.Figure amount = figures.figure(grid.cell(r, amountColumn), "basic-expenditure." + code);
                if (amount == null) {
                    continue;
                }
                YamlMap item = new YamlMap().put("code", code).put("name", name).put("amount", amount);
                if (code.startsWith("301") || code.startsWith("303")) {
                    personnelItems.add(item);
                    personnelSum = personnelSum.add(amount.value());
                } else {
                    publicItems.add(item);
                    publicSum = publicSum.add(amount.value());
                }
            }
        }
        putTotal(block, "personnel", totals.get("personnel"), personnelItems, personnelSum, figures);
        putTotal(block, "public", totals.get("public"), publicItems, publicSum, figures);
        if (!personnelItems.isEmpty()) {
            block.put("personnel-items", personnelItems);
        }
        if (!publicItems.isEmpty()) {
            block.put("public-items", publicItems);
        }
        if (block.isEmpty()) {
            return false;
        }
        basicExpenditure = block;
        return true;
    }

    private static void putTotal(YamlMap block, String key, SourceCell printed, List<Object> items, BigDecimal sum, SourceFigures figures) {
        YamlMap.Figure figure = printed == null ? null : figures.figure(printed, "basic-expenditure." + key);
        if (figure != null) {
            block.put(key, figure);
        } else if (!items.isEmpty()) {
            block.put(key, sum, "原表未单独印出，由下列明细相加");
        }
    }

    // “三公”经费支出决算表 ---------------------------------------------------------------------------------

    private boolean threePublic(Grid grid, SourceFigures figures) {
        YamlMap budget = new YamlMap();
        YamlMap actual = new YamlMap();
        for (int r = grid.headerRows(); r < grid.height(); r++) {
            for (int c = 0; c < grid.width(); c++) {
                SourceCell cell = grid.cell(r, c);
                if (cell == null || !grid.startsHere(r, c) || Labels.isBlank(cell.text())
                        || LabelledFigures.keyOf(cell.text(), THREE_PUBLIC) != null) {
                    continue;
                }
                List<String> context = new ArrayList<>(grid.columnPath(0, grid.headerRows(), c));
                for (int x = 0; x < c; x++) {
                    if (grid.cell(r, x) != null && grid.cell(r, x).number() == null) {
                        context.add(grid.text(r, x));
                    }
                }
                String item = null;
                String side = null;
                for (String text : context) {
                    String key = LabelledFigures.keyOf(text, THREE_PUBLIC);
                    item = key != null ? key : item;
                    String normal = Labels.normal(text);
                    if (normal.contains("预算")) {
                        side = "budget";
                    } else if (normal.contains("决算") || normal.contains("实际") || normal.contains("支出数")) {
                        side = "actual";
                    }
                }
                if (item == null || side == null) {
                    continue;
                }
                YamlMap into = side.equals("budget") ? budget : actual;
                if (!into.has(item)) {
                    YamlMap.Figure figure = figures.figure(cell, "three-public." + side + "." + item);
                    if (figure != null) {
                        into.put(item, figure);
                    }
                }
            }
        }
        if (budget.isEmpty() && actual.isEmpty()) {
            return false;
        }
        threePublic = new YamlMap();
        if (!budget.isEmpty()) {
            threePublic.put("budget", ordered(budget));
        }
        if (!actual.isEmpty()) {
            threePublic.put("actual", ordered(actual));
        }
        return true;
    }

    private static YamlMap ordered(YamlMap items) {
        YamlMap ordered = new YamlMap();
        for (String key : THREE_PUBLIC.keySet()) {
            ordered.put(key, items.get(key));
        }
        return ordered;
    }

    private static Map<String, List<String>> labels(String... keysAndLabels) {
        Map<String, List<String>> labels = new LinkedHashMap<>();
        for (int i = 0; i < keysAndLabels.length; i += 2) {
            labels.put(keysAndLabels[i], List.of(keysAndLabels[i + 1].split("\\|")));
        }
        return labels;
    }
}
