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
import org.gongkai.derive.DerivedContent;
import org.gongkai.derive.EvaluationFigures;
import org.gongkai.derive.FinalAccountsFigures;
import org.gongkai.derive.IndicatorSeries;
import org.gongkai.derive.ReportFigures;
import org.gongkai.derive.UnitTimeline;
import org.gongkai.derive.YearComparison;
import org.gongkai.load.JsonSchemas;
import org.gongkai.model.AccountsSection;
import org.gongkai.model.Content;
import org.gongkai.model.Diagnostic;
import org.gongkai.model.Explanations;
import org.gongkai.model.Report;
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

    private final Templates templates;
    private final Markdown markdown;
    private final ChartDrawer drawer;
    private final ChartPlanner planner = new ChartPlanner();

    public SitePages(Templates templates, Markdown markdown, ChartDrawer drawer) {
        this.templates = templates;
        this.markdown = markdown;
        this.drawer = drawer;
    }

    /** The public site. */
    public List<RenderedFile> render(DerivedContent derived) {
        return render(derived, null);
    }

    /**
     * The site; with {@code audit} diagnostics (a reviewer's build) every report also gets an
     * audit.html listing the findings in its file, its page links to it, and audit.html lists them all.
     */
    public List<RenderedFile> render(DerivedContent derived, List<Diagnostic> audit) {
        return new Run(derived, audit).files();
    }

    /** One rendering of the site; collects the files, the pages for the sitemap and the search index. */
    private final class Run {
        private final DerivedContent derived;
        private final Content content;
        private final List<Diagnostic> audit;
        private final boolean portal;
        private final List<RenderedFile> files = new ArrayList<>();
        private final List<String> pages = new ArrayList<>();
        private final SearchIndex search = new SearchIndex();
        private final Map<Integer, Map<String, byte[]>> datasets = new TreeMap<>();

        Run(DerivedContent derived, List<Diagnostic> audit) {
            this.derived = derived;
            this.content = derived.content();
            this.audit = audit;
            this.portal = content.site().scope() != Scope.UNIT;
        }

        List<RenderedFile> files() {
            page("index.html", "index.ftlh", List.of(new Crumb("首页", null)),
                    Map.of("regions", regions(content), "years", List.copyOf(derived.comparisons().keySet()),
                            "latest", latest(content)), false);
            for (Unit unit : content.units()) {
                unitPage(unit);
            }
            for (ReportFigures figures : derived.figures()) {
                reportPage(figures);
            }
            if (portal) {
                derived.comparisons().values().forEach(this::comparePage);
                indicatorPages();
            }
            page("search/index.html", "search.ftlh", List.of(new Crumb("首页", "index.html"), new Crumb("搜索", null)),
                    Map.of(), false);
            add("search/index.json", search.json());
            if (audit != null) {
                page("audit.html", "audit.ftlh", List.of(new Crumb("首页", "index.html"), new Crumb("审核意见", null)),
                        Map.of("findings", AuditFindings.byFile(audit, content)), false);
            }
            page("404.html", "404.ftlh", List.of(new Crumb("首页", "index.html"), new Crumb("页面不存在", null)), Map.of(), false);
            pages.remove("404.html");
            pages.remove("audit.html");
            for (String asset : List.of(STYLESHEET, SCRIPT, SEARCH_SCRIPT)) {
                add(asset, templates.asset(asset));
            }
            JsonSchemas.all().forEach((name, schema) -> add("schema/" + name, schema.getBytes(StandardCharsets.UTF_8)));
            Map<String, byte[]> everything = new TreeMap<>();
            datasets.forEach((year, entries) -> {
                add("data/" + year + ".zip", Downloads.zip(entries));
                everything.putAll(entries);
            });
            add("data/all.zip", Downloads.zip(everything));
            add("sitemap.xml", Feeds.sitemap(content, pages));
            add("feed.xml", Feeds.atom(content));
            add("robots.txt", Feeds.robots(content));
            return files;
        }

        private void add(String path, byte[] bytes) {
            files.add(new RenderedFile(path, bytes));
        }

        /** Renders a page; with {@code downloads} its tables also become CSV files and a data.json beside it. */
        private String page(String path, String template, List<Crumb> crumbs, Map<String, Object> extra, boolean downloads) {
            Map<String, Object> model = new HashMap<>(base(path, crumbs));
            model.putAll(extra);
            String html = templates.render(template, model);
            add(path, html.getBytes(StandardCharsets.UTF_8));
            pages.add(path);
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
            model.put("site", content.site());
            model.put("root", "../".repeat((int) path.chars().filter(c -> c == '/').count()));
            model.put("path", path);
            model.put("crumbs", crumbs);
            model.put("stylesheet", STYLESHEET);
            model.put("script", SCRIPT);
            model.put("portal", portal);
            model.put("latestYear", derived.comparisons().isEmpty() ? null : derived.comparisons().keySet().iterator().next());
            return model;
        }

        private void unitPage(Unit unit) {
            String path = unitPath(unit);
            UnitTimeline timeline = derived.timelines().get(unit.id());
            Map<String, Object> model = new HashMap<>();
            model.put("unit", unit);
            model.put("entry", entry(content, unit));
            model.put("timeline", timeline);
            model.put("charts", charts(planner.timeline(timeline), path));
            page(path, "unit.ftlh", List.of(new Crumb("首页", "index.html"), new Crumb(unit.name(), null)), model, true);
            search.add("单位", unit.name(), path, unit.regionText() + " " + unit.level().label()
                    + (unit.shortName() == null ? "" : " " + unit.shortName()));
        }

        private void reportPage(ReportFigures figures) {
            Report report = figures.report();
            Unit unit = content.unit(report.header().unitId()).orElseThrow();
            String path = ReportLink.pathOf(report);
            String folder = path.substring(0, path.lastIndexOf('/') + 1);
            List<Crumb> crumbs = List.of(new Crumb("首页", "index.html"), new Crumb(unit.name(), unitPath(unit)),
                    new Crumb(report.header().title(), null));
            Map<String, Object> model = new HashMap<>();
            model.put("unit", unit);
            model.put("report", report);
            model.put("figures", figures);
            model.put("publisher", report.header().publisher() == null ? unit.name() : report.header().publisher());
            model.put("neighbours", neighbours(report));
            String narrative = markdown.toHtml(report.header().narrative());
            if (narrative != null) {
                model.put("narrative", narrative);
            }
            if (audit != null) {
                List<Diagnostic> own = audit.stream().filter(d -> belongsTo(d, report)).toList();
                String auditPath = folder + "audit.html";
                page(auditPath, "audit.ftlh", List.of(new Crumb("首页", "index.html"), new Crumb(unit.name(), unitPath(unit)),
                        new Crumb(report.header().title(), path), new Crumb("审核意见", null)),
                        Map.of("findings", AuditFindings.byFile(own, content)), false);
                pages.remove(auditPath);
                model.put("auditCount", own.size());
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
                evaluation.groups().forEach(g -> g.rows().forEach(row ->
                        search.add("指标", row.indicator().name(), path, unit.name() + " " + report.year() + "年 "
                                + report.header().title())));
            }
            page(path, template, crumbs, model, true);
            sources(report, folder);
            search.add("报告", report.header().title(), path, unit.name() + " " + report.year() + "年度 "
                    + report.kind().chinese());
            if (report.header().narrative() != null) {
                search.add("正文", report.header().title(), path, report.header().narrative().replaceAll("[#*>`\\[\\]()]", ""));
            }
        }

        /** The report's own YAML and Markdown beside its page, a bundle of all its data, and its part of the datasets. */
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
            for (RenderedFile file : files) {
                String name = file.path().substring(file.path().lastIndexOf('/') + 1);
                if (file.path().startsWith(folder) && (name.endsWith(".csv") || name.equals("data.json"))
                        && file.path().indexOf('/', folder.length()) < 0) {
                    bundle.put(name, file.bytes());
                }
            }
            add(folder + "bundle.zip", Downloads.zip(bundle));
            Map<String, byte[]> dataset = datasets.computeIfAbsent(report.year(), y -> new TreeMap<>());
            bundle.forEach((name, bytes) -> dataset.put(folder + name, bytes));
        }

        private void comparePage(YearComparison comparison) {
            String path = "compare/" + comparison.year() + "/index.html";
            List<ComparisonRow> rows = comparison.rows();
            page(path, "compare.ftlh", List.of(new Crumb("首页", "index.html"),
                    new Crumb(comparison.year() + "年度各单位比较", null)), Map.of("comparison", comparison,
                    "charts", charts(planner.rankings(comparison), path),
                    "regions", rows.stream().map(r -> r.unit().province()).distinct().sorted().toList(),
                    "levels", rows.stream().map(r -> r.unit().level()).distinct().sorted().map(UnitLevel::label).toList(),
                    "years", List.copyOf(derived.comparisons().keySet())), true);
        }

        private void indicatorPages() {
            List<IndicatorSeries> series = derived.indicators();
            page("indicators/index.html", "indicators.ftlh", List.of(new Crumb("首页", "index.html"),
                    new Crumb("指标比较", null)), Map.of("series", series), false);
            for (IndicatorSeries one : series) {
                String path = "indicators/" + one.slug() + "/index.html";
                page(path, "indicator.ftlh", List.of(new Crumb("首页", "index.html"), new Crumb("指标比较", "indicators/index.html"),
                        new Crumb(one.name(), null)), Map.of("series", one), true);
            }
        }

        /** Draws the charts next to the page at {@code pagePath} (SVG, and PNG with a CJK font) and returns them by id. */
        private Map<String, ChartView> charts(List<ChartSpec> specs, String pagePath) {
            String folder = pagePath.substring(0, pagePath.lastIndexOf('/') + 1);
            Map<String, ChartView> views = new LinkedHashMap<>();
            for (ChartSpec spec : specs) {
                String svg = "charts/" + spec.id() + ".svg";
                String png = drawer.drawsPng() ? "charts/" + spec.id() + ".png" : null;
                add(folder + svg, drawer.svg(spec).getBytes(StandardCharsets.UTF_8));
                if (png != null) {
                    add(folder + png, drawer.png(spec));
                }
                views.put(spec.id(), new ChartView(spec, svg, png));
            }
            return views;
        }

        /** The same report of the unit the year before and after, for the links on the page. */
        private Map<String, ReportLink> neighbours(Report report) {
            Map<String, ReportLink> links = new HashMap<>();
            for (Report other : content.reportsOf(report.header().unitId())) {
                if (other.header().id().equals(report.header().id())) {
                    if (other.year() == report.year() - 1) {
                        links.put("previous", ReportLink.of(other));
                    } else if (other.year() == report.year() + 1) {
                        links.put("next", ReportLink.of(other));
                    }
                }
            }
            return links;
        }
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
    private static List<ReportLink> latest(Content content) {
        return content.reports().stream()
                .sorted(Comparator.comparing((Report r) -> r.header().published() == null ? "" : r.header().published())
                        .thenComparing(Report::year).reversed().thenComparing(ReportLink::pathOf))
                .limit(10).map(ReportLink::of).toList();
    }

    static String unitPath(Unit unit) {
        return "units/" + unit.id() + "/index.html";
    }

    private static UnitEntry entry(Content content, Unit unit) {
        return new UnitEntry(unit, unitPath(unit), content.reportsOf(unit.id()).stream().map(ReportLink::of).toList());
    }

    /** Units by province, then by level from 省级 down, then by id. */
    private static List<RegionGroup> regions(Content content) {
        Map<String, Map<UnitLevel, List<UnitEntry>>> grouped = new TreeMap<>();
        for (Unit unit : content.units()) {
            grouped.computeIfAbsent(unit.province(), k -> new TreeMap<>())
                    .computeIfAbsent(unit.level(), k -> new ArrayList<>())
                    .add(entry(content, unit));
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
