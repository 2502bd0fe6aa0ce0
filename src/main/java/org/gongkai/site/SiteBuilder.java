package org.gongkai.site;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.render.Reuse;
import org.gongkai.check.Checker;
import org.gongkai.derive.DerivationCache;
import org.gongkai.derive.DerivedContent;
import org.gongkai.load.ContentLoader;
import org.gongkai.load.LoadResult;
import org.gongkai.model.Diagnostic;
import org.gongkai.model.Position;
import org.gongkai.render.FileSink;
import org.gongkai.render.Markdown;
import org.gongkai.render.Progress;
import org.gongkai.render.RenderedFile;
import org.gongkai.render.SitePages;
import org.gongkai.render.Templates;
import org.gongkai.render.chart.ChartDrawer;
import org.gongkai.render.chart.ChartFonts;

/**
 * The whole pipeline: load, derive, check, render, write. Errors stop it before anything is written;
 * a build writes each task's files to a staging folder as the task finishes and swaps it in at the end.
 */
public final class SiteBuilder {

    private final ContentLoader loader = new ContentLoader();
    private final DerivationCache derivations = new DerivationCache();
    private final Checker checker = new Checker();
    private final Markdown markdown = new Markdown();
    private final int threads;

    public SiteBuilder() {
        this(Runtime.getRuntime().availableProcessors());
    }

    /** @param threads how many threads render pages; the output is the same for any number */
    public SiteBuilder(int threads) {
        this.threads = Math.max(1, threads);
    }

    /** Loads, derives and checks; the derived content is null when there are errors. */
    public Checked check(Path contentDir) {
        return check(contentDir, new Clock(Progress.NONE));
    }

    /** Loads, derives and checks on this builder's number of threads (parallel streams run in the pool they are started from). */
    private Checked check(Path contentDir, Clock clock) {
        return org.gongkai.render.Workers.call(threads, () -> checkInPool(contentDir, clock));
    }

    private Checked checkInPool(Path contentDir, Clock clock) {
        LoadResult loaded = loader.load(contentDir);
        clock.lap("读取", "推算与检查");
        List<Diagnostic> diagnostics = new ArrayList<>(loaded.diagnostics());
        if (loaded.hasErrors()) {
            return new Checked(null, diagnostics);
        }
        DerivedContent derived = DerivedContent.of(loaded.content(), derivations);
        diagnostics.addAll(checker.check(derived));
        clock.lap("推算与检查", null);
        boolean errors = diagnostics.stream().anyMatch(Diagnostic::isError);
        return new Checked(errors ? null : derived, diagnostics);
    }

    /** Times the phases of a build, one lap each, and tells the progress which phase comes next. */
    private static final class Clock {
        private final List<BuildResult.Phase> phases = new ArrayList<>();
        private final Progress progress;
        private long start = System.nanoTime();

        Clock(Progress progress) {
            this.progress = progress;
        }

        void lap(String phase, String next) {
            long now = System.nanoTime();
            phases.add(new BuildResult.Phase(phase, (now - start) / 1_000_000));
            start = now;
            if (next != null) {
                progress.stage(next);
            }
        }
    }

    public BuildResult build(Path contentDir, Path outDir) throws IOException {
        return build(contentDir, outDir, false);
    }

    /** @param audit a reviewer's build: adds audit pages listing every finding (the public build has none) */
    public BuildResult build(Path contentDir, Path outDir, boolean audit) throws IOException {
        return build(contentDir, outDir, audit, Progress.NONE);
    }

