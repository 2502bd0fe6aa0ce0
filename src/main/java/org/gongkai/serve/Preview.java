package org.gongkai.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gongkai.model.Diagnostic;
import org.gongkai.render.RenderedFile;
import org.gongkai.render.Progress;
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
    private Map<String, String> lastCharts = Map.of();

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

    /** Renders the shared pages after a change, off the watcher's thread, so the next save need not wait. */
    private final java.util.concurrent.ExecutorService catchUp = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "gongkai-preview-shared");
        thread.setDaemon(true);
        return thread;
    });
    /** Counts rebuilds; a shared-pages rendering gives way when it is no longer the latest. */
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();

    synchronized void rebuild() {
        long mine = generation.incrementAndGet();
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
        // First the pages of what changed, with shared pages as they were; then, unless another save
        // comes first, the shared pages too.
        SiteBuilder.Rendered rendered = builder.render(content, checked, false, Reuse.of(lastTasks, true, lastCharts));
        publish(rendered, checked);
        report(start, rendered, checked);
        if (rendered.lagging()) {
            Map<String, List<RenderedFile>> tasks = lastTasks;
            Map<String, String> charts = lastCharts;
            catchUp.submit(() -> {
                long shared = System.nanoTime();
                try {
                    SiteBuilder.Rendered full = builder.render(content, checked, false, Reuse.of(tasks, false, charts), new Progress() {
                        @Override
                        public void advance(int done, int total) {
                        }

                        @Override
                        public boolean cancelled() {
                            return generation.get() != mine;
                        }
                    });
                    synchronized (this) {
                        if (generation.get() == mine) {
                            version++;
                            publish(full, checked);
                            out.println("汇总页已更新（" + (System.nanoTime() - shared) / 1_000_000 + " ms）");
                            out.flush();
                        }
                    }
                } catch (java.util.concurrent.CancellationException superseded) {
                    // A newer save is being shown; its own shared-pages rendering follows.
                }
            });
        }
    }

    private void report(long start, SiteBuilder.Rendered rendered, SiteBuilder.Checked checked) {
        long warnings = checked.diagnostics().size();
        out.println("已更新（" + (System.nanoTime() - start) / 1_000_000 + " ms，" + lastGood.size() + " 个文件，重新生成 "
                + rendered.renderedTasks() + " 项" + (rendered.lagging() ? "，汇总页稍后更新" : "")
                + (warnings > 0 ? "，" + warnings + " 个警告，运行 gongkai check 查看" : "") + "）");
        out.flush();
    }

    private void publish(SiteBuilder.Rendered rendered, SiteBuilder.Checked checked) {
        Map<String, byte[]> files = new java.util.HashMap<>(rendered.files().size() * 2);
        for (RenderedFile file : rendered.files()) {
            files.put(file.path(), file.content());
        }
        lastGood = java.util.Collections.unmodifiableMap(files);
        lastTasks = rendered.tasks();
        lastCharts = rendered.charts();
        server.publish(new SiteImage(version, lastGood, checked.diagnostics(), false));
    }

    @Override
    public void close() throws IOException {
        generation.incrementAndGet();
        catchUp.shutdownNow();
        if (watcher != null) {
            watcher.close();
        }
        server.close();
    }
}
