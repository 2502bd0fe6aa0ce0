package org.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.SampleContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class MainTest {

    @TempDir
    Path dir;

    /** What a run of gongkai returned and printed; shared with the tests of other packages that run the CLI. */
    public record Run(int exit, String out, String err) {
    }

    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void helpOnEveryCommand() {
        for (String[] args : new String[][] {{"--help"}, {"build", "--help"}, {"check", "--help"}, {"new", "--help"},
                {"new", "unit", "--help"}, {"new", "report", "--help"}}) {
            Run run = run(args);
            assertEquals(Main.OK, run.exit(), String.join(" ", args));
            assertTrue(run.out().contains("用法：gongkai") && run.out().contains("-h, --help"), run.out());
        }
        assertTrue(run("--help").out().contains("退出码"));
    }

    /** picocli's own words (headings, the standard options, the help command) in Chinese, for every command. */
    @Test
    void helpIsInChinese() {
        for (String[] args : new String[][] {{"--help"}, {"build", "--help"}, {"check", "--help"}, {"serve", "--help"},
                {"new", "--help"}, {"new", "unit", "--help"}, {"new", "report", "--help"}, {"import", "--help"}, {"generate", "--help"},
                {"help"}, {"help", "build"}, {"help", "new", "report"}, {"help", "--help"}}) {
            Run run = run(args);
            String what = String.join(" ", args) + ":\n" + run.out();
            assertEquals(Main.OK, run.exit(), what);
            for (String english : new String[] {"Usage", "Commands:", "Options:", "Show this help message", "Print version information",
                    "Display help", "COMMAND", "When no", "Show usage help"}) {
                assertFalse(run.out().contains(english), english + " in " + what);
            }
            assertTrue(run.out().contains("用法："), what);
            assertTrue(run.out().contains("选项："), what);
            assertTrue(run.out().contains("-h, --help") && run.out().contains("显示本帮助并退出"), what);
        }
        Run root = run("--help");
        assertTrue(root.out().contains("-V, --version") && root.out().contains("显示版本并退出"), root.out());
        assertTrue(root.out().contains("命令：\n  build") && root.out().contains("用法：gongkai [-hV] [命令]"), root.out());
        assertTrue(root.out().lines().anyMatch(l -> l.matches("  help +显示 gongkai 或某个命令的用法.*")), root.out());
        assertTrue(run("new", "report", "--help").out().contains("参数：\n"), "positional parameters have their heading");
        assertEquals(run("new", "report", "--help").out(), run("help", "new", "report").out(), "help COMMAND is COMMAND --help");
        assertEquals(run("--help").out(), run("help").out());
    }

    /** A usage error: exit code 2, one line in Chinese that keeps what was typed, then where to read the usage. */
    static void assertUsageError(String expected, String... args) {
        Run run = run(args);
        String what = String.join(" ", args) + " → " + run.err();
        assertEquals(Main.USAGE, run.exit(), what);
        List<String> lines = run.err().lines().toList();
        assertEquals(2, lines.size(), what);
        assertEquals("用法错误：" + expected, lines.get(0), what);
        assertTrue(lines.get(1).startsWith("运行 “gongkai") && lines.get(1).endsWith(" --help” 查看用法。"), what);
    }

    @Test
    void usageErrorsAreInChinese() {
        assertUsageError("没有命令“publish”。可用的命令：build、check、serve、new、import、generate、help", "publish");
        assertUsageError("没有命令“buidl”。是不是要用：build？", "buidl");
        assertUsageError("没有命令“foo”。可用的命令：unit、report", "new", "foo");
        assertUsageError("未知选项“--colour”。是不是要用：--content？", "build", "--colour");
        assertUsageError("未知选项“--portt”（其后的“8080”也无法识别）。是不是要用：--port？", "serve", "--portt", "8080");
        assertUsageError("多余的参数：“a”、“b”", "build", "a", "b");
        assertUsageError("多余的参数：“b”", "new", "unit", "a", "b");
        assertUsageError("缺少参数：单位、年度、类型", "new", "report");
        assertUsageError("缺少参数：类型", "new", "report", "jiange", "2024");
        assertUsageError("缺少选项：--out=DIR", "generate");
        assertUsageError("选项 --port 缺少取值", "serve", "--port");
        assertUsageError("选项 --port 缺少取值（其后的“--content”是另一个选项）", "serve", "--port", "--content", "x");
        assertUsageError("参数 年度 应为整数，实际为“二〇二四”", "new", "report", "jiange", "二〇二四", "final-accounts");
        assertUsageError("选项 --port 应为整数，实际为“abc”", "serve", "--port", "abc");
        assertUsageError("选项 --threads 应为整数，实际为空", "build", "--threads=");
        assertUsageError("选项 --format 应为 text、json 之一，实际为“xml”", "check", "--format", "xml");
        assertUsageError("选项 --audit 应为 true 或 false，实际为“maybe”", "build", "--audit=maybe");
        assertUsageError("选项 --port 只能指定一次", "serve", "-p", "1", "-p", "2");
        assertUsageError("选项 --content 只能指定一次", "check", "-cx", "--content=y");
        assertUsageError("没有命令“foo”。可用的命令：build、check、serve、new、import、generate、help", "help", "foo");
        // gongkai's own usage errors are Chinese already and pass as they are.
        assertUsageError("请指定 unit 或 report", "new");
        assertUsageError("端口应为 0 到 65535，实际为 -1", "serve", "-p", "-1");
    }

    /** Usage lines, examples and hints name gongkai as the launcher says it was typed (tests run it from classes: gongkai). */
    @Test
    void theCommandIsNamedAsItWasTyped() {
        System.setProperty("gongkai.command", "./gongkai");
        try {
            Run help = run("--help");
            assertTrue(help.out().contains("用法：./gongkai [-hV] [命令]") && help.out().contains("\n  ./gongkai build\n"), help.out());
            Run error = run("new", "report");
            assertTrue(error.err().endsWith("运行 “./gongkai new report --help” 查看用法。" + System.lineSeparator()), error.err());
            String content = dir.resolve("content").toString();
            Run noUnit = run("new", "report", "jiange", "2024", "final-accounts", "--content", content);
            assertTrue(noUnit.err().contains("请先运行 ./gongkai new unit jiange"), noUnit.err());
            Run unit = run("new", "unit", "jiange", "--content", content);
            assertTrue(unit.out().contains("然后运行 ./gongkai check。"), unit.out());
        } finally {
            System.clearProperty("gongkai.command");
        }
        assertTrue(run("--help").out().contains("\n  gongkai check --content content\n"), "the examples name the command");
    }

    @Test
    void whatWasTypedIsShownWithoutControlCharacters() {
        assertUsageError("选项 --port 应为整数，实际为“\\u001B[2J”", "serve", "--port", "\u001b[2J");
        assertUsageError("没有命令“\\u0007”。可用的命令：build、check、serve、new、import、generate、help", "\u0007");
    }

    @Test
    void anOptionThatTakesNoValueIsNamed() {
        var commandLine = new picocli.CommandLine(new Main());
        var build = commandLine.getSubcommands().get("build");
        String chinese = UsageErrors.chinese(new picocli.CommandLine.MaxValuesExceededException(build,
                "option '--audit' should be specified without 'yes' parameter"));
        assertEquals("选项 --audit 不带取值，实际写了“yes”", chinese);
    }

    @Test
    void version() {
        Run run = run("--version");
        assertEquals(Main.OK, run.exit());
        assertTrue(run.out().startsWith("gongkai "), run.out());
    }

    @Test
    void usageErrorsExitWithTwo() {
        Run unknownOption = run("build", "--colour");
        assertEquals(Main.USAGE, unknownOption.exit());
        assertTrue(unknownOption.err().contains("用法错误"), unknownOption.err());
        assertEquals(Main.USAGE, run("publish").exit());
        assertEquals(Main.USAGE, run("new", "report", "jiange", "2024", "budget").exit());
        assertEquals(Main.USAGE, run("new", "unit", "../escape").exit());
    }

    @Test
    void buildAndCheckTheSample() {
        Path site = dir.resolve("site");
        Run build = run("build", "--content", SampleContent.SAMPLE.toString(), "--out", site.toString());
        assertEquals(Main.OK, build.exit(), build.err());
        assertTrue(build.out().contains("构建完成"), build.out());
        assertTrue(Files.isRegularFile(site.resolve("index.html")));
        Run check = run("check", "--content", SampleContent.SAMPLE.toString());
        assertEquals(Main.OK, check.exit(), check.err());
        assertTrue(check.err().contains("警告 [eval.group-weight]"), "the sample's published inconsistencies are listed");
    }

    @Test
    void dataErrorsExitWithOneAndNameTheFile() {
        Path content = SampleContent.copyTo(dir);
        SampleContent.edit(content, "units/wuhai/unit.yaml", "level: 市级", "level: 地级");
        Run check = run("check", "--content", content.toString());
        assertEquals(Main.DATA_ERRORS, check.exit());
        assertTrue(check.err().contains(content.resolve("units/wuhai/unit.yaml") + ":"), check.err());
        assertTrue(check.err().contains("共 1 个错误"), check.err());
        assertFalse(check.err().contains("Exception"), check.err());
        Run build = run("build", "--content", content.toString(), "--out", dir.resolve("site").toString());
        assertEquals(Main.DATA_ERRORS, build.exit());
        assertTrue(build.err().contains("构建失败"), build.err());
    }

    @Test
    void refusesAnOutputFolderThatWouldDeleteTheContent() {
        Path content = SampleContent.copyTo(dir);
        Run run = run("build", "--content", content.toString(), "--out", dir.toString());
        assertEquals(Main.DATA_ERRORS, run.exit());
        assertTrue(run.err().contains("输出文件夹不能包含内容文件夹"), run.err());
        assertTrue(Files.isRegularFile(content.resolve("site.yaml")));
    }

    /**
     * What `new` writes is valid YAML of the schema, but every place the clerk must write is an error
     * until filled in: each "（请填写…）" at its own line and column, then a 决算's all-zero amounts. So for
     * every 决算 layout: its tables and parts are laid out, and only the clerk's text and figures are missing.
     */
    @Test
    void scaffoldsFailCheckOnlyWhereTheClerkMustWrite() throws Exception {
        Path content = SampleContent.copyTo(dir);
        assertEquals(Main.OK, run("new", "unit", "shiyan", "--content", content.toString()).exit());
        String[] kinds = {"final-accounts", "department-evaluation", "project-evaluation"};
        for (String kind : kinds) {
            Run run = run("new", "report", "shiyan", "2024", kind, "--content", content.toString());
            assertEquals(Main.OK, run.exit(), run.err());
        }
        Run again = run("new", "report", "shiyan", "2024", "final-accounts", "--content", content.toString());
        assertEquals(Main.DATA_ERRORS, again.exit(), "an existing file is never overwritten");
        java.util.List<Path> files = new java.util.ArrayList<>(java.util.List.of(content.resolve("units/shiyan/unit.yaml")));
        for (String kind : kinds) {
            files.add(content.resolve("units/shiyan/2024/" + kind + ".yaml"));
        }
        java.util.List<Path> accounts = new java.util.ArrayList<>(java.util.List.of(files.get(1)));
        for (FinalAccountsLayout layout : FinalAccountsLayout.values()) {
            String unit = "shiyan-" + layout.id();
            assertEquals(Main.OK, run("new", "unit", unit, "--content", content.toString()).exit());
            Run run = run("new", "report", unit, "2024", "final-accounts", "--layout", layout.id(), "--content", content.toString());
            assertEquals(Main.OK, run.exit(), run.err());
            files.add(content.resolve("units/" + unit + "/unit.yaml"));
            accounts.add(content.resolve("units/" + unit + "/2024/final-accounts.yaml"));
        }
        files.addAll(accounts.subList(1, accounts.size()));
        assertEquals(Files.readString(accounts.get(0)), Files.readString(accounts.get(1)), "standard is the default layout");
        java.util.Set<String> placeholders = new java.util.TreeSet<>();
        java.util.Map<Path, Integer> perFile = new java.util.HashMap<>();
        for (Path file : files) {
            java.util.List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                for (int at = line.indexOf("（请填写"); at >= 0 && !line.strip().startsWith("#"); at = line.indexOf("（请填写", at + 1)) {
                    placeholders.add(file + ":" + (i + 1) + ":" + (at + 1) + " content.placeholder");
                    perFile.merge(file, 1, Integer::sum);
                }
            }
        }
        for (Path file : accounts) {
            assertTrue(perFile.getOrDefault(file, 0) >= 6, file + " has its parts' texts and empty-table notes to write");
        }
        assertEquals(placeholders, errors(content));

        for (Path file : files) {
            Files.writeString(file, Files.readString(file).replaceAll("（请填写[^）]*）", "示例"));
        }
        java.util.Set<String> allZero = new java.util.TreeSet<>();
        for (Path file : accounts) {
            int income = Files.readAllLines(file).indexOf("income:                      # 本年收入，按来源（没有的可删去，视为 0）") + 1;
            allZero.add(file + ":" + income + ":1 accounts.all-zero");
        }
        assertEquals(allZero, errors(content));

        for (Path file : accounts) {
            Files.writeString(file, Files.readString(file).replace("  general-budget: 0 ", "  general-budget: 9 ")
                    .replace("  basic: 0 ", "  basic: 9 "));
        }
        Run check = run("check", "--content", content.toString());
        assertEquals(Main.OK, check.exit(), check.err());
        assertTrue(check.out().contains("9 个单位，13 份报告"), check.out());
        Path site = dir.resolve("scaffolded-site");
        assertEquals(Main.OK, run("build", "--content", content.toString(), "--out", site.toString()).exit());
        var yunnan = org.jsoup.Jsoup.parse(site.resolve("units/shiyan-yunnan-11/2024/final-accounts/index.html").toFile(), "UTF-8");
        assertEquals(java.util.List.of("第一部分 部门概况", "第二部分 2024年度部门决算表", "第三部分 2024年度部门决算情况说明",
                "第四部分 其他重要事项及相关口径情况说明", "第五部分 名词解释"), yunnan.select("section.part > h2").eachText());
        assertEquals(11, yunnan.select("section.part > div.table-wrap > table").size(), "the Yunnan 11 tables");
        var hunan = org.jsoup.Jsoup.parse(site.resolve("units/shiyan-hunan-14/2024/final-accounts/index.html").toFile(), "UTF-8");
        var explanations = hunan.select("section.part").stream()
                .filter(p -> p.child(0).text().equals("第三部分 2024年度部门决算情况说明")).findFirst().orElseThrow();
        assertEquals(14, explanations.select("section.part > h3").size(), "14 说明 headings");
        assertEquals("十四、关于2024年度预算绩效情况的说明", explanations.select("section.part > h3").last().text());
        var sichuan = org.jsoup.Jsoup.parse(site.resolve("units/shiyan-sichuan-13/2024/final-accounts/index.html").toFile(), "UTF-8");
        assertEquals(13, sichuan.select("section.part > div.table-wrap > table").size(), "the Sichuan 13 附表");
        var neimenggu = org.jsoup.Jsoup.parse(site.resolve("units/shiyan-neimenggu-11/2024/final-accounts/index.html").toFile(), "UTF-8");
        assertEquals(java.util.List.of("第一部分 部门概况", "第二部分 部门决算情况说明", "第三部分 名词解释",
                "第四部分 决算公开联系方式及信息反馈渠道", "第五部分 部门决算表"), neimenggu.select("section.part > h2").eachText());
        assertEquals(java.util.List.of("三、2024年度部门主要工作完成情况", "三、支出决算情况说明",
                "七、一般公共预算财政拨款项目支出决算情况说明", "十四、预算绩效情况说明"), neimenggu.select("section.part > h3").eachText().stream()
                .filter(h -> h.startsWith("三、") || h.startsWith("七、") || h.startsWith("十四、")).toList());
        var neimengguTables = neimenggu.select("section.part > div.table-wrap > table");
        assertEquals(11, neimengguTables.size(), "the Inner Mongolia 11 tables");
        assertEquals("十一 机构运行经费支出、国有资产占用情况及政府采购支出信息表",
                neimengguTables.last().selectFirst("caption").ownText().strip());
    }

    @Test
    void newReportListsItsLayoutsAndRefusesAnUnknownOne() {
        String help = run("new", "report", "--help").out();
        for (FinalAccountsLayout layout : FinalAccountsLayout.values()) {
            assertTrue(help.replaceAll("\\s+", "").contains(layout.id() + layout.description().replaceAll("\\s+", "")), help);
        }
        Run unknown = run("new", "report", "jiange", "2024", "final-accounts", "--layout", "guangxi", "--content",
                SampleContent.SAMPLE.toString());
        assertEquals(Main.USAGE, unknown.exit());
        assertTrue(unknown.err().contains("没有格式“guangxi”。可用的格式：standard、yunnan-11、hunan-14、sichuan-13、neimenggu-11"), unknown.err());
        Run evaluation = run("new", "report", "jiange", "2024", "project-evaluation", "--layout", "standard", "--content",
                SampleContent.SAMPLE.toString());
        assertEquals(Main.USAGE, evaluation.exit());
        assertTrue(evaluation.err().contains("选项 --layout 只用于 final-accounts"), evaluation.err());
    }

    /** The year rule as it is (1900–2099), not "four digits", which 2100 has. */
    @Test
    void newReportStatesTheYearRule() {
        Run run = run("new", "report", "jiange", "2100", "final-accounts", "--content", SampleContent.SAMPLE.toString());
        assertEquals(Main.USAGE, run.exit());
        assertTrue(run.err().contains("年度应为 1900 到 2099 之间的年份，实际为 2100"), run.err());
    }

    /** The errors `check --format json` lists, as "file:line:column rule". */
    private static java.util.Set<String> errors(Path content) throws Exception {
        Run check = run("check", "--format", "json", "--content", content.toString());
        assertEquals(Main.DATA_ERRORS, check.exit(), check.out());
        java.util.Set<String> errors = new java.util.TreeSet<>();
        for (var d : new com.fasterxml.jackson.databind.ObjectMapper().readTree(check.out()).get("diagnostics")) {
            if (d.get("severity").asText().equals("error")) {
                errors.add(d.get("file").asText() + ":" + d.get("line").asInt() + ":" + d.get("column").asInt() + " "
                        + d.get("rule").asText());
            }
        }
        return errors;
    }

    @Test
    void checkAsJsonAndStrict() throws Exception {
        Run json = run("check", "--format", "json", "--content", SampleContent.SAMPLE.toString());
        assertEquals(Main.OK, json.exit(), "warnings only");
        var report = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out());
        assertEquals(0, report.get("errors").asInt());
        assertEquals(report.get("warnings").asInt(), report.get("diagnostics").size());
        var first = report.get("diagnostics").get(0);
        assertEquals("warning", first.get("severity").asText());
        assertTrue(first.get("file").asText().startsWith("content/units/"), first.toString());
        assertTrue(first.get("line").asInt() > 0 && first.has("rule") && first.has("path") && first.has("message"));
        Run strict = run("check", "--strict", "--content", SampleContent.SAMPLE.toString());
        assertEquals(Main.DATA_ERRORS, strict.exit(), "--strict makes warnings fail");
        assertEquals(Main.USAGE, run("check", "--format", "xml").exit());
    }

    @Test
    void auditBuildHasReviewerPagesAndThePublicBuildHasNone() throws Exception {
        Path audited = dir.resolve("audited");
        assertEquals(Main.OK, run("build", "--audit", "--content", SampleContent.SAMPLE.toString(), "--out", audited.toString()).exit());
        Path page = audited.resolve("units/wuhai/2023/medical-service-capacity/audit.html");
        assertTrue(Files.isRegularFile(page));
        var audit = org.jsoup.Jsoup.parse(page.toFile(), "UTF-8");
        assertEquals(java.util.List.of("eval.rule-score", "eval.funds-sum"),
                audit.select("table[data-table=audit] td code").eachText().stream().filter(t -> t.startsWith("eval.")).toList());
        assertTrue(Files.isRegularFile(audited.resolve("audit.html")));
        Path published = dir.resolve("published");
        assertEquals(Main.OK, run("build", "--content", SampleContent.SAMPLE.toString(), "--out", published.toString()).exit());
        try (var files = Files.walk(published)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().equals("audit.html")));
        }
        assertFalse(Files.readString(published.resolve("units/wuhai/2023/medical-service-capacity/index.html")).contains("审核版"));
        assertTrue(Files.isRegularFile(published.resolve("schema/final-accounts.schema.json")));
    }

    @Test
    void scaffoldsPointToTheSchemas() throws Exception {
        Path content = SampleContent.copyTo(dir);
        run("new", "unit", "shiyan", "--content", content.toString());
        run("new", "report", "shiyan", "2024", "project-evaluation", "--content", content.toString());
        String report = Files.readString(content.resolve("units/shiyan/2024/project-evaluation.yaml"));
        assertTrue(report.startsWith("# yaml-language-server: $schema=../../../.schema/project-evaluation.schema.json"));
        assertTrue(Files.isRegularFile(content.resolve("units/shiyan/2024").resolve("../../../.schema/project-evaluation.schema.json")
                .normalize()));
    }
}
