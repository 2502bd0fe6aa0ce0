package org.gongkai.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gongkai.site.SiteBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "check", mixinStandardHelpOptions = true,
        header = "只检查数据，不生成网站。",
        description = {
            "读取并检查内容文件夹，按文件列出错误和警告（文件:行:列、字段、应为什么、实际是什么）。",
            "有错误时退出码为 1，只有警告时为 0。"})
final class CheckCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = {"-c", "--content"}, paramLabel = "DIR", defaultValue = "content",
            description = "内容文件夹（默认：${DEFAULT-VALUE}）")
    Path content;

    @Override
    public Integer call() {
        SiteBuilder.Checked checked = new SiteBuilder().check(content);
        DiagnosticReport.print(checked.diagnostics(), spec.commandLine().getErr());
        if (checked.derived() == null) {
            return Main.DATA_ERRORS;
        }
        spec.commandLine().getOut().println("检查完成：" + checked.derived().content().units().size() + " 个单位，"
                + checked.derived().content().reports().size() + " 份报告，没有错误。");
        return Main.OK;
    }
}
