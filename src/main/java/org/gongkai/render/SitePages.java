package org.gongkai.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gongkai.derive.ComparisonRow;
import org.gongkai.derive.Overview;
import org.gongkai.derive.ReportSummary;
import org.gongkai.derive.DerivedContent;
import org.gongkai.derive.EvaluationFigures;
import org.gongkai.derive.FinalAccountsFigures;
import org.gongkai.derive.IndicatorSeries;
import org.gongkai.derive.ReportFigures;
import org.gongkai.derive.UnitTimeline;
import org.gongkai.derive.YearComparison;
import org.gongkai.load.JsonSchemas;
import org.gongkai.model.AccountsSection;
import org.gongkai.model.ChartOutput;
import org.gongkai.model.Content;
import org.gongkai.model.Diagnostic;
import org.gongkai.model.Explanations;
import org.gongkai.model.Report;
import org.gongkai.model.ReportHeader;
import org.gongkai.model.ReportKind;
import org.gongkai.model.Site;
import org.gongkai.model.Scope;
import org.gongkai.model.Unit;
import org.gongkai.model.UnitLevel;
import org.gongkai.render.chart.ChartDrawer;
import org.gongkai.render.chart.ChartPlanner;
import org.gongkai.render.chart.ChartSpec;

/**
 * Lays out the site: which pages there are, at which paths, rendered with which template and data,
 * and the files beside them (charts, CSV and JSON downloads, bundles, feeds, the search index).
 */
public final class SitePages {

    static final String STYLESHEET = "assets/style.css";
    static final String SCRIPT = "assets/site.js";
    static final String SEARCH_SCRIPT = "assets/search.js";
    /** Which gongkai made a task's files: a new gongkai renders everything again. */
    public static final String CODE = codeVersion();

    private final Templates templates;
    private final Markdown markdown;
    private final ChartDrawer drawer;
    private final ChartPlanner planner = new ChartPlanner();

