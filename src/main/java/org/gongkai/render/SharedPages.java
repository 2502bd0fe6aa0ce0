package org.gongkai.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gongkai.derive.ComparisonRow;
import org.gongkai.derive.IndicatorSeries;
import org.gongkai.derive.Overview;
import org.gongkai.derive.ReportSummary;
import org.gongkai.derive.YearComparison;
import org.gongkai.load.JsonSchemas;
import org.gongkai.model.Diagnostic;
import org.gongkai.model.Site;
import org.gongkai.model.Unit;
import org.gongkai.model.UnitLevel;
import org.gongkai.render.chart.ChartPlanner;

/**
 * The pages made from all units: home, the yearly comparisons, the indicator pages, the theme's own
 * pages and files, the site's audit page and the feeds.
 */
final class SharedPages {

    private final PageWriter pages;
    private final ChartFiles charts;
    private final TaskRunner tasks;
    private final Templates templates;
    private final Site site;
    private final List<Integer> years;
    private final ChartPlanner planner = new ChartPlanner();

    SharedPages(PageWriter pages, ChartFiles charts, TaskRunner tasks, Templates templates, Site site, List<Integer> years) {
        this.pages = pages;
        this.charts = charts;
        this.tasks = tasks;
        this.templates = templates;
        this.site = site;
        this.years = years;
    }

    void home(Overview overview) {
        List<RegionGroup> regions = regions(overview);
        Map<String, Object> model = new java.util.HashMap<>(Map.of("regions", regions, "years", years, "latest", latest(overview)));
        if (overview.units().size() == 1) {
            // A unit's own site (scope: unit) names its one unit on the home page.
            model.put("onlyUnit", regions.get(0).levels().get(0).units().get(0));
        }
        pages.page("index.html", "index.ftlh", List.of(new Crumb("首页", null)), model, false);
    }

    void compare(YearComparison comparison) {
        String path = "compare/" + comparison.year() + "/index.html";
        List<ComparisonRow> rows = comparison.rows();
        pages.page(path, "compare.ftlh", List.of(new Crumb("首页", "index.html"),
                new Crumb(comparison.year() + "年度各单位比较", null)), Map.of("comparison", comparison,
                "charts", charts.draw(planner.rankings(comparison), path),
                "regions", rows.stream().map(r -> r.unit().province()).distinct().sorted().toList(),
                "levels", rows.stream().map(r -> r.unit().level()).distinct().sorted().map(UnitLevel::label).toList(),
                "years", years), true);
    }

    void indicators(Overview overview) {
        List<IndicatorSeries> series = overview.indicators().get();
        pages.page("indicators/index.html", "indicators.ftlh", List.of(new Crumb("首页", "index.html"),
                new Crumb("指标比较", null)), Map.of("series", series), false);
        for (IndicatorSeries one : series) {
            String path = "indicators/" + one.slug() + "/index.html";
            pages.page(path, "indicator.ftlh", List.of(new Crumb("首页", "index.html"), new Crumb("指标比较", "indicators/index.html"),
                    new Crumb(one.name(), null)), Map.of("series", one), true);
        }
    }

    /** The search page, the 404 page, the theme's assets and the content's JSON Schemas. */
    void theme() {
        pages.page("search/index.html", "search.ftlh", List.of(new Crumb("首页", "index.html"), new Crumb("搜索", null)),
                Map.of(), false);
        pages.page("404.html", "404.ftlh", List.of(new Crumb("首页", "index.html"), new Crumb("页面不存在", null)),
                Map.of(), false);
        for (String asset : List.of(PageWriter.STYLESHEET, PageWriter.SCRIPT, PageWriter.SEARCH_SCRIPT)) {
            tasks.add(asset, templates.asset(asset));
        }
        JsonSchemas.all().forEach((name, schema) -> tasks.add("schema/" + name, schema.getBytes(StandardCharsets.UTF_8)));
    }

    /** A reviewer's list of all findings, each linked to its report's page. */
    void audit(Overview overview, List<Diagnostic> findings) {
        Map<String, String> reportPages = new java.util.HashMap<>();
        overview.reports().forEach(r -> reportPages.put(r.header().file(), ReportLink.pathOf(r.header())));
        pages.page("audit.html", "audit.ftlh", List.of(new Crumb("首页", "index.html"), new Crumb("审核意见", null)),
                Map.of("findings", AuditFindings.byFile(findings, reportPages)), false);
    }

    /** @param listed the pages the sitemaps list */
    void feeds(Overview overview, List<String> listed) {
        Feeds.sitemaps(site, listed).forEach(tasks::add);
        tasks.add("feed.xml", Feeds.atom(overview));
        tasks.add("robots.txt", Feeds.robots(site));
    }

    /** The newest disclosures: by 发布日期 where written, then by year. */
    private static List<ReportLink> latest(Overview overview) {
        return overview.reports().stream()
                .sorted(Comparator.comparing((ReportSummary s) -> s.header().published() == null ? "" : s.header().published())
                        .thenComparing(ReportSummary::year).reversed().thenComparing(s -> ReportLink.pathOf(s.header())))
                .limit(10).map(ReportLink::of).toList();
    }

    /** Units by province, then by level from 省级 down, then by id. */
    private static List<RegionGroup> regions(Overview overview) {
        Map<String, Map<UnitLevel, List<UnitEntry>>> grouped = new TreeMap<>();
        for (Unit unit : overview.units()) {
            grouped.computeIfAbsent(unit.province(), k -> new TreeMap<>())
                    .computeIfAbsent(unit.level(), k -> new ArrayList<>())
                    .add(UnitPages.entry(unit, overview.reportsOf(unit.id()).stream().map(ReportLink::of).toList()));
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
