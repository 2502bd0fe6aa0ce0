package org.gongkai.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.gongkai.serve.Preview;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        header = "本地预览：生成网站并在本机浏览器中查看，修改后自动刷新。",
        description = {
            "生成网站（在内存中，不写入 site/），只在本机地址 127.0.0.1 上提供预览，",
            "只回应发往 127.0.0.1 或 localhost 的请求，不会自动打开浏览器。",
            "监视内容文件夹和模板文件夹：保存文件后，打开的网页自动刷新。",
            "数据有错误或生成出错时，网页上和终端里都显示原因（文件:行:列、说明），",
            "网页保持上次成功的版本；改正并保存后，网页自动恢复。按 Ctrl+C 停止。"})
final class ServeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    ContentOption contentOption;

    @Option(names = {"-p", "--port"}, paramLabel = "PORT", defaultValue = "8080", description = "端口（默认：${DEFAULT-VALUE}；0 为任选空闲端口）")
    int port;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "端口应为 0 到 65535，实际为 " + port);
        }
        var out = spec.commandLine().getOut();
        try (Preview preview = new Preview(contentOption.content, port, out, spec.commandLine().getErr(), spec.root().name())) {
            String address = preview.start();
            out.println("预览地址：" + address + " （只在本机可用；按 Ctrl+C 停止）");
            out.flush();
            new CountDownLatch(1).await();
        } catch (java.net.BindException e) {
            spec.commandLine().getErr().println("端口 " + port + " 已被占用：请用 --port 指定其他端口");
            return Main.USAGE;
        }
        return Main.OK;
    }
}
