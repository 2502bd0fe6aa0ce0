package org.gongkai.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.gongkai.model.AccountsSection;
import org.gongkai.model.BuiltInTable;
import org.gongkai.model.Cell;
import org.gongkai.model.Diagnostic;
import org.gongkai.model.HeaderCell;
import org.gongkai.model.Origin;
import org.gongkai.model.Part;
import org.gongkai.model.Position;
import org.gongkai.model.ReportKind;
import org.gongkai.model.TableColumn;
import org.gongkai.model.TableEntry;
import org.gongkai.model.TableKind;
import org.gongkai.model.TableSum;
import org.gongkai.model.TableUnits;

/**
 * A report's {@code tables:} and {@code parts:} made whole and sound as they are read: each catalogue
 * kind's header, columns and sums filled in where the entry gives none, and every reference checked
 * (kinds, ids, column keys, row keys, header widths, sums, the tables each part places), each problem
 * an error at its line and column with what was expected and what was found.
 */
final class TableEntries {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    /** The {@code data-table} keys a report page uses for its own tables. */
    private static final Set<String> PAGE_KEYS = Set.of("changes", "procurement", "assets", "header", "tasks", "audit",
            "compare", "indicator", "timeline");
    /** Sections of the generated text a part may place, besides the 决算说明's sections. */
    static final String GLOSSARY = "glossary";

    private TableEntries() {
    }