    public SitePages(Templates templates, Markdown markdown, ChartDrawer drawer) {
        this.templates = templates;
        this.markdown = markdown;
        this.drawer = drawer;
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

    /** A task's files under the key they were made with; stale when they stand in for a changed input. */
    private record Outcome(String key, List<RenderedFile> files, boolean stale) {
    }

    /** The tasks of one unit's pages (its own page and its reports'), in content order. */
    public static final class UnitRendering {
        private final List<Outcome> outcomes;

        private UnitRendering(List<Outcome> outcomes) {
            this.outcomes = outcomes;
        }
    }

    /** One rendering of the site: render tasks, each keyed by the digests of what it depends on. */
    public final class Run {
        private final Site site;
        private final List<Integer> years;
        private final boolean audit;
        private final Reuse reuse;
        private final Progress progress;
        private final FileSink out;
        private final int total;
        private int done;
        private final boolean portal;
        private final String base;
        private final List<RenderedFile> files = new ArrayList<>();
        private final Map<String, List<RenderedFile>> tasks = new LinkedHashMap<>();
        private final SearchIndex search = new SearchIndex();
        private final java.util.concurrent.atomic.AtomicInteger rendered = new java.util.concurrent.atomic.AtomicInteger();
        /** Chart files by digest of data and style; the smallest path when the same chart is on several pages. */
        private final Map<String, String> charts = new java.util.concurrent.ConcurrentHashMap<>();
        /** The chart files of tasks taken over from the earlier rendering, whose digests stay as they were. */
        private final java.util.Set<String> keptCharts = java.util.concurrent.ConcurrentHashMap.newKeySet();
        /** Whether some shared task's files are last rendering's, standing in for a changed input. */
        private boolean lagging;
        /** Where the task running on this thread puts its files. */
        private final ThreadLocal<List<RenderedFile>> sink = new ThreadLocal<>();

        private Run(Site site, int units, List<Integer> years, boolean audit, Reuse reuse, Progress progress, FileSink out) {
            this.site = site;
            this.years = List.copyOf(years);
            this.audit = audit;
            this.reuse = reuse;
            this.progress = progress;
            this.out = out;
            this.total = units;
            this.portal = site.scope() != Scope.UNIT;
            // Every page uses the layout and the stylesheet; each task adds the templates of its own pages.
            this.base = org.gongkai.load.Digest.of(CODE, templates.fingerprint("layout.ftlh", STYLESHEET, SCRIPT),
                    templates.extrasFingerprint(), site.digest(),
                    String.valueOf(drawer.drawsPng()), audit ? "audit" : "public");
        }

        /**
         * Renders a unit's page and its reports' pages (the reports in parallel), or takes them over.
         *
         * @param figures the unit's reports' figures, in content order
         * @param findings in a reviewer's build, the findings in the unit's files (null in a public build)
         */
        public UnitRendering unit(Unit unit, List<ReportFigures> figures, java.util.function.Supplier<UnitTimeline> timeline,
                List<Diagnostic> findings) {
            stopIfCancelled();
            List<Report> reports = figures.stream().map(ReportFigures::report).toList();
            List<Map.Entry<String, Runnable>> own = new ArrayList<>();
            String unitKey = key("unit:" + unit.id(), templates.fingerprint("unit.ftlh"), unit.digest(),
                    digests(reports.stream().map(Report::header).toList()));
            own.add(Map.entry(unitKey, () -> unitPage(unit, reports, timeline.get())));
            for (ReportFigures f : figures) {
                List<Diagnostic> reportFindings = findings == null ? null
                        : findings.stream().filter(d -> belongsTo(d, f.report())).toList();
                own.add(Map.entry(reportKey(unit, f.report(), reports, reportFindings),
                        () -> reportPage(unit, f, reports, reportFindings)));
            }
            List<Outcome> outcomes = Workers.mapAll(own, task -> new Outcome(task.getKey(), run(task.getKey(), task.getValue()), false));
            synchronized (this) {
                progress.advance(++done, total);
            }
            return new UnitRendering(outcomes);
        }

        /** Renders the pages made from all units (home, comparisons, indicators, search, feeds, datasets) and ends the rendering. */
        public Rendering finish(Overview overview, List<UnitRendering> units, List<Diagnostic> findings) {
            if (!overview.years().equals(years)) {
                throw new IllegalStateException("years " + overview.years() + " differ from those given at the start " + years);
            }
            String everything = everything(overview);
            shared(key("home", everything, templates.fingerprint("index.ftlh")), () -> page("index.html", "index.ftlh", List.of(new Crumb("首页", null)),
                    Map.of("regions", regions(overview), "years", years, "latest", latest(overview)), false));
            units.forEach(unit -> unit.outcomes.forEach(this::add));
            progress.stage("汇总页（比较、指标、搜索、订阅、数据集）");
            // The shared tasks are independent of each other: run them side by side, add them in this order.
            List<java.util.function.Supplier<Outcome>> group = new ArrayList<>();
            if (portal) {
                StringBuilder unitDigests = new StringBuilder();
                overview.units().forEach(u -> unitDigests.append(u.digest()));
                String unitsDigest = unitDigests.toString();
                for (int year : years) {
                    String compareKey = key("compare:" + year, templates.fingerprint("compare.ftlh"), unitsDigest,
                            reportDigests(overview, r -> r.year() == year || r.year() == year - 1), years.toString());
                    group.add(() -> sharedOutcome(compareKey, () -> comparePage(overview.comparisons().get().get(year))));
                }
                String indicatorsKey = key("indicators", templates.fingerprint("indicators.ftlh", "indicator.ftlh"),
                        unitsDigest, reportDigests(overview, r -> r.kind() != ReportKind.FINAL_ACCOUNTS));
                group.add(() -> sharedOutcome(indicatorsKey, () -> indicatorPages(overview)));
            }
            String themeKey = key("theme", templates.fingerprint("search.ftlh", "404.ftlh", SEARCH_SCRIPT));
            group.add(() -> taskOutcome(themeKey, () -> {
                page("search/index.html", "search.ftlh", List.of(new Crumb("首页", "index.html"), new Crumb("搜索", null)),
                        Map.of(), false);
                page("404.html", "404.ftlh", List.of(new Crumb("首页", "index.html"), new Crumb("页面不存在", null)),
                        Map.of(), false);
                for (String asset : List.of(STYLESHEET, SCRIPT, SEARCH_SCRIPT)) {
                    add(asset, templates.asset(asset));
                }
                JsonSchemas.all().forEach((name, schema) -> add("schema/" + name, schema.getBytes(StandardCharsets.UTF_8)));
            }));
            if (audit) {
                String auditKey = key("audit", templates.fingerprint("audit.ftlh"), everything, org.gongkai.load.Digest.of(
                        findings.stream().map(Diagnostic::toString).toArray(String[]::new)));
                Map<String, String> pages = new HashMap<>();
                overview.reports().forEach(r -> pages.put(r.header().file(), ReportLink.pathOf(r.header())));
                group.add(() -> sharedOutcome(auditKey, () -> page("audit.html", "audit.ftlh", List.of(new Crumb("首页", "index.html"),
                        new Crumb("审核意见", null)), Map.of("findings", AuditFindings.byFile(findings, pages)), false)));
            }
            String searchKey = key("search", everything);
            group.add(() -> sharedOutcome(searchKey, () -> {
                overview.reports().forEach(report -> {
                    stopIfCancelled();
                    searchEntries(overview, report);
                });
                search.files().forEach(this::add);
            }));
            String datasetsKey = key("datasets", everything);
            group.add(() -> sharedOutcome(datasetsKey, () -> datasets(overview)));
            Workers.mapAll(group, java.util.function.Supplier::get).forEach(this::add);
            List<String> pages = files.stream().map(RenderedFile::path)
                    .filter(p -> p.endsWith(".html") && !p.equals("404.html") && !p.endsWith("audit.html")).toList();
            shared(key("feeds", everything), () -> {
                Feeds.sitemaps(site, pages).forEach(this::add);
                add("feed.xml", Feeds.atom(overview));
                add("robots.txt", Feeds.robots(site));
            });
            return new Rendering(files, tasks, rendered.get(), lagging, charts());
        }

        /**
         * A task shared by many reports (home, comparisons, indexes, feeds, datasets): when the reuse
         * allows it, last rendering's files stand in until the next full rendering.
         */
        private void shared(String key, Runnable render) {
            add(sharedOutcome(key, render));
        }

        private Outcome sharedOutcome(String key, Runnable render) {
            var stale = reuse.files(key).isPresent() ? java.util.Optional.<Map.Entry<String, List<RenderedFile>>>empty()
                    : reuse.stale(Keys.task(key));
            if (stale.isPresent()) {
                // Recorded under the key it was made with, so the next rendering does not mistake it for current.
                return new Outcome(stale.get().getKey(), kept(stale.get().getValue()), true);
            }
            return taskOutcome(key, render);
        }

        private void stopIfCancelled() {
            if (progress.cancelled()) {
                throw new java.util.concurrent.CancellationException("a newer rendering is wanted");
            }
        }

        /** Takes the task's files over from an earlier rendering when its key is known, else renders it. */
        private Outcome taskOutcome(String key, Runnable render) {
            stopIfCancelled();
            return new Outcome(key, run(key, render), false);
        }

        /** Adds a task's files to the rendering, in the order tasks are added. */
        private void add(Outcome outcome) {
            files.addAll(outcome.files());
            tasks.put(outcome.key(), outcome.files());
            lagging |= outcome.stale();
        }

        private List<RenderedFile> run(String key, Runnable render) {
            var previous = reuse.files(key);
            if (previous.isPresent()) {
                return kept(previous.get());
            }
            List<RenderedFile> output = new ArrayList<>();
            sink.set(output);
            try {
                render.run();
            } finally {
                sink.remove();
            }
            rendered.incrementAndGet();
            return output.stream().map(out::accept).toList();
        }

        /** Files of an earlier rendering's task, taken over as they are. */
        private List<RenderedFile> kept(List<RenderedFile> earlier) {
            earlier.stream().map(RenderedFile::path).filter(p -> p.contains("/charts/")).forEach(keptCharts::add);
            return earlier.stream().map(out::accept).toList();
        }

        /** The charts of this rendering by digest: those it drew or linked, and those of the tasks it took over. */
        private Map<String, String> charts() {
            Map<String, String> all = new TreeMap<>(charts);
            reuse.charts().forEach((digest, path) -> {
                if (keptCharts.contains(path)) {
                    all.merge(digest, path, SitePages::first);
                }
            });
            return all;
        }

        /** A task's key: its name (parts[0]) and a digest of everything it depends on. */
        private String key(String... parts) {
            String[] all = new String[parts.length + 1];
            all[0] = base;
            System.arraycopy(parts, 0, all, 1, parts.length);
            return Keys.of(parts[0], org.gongkai.load.Digest.of(all));
        }

        private String reportDigests(Overview overview, java.util.function.Predicate<ReportSummary> which) {
            return digests(overview.reports().stream().filter(which).map(ReportSummary::header).toList());
        }

        private static String digests(List<ReportHeader> reports) {
            StringBuilder all = new StringBuilder();
            reports.forEach(r -> all.append(r.unitId()).append(r.digest()));
            return all.toString();
        }

        private String everything(Overview overview) {
            StringBuilder all = new StringBuilder();
            overview.units().forEach(u -> all.append(u.digest()));
            return all.append(digests(overview.reports().stream().map(ReportSummary::header).toList())).toString();
        }

        /**
         * A report's pages depend on its own files, its unit, which years around it have the same report
         * (the links), last year's 决算 (its changes) and, in a reviewer's build, its findings.
         */
        private String reportKey(Unit unit, Report report, List<Report> ofUnit, List<Diagnostic> findings) {
            StringBuilder around = new StringBuilder();
            for (Report other : ofUnit) {
                if (Math.abs(other.year() - report.year()) != 1) {
                    continue;
                }
                if (other.header().id().equals(report.header().id())) {
                    around.append(other.year()).append(other.header().id());
                }
                if (other.year() == report.year() - 1 && other instanceof org.gongkai.model.FinalAccounts
                        && report instanceof org.gongkai.model.FinalAccounts) {
                    around.append(other.header().digest());
                }
            }
            String own = findings == null ? "" : org.gongkai.load.Digest.of(findings.stream()
                    .map(Diagnostic::toString).toArray(String[]::new));
            String pages = report instanceof org.gongkai.model.FinalAccounts
                    ? templates.fingerprint("final-accounts.ftlh", "accounts-explanation.ftlh", "audit.ftlh")
                    : templates.fingerprint("evaluation.ftlh", "audit.ftlh");
            return key("report:" + report.header().file(), pages, report.header().digest(), unit.digest(),
                    around.toString(), own);
        }

        private void add(String path, byte[] bytes) {
            sink.get().add(new RenderedFile(path, bytes));
        }

        /**
         * Each year's reports' data and sources in a zip, and all years in one: the entries of the
         * reports' bundles, copied as they are compressed, under the reports' folders.
         */
        private void datasets(Overview overview) {
            Map<String, RenderedFile> bundles = new HashMap<>();
            for (RenderedFile file : files) {
                if (file.path().endsWith("/bundle.zip")) {
                    bundles.put(file.path(), file);
                }
            }
            Map<Integer, TreeMap<String, RenderedFile>> years = new TreeMap<>();
            for (ReportSummary report : overview.reports()) {
                String path = ReportLink.pathOf(report.header());
                String folder = path.substring(0, path.lastIndexOf('/') + 1);
                RenderedFile bundle = bundles.get(folder + "bundle.zip");
                if (bundle != null) {
                    years.computeIfAbsent(report.year(), y -> new TreeMap<>()).put(folder, bundle);
                }
            }
            List<Integer> order = List.copyOf(years.keySet());
            add(out.write("data/all.zip", all -> {
                try (ZipArchive.Writer everything = new ZipArchive.Writer(all)) {
                    for (int year : order) {
                        add(out.write("data/" + year + ".zip", one -> {
                            try (ZipArchive.Writer yearZip = new ZipArchive.Writer(one)) {
                                for (var report : years.get(year).entrySet()) {
                                    stopIfCancelled();
                                    for (ZipArchive.Entry entry : ZipArchive.entries(out.read(report.getValue()))) {
                                        ZipArchive.Entry named = entry.renamed(report.getKey() + entry.name());
                                        yearZip.add(named);
                                        everything.add(named);
                                    }
                                }
                            }
                        }));
                    }
                }
            }));
        }

        private void add(RenderedFile file) {
            sink.get().add(file);
        }

        /** Renders a page; with {@code downloads} its tables also become CSV files and a data.json beside it. */
        private String page(String path, String template, List<Crumb> crumbs, Map<String, Object> extra, boolean downloads) {
            Map<String, Object> model = new HashMap<>(base(path, crumbs));
            model.putAll(extra);
            String html = templates.render(template, model);
            add(path, html.getBytes(StandardCharsets.UTF_8));
            if (downloads) {
                String folder = path.substring(0, path.lastIndexOf('/') + 1);
                Map<String, Object> metadata = new LinkedHashMap<>();
                metadata.put("title", crumbs.get(crumbs.size() - 1).label());
                metadata.put("page", path);
                Downloads.forPage(folder, html, metadata).forEach(this::add);
            }
            return html;
        }

        private Map<String, Object> base(String path, List<Crumb> crumbs) {
            Map<String, Object> model = new HashMap<>();
            model.put("site", site);
            model.put("root", "../".repeat((int) path.chars().filter(c -> c == '/').count()));
            model.put("path", path);
            model.put("crumbs", crumbs);
            model.put("stylesheet", STYLESHEET);
            model.put("script", SCRIPT);
            model.put("portal", portal);
            model.put("latestYear", years.isEmpty() ? null : years.get(0));
            return model;
        }

        private void unitPage(Unit unit, List<Report> reports, UnitTimeline timeline) {
            String path = unitPath(unit);
            Map<String, Object> model = new HashMap<>();
            model.put("unit", unit);
            model.put("entry", entry(unit, reports.stream().map(Report::header).toList()));
            model.put("timeline", timeline);
            model.put("charts", charts(planner.timeline(timeline), path));
            page(path, "unit.ftlh", List.of(new Crumb("首页", "index.html"), new Crumb(unit.name(), null)), model, true);
        }

        private void reportPage(Unit unit, ReportFigures figures, List<Report> ofUnit, List<Diagnostic> findings) {
            Report report = figures.report();
            String path = ReportLink.pathOf(report);
            String folder = path.substring(0, path.lastIndexOf('/') + 1);
            List<Crumb> crumbs = List.of(new Crumb("首页", "index.html"), new Crumb(unit.name(), unitPath(unit)),
                    new Crumb(report.header().title(), null));
            Map<String, Object> model = new HashMap<>();
            model.put("unit", unit);
            model.put("report", report);
            model.put("figures", figures);
            model.put("publisher", report.header().publisher() == null ? unit.name() : report.header().publisher());
            model.put("neighbours", neighbours(report, ofUnit));
            String narrative = markdown.toHtml(report.header().narrative());
            if (narrative != null) {
                model.put("narrative", narrative);
            }
            if (findings != null) {
                String auditPath = folder + "audit.html";
                page(auditPath, "audit.ftlh", List.of(new Crumb("首页", "index.html"), new Crumb(unit.name(), unitPath(unit)),
                        new Crumb(report.header().title(), path), new Crumb("审核意见", null)),
                        Map.of("findings", AuditFindings.byFile(findings, Map.of(report.header().file(), path))), false);
                model.put("auditCount", findings.size());
            }
            String template;
            if (figures instanceof FinalAccountsFigures accounts) {
                template = "final-accounts.ftlh";
                model.put("charts", charts(planner.finalAccounts(accounts), path));
                model.put("sections", List.of(AccountsSection.values()));
                Map<String, String> sectionHtml = new TreeMap<>();
                report.header().sections().forEach((id, text) -> sectionHtml.put(id, markdown.toHtml(text)));
                model.put("sectionHtml", sectionHtml);
                Explanations explanations = accounts.accounts().explanations();
                if (explanations != null && explanations.threePublicDetails() != null) {
                    model.put("threePublicDetails", markdown.toHtml(explanations.threePublicDetails()));
                }
                if (explanations != null && explanations.performance() != null) {
                    model.put("performance", markdown.toHtml(explanations.performance()));
                }
            } else {
                template = "evaluation.ftlh";
                EvaluationFigures evaluation = (EvaluationFigures) figures;
                model.put("charts", charts(planner.evaluation(evaluation), path));
            }
            page(path, template, crumbs, model, true);
            sources(report, folder);
        }

        /** What search finds of a report (and, with its first report, of its unit). */
        private void searchEntries(Overview overview, ReportSummary summary) {
            ReportHeader report = summary.header();
            Unit unit = overview.unit(report.unitId()).orElseThrow();
            String path = ReportLink.pathOf(report);
            if (overview.reportsOf(unit.id()).get(0) == summary) {
                search.add("单位", unit.name(), unitPath(unit), unit.regionText() + " " + unit.level().label()
                        + (unit.shortName() == null ? "" : " " + unit.shortName()));
            }
            summary.indicators().forEach(indicator ->
                    search.add("指标", indicator.name(), path, unit.name() + " " + report.year() + "年 " + report.title()));
            search.add("报告", report.title(), path, unit.name() + " " + report.year() + "年度 " + report.kind().chinese());
            if (report.narrative() != null) {
                search.add("正文", report.title(), path, report.narrative().replaceAll("[#*>`\\[\\]()]", ""));
            }
        }

        /** The report's own YAML and Markdown beside its page, and a bundle of all its data. */
        private void sources(Report report, String folder) {
            Map<String, byte[]> bundle = new TreeMap<>();
            byte[] yaml = read(report.header().file());
            add(folder + "source.yaml", yaml);
            bundle.put("source.yaml", yaml);
            if (report.header().narrative() != null) {
                byte[] md = report.header().narrative().getBytes(StandardCharsets.UTF_8);
                add(folder + "source.md", md);
                bundle.put("source.md", md);
            }
            for (RenderedFile file : sink.get()) {
                String name = file.path().substring(file.path().lastIndexOf('/') + 1);
                if (file.path().startsWith(folder) && (name.endsWith(".csv") || name.equals("data.json"))
                        && file.path().indexOf('/', folder.length()) < 0) {
                    bundle.put(name, file.bytes());
                }
            }
            add(folder + "bundle.zip", ZipArchive.of(bundle.entrySet().stream()
                    .map(e -> ZipArchive.Entry.of(e.getKey(), e.getValue())).toList()));
        }

        private void comparePage(YearComparison comparison) {
            String path = "compare/" + comparison.year() + "/index.html";
            List<ComparisonRow> rows = comparison.rows();
            page(path, "compare.ftlh", List.of(new Crumb("首页", "index.html"),
                    new Crumb(comparison.year() + "年度各单位比较", null)), Map.of("comparison", comparison,
                    "charts", charts(planner.rankings(comparison), path),
                    "regions", rows.stream().map(r -> r.unit().province()).distinct().sorted().toList(),
                    "levels", rows.stream().map(r -> r.unit().level()).distinct().sorted().map(UnitLevel::label).toList(),
                    "years", years), true);
        }

        private void indicatorPages(Overview overview) {
            List<IndicatorSeries> series = overview.indicators().get();
            page("indicators/index.html", "indicators.ftlh", List.of(new Crumb("首页", "index.html"),
                    new Crumb("指标比较", null)), Map.of("series", series), false);
            for (IndicatorSeries one : series) {
                String path = "indicators/" + one.slug() + "/index.html";
                page(path, "indicator.ftlh", List.of(new Crumb("首页", "index.html"), new Crumb("指标比较", "indicators/index.html"),
                        new Crumb(one.name(), null)), Map.of("series", one), true);
            }
        }

        /**
         * Draws the charts next to the page at {@code pagePath} (SVG, and PNG with a CJK font, as the site
         * asks) and returns them by id. A chart drawn before from the same data and style is taken over.
         */
        private Map<String, ChartView> charts(List<ChartSpec> specs, String pagePath) {
            String folder = pagePath.substring(0, pagePath.lastIndexOf('/') + 1);
            ChartOutput output = site.chartOutput();
            boolean png = output == ChartOutput.SVG_AND_PNG && drawer.drawsPng();
            Map<String, ChartView> views = new LinkedHashMap<>();
            for (ChartSpec spec : specs) {
                if (output == ChartOutput.NONE) {
                    views.put(spec.id(), new ChartView(spec, null, null));
                    continue;
                }
                String svg = "charts/" + spec.id() + ".svg";
                chartFile(folder + svg, "svg", spec, () -> drawer.svg(spec).getBytes(StandardCharsets.UTF_8));
                String pngPath = null;
                if (png) {
                    pngPath = "charts/" + spec.id() + ".png";
                    chartFile(folder + pngPath, "png", spec, () -> drawer.png(spec));
                }
                views.put(spec.id(), new ChartView(spec, svg, pngPath));
            }
            return views;
        }

        private void chartFile(String path, String format, ChartSpec spec, java.util.function.Supplier<byte[]> draw) {
            String digest = org.gongkai.load.Digest.of(base, format, spec.toString());
            add(reuse.chart(digest, path).orElseGet(() -> new RenderedFile(path, draw.get())));
            charts.merge(digest, path, SitePages::first);
        }

        /** The same report of the unit the year before and after, for the links on the page. */
        private Map<String, ReportLink> neighbours(Report report, List<Report> ofUnit) {
            Map<String, ReportLink> links = new HashMap<>();
            for (Report other : ofUnit) {
                if (other.header().id().equals(report.header().id())) {
                    if (other.year() == report.year() - 1) {
                        links.put("previous", ReportLink.of(other.header()));
                    } else if (other.year() == report.year() + 1) {
                        links.put("next", ReportLink.of(other.header()));
                    }
                }
            }
            return links;
        }
    }

    private static String codeVersion() {
        try {
            Path location = Path.of(SitePages.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(location)
                    ? location.getFileName() + ":" + Files.size(location) + ":" + Files.getLastModifiedTime(location)
                    : "classes";
        } catch (IOException | java.net.URISyntaxException | SecurityException e) {
            return "unknown";
        }
    }

    /** Of two paths of the same chart, the one the manifest records: the smaller, whichever thread drew it first. */
    private static String first(String a, String b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static boolean belongsTo(Diagnostic diagnostic, Report report) {
        String file = diagnostic.position().file();
        return file.equals(report.header().file())
                || file.startsWith(report.header().file().replaceFirst("\\.yaml$", "."));
    }

    private static byte[] read(String file) {
        try {
            return Files.readAllBytes(Path.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The newest disclosures: by 发布日期 where written, then by year. */
    private static List<ReportLink> latest(Overview overview) {
        return overview.reports().stream().map(ReportSummary::header)
                .sorted(Comparator.comparing((ReportHeader r) -> r.published() == null ? "" : r.published())
                        .thenComparing(ReportHeader::year).reversed().thenComparing(r -> ReportLink.pathOf(r)))
                .limit(10).map(ReportLink::of).toList();
    }

    static String unitPath(Unit unit) {
        return "units/" + unit.id() + "/index.html";
    }

    /** @param reports the unit's reports' headers, in content order */
    private static UnitEntry entry(Unit unit, List<ReportHeader> reports) {
        return new UnitEntry(unit, unitPath(unit), reports.stream().map(ReportLink::of).toList());
    }

    /** Units by province, then by level from 省级 down, then by id. */
    private static List<RegionGroup> regions(Overview overview) {
        Map<String, Map<UnitLevel, List<UnitEntry>>> grouped = new TreeMap<>();
        for (Unit unit : overview.units()) {
            grouped.computeIfAbsent(unit.province(), k -> new TreeMap<>())
                    .computeIfAbsent(unit.level(), k -> new ArrayList<>())
                    .add(entry(unit, overview.reportsOf(unit.id()).stream().map(ReportSummary::header).toList()));
        }
        List<RegionGroup> regions = new ArrayList<>();
        grouped.forEach((region, levels) -> {
            List<RegionGroup.LevelGroup> levelGroups = new ArrayList<>();
            levels.forEach((level, units) -> levelGroups.add(new RegionGroup.LevelGroup(level.label(),
                    units.stream().sorted(Comparator.comparing(e -> e.unit().id())).toList())));
            regions.add(new RegionGroup(region, levelGroups));
        });
        return regions;
    }
}
