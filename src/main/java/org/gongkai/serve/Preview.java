package org.gongkai.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.model.Diagnostic;
import org.gongkai.render.RenderedFile;
import org.gongkai.render.Reuse;
import org.gongkai.site.SiteBuilder;

/**
 * {@code gongkai serve}: builds the site into memory, serves it, and rebuilds whenever content or
 * templates change. A build with errors keeps the last good pages and shows the errors, in the
 * terminal and as an overlay in every open page, until the file is fixed.
 */
public final class Preview implements AutoCloseable {

    private final Path content;
    private final PrintWriter out;
    private final PrintWriter err;
    private final SiteBuilder builder = new SiteBuilder();
    private final PreviewServer server;
    private ContentWatcher watcher;
    private long version;
    private Map<String, byte[]> lastGood = Map.of();
    private Map<String, List<RenderedFile>> lastTasks = Map.of();

    public Preview(Path content, int port, PrintWriter out, PrintWriter err) throws IOException {
        this.content = content;
        this.out = out;
        this.err = err;
        this.server = new PreviewServer(port);
    }

    /** Builds, starts serving and watching; returns the address. */
    public String start() throws IOException {
        rebuild();
        server.start();
        watcher = new ContentWatcher(List.of(content, SiteBuilder.themeFolder(content)), this::rebuild);
        watcher.start();
        return "http://127.0.0.1:" + server.port() + "/";
    }

    synchronized void rebuild() {
        long start = System.nanoTime();
        SiteBuilder.Checked checked = builder.check(content);
        List<Diagnostic> errors = checked.diagnostics().stream().filter(Diagnostic::isError).toList();
        version++;
        if (checked.derived() == null) {
            server.publish(new SiteImage(version, lastGood, checked.diagnostics(), true));
            err.println("数据有错误，预览未更新（改正后自动更新）：");
            errors.forEach(err::println);
            err.flush();
            return;
        }
        // First the pages of what changed, with shared pages as they were; then the shared pages too.
        SiteBuilder.Rendered rendered = builder.render(content, checked, false, Reuse.of(lastTasks, true));
        publish(rendered, checked);
        if (rendered.lagging()) {
            long first = (System.nanoTime() - start) / 1_000_000;
            out.println("已更新改动的网页（" + first + " ms），正在更新汇总页……");
            out.flush();
            version++;
            rendered = builder.render(content, checked, false, Reuse.of(lastTasks));
            publish(rendered, checked);
        }
        int files = lastGood.size();
        long warnings = checked.diagnostics().size();
        out.println("已更新（" + (System.nanoTime() - start) / 1_000_000 + " ms，" + files + " 个文件，重新生成 "
                + rendered.renderedTasks() + "/" + rendered.tasks().size() + " 项"
                + (warnings > 0 ? "，" + warnings + " 个警告，运行 gongkai check 查看" : "") + "）");
        out.flush();
    }

    private void publish(SiteBuilder.Rendered rendered, SiteBuilder.Checked checked) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (RenderedFile file : rendered.files()) {
            files.put(file.path(), file.content());
        }
        lastGood = Map.copyOf(files);
        lastTasks = rendered.tasks();
        server.publish(new SiteImage(version, lastGood, checked.diagnostics(), false));
    }

    @Override
    public void close() throws IOException {
        if (watcher != null) {
            watcher.close();
        }
        server.close();
    }
}
