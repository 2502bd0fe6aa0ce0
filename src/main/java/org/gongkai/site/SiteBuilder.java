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
import org.gongkai.derive.Overview;
import org.gongkai.derive.ReportSummary;
import org.gongkai.model.Content;
import org.gongkai.model.Site;
import org.gongkai.model.Unit;
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
 * The whole pipeline: load, derive, check, render, write. A build takes the units one at a time, writes
 * each task's files to a staging folder as the task finishes and swaps it in at the end; errors stop
 * it before anything is swapped in. The preview and {@code check} load, derive and check the whole site
 * at once, then render it in memory.
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
        // On this builder's number of threads: parallel streams run in the pool they are started from.
        return org.gongkai.render.Workers.call(threads, () -> checkInPool(contentDir));
    }

    private Checked checkInPool(Path contentDir) {
        LoadResult loaded = loader.load(contentDir);
        List<Diagnostic> diagnostics = new ArrayList<>(loaded.diagnostics());
        if (loaded.hasErrors()) {
            return new Checked(null, diagnostics);
        }
        DerivedContent derived;
        try {
            derived = DerivedContent.of(loaded.content(), derivations);
        } catch (RuntimeException | StackOverflowError e) {
            diagnostics.addAll(derivationFailures(loaded.content(), e));
            return new Checked(null, diagnostics);
        }
        diagnostics.addAll(checker.check(derived));
        boolean errors = diagnostics.stream().anyMatch(Diagnostic::isError);
        return new Checked(errors ? null : derived, diagnostics);
    }

    /**
     * A derivation of the whole site threw, which is gongkai's fault, not the clerk's: derives unit by unit
     * to name the files of the units it fails on (the site's file when none fails alone).
     */
    private static List<Diagnostic> derivationFailures(Content content, Throwable failure) {
        List<Diagnostic> failures = new ArrayList<>();
        for (Unit unit : content.units()) {
            try {
                DerivedContent.of(new Content(content.site(), List.of(unit), content.reportsOf(unit.id())));
            } catch (RuntimeException | StackOverflowError e) {
                failures.add(derivationFailed(unit, e));
            }
        }
        return failures.isEmpty() ? List.of(Diagnostic.internalError(content.site().origin().at(), failure)) : failures;
    }

    private static Diagnostic derivationFailed(Unit unit, Throwable failure) {
        return Diagnostic.internalError(Position.ofFile(unit.file()), failure);
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
        return build(contentDir, outDir, audit, progress, OutputPolicy.DEFAULT);
    }

    /**
     * Builds into {@code outDir} when it is gongkai's to replace (see {@link OutputOwnership}) or
     * {@code policy} forces it, one build at a time: a second build into the same folder waits for the
     * first up to the policy's wait, then gives up with an error. Refusals are errors of rule
     * {@code output.*}, and leave everything as it was.
     */
    public BuildResult build(Path contentDir, Path outDir, boolean audit, Progress progress, OutputPolicy policy) throws IOException {
        var refusal = OutputGuard.refusal(outDir, contentDir);
        if (refusal.isPresent()) {
            return refused(Diagnostic.error("output.unsafe", Position.ofFile(outDir.toString()), "", refusal.get()));
        }
        OutputFolder folder = new OutputFolder(outDir);
        // Looked at before the lock, whose file would otherwise be left beside a folder that is refused.
        Optional<Diagnostic> foreign = OutputOwnership.refusal(folder, policy.force());
        if (foreign.isPresent()) {
            return refused(foreign.get());
        }
        Path out = folder.path();
        java.util.concurrent.atomic.AtomicReference<String> writer = new java.util.concurrent.atomic.AtomicReference<>("");
        Optional<OutputLock> lock = OutputLock.take(out, policy.lockWait(), holder -> {
            writer.set("另一个构建正在写入 " + out + (holder.isEmpty() ? "" : "（进程 " + holder + "）"));
            progress.stage(writer.get() + "，等它完成（最多 " + span(policy.lockWait()) + "）");
        });
        if (lock.isEmpty()) {
            return refused(Diagnostic.error("output.busy", Position.ofFile(out.toString()), "",
                    writer.get() + "，已等了 " + span(policy.lockWait()) + "；请等它完成后再构建。"));
        }
        try (OutputLock held = lock.get()) {
            // Again under the lock: the build this one waited for, or someone, may have changed the folder meanwhile.
            foreign = OutputOwnership.refusal(folder, policy.force());
            if (foreign.isPresent()) {
                return refused(foreign.get());
            }
            // Every stage runs in a pool of this builder's threads: parallel streams take theirs from the pool they start in.
            try {
                return org.gongkai.render.Workers.call(threads, () -> {
                    try {
                        return buildInPool(contentDir, outDir, audit, progress);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
            } catch (java.io.UncheckedIOException e) {
                throw e.getCause();
            }
        }
    }

    private static BuildResult refused(Diagnostic why) {
        return new BuildResult(List.of(why), 0, 0, false);
    }

    /** "10 分钟", "0.3 秒" */
    private static String span(java.time.Duration wait) {
        return wait.toSeconds() >= 60 && wait.toSecondsPart() == 0 ? wait.toMinutes() + " 分钟"
                : java.math.BigDecimal.valueOf(wait.toMillis()).movePointLeft(3).stripTrailingZeros().toPlainString() + " 秒";
    }

    private BuildResult buildInPool(Path contentDir, Path outDir, boolean audit, Progress progress) throws IOException {
        Clock clock = new Clock(progress);
        String inputs = Stamp.inputs(List.of(contentDir, themeFolder(contentDir)), audit ? "audit" : "public",
                SitePages.CODE, new Templates(themeFolder(contentDir)).fingerprint());
        if (Stamp.current(outDir, inputs)) {
            return new BuildResult(List.of(), 0, 0, true);
        }
        Optional<Manifest> previous = Manifest.read(outDir);
        clock.lap("比对上次构建", "读取站点与单位信息");
        ContentLoader reading = ContentLoader.readingOnce();
        ContentLoader.Index index = reading.index(contentDir);
        clock.lap("读取站点与单位信息", "逐个单位读取、推算、检查与生成");
        // When the folder is as the last build left it, the files its manifest lists are all there (no need to
        // look for each of them), and the spare may be recycled against them.
        boolean intact = previous.isPresent() && Stamp.outputIntact(outDir);
        Reuse reuse = previous.map(m -> m.reuse(outDir.toAbsolutePath().normalize(), intact)).orElse(Reuse.NOTHING);
        java.util.Set<String> current = new java.util.HashSet<>();
        if (intact) {
            previous.get().tasks().values().forEach(current::addAll);
        }
        try (OutputFolder.Staging staging = new OutputFolder(outDir).stage(current)) {
            Streamed streamed = stream(reading, contentDir, index, audit, reuse, progress, staging, clock);
            if (streamed.rendering() == null) {
                return new BuildResult(streamed.diagnostics(), 0, 0, false);
            }
            SitePages.Rendering rendering = streamed.rendering();
            Map<String, List<String>> tasks = new LinkedHashMap<>();
            rendering.tasks().forEach((key, files) -> tasks.put(key, files.stream().map(RenderedFile::path).toList()));
            List<String> paths = rendering.files().stream().map(RenderedFile::path).toList();
            clock.lap("汇总页", "替换");
            // Forgotten before the swap: a build killed after it must not trust the last build's record of the folder.
            Manifest.forget(outDir);
            Stamp.forget(outDir);
            staging.commit();
            List<Diagnostic> diagnostics = new ArrayList<>(streamed.diagnostics());
            try {
                new Manifest(inputs, tasks, rendering.charts()).write(outDir);
                Stamp.write(outDir, inputs, Stamp.folders(paths));
            } catch (IOException e) {
                // The new site is in place: without the record the next build only starts afresh.
                diagnostics.add(Diagnostic.warning("output.record", Position.ofFile(OutputFolder.metadata(outDir).toString()), "",
                        "网站已更新，但构建记录没能写入（" + IoFailure.describe(e).orElse(String.valueOf(e.getMessage()))
                        + "）；下次构建会全部重新生成。"));
            }
            clock.lap("替换", null);
            return new BuildResult(diagnostics, paths.size(), staging.written(), false, clock.phases);
        }
    }

    /** A build's diagnostics and, when it has no errors, its rendering. */
    private record Streamed(List<Diagnostic> diagnostics, SitePages.Rendering rendering) {
    }

    /** What became of one unit folder: its load problems, its reports' findings, summaries and pages. */
    private record UnitOutcome(List<Diagnostic> loaded, List<Diagnostic> findings, List<ReportSummary> summaries,
            SitePages.UnitRendering rendering) {
    }

    /**
     * Takes the units one at a time (several side by side): reads its reports, derives and checks them
     * and renders its pages, then keeps only the reports' summaries, so that memory holds the units
     * being worked on and a summary of the others, not the whole site. Once an error is found no more
     * units are rendered, but all are still read and checked, so that one run reports every problem.
     * The diagnostics come in the order a check of the whole site gives them; as there, a site with
     * load errors is not checked further.
     */
    private Streamed stream(ContentLoader loader, Path contentDir, ContentLoader.Index index, boolean audit, Reuse reuse, Progress progress,
            FileSink sink, Clock clock) {
        Site site = index.site();
        List<Unit> units = index.units();
        List<Diagnostic> siteFindings = site == null ? List.of() : Checker.site(site, units);
        java.util.Set<String> unitIds = units.stream().map(Unit::id).collect(java.util.stream.Collectors.toSet());
        java.util.concurrent.atomic.AtomicBoolean loadFailed = new java.util.concurrent.atomic.AtomicBoolean(
                site == null || hasError(index.problems()));
        java.util.concurrent.atomic.AtomicBoolean failed = new java.util.concurrent.atomic.AtomicBoolean(hasError(siteFindings));
        List<Diagnostic> extra = new ArrayList<>();
        SitePages.Run run = site == null ? null
                : pages(contentDir, extra).start(site, units.size(), index.years(), audit, reuse, progress, sink);
        List<UnitOutcome> outcomes = org.gongkai.render.Workers.mapAll(index.folders(), folder -> {
            ContentLoader.UnitReports read = loader.reports(contentDir, folder);
            List<Diagnostic> loaded = new ArrayList<>(folder.problems());
            loaded.addAll(read.problems());
            if (hasError(loaded)) {
                loadFailed.set(true);
            }
            Unit unit = folder.unit();
            if (loadFailed.get() || unit == null) {
                return new UnitOutcome(loaded, List.of(), List.of(), null);
            }
            DerivedContent derived;
            try {
                derived = DerivedContent.of(new Content(site, List.of(unit), read.reports()));
            } catch (RuntimeException | StackOverflowError e) {
                failed.set(true);
                return new UnitOutcome(loaded, List.of(derivationFailed(unit, e)), List.of(), null);
            }
            List<Diagnostic> findings = new ArrayList<>();
            derived.figures().forEach(f -> findings.addAll(Checker.report(f, site)));
            findings.addAll(Checker.unit(derived.content().reports(), unitIds));
            if (hasError(findings)) {
                failed.set(true);
            }
            if (failed.get() || loadFailed.get()) {
                return new UnitOutcome(loaded, findings, List.of(), null);
            }
            List<Diagnostic> own = null;
            if (audit) {
                own = new ArrayList<>(loaded);
                own.addAll(findings);
            }
            SitePages.UnitRendering rendering = run.unit(unit, derived.figures(), derived.timelines().get(unit.id()), own);
            return new UnitOutcome(loaded, findings, derived.summaries(), rendering);
        });
        List<Diagnostic> diagnostics = new ArrayList<>(index.problems());
        outcomes.forEach(o -> diagnostics.addAll(o.loaded()));
        if (loadFailed.get()) {
            return new Streamed(diagnostics, null);
        }
        diagnostics.addAll(siteFindings);
        outcomes.forEach(o -> diagnostics.addAll(o.findings()));
        if (failed.get()) {
            return new Streamed(diagnostics, null);
        }
        clock.lap("逐个单位读取、推算、检查与生成", null);
        List<ReportSummary> summaries = new ArrayList<>();
        List<SitePages.UnitRendering> renderings = new ArrayList<>();
        for (UnitOutcome o : outcomes) {
            summaries.addAll(o.summaries());
            if (o.rendering() != null) {
                renderings.add(o.rendering());
            }
        }
        SitePages.Rendering rendering = run.finish(Overview.of(site, units, summaries), renderings,
                audit ? List.copyOf(diagnostics) : null);
        diagnostics.addAll(extra);
        return new Streamed(diagnostics, rendering);
    }

    private static boolean hasError(List<Diagnostic> diagnostics) {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /** The site's pages, drawn with a CJK font when there is one (else a warning is added to {@code diagnostics}). */
    private SitePages pages(Path contentDir, List<Diagnostic> diagnostics) {
        ChartFonts fonts = ChartFonts.find().orElse(null);
        if (fonts == null) {
            diagnostics.add(Diagnostic.warning("chart.no-cjk-font", Position.ofFile(contentDir.toString()), "",
                    ChartFonts.missingMessage()));
            fonts = ChartFonts.fallback();
        }
        return new SitePages(new Templates(themeFolder(contentDir)), markdown, new ChartDrawer(fonts), contentDir);
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
        List<Diagnostic> diagnostics = new ArrayList<>(checked.diagnostics());
        SitePages.Rendering rendering = pages(contentDir, diagnostics)
                .render(checked.derived(), audit ? checked.diagnostics() : null, reuse, progress, threads, FileSink.MEMORY);
        return new Rendered(rendering.files(), diagnostics, rendering.tasks(), rendering.rendered(), rendering.lagging(),
                rendering.charts());
    }

    /** A site's own templates, beside its content folder; they override the default theme file by file. */
    public static Path themeFolder(Path contentDir) {
        Path parent = contentDir.toAbsolutePath().normalize().getParent();
        return parent == null ? null : parent.resolve("templates");
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
