package org.gongkai.draft;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.imports.Block;
import org.gongkai.imports.Heading;
import org.gongkai.imports.Paragraph;
import org.gongkai.imports.SourceDocument;
import org.gongkai.model.ReportKind;

/**
 * Splits a published document into its own report and the reports it carries whole as attachments. A
 * 附件 label (附件1, 附件2：…) starts an attached report when the title printed with it or on the lines after
 * it is a report's (ending 报告, 自评表 or 评价表) and names a kind other than the main document's; the report
 * runs to the next attached report, or to the 附件 numbered next, or to the end. An 附件 that is a table of the
 * report it is in (附件：…指标体系及评价得分情况, a 项目's own 自评表) starts nothing, nor does a list of attachments
 * published apart (附件1：…报告 and 附件2：…报告 on consecutive lines). Stateless.
 */
final class Attachments {

    private static final Pattern LABEL = Pattern.compile(
            "^附\\s*件\\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})?\\s*[：:]?\\s*(.*)$");
    private static final Pattern REPORT_TITLE = Pattern.compile("(?:报告|自评表|评价表)(?:[（(][^)）]{0,12}[)）])?$");
    /** How many lines a title printed on several lines may take (剑阁县医疗保障局 / 2022年…专项资金 / 绩效评价报告). */
    private static final int TITLE_LINES = 3;
    private static final int TITLE_LINE_LENGTH = 60;

    /**
     * The documents with the attached reports taken out, and those reports in order.
     *
     * @param heading the heading the attachments were printed under (第四部分 附件), taken out too; null when none
     */
    record Split(List<SourceDocument> main, String heading, List<AttachedReport> reports) {
    }

    private record Start(int at, Integer number, String label, String title, ReportKind kind, int body) {
    }

    private record Found(Start start, SourceDocument document) {
    }

    private Attachments() {
    }

    static Split split(List<SourceDocument> documents, ReportKind mainKind) {
        List<SourceDocument> main = new ArrayList<>();
        List<AttachedReport> reports = new ArrayList<>();
        Map<ReportKind, Integer> perKind = new HashMap<>();
        String heading = null;
        List<Found> found = new ArrayList<>();
        for (SourceDocument document : documents) {
            List<Block> blocks = document.blocks();
            List<Start> starts = new ArrayList<>();
            for (int i = 0; i < blocks.size(); i++) {
                start(blocks, i).filter(s -> s.kind() != mainKind && !listed(blocks, s)).ifPresent(starts::add);
            }
            if (starts.isEmpty()) {
                main.add(document);
                continue;
            }
            List<Block> kept = new ArrayList<>(blocks.subList(0, starts.get(0).at()));
            if (!kept.isEmpty() && heading == null && text(kept.get(kept.size() - 1)).map(Attachments::namesAttachments).orElse(false)) {
                heading = text(kept.remove(kept.size() - 1)).orElseThrow().strip();
            }
            for (int k = 0; k < starts.size(); k++) {
                Start start = starts.get(k);
                int end = k + 1 < starts.size() ? starts.get(k + 1).at() : blocks.size();
                int next = nextNumbered(blocks, start, end);
                List<Block> body = new ArrayList<>();
                body.add(new Heading(1, start.title()));
                body.addAll(blocks.subList(start.body(), next));
                // What follows the report up to the next (an 附件 numbered next that is no report) stays in the main document.
                kept.addAll(blocks.subList(next, end));
                perKind.merge(start.kind(), 1, Integer::sum);
                found.add(new Found(start, new SourceDocument(document.fileName(), document.format(), document.metadata(), body, List.of())));
            }
            main.add(new SourceDocument(document.fileName(), document.format(), document.metadata(), kept, document.notices()));
        }
        Map<ReportKind, Integer> seen = new HashMap<>();
        for (Found each : found) {
            Start start = each.start();
            int nth = seen.merge(start.kind(), 1, Integer::sum);
            // A report file name is lower-case ASCII (ContentLoader.ID), so two of a kind are told apart by their 附件 number.
            String id = start.kind().label() + (perKind.get(start.kind()) > 1 ? "-" + (start.number() != null ? start.number() : nth) : "");
            reports.add(new AttachedReport(start.label(), start.title(), start.kind(), id, each.document()));
        }
        return new Split(main, heading, reports);
    }

