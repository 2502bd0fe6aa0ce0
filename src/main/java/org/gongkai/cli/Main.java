package org.gongkai.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.gongkai.model.ControlCharacters;
import org.gongkai.render.RenderException;
import org.gongkai.model.InternalFailure;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code gongkai}: the command line. Exit codes: 0 ok, 1 data errors, 2 usage errors. The usage help
 * takes picocli's own words from the Chinese bundle {@code org/gongkai/cli/Usage.properties} (every
 * command inherits it); usage errors are put in Chinese by {@link UsageErrors}.
 */
@Command(name = "gongkai",
        mixinStandardHelpOptions = true,
        resourceBundle = "org.gongkai.cli.Usage",
        versionProvider = Version.class,
        header = "gongkai（公开）：预决算与绩效自评公开网站生成器",
        description = {
            "从 YAML 数据生成部门决算、绩效自评的静态公开网站：",
            "检查数据，计算全部比率、合计与等级，按原公开表格式生成网页。"},
        footerHeading = "%n退出码：%n",
        footer = {"  0  成功", "  1  数据有错误（或无法写出网站）", "  2  命令用法错误",
            "%n示例：%n  ${ROOT-COMMAND-NAME} build%n  ${ROOT-COMMAND-NAME} check --content content"},
        subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class, NewCommand.class, ImportCommand.class, GenerateCommand.class,
            HelpCommand.class})
public final class Main implements Runnable {

    public static final int OK = 0;
    public static final int DATA_ERRORS = 1;
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    static {
        // POI and PDFBox log through log4j-api, which finds no logger in gongkai's jar and says so on stderr at
        // its first use: a clerk sees only gongkai's messages, whichever command reads or writes Office files first.
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
            System.setProperty("log4j2.simplelogLevel", "OFF");
        }
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs a command line with the given streams; used by {@link #main} and by tests. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setCommandName(CommandName.current());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, cl, parseResult) -> {
            cl.getErr().println("gongkai 出错：" + describe(exception, cl.getCommandSpec().qualifiedName()));
            if (cl.getCommand() instanceof BuildCommand build) {
                // A build swaps its site in last, and puts the old one back if the swap fails.
                cl.getErr().println("构建未完成：" + build.out + " 保持原样。");
            }
            cl.getErr().flush();
            return DATA_ERRORS;
        });
        commandLine.setParameterExceptionHandler((exception, args1) -> {
            CommandLine cl = exception.getCommandLine();
            cl.getErr().println("用法错误：" + UsageErrors.chinese(exception));
            cl.getErr().println("运行 “" + cl.getCommandSpec().qualifiedName() + " --help” 查看用法。");
            return USAGE;
        });
        try {
            return commandLine.execute(args);
        } catch (StackOverflowError | OutOfMemoryError error) {
            // picocli gives the handler above exceptions only; an error of the JVM's comes here, told the same way.
            String command = CommandName.current() + (args.length > 0 && !args[0].startsWith("-") ? " " + args[0] : "");
            err.println("gongkai 出错：" + describe(error, command));
            err.flush();
            return DATA_ERRORS;
        }
    }

    /**
     * One line in Chinese, never a stack trace: a failure of the file system as the path and what went
     * wrong; a page that could not be made as its {@code file:line:column: reason}; anything else as an
     * internal error (what, where in gongkai, the version, what to report). Control characters are shown.
     *
     * @param command the command as the user ran it ({@code gongkai build})
     */
    static String describe(Throwable exception, String command) {
        java.util.Optional<String> io = org.gongkai.site.IoFailure.describe(exception);
        if (io.isPresent()) {
            return ControlCharacters.visible(io.get());
        }
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof RenderException render) {
                return ControlCharacters.visible(render.getMessage());
            }
        }
        return InternalFailure.describe(exception, "", command, "所运行的命令（" + command + "）");
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
