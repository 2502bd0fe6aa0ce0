package org.gongkai.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gongkai.corpus.CorpusGenerator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "generate", mixinStandardHelpOptions = true,
        header = "生成虚构单位的示例语料，用于测试与性能基准。",
        description = {
            "在 --out 下写出 content/：N 个虚构单位（示例市01医疗保障局……）× Y 个年度，每年含部门决算、",
            "部门整体支出绩效自评和项目支出绩效自评三类报告，数字各不相同但前后一致（check 不报问题）。",
            "同样的参数总是生成同样的文件。生成的语料不是真实数据，不要放进真实站点。"})
final class GenerateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--units", paramLabel = "N", defaultValue = "30", description = "单位数（默认：${DEFAULT-VALUE}）")
    int units;

    @Option(names = "--years", paramLabel = "Y", defaultValue = "3", description = "年度数（默认：${DEFAULT-VALUE}）")
    int years;

    @Option(names = "--first-year", paramLabel = "YEAR", defaultValue = "2021", description = "第一个年度（默认：${DEFAULT-VALUE}）")
    int firstYear;

    @Option(names = "--seed", defaultValue = "1", description = "随机种子（默认：${DEFAULT-VALUE}）")
    long seed;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", required = true, description = "输出文件夹（其中写出 content/），应为空或不存在")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (units < 1 || years < 1 || units > 100_000 || years > 50) {
            throw new CommandLine.ParameterException(spec.commandLine(), "单位数应为 1 到 100000，年度数应为 1 到 50");
        }
        if (Files.exists(out.resolve("content"))) {
            spec.commandLine().getErr().println("已存在 " + out.resolve("content") + "，未覆盖。请指定新的输出文件夹。");
            return Main.DATA_ERRORS;
        }
        var err = spec.commandLine().getErr();
        int step = Math.max(1, units / 20);
        Path content = new CorpusGenerator(units, years, firstYear, seed).write(out, done -> {
            if (done % step == 0 || done == units) {
                err.println("已生成 " + done + "/" + units + " 个单位");
            }
        });
        spec.commandLine().getOut().println("已生成 " + units + " 个单位 × " + years + " 个年度的示例语料：" + content);
        return Main.OK;
    }
}
