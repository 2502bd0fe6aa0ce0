package org.gongkai.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

/**
 * picocli's parse errors in Chinese. picocli builds their text in English in its code (no resource
 * bundle reaches them), so each kind is told again from what the exception carries: the option or
 * parameter, the value typed, the suggestions. gongkai's own usage errors are Chinese already and
 * pass as they are. What the user typed is shown with control characters escaped.
 */
final class UsageErrors {

    private static final Pattern FOUND = Pattern.compile("but found '(.*)'", Pattern.DOTALL);
    private static final Pattern WITHOUT = Pattern.compile("option '(.*)' should be specified without '(.*)' parameter", Pattern.DOTALL);

    private UsageErrors() {
    }

    static String chinese(ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            return unmatched(unmatched);
        }
        if (e instanceof CommandLine.MissingParameterException missing) {
            return missing(missing);
        }
        if (e instanceof CommandLine.OverwrittenOptionException overwritten) {
            return name(overwritten.getOverwritten()) + " 只能指定一次";
        }
        if (e instanceof CommandLine.MaxValuesExceededException) {
            Matcher without = WITHOUT.matcher(String.valueOf(e.getMessage()));
            if (without.matches()) {
                return "选项 " + without.group(1) + " 不带取值，实际写了" + quoted(without.group(2));
            }
            return "取值过多（" + shown(String.valueOf(e.getMessage())) + "）";
        }
        if (e.getCause() instanceof CommandLine.TypeConversionException && e.getArgSpec() != null) {
            return name(e.getArgSpec()) + " 应为" + expected(e.getArgSpec().type()) + "，实际为"
                    + (e.getValue() == null || e.getValue().isEmpty() ? "空" : quoted(e.getValue()));
        }
        String message = String.valueOf(e.getMessage());
        if (message.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return message;
        }
        // A kind of error the commands above cannot cause; its English text is kept rather than lost.
        return "命令用法有误（" + shown(message) + "）";
    }

    /** An unknown command, with the commands there are or the near ones picocli suggests. */
    static String noSuchCommand(CommandLine parent, String name) {
        return "没有命令" + quoted(name) + "。可用的命令：" + String.join("、", parent.getSubcommands().keySet());
    }

    private static String unmatched(CommandLine.UnmatchedArgumentException e) {
        List<String> args = e.getUnmatched();
        // picocli suggests only for a single unmatched argument; the first is the one to suggest for.
        List<String> near = args.size() <= 1 ? e.getSuggestions()
                : new CommandLine.UnmatchedArgumentException(e.getCommandLine(), List.of(args.get(0))).getSuggestions();
        String suggestions = near.isEmpty() ? ""
                : "。是不是要用：" + near.stream().map(UsageErrors::shown).collect(Collectors.joining("、")) + "？";
        if (args.isEmpty()) {
            return "命令用法有误（" + shown(String.valueOf(e.getMessage())) + "）";
        }
        if (e.isUnknownOption()) {
            String rest = args.size() == 1 ? ""
                    : "（其后的" + args.subList(1, args.size()).stream().map(UsageErrors::quoted).collect(Collectors.joining("、")) + "也无法识别）";
            return "未知选项" + quoted(args.get(0)) + rest + suggestions;
        }
        CommandLine command = e.getCommandLine();
        boolean expectsCommand = !command.getSubcommands().isEmpty() && command.getCommandSpec().positionalParameters().isEmpty();
        if (expectsCommand) {
            return suggestions.isEmpty() ? noSuchCommand(command, args.get(0)) : "没有命令" + quoted(args.get(0)) + suggestions;
        }
        return "多余的参数：" + args.stream().map(UsageErrors::quoted).collect(Collectors.joining("、")) + suggestions;
    }

    private static String missing(CommandLine.MissingParameterException e) {
        String message = String.valueOf(e.getMessage());
        List<ArgSpec> missing = e.getMissing() == null ? List.of() : e.getMissing();
        if (missing.size() == 1 && missing.get(0).isOption()
                && (message.startsWith("Missing required parameter for option") || message.startsWith("Expected parameter"))) {
            Matcher found = FOUND.matcher(message);
            return name(missing.get(0)) + " 缺少取值" + (found.find() ? "（其后的" + quoted(found.group(1)) + "是另一个选项）" : "");
        }
        List<String> options = missing.stream().filter(ArgSpec::isOption)
                .map(a -> ((OptionSpec) a).longestName() + "=" + a.paramLabel()).toList();
        // picocli names only the first missing positional parameter; being filled in order, those after it are missing too.
        int first = missing.stream().filter(ArgSpec::isPositional).mapToInt(a -> ((PositionalParamSpec) a).index().min())
                .min().orElse(Integer.MAX_VALUE);
        List<String> parameters = e.getCommandLine().getCommandSpec().positionalParameters().stream()
                .filter(p -> p.required() && p.index().min() >= first).map(ArgSpec::paramLabel).toList();
        StringBuilder text = new StringBuilder();
        if (!parameters.isEmpty()) {
            text.append("缺少参数：").append(String.join("、", parameters));
        }
        if (!options.isEmpty()) {
            text.append(text.isEmpty() ? "" : "；").append("缺少选项：").append(String.join("、", options));
        }
        return text.isEmpty() ? "缺少参数（" + shown(message) + "）" : text.toString();
    }

    /** An option by its long name, a positional parameter by its label. */
    private static String name(ArgSpec arg) {
        return arg.isOption() ? "选项 " + ((OptionSpec) arg).longestName() : "参数 " + arg.paramLabel();
    }

    private static String expected(Class<?> type) {
        if (type.isEnum()) {
            return " " + Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining("、")) + " 之一";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class) {
            return "整数";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class || type == BigDecimal.class) {
            return "数字";
        }
        if (type == boolean.class || type == Boolean.class) {
            return " true 或 false";
        }
        if (type == Path.class || type == java.io.File.class) {
            return "文件夹或文件的路径";
        }
        return " " + type.getSimpleName();
    }

    private static String quoted(String typed) {
        return "“" + shown(typed) + "”";
    }

    /** Text as typed, but with control characters escaped: an ESC sequence typed by mistake must not reach the terminal. */
    private static String shown(String typed) {
        StringBuilder out = new StringBuilder(typed.length());
        typed.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
