package org.gongkai.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gongkai.load.ContentLoader;
import org.gongkai.load.JsonSchemas;
import org.gongkai.model.Labeled;
import org.gongkai.model.ReportKind;
import org.gongkai.model.UnitLevel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "new", mixinStandardHelpOptions = true,
        header = "新建带注释的 YAML 文件，供填写。",
        description = "新建单位（unit.yaml）或报告（units/<单位>/<年度>/<报告>.yaml），已有文件不会被覆盖。",
        subcommands = {NewCommand.UnitCommand.class, NewCommand.ReportCommand.class})
final class NewCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "请指定 unit 或 report");
    }

    /** A report kind as --kind names it, or a usage error in Chinese. */
    static ReportKind checkKind(CommandLine cl, String kind) {
        return Labeled.parse(ReportKind.class, kind).orElseThrow(() -> new CommandLine.ParameterException(cl,
                "报告类型应为 final-accounts、department-evaluation 或 project-evaluation，实际为“" + kind + "”"));
    }

    /** A year as --year gives it: 1900 to 2099, or a usage error in Chinese. */
    static void checkYear(CommandLine cl, int year) {
        if (year < 1900 || year > 2099) {
            throw new CommandLine.ParameterException(cl, "年度应为 1900 到 2099 之间的年份，实际为 " + year);
        }
    }

    static String checkId(CommandLine commandLine, String id, String what) {
        if (!ContentLoader.ID.matcher(id).matches()) {
            throw new CommandLine.ParameterException(commandLine,
                    what + "应为小写英文字母、数字和“-”（不超过64个字符），实际为“" + id + "”");
        }
        return id;
    }

    /**
     * Writes the scaffold (never over an existing file) and refreshes the JSON Schemas in
     * {@code <content>/.schema/}, which the scaffold's first line points the editor to.
     */
    static int write(CommandLine commandLine, Path content, Path file, String text) throws IOException {
        Path schemas = content.resolve(".schema");
        Files.createDirectories(schemas);
        for (var schema : JsonSchemas.all().entrySet()) {
            Files.writeString(schemas.resolve(schema.getKey()), schema.getValue(), StandardCharsets.UTF_8);
        }
        Files.createDirectories(file.getParent());
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            commandLine.getErr().println("文件已存在，未覆盖：" + file);
            return Main.DATA_ERRORS;
        }
        commandLine.getOut().println("已新建 " + file + "，请按注释填写，然后运行 " + commandLine.getCommandSpec().root().name() + " check。");
        return Main.OK;
    }

    @Command(name = "unit", mixinStandardHelpOptions = true, header = "新建单位：units/<ID>/unit.yaml")
    static final class UnitCommand implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ID", description = "单位标识（文件夹名），如 jiange")
        String id;

        @Option(names = "--name", paramLabel = "名称", description = "单位名称，如 剑阁县医疗保障局")
        String name = "（请填写单位名称）";

        @Option(names = "--level", paramLabel = "级次", description = "省级、市级或县级（默认：${DEFAULT-VALUE}）")
        String level = UnitLevel.COUNTY.label();

        @CommandLine.Mixin
        ContentOption contentOption;

        @Override
        public Integer call() throws IOException {
            CommandLine cl = spec.commandLine();
            Path content = contentOption.content;
            checkId(cl, id, "单位标识");
            if (Labeled.parse(UnitLevel.class, level).isEmpty()) {
                throw new CommandLine.ParameterException(cl, "级次应为 省级、市级 或 县级，实际为“" + level + "”");
            }
            String text = Scaffold.fill("unit.yaml", Map.of("name", name, "level", level,
                    "region", "（请填写省）", "year", String.valueOf(java.time.Year.now().getValue())));
            return write(cl, content, content.resolve("units").resolve(id).resolve("unit.yaml"), text);
        }
    }

    @Command(name = "report", mixinStandardHelpOptions = true,
            header = "新建报告：units/<单位>/<年度>/<报告>.yaml",
            description = "报告类型：final-accounts（部门决算）、department-evaluation（部门整体支出绩效自评）、"
                    + "project-evaluation（项目支出/转移支付绩效自评）。")
    static final class ReportCommand implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "单位", description = "单位标识，如 jiange")
        String unit;

        @Parameters(index = "1", paramLabel = "年度", description = "如 2024")
        int year;

        @Parameters(index = "2", paramLabel = "类型", description = "final-accounts、department-evaluation 或 project-evaluation")
        String kind;

        @Option(names = "--id", paramLabel = "报告标识", description = "文件名（默认为报告类型）")
        String id;

        @Option(names = "--layout", paramLabel = "格式", description = FinalAccountsLayout.Text.HELP)
        String layout;

        @CommandLine.Mixin
        ContentOption contentOption;

        @Override
        public Integer call() throws IOException {
            CommandLine cl = spec.commandLine();
            Path content = contentOption.content;
            checkId(cl, unit, "单位标识");
            ReportKind reportKind = checkKind(cl, kind);
            checkYear(cl, year);
            FinalAccountsLayout accountsLayout = layout(cl, reportKind);
            String reportId = checkId(cl, id == null ? kind : id, "报告标识");
            Path unitDir = content.resolve("units").resolve(unit);
            if (!Files.isRegularFile(unitDir.resolve("unit.yaml"))) {
                cl.getErr().println("单位不存在：没有 " + unitDir.resolve("unit.yaml") + "。请先运行 "
                        + cl.getCommandSpec().root().name() + " new unit " + unit);
                return Main.DATA_ERRORS;
            }
            String unitName = unitName(unitDir.resolve("unit.yaml"));
            List<String> templates = reportKind == ReportKind.FINAL_ACCOUNTS
                    ? List.of("final-accounts.yaml", accountsLayout.scaffold()) : List.of("evaluation.yaml");
            String text = Scaffold.fill(templates, Map.of("kind", kind, "kind-name", reportKind.chinese(),
                    "unit-name", unitName, "year", String.valueOf(year), "next-year", String.valueOf(year + 1),
                    "previous-year", String.valueOf(year - 1)));
            return write(cl, content, unitDir.resolve(String.valueOf(year)).resolve(reportId + ".yaml"), text);
        }

        /** The layout asked for (standard when none is), which only a 决算 has. */
        private FinalAccountsLayout layout(CommandLine cl, ReportKind reportKind) {
            if (layout == null) {
                return FinalAccountsLayout.STANDARD;
            }
            if (reportKind != ReportKind.FINAL_ACCOUNTS) {
                throw new CommandLine.ParameterException(cl, "选项 --layout 只用于 final-accounts（部门决算），不用于 " + kind);
            }
            return FinalAccountsLayout.named(layout).orElseThrow(() -> new CommandLine.ParameterException(cl,
                    "没有格式“" + layout + "”。可用的格式：" + FinalAccountsLayout.names()));
        }

        /** The unit's name for the title, read plainly from unit.yaml; a placeholder if it is not there. */
        private static String unitName(Path unitFile) throws IOException {
            return Files.readAllLines(unitFile, StandardCharsets.UTF_8).stream()
                    .filter(line -> line.startsWith("name:"))
                    .map(line -> line.substring(5).replaceAll("#.*", "").strip())
                    .filter(name -> !name.isEmpty())
                    .findFirst().orElse("");
        }
    }
}
