package org.gongkai.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.gongkai.derive.DerivedContent;
import org.gongkai.derive.Overview;
import org.gongkai.derive.ReportFigures;
import org.gongkai.derive.UnitTimeline;
import org.gongkai.model.Content;
import org.gongkai.model.Diagnostic;
import org.gongkai.model.Report;
import org.gongkai.model.ReportKind;
import org.gongkai.model.Site;
import org.gongkai.model.Unit;
import org.gongkai.render.chart.ChartDrawer;

/**
 * Lays out the site: which pages there are, at which paths, rendered with which template and data,
 * and the files beside them (charts, CSV and JSON downloads, bundles, feeds, the search index).
 */
public final class SitePages {

    /** Which gongkai made a task's files: a new gongkai renders everything again. */
    public static final String CODE = TaskKeys.CODE;

    private final Templates templates;
    private final Markdown markdown;
    private final ChartDrawer drawer;

    /** The content folder, where a site's own PDF font may be ({@code pdf-font}); null for none. */
    private final java.nio.file.Path contentDir;

    public SitePages(Templates templates, Markdown markdown, ChartDrawer drawer) {
        this(templates, markdown, drawer, null);
    }

    public SitePages(Templates templates, Markdown markdown, ChartDrawer drawer, java.nio.file.Path contentDir) {
        this.templates = templates;
        this.markdown = markdown;
        this.drawer = drawer;
        this.contentDir = contentDir;
    }

    /** The public site, rendered in full. */
    public List<RenderedFile> render(DerivedContent derived) {
        return render(derived, null, Reuse.NOTHING).files();
    }

    /**
     * The site; with {@code audit} diagnostics (a reviewer's build) every report also gets an
     * audit.html listing the findings in its file, its page links to it, and audit.html lists them all.
     * Tasks whose inputs are unchanged since the rendering {@code reuse} remembers are taken over.
     */
    public Rendering render(DerivedContent derived, List<Diagnostic> audit, Reuse reuse) {
        return render(derived, audit, reuse, Progress.NONE);
    }

