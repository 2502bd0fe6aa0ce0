package org.gongkai.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code gongkai help [命令…]}: the usage of gongkai or of one of its commands, the same as
 * {@code <命令> --help}. picocli's own help command writes its texts in English.
 */
@Command(name = "help", helpCommand = true,
        header = "显示 gongkai 或某个命令的用法。",
        description = "不指定命令时显示 gongkai 的用法；指定时显示该命令的用法，与“命令 --help”相同，如 help build、help new report。")
final class HelpCommand implements CommandLine.IHelpCommandInitializable2, Runnable {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "显示本帮助并退出。")
    boolean help;

    @Parameters(paramLabel = "命令", arity = "0..*", description = "要查看用法的命令，如 build")
    List<String> commands = List.of();

    private CommandLine self;
    private CommandLine.Help.ColorScheme colors;
    private PrintWriter out;

    @Override
    public void init(CommandLine helpCommandLine, CommandLine.Help.ColorScheme colorScheme, PrintWriter out, PrintWriter err) {
        this.self = helpCommandLine;
        this.colors = colorScheme;
        this.out = out;
    }

    @Override
    public void run() {
        CommandLine shown = self.getParent();
        for (String name : commands) {
            CommandLine sub = shown.getSubcommands().get(name);
            if (sub == null) {
                throw new CommandLine.ParameterException(shown, UsageErrors.noSuchCommand(shown, name));
            }
            shown = sub;
        }
        shown.usage(out, colors);
    }
}
