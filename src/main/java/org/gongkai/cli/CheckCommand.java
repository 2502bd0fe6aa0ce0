package org.gongkai.cli;

import java.util.concurrent.Callable;
import org.gongkai.model.Diagnostic;
import org.gongkai.model.Severity;
import org.gongkai.site.SiteBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "check", mixinStandardHelpOptions = true,
        header = "只检查数据，不生成网站。",
        description = {
            "读取并检查内容文件夹，按文件列出错误和警告：严重程度、规则编号、文件:行:列、字段、应为什么、实际是什么。",
            "错误（数据无法按格式读取）使退出码为 1；警告（如合计不符、原文数字与计算不符、缺少未完成原因）",
            "只列出，退出码为 0，加 --strict 时警告也使退出码为 1。"})
final class CheckCommand implements Callable<Integer> {

    enum Format { text, json }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    ContentOption contentOption;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "输出格式：text（默认，写到标准错误）或 json（写到标准输出，供其他工具读取）")
    Format format;

    @Option(names = "--strict", description = "警告也算作失败（退出码 1）")
    boolean strict;

    @Override
    public Integer call() throws Exception {
        SiteBuilder.Checked checked = new SiteBuilder().check(contentOption.content);
        boolean failed = checked.derived() == null
                || strict && checked.diagnostics().stream().anyMatch(Diagnostic::isWarning);
        if (format == Format.json) {
            DiagnosticJson.print(checked.diagnostics(), spec.commandLine().getOut());
            return failed ? Main.DATA_ERRORS : Main.OK;
        }
        DiagnosticReport.print(checked.diagnostics(), spec.commandLine().getErr());
        if (checked.derived() == null) {
            return Main.DATA_ERRORS;
        }
        long warnings = checked.diagnostics().stream().filter(Diagnostic::isWarning).count();
        long notes = checked.diagnostics().stream().filter(d -> d.severity() == Severity.NOTE).count();
        spec.commandLine().getOut().println("检查完成：" + checked.derived().content().units().size() + " 个单位，"
                + checked.derived().content().reports().size() + " 份报告，没有错误"
                + (warnings > 0 ? "，" + warnings + " 个警告" + (strict ? "（--strict：按失败处理）" : "") : "")
                + (notes > 0 ? "，" + notes + " 个提示" : "") + "。");
        return failed ? Main.DATA_ERRORS : Main.OK;
    }
}