    public Rendering render(DerivedContent derived, List<Diagnostic> audit, Reuse reuse, Progress progress) {
        return render(derived, audit, reuse, progress, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Renders with up to {@code threads} threads: units' and reports' tasks run in parallel, each into
     * its own list of files, and are put together in content order, so the output does not depend on
     * the number of threads.
     */
    public Rendering render(DerivedContent derived, List<Diagnostic> audit, Reuse reuse, Progress progress, int threads) {
        return render(derived, audit, reuse, progress, threads, FileSink.MEMORY);
    }

    /** Renders as above, each task's files going to {@code sink} as soon as the task is done. */
    public Rendering render(DerivedContent derived, List<Diagnostic> audit, Reuse reuse, Progress progress, int threads,
            FileSink sink) {
        Content content = derived.content();
        Overview overview = Overview.of(content.site(), content.units(), derived.summaries());
        Run run = start(content.site(), content.units().size(), overview.years(), audit != null, reuse, progress, sink);
        Map<String, List<ReportFigures>> byUnit = new HashMap<>();
        derived.figures().forEach(f -> byUnit.computeIfAbsent(f.report().header().unitId(), u -> new ArrayList<>()).add(f));
        return Workers.call(threads, () -> {
            List<UnitRendering> units = Workers.mapAll(content.units(),
                    unit -> run.unit(unit, byUnit.getOrDefault(unit.id(), List.of()), derived.timelines().get(unit.id()), audit));
            return run.finish(overview, units, audit);
        });
    }

    /**
     * Starts a rendering that is given its units one by one ({@link Run#unit}, from any thread) and then
     * the overview of all of them ({@link Run#finish}): a build loads, checks and renders a unit at a
     * time and keeps only its reports' summaries.
     *
     * @param units how many units will be given, for the progress
     * @param years the years of the site's reports, newest first (every page links the latest comparison)
     * @param audit whether this is a reviewer's build, with audit pages
     */
    public Run start(Site site, int units, List<Integer> years, boolean audit, Reuse reuse, Progress progress, FileSink sink) {
        return new Run(site, units, years, audit, reuse, progress, sink);
    }

    /**
     * A rendering: its files, the files of each task by key (for the next rendering to reuse), how
     * many tasks were rendered rather than taken over, whether shared pages lag behind a change, and
     * the path of each chart file by the digest of its data and style (so an unchanged chart is not drawn again).
     */
    public record Rendering(List<RenderedFile> files, Map<String, List<RenderedFile>> tasks, int rendered, boolean lagging,
            Map<String, String> charts) {
    }

    /** The tasks of one unit's pages (its own page and its reports'), in content order. */
    public static final class UnitRendering {
        private final List<TaskRunner.Outcome> outcomes;

        private UnitRendering(List<TaskRunner.Outcome> outcomes) {
            this.outcomes = outcomes;
        }
    }

    /**
     * One rendering of the site: render tasks, each keyed by the digests of what it depends on
     * ({@link TaskKeys}), run by a {@link TaskRunner}; the pages themselves are {@link UnitPages} and
     * {@link SharedPages}.
     */
    public final class Run {
        private final List<Integer> years;
        private final boolean audit;
        private final int total;
        private int done;
        private final TaskRunner tasks;
        private final TaskKeys keys;
        private final ChartFiles charts;
        private final PageWriter pages;
        private final UnitPages unitPages;
        private final SharedPages sharedPages;

        private Run(Site site, int units, List<Integer> years, boolean audit, Reuse reuse, Progress progress, FileSink out) {
            this.years = List.copyOf(years);
            this.audit = audit;
            this.total = units;
            this.tasks = new TaskRunner(reuse, progress, out);
            ReportPdf pdf = ReportPdf.of(site, templates, contentDir == null ? java.nio.file.Path.of("") : contentDir);
            this.keys = new TaskKeys(templates, site.digest(), drawer.drawsPng(), audit,
                    pdf == null ? "" : pdf.fingerprint());
            this.charts = new ChartFiles(drawer, site, tasks, keys.base());
            this.pages = new PageWriter(templates, tasks, site, this.years);
            this.unitPages = new UnitPages(pages, charts, tasks, markdown, pdf);
            this.sharedPages = new SharedPages(pages, charts, tasks, templates, site, this.years);
        }

        /**
         * Renders a unit's page and its reports' pages (the reports in parallel), or takes them over.
         *
         * @param figures the unit's reports' figures, in content order
         * @param findings in a reviewer's build, the findings in the unit's files (null in a public build)
         */
        public UnitRendering unit(Unit unit, List<ReportFigures> figures, Supplier<UnitTimeline> timeline,
                List<Diagnostic> findings) {
            tasks.stopIfCancelled();
            List<Report> reports = figures.stream().map(ReportFigures::report).toList();
            List<Map.Entry<String, Runnable>> own = new ArrayList<>();
            own.add(Map.entry(keys.unit(unit, reports), () -> unitPages.unitPage(unit, reports, timeline.get())));
            for (ReportFigures f : figures) {
                List<Diagnostic> reportFindings = findings == null ? null
                        : findings.stream().filter(d -> UnitPages.belongsTo(d, f.report())).toList();
                own.add(Map.entry(keys.report(unit, f.report(), reports, reportFindings),
                        () -> unitPages.reportPage(unit, f, reports, reportFindings)));
            }
            List<TaskRunner.Outcome> outcomes = Workers.mapAll(own, task -> tasks.outcome(task.getKey(), task.getValue()));
            synchronized (this) {
                tasks.progress().advance(++done, total);
            }
            return new UnitRendering(outcomes);
        }

        /** Renders the pages made from all units (home, comparisons, indicators, search, feeds, datasets) and ends the rendering. */
        public Rendering finish(Overview overview, List<UnitRendering> units, List<Diagnostic> findings) {
            if (!overview.years().equals(years)) {
                throw new IllegalStateException("years " + overview.years() + " differ from those given at the start " + years);
            }
            String everything = TaskKeys.everything(overview);
            tasks.shared(keys.key("home", everything, templates.fingerprint("index.ftlh")), () -> sharedPages.home(overview));
            units.forEach(unit -> unit.outcomes.forEach(tasks::add));
            tasks.progress().stage("汇总页（比较、指标、搜索、订阅、数据集）");
            // The shared tasks are independent of each other: run them side by side, add them in this order.
            List<Supplier<TaskRunner.Outcome>> group = new ArrayList<>();
            if (pages.portal()) {
                String unitsDigest = TaskKeys.units(overview);
                for (int year : years) {
                    String compareKey = keys.key("compare:" + year, templates.fingerprint("compare.ftlh"), unitsDigest,
                            TaskKeys.reports(overview, r -> r.year() == year || r.year() == year - 1), years.toString());
                    group.add(() -> tasks.sharedOutcome(compareKey,
                            () -> sharedPages.compare(overview.comparisons().get().get(year))));
                }
                String indicatorsKey = keys.key("indicators", templates.fingerprint("indicators.ftlh", "indicator.ftlh"),
                        unitsDigest, TaskKeys.reports(overview, r -> r.kind() != ReportKind.FINAL_ACCOUNTS));
                group.add(() -> tasks.sharedOutcome(indicatorsKey, () -> sharedPages.indicators(overview)));
            }
            String themeKey = keys.key("theme", templates.fingerprint("search.ftlh", "404.ftlh", PageWriter.SEARCH_SCRIPT));
            group.add(() -> tasks.taskOutcome(themeKey, sharedPages::theme));
            if (audit) {
                String auditKey = keys.key("audit", templates.fingerprint("audit.ftlh"), everything, TaskKeys.digestOf(findings));
                group.add(() -> tasks.sharedOutcome(auditKey, () -> sharedPages.audit(overview, findings)));
            }
            String searchKey = keys.key("search", everything);
            group.add(() -> tasks.sharedOutcome(searchKey,
                    () -> SearchEntries.of(overview, tasks::stopIfCancelled).forEach(tasks::add)));
            String datasetsKey = keys.key("datasets", everything);
            List<RenderedFile> rendered = tasks.files();
            group.add(() -> tasks.sharedOutcome(datasetsKey, () -> Datasets.write(overview, rendered, tasks, pages.site().title())));
            Workers.mapAll(group, Supplier::get).forEach(tasks::add);
            List<String> listed = tasks.files().stream().map(RenderedFile::path)
                    .filter(p -> p.endsWith(".html") && !p.equals("404.html") && !p.endsWith("audit.html")).toList();
            tasks.shared(keys.key("feeds", everything), () -> sharedPages.feeds(overview, listed));
            return new Rendering(tasks.files(), tasks.tasks(), tasks.rendered(), tasks.lagging(), charts.all());
        }
    }
}
