package org.gongkai.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.model.Diagnostic;
import org.gongkai.render.RenderedFile;
import org.gongkai.render.Progress;
import org.gongkai.render.Reuse;
import org.gongkai.site.SiteBuilder;

/**
 * {@code gongkai serve}: builds the site into memory, serves it, and rebuilds whenever content or
 * templates change. A build with errors keeps the last good pages and shows the errors, in the
 * terminal and as an overlay in every open page, until the file is fixed. So does a rebuild that
 * throws, whatever it throws: the preview shows the failure and goes on with the next save.
 */
public final class Preview implements AutoCloseable {

    private final Path content;
    private final PrintWriter out;
    private final PrintWriter err;
    private final SiteBuilder builder = new SiteBuilder();
    private final PreviewServer server;
    private final String command;
    private final RebuildFailure failures;
    private ContentWatcher watcher;
    private long version;
    private Map<String, byte[]> lastGood = Map.of();
    private Map<String, List<RenderedFile>> lastTasks = Map.of();
    private Map<String, String> lastCharts = Map.of();

    public Preview(Path content, int port, PrintWriter out, PrintWriter err) throws IOException {
        this(content, port, out, err, "gongkai");
    }

    /** @param command how the user runs gongkai ({@code gongkai}, {@code java -jar …}), for the hints printed */
    public Preview(Path content, int port, PrintWriter out, PrintWriter err, String command) throws IOException {
        this.content = content;
        this.out = out;
        this.err = err;
        this.command = command;
        this.failures = new RebuildFailure(command);
        this.server = new PreviewServer(port);
    }

    /** Builds, starts serving and watching; returns the address. */
    public String start() throws IOException {
        rebuild(Set.of());
        server.start();
        watcher = new ContentWatcher(List.of(content, SiteBuilder.themeFolder(content)), this::rebuild,
                failure -> fail(failure, Set.of()));
        watcher.start();
        return server.address();
    }

    /** Renders the shared pages after a change, off the watcher's thread, so the next save need not wait. */
    private final java.util.concurrent.ExecutorService catchUp = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "gongkai-preview-shared");
        thread.setDaemon(true);
        return thread;
    });
    /** Counts rebuilds; a shared-pages rendering gives way when it is no longer the latest. */
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();

    /** Rebuilds after {@code changed} were saved; any failure is shown (never thrown), the last good pages stay. */
    synchronized void rebuild(Set<Path> changed) {
        long mine = generation.incrementAndGet();
        try {
            rebuild(changed, mine);
        } catch (Throwable failure) {
            // Errors too: a StackOverflowError or OutOfMemoryError ends this rebuild, not the preview.
            fail(failure, changed);
        }
    }

    private void rebuild(Set<Path> changed, long mine) {
        long start = System.nanoTime();
        SiteBuilder.Checked checked = builder.check(content);
        List<Diagnostic> errors = checked.diagnostics().stream().filter(Diagnostic::isError).toList();
        version++;
        if (checked.derived() == null) {
            server.publish(new SiteImage(version, lastGood, checked.diagnostics(), true));
            err.println("数据有错误，预览未更新（改正后自动更新）：");
            errors.forEach(error -> err.println(error.forTerminal()));
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
                } catch (Throwable failure) {
                    synchronized (this) {
                        if (generation.get() == mine) {
                            fail(failure, changed);
                        }
                    }
                }
            });
        }
    }

    private void report(long start, SiteBuilder.Rendered rendered, SiteBuilder.Checked checked) {
        long warnings = checked.diagnostics().size();
        out.println("已更新（" + (System.nanoTime() - start) / 1_000_000 + " ms，" + lastGood.size() + " 个文件，重新生成 "
                + rendered.renderedTasks() + " 项" + (rendered.lagging() ? "，汇总页稍后更新" : "")
                + (warnings > 0 ? "，" + warnings + " 个警告，运行 " + command + " check 查看" : "") + "）");
        out.flush();
    }

    /** Shows a rebuild's failure over the last good pages and in the terminal. */
    private synchronized void fail(Throwable failure, Set<Path> changed) {
        version++;
        Diagnostic shown = failures.diagnostic(failure, saved(changed));
        server.publish(new SiteImage(version, lastGood, List.of(shown), true));
        err.println("预览未更新（改正后自动更新）：");
        err.println(shown.forTerminal());
        err.flush();
    }

    /** The file a save was about: one that is there, not an editor's hidden or backup file; the content folder if none. */
    private Path saved(Set<Path> changed) {
        return changed.stream()
                .filter(p -> Files.isRegularFile(p) && !p.getFileName().toString().startsWith(".") && !p.toString().endsWith("~"))
                .findFirst().orElse(changed.isEmpty() ? content : changed.iterator().next());
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
