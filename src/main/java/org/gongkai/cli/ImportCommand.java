package org.gongkai.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.gongkai.draft.Draft;
import org.gongkai.draft.DraftException;
import org.gongkai.draft.DraftHints;
import org.gongkai.draft.DraftMapper;
import org.gongkai.draft.DraftWriter;
import org.gongkai.draft.TableOutcome;
import org.gongkai.draft.UnreadCell;
import org.gongkai.imports.DocumentReader;
import org.gongkai.imports.ImportException;
import org.gongkai.imports.SourceDocument;
import org.gongkai.load.Catalogue;
import org.gongkai.model.ControlCharacters;
import org.gongkai.model.Diagnostic;
import org.gongkai.model.Labeled;
import org.gongkai.model.ReportKind;
import org.gongkai.site.SiteBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
        header = "导入已公开的文件（Word、Excel、网页、PDF），写成一份待核对的草稿。",
        description = {
            "读取同一份公开文件的一个或几个文件（如决算说明的 Word 文件",
            "和公开表的 Excel 工作簿），认出报告类型、单位、年度、金额单位",
            "和各张表，写入内容文件夹：新单位的 unit.yaml、",
            "units/<单位>/<年度>/<报告类型>.yaml 和同名 .md；",
            "附件中整份的另一种报告（如决算附件中的绩效自评报告）",
            "另写为同一单位、同一年度的报告，由主报告的“附件”部分链接。",
            "每个导入的数字后注明来源（# 来源：文件 表 行 列）；",
            "认不出的表原样保存为自定义表格。然后检查草稿，",
            "列出原文中不一致之处。",
            "已有文件不会被覆盖（除非加 --force）；文件有问题时，什么也不写入。"},
        footerHeading = "%n示例：%n",
        footer = {"  ${ROOT-COMMAND-NAME} import 2023年度部门决算.docx 公开表.xlsx --unit jiange",
            "  ${ROOT-COMMAND-NAME} import 自评表.docx --unit wuhai --year 2023 --kind project-evaluation"})
