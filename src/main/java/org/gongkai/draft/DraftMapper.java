package org.gongkai.draft;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.imports.NarrativeMarkdown;
import org.gongkai.imports.Block;
import org.gongkai.imports.Heading;
import org.gongkai.imports.Paragraph;
import org.gongkai.imports.SourceCell;
import org.gongkai.imports.SourceDocument;
import org.gongkai.imports.SourceTable;
import org.gongkai.imports.UnitLine;
import org.gongkai.load.Catalogue;
import org.gongkai.model.ReportKind;
import org.gongkai.model.TableKind;

/**
 * The entry point of the drafting stage: the documents of one disclosure (a 决算's Word report and its
 * Excel 公开表, or a 自评表) to one {@link Draft}. It recognises the report kind, year, unit and money unit
 * from the documents' metadata, title, headings and captions, each table by its printed title against
 * the catalogue's {@code names}, and maps what it recognises onto the report's blocks; every other table
 * is kept as a custom table with its header, so nothing printed is dropped. Immutable and thread-safe.
 */
public final class DraftMapper {

    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");
    private static final Pattern YEAR_LINE = Pattern.compile("[（(]\\s*(?:19|20)\\d{2}\\s*年度?\\s*[)）]");
    private static final Pattern NOTE_START = Pattern.compile("^(?:注|说明|填表说明)\\s*[:：]\\s*");
    private static final Pattern NOTE_ITEM = Pattern.compile("^[(（]?\\d{1,2}[)）.、．]\\s*");
    /** An empty table's note (本表无数据, 本单位无此项支出, 不涉及…): one reading for whether a table is empty and what it prints. */
    private static final Pattern NO_DATA = Pattern.compile("无数据|空表|没有|无此|不涉及|^注|^本部门|^本单位");
    /** A 自评表's title printed over it (2022年度部门整体支出绩效目标自评表), not a section's (资金投入情况). */
    private static final Pattern FORM_TITLE = Pattern.compile("(?:绩效|自评).*表(?:[（(][^)）]{0,12}[)）])?$");
    /** An 指标体系's title line: what it is of, then 绩效评价指标体系 (or 评价指标体系, 指标体系). */
    private static final Pattern SYSTEM_TITLE = Pattern.compile("^(.*?)(?:绩效)?(?:评价)?指标体系$");
    private static final Pattern UNIT_IN_HEADING = Pattern.compile("[（(](?:单位[:：])?\\s*(亿元|万元|元)\\s*[)）]");
    /** A year as titles print it: 2022年, 2022年度, （2022年度）. */
    static final Pattern YEAR_TEXT = Pattern.compile("[（(]?(?:19|20)\\d{2}\\s*年度?[)）]?");
    private static final Pattern UNIT = Pattern.compile(
            "[\\p{IsHan}（）()]{2,40}?(?:局|委员会|办公室|委|厅|中心|院|所|站|馆|处|政府|学校|医院)");
    private static final Pattern UNIT_LINE = Pattern.compile("(?:编制|填报|预算)?(?:单位|部门)(?:名称)?\\s*[:：]\\s*(\\S.*)");
    private static final Pattern ATTACHMENT = Pattern.compile("附件\\s*[0-9一二三四五六七八九十]*[：:]?");
    private static final Pattern REGION = Pattern.compile(
            "^(\\p{IsHan}{1,8}?(?:省|自治区))?(\\p{IsHan}{1,8}?(?:市|州|盟))?(\\p{IsHan}{1,8}?(?:县|旗|区))?");
    private static final Set<String> MAPPED_BLOCKS = Set.of("income-expenditure-summary", "income", "expenditure",
            "general-budget", "basic-expenditure", "three-public", "government-fund", "state-capital");

    private final Catalogue catalogue;