    /** The report's tables with their catalogue kinds filled in; problems are added to {@code problems}. */
    static List<TableEntry> resolve(List<TableEntry> entries, ReportKind report, Catalogue catalogue,
            List<Diagnostic> problems) {
        List<TableEntry> resolved = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<BuiltInTable> builtIns = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            TableEntry entry = entries.get(i);
            String path = "tables[" + i + "]";
            Origin origin = entry.origin();
            if (entry.id() != null && !ID.matcher(entry.id()).matches()) {
                problems.add(Diagnostic.error("table.id", origin.of("id"), path + ".id",
                        "表格标识应为小写英文字母、数字和“-”，实际为“" + entry.id() + "”"));
            } else if (entry.id() != null && !ids.add(entry.id())) {
                problems.add(Diagnostic.error("table.duplicate-id", origin.of("id"), path + ".id",
                        "表格标识“" + entry.id() + "”重复：每张表的 id 在本报告中应唯一"));
            }
            if (entry.kind() != null) {
                var kind = catalogue.kind(entry.kind());
                if (kind.isEmpty()) {
                    problems.add(unknownKind(entry, path, report, catalogue));
                    resolved.add(entry);
                    continue;
                }
                entry = fill(entry, kind.get(), report, path, problems);
                if (kind.get().block() != null) {
                    var builtIn = BuiltInTable.find(kind.get().block(), report);
                    if (builtIn.isPresent() && !builtIns.add(builtIn.get())) {
                        problems.add(Diagnostic.error("table.duplicate-kind", origin.of("kind"), path + ".kind",
                                "“" + builtIn.get().label() + "”数据块的表已列出：由报告数据生成的表每种只能列出一次（“"
                                        + entry.kind() + "”也由它生成）"));
                    }
                    builtInHasNoData(entry, report, path, problems);
                    if (builtIn.isPresent()) {
                        headings(entry, builtIn.get(), path, problems);
                        labels(entry, builtIn.get(), path, problems);
                    }
                    resolved.add(entry);
                    continue;
                }
            } else if (entry.title() == null) {
                problems.add(Diagnostic.error("schema.required", origin.at(), path + ".title",
                        "缺少必填字段“title”：自定义表应写出原文所印的表名"));
            }
            if (entry.id() != null && (PAGE_KEYS.contains(entry.id()) || isBuiltInKey(entry.id()))) {
                problems.add(Diagnostic.error("table.id", origin.of("id"), path + ".id",
                        "表格标识“" + entry.id() + "”是页面上已有表格的名称，请另取一个（如 t" + (i + 1) + "）"));
            }
            dataTable(entry, path, problems);
            resolved.add(entry);
        }
        return List.copyOf(resolved);
    }

    private static boolean isBuiltInKey(String id) {
        for (BuiltInTable table : BuiltInTable.values()) {
            if (table.key().equals(id)) {
                return true;
            }
        }
        return false;
    }

    private static Diagnostic unknownKind(TableEntry entry, String path, ReportKind report, Catalogue catalogue) {
        Set<String> known = new LinkedHashSet<>();
        for (BuiltInTable table : BuiltInTable.values()) {
            if (table.of(report)) {
                known.add(table.label());
            }
        }
        catalogue.kinds().forEach((id, kind) -> {
            if (reportMatches(kind, report)) {
                known.add(id);
            }
        });
        String suggestion = Suggestions.closest(entry.kind(), known);
        String hint = suggestion == null ? "" : "，是否应为“" + suggestion + "”？";
        return Diagnostic.error("table.unknown-kind", entry.origin().of("kind"), path + ".kind",
                "未知的表格种类“" + entry.kind() + "”" + hint + "（可用种类：" + String.join("、", known)
                        + "；不填 kind 即为自定义表）");
    }

    private static boolean reportMatches(TableKind kind, ReportKind report) {
        return kind.report().equals(report == ReportKind.FINAL_ACCOUNTS ? "final-accounts" : "evaluation");
    }

    private static void builtInHasNoData(TableEntry entry, ReportKind report, String path, List<Diagnostic> problems) {
        Map<String, Boolean> given = new java.util.LinkedHashMap<>();
        given.put("header", !entry.header().isEmpty());
        given.put("columns", !entry.columns().isEmpty());
        given.put("rows", !entry.rows().isEmpty());
        given.put("sums", !entry.sums().isEmpty());
        given.put("line-numbers", entry.lineNumbers() != null);
        given.put("money-unit", entry.moneyUnit() != null && TableUnits.builtIn(entry.block(), report).isEmpty());
        given.forEach((key, present) -> {
            if (present) {
                problems.add(Diagnostic.error("table.builtin-data", entry.origin().keyOf(key), path + "." + key,
                        "“" + entry.kind() + "”表的数字来自报告中的对应数据块，此表不能填写“" + key
                                + "”（只能填写 title、number、note、empty）"));
            }
        });
    }

    /** Printed headings only for the columns the built-in table has. */
    private static void headings(TableEntry entry, BuiltInTable table, String path, List<Diagnostic> problems) {
        if (entry.headings() == null) {
            return;
        }
        if (table.headings().isEmpty()) {
            String where = table.headingsKey() == null ? "此表的列标题为固定格式，不能更改"
                    : "原表印的列标题请写在报告的 " + table.headingsKey() + " 中";
            problems.add(Diagnostic.error("table.builtin-headings", entry.origin().keyOf("headings"), path + ".headings",
                    "“" + entry.kind() + "”表不能在 tables 中填写 headings：" + where));
            return;
        }
        for (String key : entry.headings().keySet()) {
            unknownKey(key, table.headings(), entry.origin().keyOf("headings." + key), path + ".headings." + key,
                    "table.unknown-heading", "“" + entry.kind() + "”表没有列“" + key + "”", "可改的列：", problems);
        }
    }

    /** Printed row labels only for the rows gongkai labels itself in the built-in table. */
    private static void labels(TableEntry entry, BuiltInTable table, String path, List<Diagnostic> problems) {
        if (entry.labels() == null) {
            return;
        }
        for (String key : entry.labels().keySet()) {
            unknownKey(key, table.rows().keySet(), entry.origin().keyOf("labels." + key), path + ".labels." + key,
                    "table.unknown-label", "“" + entry.kind() + "”表没有行“" + key + "”",
                    table.rows().isEmpty() ? null : "可改的行：", problems);
        }
    }

    /**
     * The entry with its catalogue kind: the kind's title (and then its number) where the entry gives no
     * title, and for a data table the kind's header, columns and sums where it gives none of its own.
     */
    private static TableEntry fill(TableEntry entry, TableKind kind, ReportKind report, String path,
            List<Diagnostic> problems) {
        if (!reportMatches(kind, report)) {
            problems.add(Diagnostic.error("table.kind-report", entry.origin().of("kind"), path + ".kind",
                    "表格种类“" + entry.kind() + "”属于 " + kind.report() + " 报告，不能用于 " + report.label()));
        }
        String title = entry.title() == null ? kind.title() : entry.title();
        String number = entry.title() == null && entry.number() == null ? kind.number() : entry.number();
        if (title == null) {
            problems.add(Diagnostic.error("schema.required", entry.origin().at(), path + ".title",
                    "缺少必填字段“title”：表格种类“" + entry.kind() + "”没有标准表名，请写出原文所印的表名"));
        }
        boolean ownColumns = !entry.columns().isEmpty();
        return entry.withKind(kind, title, number,
                !entry.header().isEmpty() || ownColumns || kind.block() != null ? entry.header() : kind.header(),
                ownColumns || kind.block() != null ? entry.columns() : kind.columns(),
                !entry.sums().isEmpty() || ownColumns || kind.block() != null ? entry.sums() : kind.sums());
    }

    /**
     * The shape of a catalogue kind, checked as it is read: a built-in kind's block must exist and be of
     * its report kind, and its headings and labels must be keys that block's renderer knows; a data
     * kind's columns, header and sums must fit together.
     */
    static void checkKind(TableKind kind, List<Diagnostic> problems) {
        Origin origin = kind.origin();
        if (!kind.report().equals("final-accounts") && !kind.report().equals("evaluation")) {
            problems.add(Diagnostic.error("schema.enum", origin.of("report"), "report",
                    "应为以下之一：final-accounts、evaluation，实际为“" + kind.report() + "”"));
        }
        var named = BuiltInTable.find(kind.id());
        if (named.isPresent() && !named.get().label().equals(kind.block())) {
            problems.add(Diagnostic.error("catalogue.block", kind.block() == null ? origin.at() : origin.of("block"), "block",
                    "“" + kind.id() + ".yaml”是“" + kind.id() + "”表的标准格式，block 应为“" + kind.id() + "”，实际为"
                            + (kind.block() == null ? "空" : "“" + kind.block() + "”")));
        }
        if (kind.block() != null) {
            builtInKind(kind, problems);
            return;
        }
        for (String key : List.of("headings", "labels")) {
            if (!(key.equals("headings") ? kind.headings() : kind.labels()).isEmpty()) {
                problems.add(Diagnostic.error("catalogue.block-only", origin.keyOf(key), key,
                        key + " 只用于由报告数据块生成的表（写了 block 的种类）；数据表的列标题写在 header 或 columns 的 heading 中，行名写在各表的 rows 中"));
            }
        }
        if (kind.columns().isEmpty()) {
            problems.add(Diagnostic.error("schema.required", origin.at(), "columns",
                    "缺少必填字段“columns”：数据表的种类应写出各列（key、type），或以 block 指定生成此表的报告数据块"));
            return;
        }
        Map<String, TableColumn> columns = columns(kind.columns(), "", problems);
        header(kind.header(), kind.columns(), origin, "", problems);
        sums(kind.sums(), columns, "", problems);
    }

    private static void builtInKind(TableKind kind, List<Diagnostic> problems) {
        Origin origin = kind.origin();
        var block = BuiltInTable.find(kind.block());
        if (block.isEmpty()) {
            Set<String> known = new LinkedHashSet<>();
            for (BuiltInTable table : BuiltInTable.values()) {
                if (table.report().equals(kind.report())) {
                    known.add(table.label());
                }
            }
            String suggestion = Suggestions.closest(kind.block(), known);
            String hint = suggestion == null ? "" : "，是否应为“" + suggestion + "”？";
            problems.add(Diagnostic.error("catalogue.unknown-block", origin.of("block"), "block",
                    "未知的报告数据块“" + kind.block() + "”" + hint + "（" + kind.report() + " 报告可用：" + String.join("、", known) + "）"));
            return;
        }
        BuiltInTable table = block.get();
        if (!table.report().equals(kind.report())) {
            problems.add(Diagnostic.error("catalogue.block-report", origin.of("report"), "report",
                    "数据块“" + table.label() + "”属于 " + table.report() + " 报告，report 应为 " + table.report()
                            + "，实际为 " + kind.report()));
        }
        for (String key : List.of("header", "columns", "sums")) {
            boolean given = switch (key) {
                case "header" -> !kind.header().isEmpty();
                case "columns" -> !kind.columns().isEmpty();
                default -> !kind.sums().isEmpty();
            };
            if (given) {
                problems.add(Diagnostic.error("catalogue.block-data", origin.keyOf(key), key,
                        "由数据块“" + table.label() + "”生成的表，列、行与合计关系由 gongkai 按数据块生成，不能写“" + key
                                + "”（可写 names、title、number、headings、labels、empty）"));
            }
        }
        if (!kind.headings().isEmpty() && table.headings().isEmpty()) {
            String where = table.headingsKey() == null ? "此表的列标题为固定格式，不能更改"
                    : "原表印的列标题写在报告的 " + table.headingsKey() + " 中";
            problems.add(Diagnostic.error("table.builtin-headings", origin.keyOf("headings"), "headings",
                    "“" + table.label() + "”表不能写 headings：" + where));
        } else {
            for (String key : kind.headings().keySet()) {
                unknownKey(key, table.headings(), origin.keyOf("headings." + key), "headings." + key,
                        "table.unknown-heading", "“" + table.label() + "”表没有列“" + key + "”", "可改的列：", problems);
            }
        }
        for (String key : kind.labels().keySet()) {
            unknownKey(key, table.rows().keySet(), origin.keyOf("labels." + key), "labels." + key, "table.unknown-label",
                    "“" + table.label() + "”表没有行“" + key + "”",
                    table.rows().isEmpty() ? null : "可改的行：", problems);
        }
    }

    private static void unknownKey(String key, java.util.Collection<String> known, Position at, String path, String rule,
            String what, String listed, List<Diagnostic> problems) {
        if (known.contains(key)) {
            return;
        }
        String suggestion = Suggestions.closest(key, known);
        String hint = suggestion == null ? "" : "，是否应为“" + suggestion + "”？";
        String list = listed == null ? "此表的行名来自报告数据，照数据显示" : listed + String.join("、", known);
        problems.add(Diagnostic.error(rule, at, path, what + hint + "（" + list + "）"));
    }

    private static void dataTable(TableEntry entry, String path, List<Diagnostic> problems) {
        Origin origin = entry.origin();
        if (entry.headings() != null) {
            problems.add(Diagnostic.error("table.builtin-data", origin.keyOf("headings"), path + ".headings",
                    "headings 只用于由报告数据生成的表；自定义表和表格目录中的表的列标题写在 header 或 columns 的 heading 中"));
        }
        if (entry.labels() != null) {
            problems.add(Diagnostic.error("table.builtin-data", origin.keyOf("labels"), path + ".labels",
                    "labels 只用于由报告数据生成的表；自定义表和表格目录中的表的行名直接写在 rows 中"));
        }
        if (entry.columns().isEmpty()) {
            problems.add(Diagnostic.error("table.columns", origin.keyOf("id"), path + ".columns",
                    "自定义表应写出 columns（各列的 key，按原表顺序），或以 kind 指定表格种类"));
            return;
        }
        Map<String, TableColumn> columns = columns(entry.columns(), path + ".", problems);
        header(entry.header(), entry.columns(), origin, path + ".", problems);
        if (entry.empty() != null && !entry.rows().isEmpty()) {
            problems.add(Diagnostic.error("table.empty-with-rows", origin.keyOf("empty"), path + ".empty",
                    "空表说明与表中各行不能同时填写：有数据的表请删除 empty，空表请删除 rows"));
        }
        for (int r = 0; r < entry.rows().size(); r++) {
            for (Map.Entry<String, Cell> cell : entry.rows().get(r).entrySet()) {
                String cellPath = path + ".rows[" + r + "]." + cell.getKey();
                if (cell.getKey().equals(TableEntry.LEVEL)) {
                    String text = cell.getValue().text();
                    if (text != null && !text.strip().matches("[1-9]")) {
                        problems.add(Diagnostic.error("table.level", cell.getValue().position(), cellPath,
                                "级次应为 1 到 9 的整数（1 为类，2 为款，3 为项），实际为“" + text + "”"));
                    }
                } else if (!columns.containsKey(cell.getKey())) {
                    Set<String> allowed = new LinkedHashSet<>(columns.keySet());
                    allowed.add(TableEntry.LEVEL);
                    String suggestion = Suggestions.closest(cell.getKey(), allowed);
                    String hint = suggestion == null ? "" : "，是否应为“" + suggestion + "”？";
                    problems.add(Diagnostic.error("table.unknown-column", cell.getValue().position(), cellPath,
                            "未知的列“" + cell.getKey() + "”" + hint + "（本表的列：" + String.join("、", allowed) + "）"));
                }
            }
        }
        sums(entry.sums(), columns, path + ".", problems);
    }

    private static Map<String, TableColumn> columns(List<TableColumn> list, String path, List<Diagnostic> problems) {
        Map<String, TableColumn> columns = new java.util.LinkedHashMap<>();
        for (int c = 0; c < list.size(); c++) {
            TableColumn column = list.get(c);
            String columnPath = path + "columns[" + c + "].key";
            if (column.key() == null) {
                continue;
            }
            if (column.key().equals(TableEntry.LEVEL) || !ID.matcher(column.key()).matches()) {
                problems.add(Diagnostic.error("table.column-key", column.origin().of("key"), columnPath,
                        "列的 key 应为小写英文字母、数字和“-”且不能是 level，实际为“" + column.key() + "”"));
            } else if (columns.putIfAbsent(column.key(), column) != null) {
                problems.add(Diagnostic.error("table.column-key", column.origin().of("key"), columnPath,
                        "列的 key“" + column.key() + "”重复"));
            }
        }
        return columns;
    }

    /** Header rows must cover the leaf columns exactly, merged cells included; without them every column needs its heading. */
    private static void header(List<List<HeaderCell>> header, List<TableColumn> columns, Origin origin, String path,
            List<Diagnostic> problems) {
        if (header.isEmpty()) {
            for (int c = 0; c < columns.size(); c++) {
                if (columns.get(c).heading() == null) {
                    problems.add(Diagnostic.error("table.heading", columns.get(c).origin().at(),
                            path + "columns[" + c + "].heading",
                            "没有 header 时每列应写出 heading（原表印的列标题），列“" + columns.get(c).key() + "”没有"));
                }
            }
            return;
        }
        int width = columns.size();
        int[] busyUntil = new int[width];
        for (int r = 0; r < header.size(); r++) {
            int column = 0;
            for (HeaderCell cell : header.get(r)) {
                while (column < width && busyUntil[column] > r) {
                    column++;
                }
                if (cell.colspan() < 1 || cell.rowspan() < 1 || r + cell.rowspan() > header.size()) {
                    problems.add(Diagnostic.error("table.header", origin.of("header"), path + "header[" + r + "]",
                            "表头单元格“" + cell.text() + "”的合并行列数不对：cols、rows 应为正整数，且 rows 不超出表头的行数"));
                    return;
                }
                for (int c = column; c < column + cell.colspan() && c < width; c++) {
                    busyUntil[c] = r + cell.rowspan();
                }
                column += cell.colspan();
            }
            while (column < width && busyUntil[column] > r) {
                column++;
            }
            if (column != width) {
                problems.add(Diagnostic.error("table.header", origin.of("header"), path + "header[" + r + "]",
                        "表头第 " + (r + 1) + " 行（含上方合并下来的单元格）应正好覆盖 " + width + " 列（columns 的列数），实际为 "
                                + column + " 列"));
                return;
            }
        }
        for (int c = 0; c < width; c++) {
            if (busyUntil[c] != header.size()) {
                problems.add(Diagnostic.error("table.header", origin.of("header"), path + "header",
                        "表头第 " + (c + 1) + " 列没有到达表头最后一行：最后一行应给出每一列的列标题（上方单元格可用 rows 合并下来）"));
                return;
            }
        }
    }

    private static void sums(List<TableSum> sums, Map<String, TableColumn> columns, String path, List<Diagnostic> problems) {
        for (int s = 0; s < sums.size(); s++) {
            TableSum sum = sums.get(s);
            String sumPath = path + "sums[" + s + "]";
            Origin origin = sum.origin();
            boolean byColumn = sum.column() != null;
            boolean byRow = sum.row() != null;
            boolean byLevel = sum.each() != null;
            if ((byColumn ? 1 : 0) + (byRow ? 1 : 0) + (byLevel ? 1 : 0) != 1) {
                problems.add(Diagnostic.error("table.sum-shape", origin.at(), sumPath,
                        "合计关系应为以下之一：{ column: 列, of: [列, …] }、{ row: 行名, of: [行名, …] }、{ row: 行名, level: 级次 }、{ each: level }"));
                continue;
            }
            if (byColumn) {
                figureColumn(sum.column(), columns, origin.of("column"), sumPath + ".column", problems);
                if (sum.of().isEmpty()) {
                    problems.add(Diagnostic.error("table.sum-shape", origin.keyOf("column"), sumPath + ".of",
                            "列的合计关系应以 of 列出相加的各列"));
                }
                for (String part : sum.of()) {
                    figureColumn(part, columns, origin.of("of"), sumPath + ".of", problems);
                }
            } else if (byRow && sum.of().isEmpty() == (sum.level() == null)) {
                problems.add(Diagnostic.error("table.sum-shape", origin.keyOf("row"), sumPath,
                        "行的合计关系应写 of（相加的各行名）或 level（相加的级次）之一"));
            } else if (byLevel && !sum.each().equals("level")) {
                problems.add(Diagnostic.error("table.sum-shape", origin.of("each"), sumPath + ".each",
                        "each 应为 level（每行等于其下一级各行之和），实际为“" + sum.each() + "”"));
            }
        }
    }

    private static void figureColumn(String key, Map<String, TableColumn> columns, Position at, String path,
            List<Diagnostic> problems) {
        TableColumn column = columns.get(key);
        if (column == null) {
            String suggestion = Suggestions.closest(key, columns.keySet());
            String hint = suggestion == null ? "" : "，是否应为“" + suggestion + "”？";
            problems.add(Diagnostic.error("table.unknown-column", at, path,
                    "未知的列“" + key + "”" + hint + "（本表的列：" + String.join("、", columns.keySet()) + "）"));
        } else if (!column.typeOrText().figure()) {
            problems.add(Diagnostic.error("table.sum-column", at, path,
                    "列“" + key + "”不是数字列：参与合计的列的 type 应为 amount、number 或 percent"));
        }
    }

    /**
     * Parts: every table placed exactly once, each placed id a table of the report, each generated
     * section a known one.
     */
    static void parts(List<Part> parts, List<TableEntry> tables, ReportKind report, Origin reportOrigin,
            List<Diagnostic> problems) {
        if (parts.isEmpty()) {
            return;
        }
        if (tables.isEmpty()) {
            problems.add(Diagnostic.error("part.no-tables", reportOrigin.keyOf("parts"), "parts",
                    "写了 parts（文件各部分）时也应写 tables（原文的各表，按原文顺序），各部分以表格 id 放置表格"));
            return;
        }
        Set<String> ids = new LinkedHashSet<>();
        tables.forEach(t -> {
            if (t.id() != null) {
                ids.add(t.id());
            }
        });
        Map<String, Integer> placed = new HashMap<>();
        walk(parts, "parts", ids, placed, report, problems);
        for (TableEntry table : tables) {
            if (table.id() != null && !placed.containsKey(table.id())) {
                problems.add(Diagnostic.error("part.unplaced-table", table.origin().of("id"), "parts",
                        "表格“" + table.id() + "”（" + table.title() + "）没有放在任何部分中：每张表应在 parts 的某一部分的 tables 中列出一次"));
            }
        }
    }

    private static void walk(List<Part> parts, String path, Set<String> ids, Map<String, Integer> placed,
            ReportKind report, List<Diagnostic> problems) {
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            String partPath = path + "[" + i + "]";
            for (String id : part.tables()) {
                if (!ids.contains(id)) {
                    String suggestion = Suggestions.closest(id, ids);
                    String hint = suggestion == null ? "" : "，是否应为“" + suggestion + "”？";
                    problems.add(Diagnostic.error("part.unknown-table", part.origin().of("tables"), partPath + ".tables",
                            "没有 id 为“" + id + "”的表格" + hint + "（tables 中的表格：" + String.join("、", ids) + "）"));
                } else if (placed.merge(id, 1, Integer::sum) > 1) {
                    problems.add(Diagnostic.error("part.duplicate-table", part.origin().of("tables"), partPath + ".tables",
                            "表格“" + id + "”已放在前面的部分中：每张表只能放一次"));
                }
            }
            if (part.generated() != null) {
                Set<String> sections = generatedSections(report);
                if (!sections.contains(part.generated())) {
                    String suggestion = Suggestions.closest(part.generated(), sections);
                    String hint = suggestion == null ? "" : "，是否应为“" + suggestion + "”？";
                    problems.add(Diagnostic.error("part.unknown-generated", part.origin().of("generated"),
                            partPath + ".generated", "未知的生成部分“" + part.generated() + "”" + hint + "（可用："
                                    + String.join("、", sections) + "）"));
                }
                if (part.text() != null) {
                    problems.add(Diagnostic.error("part.text-and-generated", part.origin().keyOf("text"),
                            partPath + ".text", "一个部分不能同时有 text 和 generated：自己撰写的文字请删除 generated"));
                }
            }
            walk(part.parts(), partPath + ".parts", ids, placed, report, problems);
        }
    }

    /** The generated sections a part of a report of this kind may place. */
    static Set<String> generatedSections(ReportKind report) {
        Set<String> sections = new LinkedHashSet<>();
        if (report == ReportKind.FINAL_ACCOUNTS) {
            for (AccountsSection section : AccountsSection.values()) {
                sections.add(section.label());
            }
            sections.add(GLOSSARY);
        }
        return sections;
    }
}