final class ImportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "要导入的文件：.docx、.doc、.xlsx、.xls、.html、.htm、.pdf")
    List<Path> files;

    @CommandLine.Mixin
    ContentOption contentOption;

    @Option(names = "--unit", paramLabel = "ID", description = "单位标识（文件夹名），如 jiange；单位在内容文件夹中还没有时必须给出")
    String unit;

    @Option(names = "--year", paramLabel = "YEAR", description = "年度，如 2023；文件中认不出年度时必须给出")
    Integer year;

    @Option(names = "--kind", paramLabel = "KIND",
            description = "报告类型：final-accounts（部门决算）、department-evaluation（部门整体支出绩效自评）或 project-evaluation（项目支出/转移支付绩效自评）；认不出时必须给出")
    String kind;

    @Option(names = "--force", description = "覆盖已有的文件")
    boolean force;

    @Override
    public Integer call() throws Exception {
        CommandLine cl = spec.commandLine();
        ReportKind reportKind = kind == null ? null : NewCommand.checkKind(cl, kind);
        if (year != null) {
            NewCommand.checkYear(cl, year);
        }
        if (unit != null) {
            NewCommand.checkId(cl, unit, "单位标识");
        }
        Path content = contentOption.content;
        var out = cl.getOut();
        var err = cl.getErr();

        List<SourceDocument> documents = new ArrayList<>();
        DocumentReader reader = new DocumentReader();
        for (Path file : files) {
            try {
                documents.add(reader.read(file));
            } catch (ImportException e) {
                return failed(err, e.getMessage());
            }
        }
        Catalogue catalogue = Catalogue.of(SiteBuilder.themeFolder(content));
        List<Draft> drafts;
        DraftWriter.Written written;
        try {
            drafts = new DraftMapper(catalogue).mapWithAttachments(documents, new DraftHints(reportKind, year));
            written = new DraftWriter(content).write(drafts, unit, force);
        } catch (DraftException e) {
            return failed(err, e.getMessage());
        } catch (java.io.IOException e) {
            // The writer has taken back whatever it had moved into place.
            return failed(err, org.gongkai.site.IoFailure.describe(e).orElse("写入内容文件夹时出错：" + e.getMessage()));
        }

        for (Draft draft : drafts) {
            if (drafts.size() > 1) {
                out.println(draft == drafts.get(0) ? "主报告（" + draft.reportId() + "）："
                        : "附件中的报告（" + draft.reportId() + "，另写为一份报告）：");
            }
            report(out, draft);
        }
        out.println("已写入：");
        for (Path file : written.files()) {
            out.println("  " + visible(file.toString()));
        }
        SiteBuilder.Checked checked = new SiteBuilder().check(content);
        List<String> draftFiles = written.files().stream().map(ImportCommand::relative).toList();
        List<Diagnostic> ofDraft = checked.diagnostics().stream()
                .filter(d -> draftFiles.stream().anyMatch(f -> d.position().file().replace('\\', '/').endsWith(f))).toList();
        long elsewhere = checked.diagnostics().stream().filter(Diagnostic::isError).count()
                - ofDraft.stream().filter(Diagnostic::isError).count();
        out.println();
        if (ofDraft.isEmpty()) {
            out.println("检查草稿：没有发现问题。");
        } else {
            out.println("检查草稿（原文中的不一致之处也列在这里）：");
            out.flush();
            DiagnosticReport.print(ofDraft, err);
        }
        String command = spec.root().name();
        String contentArgument = content.equals(Path.of("content")) ? "" : " --content " + content;
        if (elsewhere > 0) {
            out.println("内容文件夹中其他文件还有 " + elsewhere + " 个错误：运行 " + command + " check" + contentArgument + " 查看。");
        }
        out.println("下一步：对照原文核对草稿，改正后运行 " + command + " serve" + contentArgument + " 预览。");
        out.flush();
        return checked.derived() == null ? Main.DATA_ERRORS : Main.OK;
    }

    private static int failed(java.io.PrintWriter err, String message) {
        err.println("导入失败：" + ControlCharacters.visible(message));
        err.println("没有写入任何文件。");
        err.flush();
        return Main.DATA_ERRORS;
    }

    private static void report(java.io.PrintWriter out, Draft draft) {
        out.println("认出：" + (draft.unitName() == null ? "（单位名称未认出）" : draft.unitName()) + " " + draft.year() + "年度 "
                + draft.kind().chinese() + "（" + draft.kind().label() + "），金额单位 " + draft.moneyUnit());
        out.println("标题：" + visible(draft.title()));
        if (!draft.tables().isEmpty()) {
            out.println("各表：");
            for (TableOutcome table : draft.tables()) {
                String what = table.mapped() != null
                        ? (table.kind() == null ? "自评表 → " : "表格种类 " + table.kind() + " → ") + table.mapped()
                        : table.kind() != null ? "表格种类 " + table.kind() + "（按原表的行列保存）" : "自定义表格（原样保存）";
                out.println("  " + visible(table.place()) + " " + visible(table.title()) + "：" + what
                        + (table.id() == null ? "" : "，tables 中为 " + table.id()));
            }
        }
        List<TableOutcome> custom = draft.tables().stream().filter(TableOutcome::custom).toList();
        if (!custom.isEmpty()) {
            out.println("保留为自定义表格的 " + custom.size() + " 张：" + String.join("、",
                    custom.stream().map(t -> visible(t.title()) + "（" + t.id() + "）").toList()) + "；请核对它们的表头和各列。");
        }
        if (!draft.unread().isEmpty()) {
            out.println("无法读作数字的单元格（草稿中留空，请按原文填写）：");
            for (UnreadCell cell : draft.unread()) {
                out.println("  " + visible(cell.place()) + "：“" + visible(cell.text()) + "”（" + cell.field() + "）");
            }
        }
        for (String notice : draft.notices()) {
            out.println("提示：" + visible(notice));
        }
    }

    private static String visible(String text) {
        return ControlCharacters.visible(text);
    }

    /** The last parts of a written file's path, as diagnostics name it inside the content folder. */
    private static String relative(Path file) {
        int count = file.getNameCount();
        int from = count - 1;
        for (int i = 0; i < count; i++) {
            if (file.getName(i).toString().equals("units") && i < count - 1) {
                from = i;
            }
        }
        return file.subpath(from, count).toString().replace('\\', '/');
    }
}
