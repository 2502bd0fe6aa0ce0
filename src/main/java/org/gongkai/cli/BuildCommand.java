package org.gongkai.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gongkai.site.BuildResult;
import org.gongkai.site.OutputPolicy;
import org.gongkai.site.SiteBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "build", mixinStandardHelpOptions = true,
        header = "生成网站：检查数据、计算全部数字并写出静态网页。",
        description = {
            "读取内容文件夹（site.yaml、units/…），检查并计算后把网站写入输出文件夹。",
            "数据有错误时不写出任何文件，原有网站保持不变；警告会列出，但仍然生成。",
            "内容文件夹旁的 templates/ 文件夹（如有）可逐个文件覆盖默认模板。",
            "输出文件夹旁的 .<输出>.gongkai/ 记录上次构建，.<输出>.spare/ 是被替换的上一版网站，下次构建复用它，只改动变化的文件。",
            "输出文件夹只在它是 gongkai 生成的网站（旁边有 .<输出>.gongkai/ 构建记录）、是空文件夹或不存在时才整个替换；否则不构建，并列出里面的东西，确认都可以删除时加 --force。",
            "文件、符号链接、内容和模板文件夹，以及旁边不是 gongkai 留下的 .<输出>.staging/、.previous/、.spare/、.gongkai/，从不替换或删除（加 --force 也不会）。",
            "同一个输出文件夹一次只有一个构建写入：另一个构建正在写入时，等它完成（最多 10 分钟）。",
            "上千个单位的网站请给 Java 限定内存，如 java -Xmx1g -jar gongkai.jar build（详见 README 的 Limits）。"})
final class BuildCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    ContentOption contentOption;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "site",
            description = "输出文件夹，整个替换（默认：${DEFAULT-VALUE}）")
    Path out;

    @Option(names = "--force", description = "输出文件夹不是 gongkai 生成的网站时，仍然整个替换它（里面原有的东西都会删除）")
    boolean force;

    @Option(names = "--audit", description = "审核版：为每份报告另生成 audit.html，列出全部检查意见（公开版不含）")
    boolean audit;

    @Option(names = "--threads", paramLabel = "N", description = "读取、检查和生成所用的线程数（默认：处理器核数；结果与线程数无关）")
    Integer threads;

    @Override
    public Integer call() throws Exception {
        if (threads != null && threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "线程数应至少为 1，实际为 " + threads);
        }
        SiteBuilder builder = threads == null ? new SiteBuilder() : new SiteBuilder(threads);
        BuildResult result = builder.build(contentOption.content, out, audit,
                ProgressBar.forConsole(spec.commandLine().getErr()), force ? OutputPolicy.FORCE : OutputPolicy.DEFAULT);
        DiagnosticReport.print(result.diagnostics(), spec.commandLine().getErr());
        if (result.failed()) {
            boolean output = result.diagnostics().stream().anyMatch(d -> d.isError() && d.rule().startsWith("output."));
            spec.commandLine().getErr().println((output ? "没有构建：" + out : "构建失败：请先改正上面的错误。" + out + "/") + " 未改动。");
            return Main.DATA_ERRORS;
        }
        if (result.unchanged()) {
            spec.commandLine().getOut().println("没有变化：内容和模板与上次构建相同，" + out + "/ 未改动。");
        } else {
            spec.commandLine().getOut().println("构建完成：" + out + "/ 共 " + result.files() + " 个文件，写入 "
                    + result.written() + " 个，其余未变化。" + result.timing());
        }
        return Main.OK;
    }
}
