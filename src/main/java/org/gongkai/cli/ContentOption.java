package org.gongkai.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --content DIR} option every command shares. */
final class ContentOption {

    @Option(names = {"-c", "--content"}, paramLabel = "DIR", defaultValue = "content",
            description = "内容文件夹（默认：${DEFAULT-VALUE}）")
    Path content;
}