    public BuildResult build(Path contentDir, Path outDir, boolean audit, Progress progress) throws IOException {
        var refusal = OutputGuard.refusal(outDir, contentDir);
        if (refusal.isPresent()) {
            return new BuildResult(List.of(Diagnostic.error("output.unsafe", Position.ofFile(outDir.toString()), "",
                    refusal.get())), 0, 0, false);
        }
        Clock clock = new Clock(progress);
        String inputs = Stamp.inputs(List.of(contentDir, themeFolder(contentDir)), audit ? "audit" : "public",
                SitePages.CODE, new Templates(themeFolder(contentDir)).fingerprint());
        if (Stamp.current(outDir, inputs)) {
            return new BuildResult(List.of(), 0, 0, true);
        }
        Optional<Manifest> previous = Manifest.read(outDir);
        clock.lap("比对上次构建", "读取");
        Checked checked = check(contentDir, clock);
        if (checked.derived() == null) {
            return new BuildResult(checked.diagnostics(), 0, 0, false);
        }
        Reuse reuse = previous.map(m -> m.reuse(outDir.toAbsolutePath().normalize())).orElse(Reuse.NOTHING);
        try (OutputFolder.Staging staging = new OutputFolder(outDir).stage()) {
            Rendered rendered = render(contentDir, checked, audit, reuse, progress, staging);
            Map<String, List<String>> tasks = new LinkedHashMap<>();
            rendered.tasks().forEach((key, files) -> tasks.put(key, files.stream().map(RenderedFile::path).toList()));
            List<String> paths = rendered.files().stream().map(RenderedFile::path).toList();
            clock.lap("生成与写入", "替换");
            staging.commit();
            new Manifest(inputs, tasks, rendered.charts()).write(outDir);
            Stamp.write(outDir, inputs, Stamp.folders(paths));
            clock.lap("替换", null);
            return new BuildResult(rendered.diagnostics(), paths.size(), staging.written(), false, clock.phases);
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Renders checked content to files in memory; the diagnostics gain a warning when charts have no CJK font. */
    public Rendered render(Path contentDir, Checked checked, boolean audit) {
        return render(contentDir, checked, audit, Reuse.NOTHING);
    }

    /** Renders, taking over the files of tasks {@code reuse} knows with unchanged inputs. */
    public Rendered render(Path contentDir, Checked checked, boolean audit, Reuse reuse) {
        return render(contentDir, checked, audit, reuse, Progress.NONE);
    }

    public Rendered render(Path contentDir, Checked checked, boolean audit, Reuse reuse, Progress progress) {
        return render(contentDir, checked, audit, reuse, progress, FileSink.MEMORY);
    }

    private Rendered render(Path contentDir, Checked checked, boolean audit, Reuse reuse, Progress progress, FileSink sink) {
        List<Diagnostic> diagnostics = new ArrayList<>(checked.diagnostics());
        ChartFonts fonts = ChartFonts.find().orElse(null);
        if (fonts == null) {
            diagnostics.add(Diagnostic.warning("chart.no-cjk-font", Position.ofFile(contentDir.toString()), "",
                    ChartFonts.missingMessage()));
            fonts = ChartFonts.fallback();
        }
        SitePages.Rendering rendering = new SitePages(new Templates(themeFolder(contentDir)), markdown, new ChartDrawer(fonts))
                .render(checked.derived(), audit ? checked.diagnostics() : null, reuse, progress, threads, sink);
        return new Rendered(rendering.files(), diagnostics, rendering.tasks(), rendering.rendered(), rendering.lagging(),
                rendering.charts());
    }

    /** A site's own templates, beside its content folder; they override the default theme file by file. */
    public static Path themeFolder(Path contentDir) {
        return contentDir.toAbsolutePath().normalize().getParent().resolve("templates");
    }

    /**
     * The files of a site, the diagnostics of its build, the files by render task, how many tasks were
     * rendered, and its charts' paths by digest.
     */
    public record Rendered(List<RenderedFile> files, List<Diagnostic> diagnostics,
            Map<String, List<RenderedFile>> tasks, int renderedTasks, boolean lagging, Map<String, String> charts) {
    }

    /** The outcome of load, derive and check. */
    public record Checked(DerivedContent derived, List<Diagnostic> diagnostics) {
    }
}