    public DraftMapper(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * The drafts of {@code documents}: its own report first (its kind the one {@code hints} gives, if any), then
     * each report it carries whole as an attachment ({@link Attachments}), of the main report's year and unit;
     * the main report then has a part under the 附件 heading linking them.
     */
    public List<Draft> mapWithAttachments(List<SourceDocument> documents, DraftHints hints) throws DraftException {
        ReportKind mainKind = hints.kind() != null ? hints.kind()
                : kind(title(documents).orElse(null), recognitionTexts(documents)).orElse(null);
        Attachments.Split split = Attachments.split(documents, mainKind);
        Draft main = map(split.main(), new DraftHints(mainKind, hints.year()), split, null);
        List<Draft> drafts = new ArrayList<>(List.of(main));
        for (AttachedReport attached : split.reports()) {
            Draft report = map(List.of(attached.document()), new DraftHints(attached.kind(), main.year()), null, split.main());
            drafts.add(new Draft(report.kind(), main.unitName(), report.year(), report.moneyUnit(), report.title(),
                    report.reportYaml(), report.markdown(), main.unitYaml(), report.tables(), report.unread(),
                    report.notices(), attached.reportId()));
        }
        return drafts;
    }

    /** The draft of {@code documents} as one report, or why it cannot be made (which option to give). */
    public Draft map(List<SourceDocument> documents, DraftHints hints) throws DraftException {
        return map(documents, hints, null, null);
    }

    /**
     * @param attached the reports {@code documents} carry whole, to link from a part; null for none
     * @param attachedTo the documents of the report this one is attached to, whose text may state its result; null for none
     */
    private Draft map(List<SourceDocument> documents, DraftHints hints, Attachments.Split attached,
            List<SourceDocument> attachedTo) throws DraftException {
        List<String> texts = recognitionTexts(documents);
        String title = title(documents).orElse(null);
        ReportKind kind = hints.kind() != null ? hints.kind() : kind(title, texts).orElseThrow(() -> new DraftException(
                "认不出这是哪种报告（部门决算还是绩效自评）：请加上 --kind final-accounts、--kind department-evaluation 或 --kind project-evaluation"));
        Integer year = hints.year() != null ? hints.year() : year(title, texts).orElseThrow(() -> new DraftException(
                "在文件的标题和表头中找不到年度：请加上 --year 年度（如 --year 2023）"));
        String unitName = unitName(documents, title, texts);
        List<String> notices = new ArrayList<>();
        documents.forEach(document -> document.notices().forEach(notice -> notices.add(document.fileName() + "：" + notice)));
        String moneyUnit = moneyUnit(documents, notices);
        if (title == null) {
            title = (unitName == null ? "" : unitName) + year + "年度" + kind.chinese();
            notices.add("文件没有印出标题，草稿的标题写为“" + title + "”，请按原文改正");
        }

        List<UnreadCell> unread = new ArrayList<>();
        List<TableOutcome> outcomes = new ArrayList<>();
        List<Object> entries = new ArrayList<>();
        AccountsMapping accounts = new AccountsMapping(notices);
        EvaluationMapping evaluation = new EvaluationMapping();
        Set<String> listedBlocks = new HashSet<>();
        List<Object> notes = new ArrayList<>();
        Set<Block> consumed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        int id = 0;
        for (SourceDocument document : documents) {
            SourceFigures figures = new SourceFigures(document.fileName(), unread);
            String preceding = null;
            String earlier = null;
            Block precedingBlock = null;
            for (Block block : document.blocks()) {
                if (!(block instanceof SourceTable table)) {
                    String text = block instanceof Heading heading ? heading.text() : ((Paragraph) block).text();
                    if (!UnitLine.isLine(text)) {
                        earlier = preceding;
                        preceding = text;
                        precedingBlock = block;
                    }
                    continue;
                }
                String above = earlier;
                String before = preceding == null || preceding.strip().equals(title) ? null : preceding;
                // 附件 on its own line above the table's title (南京's 附件 / 指标体系得分情况) is the table's number.
                String attachment = before != null && earlier != null && ATTACHMENT.matcher(earlier.strip()).matches() ? earlier.strip() : null;
                preceding = null;
                earlier = null;
                Grid grid = new Grid(table);
                if (grid.height() == 0 || grid.width() == 0) {
                    notices.add(document.fileName() + " 表" + table.number() + "：表中没有内容，没有导入");
                    continue;
                }
                id++;
                TableTitle printed = TableTitle.of(table, before);
                if (printed.number() == null && printed.title() != null && attachment != null) {
                    printed = new TableTitle(attachment, printed.title());
                }
                String place = document.fileName() + " 表" + table.number() + (table.sheet() == null ? "" : "（" + table.sheet() + "）");
                String tableUnit = table.moneyUnit() == null || table.moneyUnit().equals(moneyUnit) ? null : table.moneyUnit();
                boolean thousands = "千元".equals(tableUnit);
                if (thousands) {
                    // gongkai writes amounts in 元, 万元 or 亿元: such a table is kept as printed, its unit for the clerk to convert.
                    notices.add(place + "：按千元印出，gongkai 的金额单位只有元、万元和亿元；这张表作为自定义表格原样保留，请换算后再填入");
                    tableUnit = null;
                }
                String tableId = "t" + id;
                if (kind != ReportKind.FINAL_ACCOUNTS) {
                    String mapped = evaluation.map(grid, figures, printed.title());
                    if (mapped != null) {
                        notes(document, table, notes, consumed);
                        if (kind == ReportKind.PROJECT_EVALUATION && mapped.contains("indicators")) {
                            projectName(before, above).ifPresent(evaluation::projectNamedByTitle);
                        }
                        if (!mapped.equals("indicators") && printed.title() != null && before != null
                                && printed.title().equals(before.strip()) && FORM_TITLE.matcher(printed.title()).find()) {
                            // The 自评表's own title line (2022年度部门整体支出绩效目标自评表): its table-title, not narrative.
                            evaluation.tableTitle(printed.title());
                            consumed.add(precedingBlock);
                        }
                        String listed = null;
                        if (mapped.equals("indicators") && printed.title() != null) {
                            // An indicator table printed on its own (南京's 指标体系得分情况) is shown under its printed title, as
                            // the catalogue's built-in kind; a whole 自评表 (its sections in one table) has no such entry.
                            listed = tableId;
                            entries.add(new YamlMap().put("id", tableId).put("kind", "indicators").put("number", printed.number())
                                    .put("title", printed.title()));
                        }
                        outcomes.add(new TableOutcome(place, printed.title() == null ? "绩效自评表" : printed.title(), listed, null, mapped));
                        continue;
                    }
                } else {
                    Optional<TableKind> known = printed.kind(catalogue.kinds(), "final-accounts")
                            .filter(k -> k.block() == null || !listedBlocks.contains(k.block()));
                    if (known.isPresent() && known.get().block() != null && !thousands) {
                        TableKind tableKind = known.get();
                        YamlMap entry = new YamlMap().put("id", tableId).put("kind", tableKind.id()).put("number", printed.number())
                                .put("title", printed.title() == null ? tableKind.title() : printed.title());
                        String mapped = null;
                        if (!hasFigures(grid)) {
                            entry.put("empty", emptyNote(grid).orElse(tableKind.empty() == null ? "本表无数据。" : tableKind.empty()));
                            mapped = "本表无数据";
                        } else if (tableUnit != null) {
                            entry.put("money-unit", tableUnit);
                        }
                        if (mapped == null && MAPPED_BLOCKS.contains(tableKind.block())) {
                            mapped = accounts.map(tableKind, grid, figures, entry);
                        } else if (mapped == null && tableKind.block().equals("fiscal-summary")) {
                            mapped = "由收入、支出各表计算";
                            notices.add(place + "（" + entry.get("title") + "）：这张表由 gongkai 从收入表和科目表计算，表中的数字没有导入；请核对页面上的表与原表");
                        }
                        if (mapped != null) {
                            listedBlocks.add(tableKind.block());
                            entries.add(entry);
                            outcomes.add(new TableOutcome(place, (String) entry.get("title"), tableId, tableKind.id(), mapped));
                            continue;
                        }
                        notices.add(place + "（" + entry.get("title") + "）：认出是“" + tableKind.title() + "”，"
                                + (MAPPED_BLOCKS.contains(tableKind.block()) ? "但没能按它的格式读出数字" : "gongkai import 还不会把它的数字填入 " + tableKind.block())
                                + "，作为自定义表格原样保留；请核对后把数字填入 " + tableKind.block() + " 并把表改为这一种类");
                    } else if (known.isPresent()) {
                        YamlMap entry = CustomTable.entry(tableId, grid, printed, printed.titleOr(table.number(), List.of()),
                                tableUnit, known.get(), figures);
                        entries.add(entry);
                        outcomes.add(new TableOutcome(place, (String) entry.get("title"), tableId, known.get().id(), null));
                        continue;
                    }
                }
                String fallback = printed.titleOr(table.number(), List.of(document.fileName() + " 表" + table.number()));
                YamlMap entry = CustomTable.entry(tableId, grid, printed, fallback, tableUnit, null, figures);
                entries.add(entry);
                outcomes.add(new TableOutcome(place, (String) entry.get("title"), tableId, null, null));
            }
        }

        YamlMap report = new YamlMap().put("kind", kind.label()).put("title", title).put("year", year).put("money-unit", moneyUnit);
        Funding funding = kind == ReportKind.PROJECT_EVALUATION ? Funding.of(title, documents) : null;
        if (funding != null) {
            report.put("funding", funding.value(), funding.origin());
        }
        for (SourceDocument document : documents) {
            String published = document.metadata().get("发布日期");
            if (published != null && !report.has("published")) {
                report.put("published", published.strip());
            }
            String publisher = document.metadata().get("发布机构");
            if (publisher != null && !report.has("publisher")) {
                report.put("publisher", publisher.strip());
            }
        }
        report.put("source", "由 gongkai import 导入：" + String.join("、", documents.stream().map(SourceDocument::fileName).toList()));
        if (kind == ReportKind.FINAL_ACCOUNTS) {
            accounts.putInto(report);
            ExplanationFigures.read(documents, year, moneyUnit, notices).putInto(report);
        } else {
            List<String> fromText = new ArrayList<>();
            if (funding != null && funding.origin() != null) {
                fromText.add("funding " + funding.value() + "（" + funding.origin() + "）");
            }
            if (evaluation.wantsStated()) {
                fromText.addAll(evaluation.statedInText(StatedResult.read(documents)));
                if (attachedTo != null) {
                    fromText.addAll(evaluation.statedInText(StatedResult.about(attachedTo, title, unitName, kind)));
                }
            }
            if (!fromText.isEmpty()) {
                notices.add("从报告的文字读出：" + String.join("；", fromText) + "（请与原文核对）");
            }
            evaluation.putInto(report);
            if (!notes.isEmpty()) {
                report.put("notes", notes);
            }
        }
        if (!entries.isEmpty()) {
            report.put("tables", entries);
        }
        String markdown = markdown(documents, title, consumed);
        if (attached != null && !attached.reports().isEmpty()) {
            markdown = attachmentsPart(attached, entries, report, markdown);
        }
        String yaml = YamlText.of(List.of(
                "由 gongkai import 从 " + String.join("、", documents.stream().map(SourceDocument::fileName).toList()) + " 导入的草稿。",
                "每个导入的数字后注明它在原文件中的位置（来源：文件 表 行 列）；请逐项与原文核对后再发布。"), report);
        return new Draft(kind, unitName, year, moneyUnit, title, yaml, markdown, unitYaml(unitName), outcomes, unread, notices, kind.label());
    }

    /**
     * Links the attached reports under the heading they were printed under, as a part of {@code report} placed
     * after one holding its tables (parts place every table); with no tables, as the narrative's last section.
     * Returns the narrative.
     */
    private static String attachmentsPart(Attachments.Split attached, List<Object> entries, YamlMap report, String markdown) {
        String heading = attached.heading() == null ? "附件" : attached.heading();
        List<String> links = new ArrayList<>();
        for (AttachedReport each : attached.reports()) {
            links.add(each.label() + "：[" + each.title().replace("[", "\\[").replace("]", "\\]") + "](../" + each.reportId() + "/index.html)");
        }
        String text = String.join("\n\n", links);
        if (entries.isEmpty()) {
            return markdown + (markdown.isEmpty() ? "" : "\n") + "## " + heading + "\n\n" + text + "\n";
        }
        List<Object> ids = entries.stream().map(e -> ((YamlMap) e).get("id")).toList();
        report.put("parts", List.of(
                new YamlMap().put("heading", report.get("kind").equals(ReportKind.FINAL_ACCOUNTS.label()) ? "部门决算公开表" : "绩效自评表")
                        .put("tables", ids),
                new YamlMap().put("heading", heading).put("text", text)));
        return markdown;
    }

    // Recognition ---------------------------------------------------------------------------------------

    private static List<String> recognitionTexts(List<SourceDocument> documents) {
        List<String> texts = new ArrayList<>();
        for (SourceDocument document : documents) {
            texts.addAll(document.metadata().values());
            int paragraphs = 0;
            for (Block block : document.blocks()) {
                if (block instanceof Heading heading) {
                    texts.add(heading.text());
                } else if (block instanceof Paragraph paragraph && paragraphs++ < 8) {
                    texts.add(paragraph.text());
                } else if (block instanceof SourceTable table) {
                    texts.addAll(table.captions());
                    if (table.sheet() != null) {
                        texts.add(table.sheet());
                    }
                }
            }
        }
        return texts;
    }

    /**
     * The first heading, else an early paragraph naming a 决算 or 自评, else the saved page's title (without the
     * site's name after it). A table's caption is the table's title, not the report's.
     */
    private static Optional<String> title(List<SourceDocument> documents) {
        for (SourceDocument document : documents) {
            int paragraphs = 0;
            for (Block block : document.blocks()) {
                if (block instanceof Heading heading && heading.level() <= 2 && !heading.text().isBlank()) {
                    return Optional.of(heading.text().strip());
                }
                if (block instanceof Paragraph paragraph && paragraphs++ < 5 && kindIn(paragraph.text()).isPresent()
                        && paragraph.text().length() <= 80) {
                    // A title printed on two lines: 乌海市医疗保障局转移支付整体绩效自评表 / (2023年度).
                    int next = document.blocks().indexOf(block) + 1;
                    if (next < document.blocks().size() && document.blocks().get(next) instanceof Paragraph line
                            && YEAR_LINE.matcher(line.text().strip()).matches()) {
                        return Optional.of(paragraph.text().strip() + line.text().strip());
                    }
                    return Optional.of(paragraph.text().strip());
                }
            }
        }
        for (SourceDocument document : documents) {
            String page = document.metadata().get("网页标题");
            if (page != null && kindIn(page).isPresent()) {
                return Optional.of(page.replaceFirst("\\s*[_|－—-]+[^_|－—-]*$", "").strip());
            }
        }
        return Optional.empty();
    }

    static Optional<ReportKind> kind(String title, List<String> texts) {
        Optional<ReportKind> byTitle = title == null ? Optional.empty() : kindIn(title);
        if (byTitle.isPresent()) {
            return byTitle;
        }
        return texts.stream().map(DraftMapper::kindIn).flatMap(Optional::stream).findFirst();
    }

    static Optional<ReportKind> kindIn(String text) {
        if (text.contains("绩效") || text.contains("自评")) {
            if (text.contains("转移支付") || text.contains("项目")) {
                return Optional.of(ReportKind.PROJECT_EVALUATION);
            }
            if (text.contains("整体") || text.contains("部门")) {
                return Optional.of(ReportKind.DEPARTMENT_EVALUATION);
            }
            return Optional.of(ReportKind.PROJECT_EVALUATION);
        }
        return text.contains("决算") ? Optional.of(ReportKind.FINAL_ACCOUNTS) : Optional.empty();
    }

    private static Optional<Integer> year(String title, List<String> texts) {
        List<String> all = new ArrayList<>();
        if (title != null) {
            all.add(title);
        }
        all.addAll(texts);
        for (String text : all) {
            Matcher matcher = YEAR.matcher(text);
            if (matcher.find()) {
                return Optional.of(Integer.parseInt(matcher.group(1)));
            }
        }
        return Optional.empty();
    }

    /** The unit the title names, else the page's 发布机构 (often the government's office, so second), else a 编制单位 line. */
    private static String unitName(List<SourceDocument> documents, String title, List<String> texts) {
        if (title != null) {
            String withoutYear = YEAR_TEXT.matcher(title).replaceAll("").replaceFirst("^关于", "");
            Matcher matcher = UNIT.matcher(withoutYear);
            if (matcher.lookingAt()) {
                return matcher.group();
            }
        }
        for (SourceDocument document : documents) {
            String publisher = document.metadata().get("发布机构");
            if (publisher != null && UNIT.matcher(publisher.strip()).matches()) {
                return publisher.strip();
            }
        }
        for (String text : texts) {
            Matcher line = UNIT_LINE.matcher(text.strip());
            if (line.matches()) {
                Matcher unit = UNIT.matcher(line.group(1));
                if (unit.lookingAt()) {
                    return unit.group();
                }
            }
        }
        return null;
    }

    /** The unit most tables print in their 单位 line (the first when tied), else a paragraph's, else 万元 (said in a notice). */
    private static String moneyUnit(List<SourceDocument> documents, List<String> notices) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (SourceDocument document : documents) {
            for (SourceTable table : document.tables()) {
                if (table.moneyUnit() != null && !table.moneyUnit().equals("千元")) {
                    counts.merge(table.moneyUnit(), 1, Integer::sum);
                }
            }
        }
        if (counts.isEmpty()) {
            for (SourceDocument document : documents) {
                for (Block block : document.blocks()) {
                    if (block instanceof Paragraph paragraph) {
                        String unit = UnitLine.unitOf(paragraph.text());
                        if (unit != null && !unit.equals("千元")) {
                            counts.merge(unit, 1, Integer::sum);
                        }
                    }
                }
            }
        }
        if (counts.isEmpty()) {
            // A 自评表 often names its unit only in a heading cell: 资金投入情况（万元）, 全年预算数（元）.
            for (SourceDocument document : documents) {
                for (SourceTable table : document.tables()) {
                    for (List<SourceCell> row : table.rows()) {
                        for (SourceCell cell : row) {
                            Matcher matcher = UNIT_IN_HEADING.matcher(cell.text());
                            if (matcher.find()) {
                                counts.merge(matcher.group(1), 1, Integer::sum);
                            }
                        }
                    }
                }
            }
        }
        if (counts.isEmpty()) {
            notices.add("文件中没有找到金额单位（如“单位：万元”），草稿按万元填写 money-unit，请按原文核对");
            return "万元";
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("万元");
    }

    /**
     * What an 指标体系 is of, as its title line above the table names it: 医疗服务与保障能力提升补助资金（…部分）
     * 绩效评价指标体系 on one line, or that name on the line above a bare 绩效评价指标体系 (the title printed on two lines).
     */
    private static Optional<String> projectName(String preceding, String earlier) {
        if (preceding == null) {
            return Optional.empty();
        }
        Matcher line = SYSTEM_TITLE.matcher(preceding.strip());
        if (!line.matches()) {
            return Optional.empty();
        }
        String name = line.group(1).strip();
        if (name.isEmpty() && earlier != null) {
            Matcher named = SYSTEM_TITLE.matcher(earlier.strip());
            name = named.matches() ? named.group(1).strip() : earlier.strip();
        }
        // A name, not a label (附件：), a heading (六、有关建议), a sentence, a report's title or a word alone (项目绩效评价指标体系).
        boolean aName = name.length() >= 4 && name.length() <= 60 && !ATTACHMENT.matcher(name).lookingAt()
                && !name.matches(".*[。；;，,：:].*") && !NOTE_ITEM.matcher(name).find() && !name.matches("^[一二三四五六七八九十]+、.*")
                && !kindIn(name).isPresent();
        return aName ? Optional.of(name) : Optional.empty();
    }

    // Tables --------------------------------------------------------------------------------------------

    /**
     * Whether the table prints anything past its row labels: a figure, or a cell that should hold one. An
     * empty table prints only labels, blank cells and its note (本表无数据…).
     */
    private static boolean hasFigures(Grid grid) {
        for (int r = grid.headerRows(); r < grid.height(); r++) {
            List<String> texts = grid.rowTexts(r);
            if (texts.size() == 1 && NO_DATA.matcher(texts.get(0)).find()) {
                continue;
            }
            SourceCell label = null;
            for (int c = 0; c < grid.width(); c++) {
                SourceCell cell = grid.cell(r, c);
                if (cell == null || !grid.startsHere(r, c) || grid.isLineNumberColumn(c) || Labels.isBlank(cell.text())) {
                    continue;
                }
                if (label == null && cell.number() == null) {
                    label = cell;
                    continue;
                }
                return true;
            }
        }
        return false;
    }

    /** An empty table's note as printed (本表无数据…, 本单位无此项支出…), if it prints one. */
    private static Optional<String> emptyNote(Grid grid) {
        for (int r = grid.headerRows(); r < grid.height(); r++) {
            List<String> texts = grid.rowTexts(r);
            if (texts.size() == 1 && NO_DATA.matcher(texts.get(0)).find()) {
                return Optional.of(texts.get(0));
            }
        }
        return Optional.empty();
    }

    // Narrative and unit --------------------------------------------------------------------------------

    /**
     * The notes printed under a 自评表 ({@code 注：1.该表由…填写。} and the numbered lines after it), as the
     * evaluation's {@code notes}, their 注 and numbers left out; taken out of the narrative.
     */
    private static void notes(SourceDocument document, SourceTable table, List<Object> notes, Set<Block> consumed) {
        List<Block> blocks = document.blocks();
        boolean started = false;
        for (int i = blocks.indexOf(table) + 1; i < blocks.size() && blocks.get(i) instanceof Paragraph paragraph; i++) {
            String text = paragraph.text().strip();
            Matcher start = NOTE_START.matcher(text);
            if (!started && !start.find()) {
                return;
            }
            if (started && !NOTE_ITEM.matcher(text).find()) {
                return;
            }
            String note = started ? text : text.substring(start.end());
            note = NOTE_ITEM.matcher(note).replaceFirst("").strip();
            started = true;
            consumed.add(paragraph);
            if (!note.isEmpty()) {
                notes.add(note);
            }
        }
    }

    private String markdown(List<SourceDocument> documents, String title, Set<Block> consumed) {
        StringBuilder out = new StringBuilder();
        for (SourceDocument document : documents) {
            List<Block> blocks = new ArrayList<>();
            for (Block block : document.blocks()) {
                if (block instanceof SourceTable || consumed.contains(block)) {
                    continue;
                }
                String text = block instanceof Heading heading ? heading.text() : ((Paragraph) block).text();
                if (title.startsWith(text.strip()) && (text.strip().equals(title) || YEAR_LINE.matcher(title.substring(text.strip().length())).matches())
                        || YEAR_LINE.matcher(text.strip()).matches() || UnitLine.isLine(text) || text.isBlank()) {
                    continue;
                }
                blocks.add(block);
            }
            String markdown = NarrativeMarkdown.of(blocks);
            if (!markdown.isEmpty()) {
                out.append(out.length() == 0 ? "" : "\n").append(markdown);
            }
        }
        return out.toString();
    }

    private static String unitYaml(String unitName) {
        String name = unitName == null ? "（请填写单位名称）" : unitName;
        Matcher region = REGION.matcher(name);
        List<Object> parts = new ArrayList<>();
        String level = "县级";
        if (region.find()) {
            for (int group = 1; group <= 3; group++) {
                if (region.group(group) != null) {
                    parts.add(region.group(group));
                }
            }
            level = region.group(3) != null ? "县级" : region.group(2) != null ? "市级" : region.group(1) != null ? "省级" : "县级";
        }
        if (parts.isEmpty()) {
            parts.add("（请填写省）");
        }
        YamlMap unit = new YamlMap().put("name", name)
                .put("level", level, "由单位名称推断，请核对：省级、市级或县级")
                .put("region", parts, "由单位名称推断，请补全为从省到县，如 [四川省, 广元市, 剑阁县]");
        return YamlText.of(List.of("由 gongkai import 新建：请核对名称、级次和所在地区。"), unit);
    }
}