    /** The attached report whose 附件 label is block {@code i}, if it starts one. */
    private static Optional<Start> start(List<Block> blocks, int i) {
        Optional<String> line = text(blocks.get(i));
        if (line.isEmpty()) {
            return Optional.empty();
        }
        Matcher label = LABEL.matcher(line.get().strip());
        if (!label.matches()) {
            return Optional.empty();
        }
        Integer number = label.group(1) == null ? null : number(label.group(1));
        String printed = line.get().strip().substring(0, label.start(2)).replaceFirst("[：:\\s]+$", "");
        List<String> candidates = new ArrayList<>();
        List<Integer> bodies = new ArrayList<>();
        if (!label.group(2).isBlank()) {
            candidates.add(label.group(2).strip());
            bodies.add(i + 1);
        } else {
            StringBuilder joined = new StringBuilder();
            for (int j = i + 1; j < blocks.size() && j <= i + TITLE_LINES; j++) {
                Optional<String> next = text(blocks.get(j));
                if (next.isEmpty() || next.get().strip().length() > TITLE_LINE_LENGTH || LABEL.matcher(next.get().strip()).matches()) {
                    break;
                }
                joined.append(next.get().strip());
                candidates.add(joined.toString());
                bodies.add(j + 1);
            }
        }
        for (int c = 0; c < candidates.size(); c++) {
            String title = candidates.get(c);
            Optional<ReportKind> kind = DraftMapper.kindIn(title);
            if (REPORT_TITLE.matcher(title).find() && kind.isPresent()) {
                return Optional.of(new Start(i, number, printed, title, kind.get(), bodies.get(c)));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the label is one line of a list of attachments published apart (附件1：…报告 / 附件2：…报告, as gongkai's
     * own report.docx prints the links): a label with its title next to another, no report between them.
     */
    private static boolean listed(List<Block> blocks, Start start) {
        boolean followed = start.body() < blocks.size() && text(blocks.get(start.body()))
                .map(t -> LABEL.matcher(t.strip()).matches()).orElse(false);
        boolean preceded = start.at() > 0 && text(blocks.get(start.at() - 1)).map(t -> LABEL.matcher(t.strip()))
                .map(m -> m.matches() && !m.group(2).isBlank()).orElse(false);
        return followed || preceded;
    }

    /** Where the attached report ends: at the 附件 numbered after it, when one comes before {@code end}. */
    private static int nextNumbered(List<Block> blocks, Start start, int end) {
        if (start.number() == null) {
            return end;
        }
        for (int i = start.body(); i < end; i++) {
            Optional<String> line = text(blocks.get(i));
            if (line.isPresent()) {
                Matcher label = LABEL.matcher(line.get().strip());
                if (label.matches() && label.group(1) != null && number(label.group(1)) == start.number() + 1) {
                    return i;
                }
            }
        }
        return end;
    }

    private static boolean namesAttachments(String text) {
        String compact = text.replaceAll("\\s", "");
        return compact.endsWith("附件") && compact.length() <= 12;
    }

    private static Optional<String> text(Block block) {
        if (block instanceof Heading heading) {
            return Optional.of(heading.text());
        }
        return block instanceof Paragraph paragraph ? Optional.of(paragraph.text()) : Optional.empty();
    }

    private static int number(String digits) {
        if (Character.isDigit(digits.charAt(0))) {
            return Integer.parseInt(digits);
        }
        String numerals = "一二三四五六七八九";
        int tens = digits.indexOf('十');
        if (tens < 0) {
            return numerals.indexOf(digits.charAt(0)) + 1;
        }
        int high = tens == 0 ? 1 : numerals.indexOf(digits.charAt(0)) + 1;
        int low = tens == digits.length() - 1 ? 0 : numerals.indexOf(digits.charAt(tens + 1)) + 1;
        return high * 10 + low;
    }
}
