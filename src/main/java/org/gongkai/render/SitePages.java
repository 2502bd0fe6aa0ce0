package org.gongkai.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gongkai.derive.DerivedContent;
import org.gongkai.derive.EvaluationFigures;
import org.gongkai.derive.FinalAccountsFigures;
import org.gongkai.derive.UnitTimeline;
import org.gongkai.load.JsonSchemas;
import org.gongkai.model.AccountsSection;
import org.gongkai.model.Explanations;
import org.gongkai.render.chart.ChartDrawer;
import org.gongkai.render.chart.ChartPlanner;
import org.gongkai.render.chart.ChartSpec;
import org.gongkai.derive.ReportFigures;
import org.gongkai.model.Content;
import org.gongkai.model.Diagnostic;
import org.gongkai.model.Report;
import org.gongkai.model.Unit;
import org.gongkai.model.UnitLevel;

/** Lays out the site: which pages there are, at which paths, rendered with which template and data. */
public final class SitePages {

    static final String STYLESHEET = "assets/style.css";

    private final Templates templates;
    private final Markdown markdown;
    private final ChartDrawer drawer;
    private final ChartPlanner planner = new ChartPlanner();
    private List<Diagnostic> audit;

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
        Content content = derived.content();
        List<RenderedFile> files = new ArrayList<>();
        this.audit = audit;
        files.add(page("index.html", "index.ftlh", base(content, "index.html", List.of(new Crumb("首页", null))),
                Map.of("regions", regions(content))));
        for (Unit unit : content.units()) {
            String path = unitPath(unit);
            UnitTimeline timeline = derived.timelines().get(unit.id());
            Map<String, Object> model = new HashMap<>();
            model.put("unit", unit);
            model.put("entry", entry(content, unit));
            model.put("timeline", timeline);
            model.put("charts", charts(planner.timeline(timeline), path, files));
            files.add(page(path, "unit.ftlh",
                    base(content, path, List.of(new Crumb("首页", "index.html"), new Crumb(unit.name(), null))), model));
        }
        for (ReportFigures figures : derived.figures()) {
            files.add(reportPage(content, figures, files));
        }
        if (audit != null) {
            files.add(page("audit.html", "audit.ftlh", base(content, "audit.html", List.of(new Crumb("首页", "index.html"),
                    new Crumb("审核意见", null))), Map.of("findings", AuditFindings.byFile(audit, content))));
        }
        files.add(page("404.html", "404.ftlh", base(content, "404.html", List.of(new Crumb("首页", "index.html"),
                new Crumb("页面不存在", null))), Map.of()));
        files.add(new RenderedFile(STYLESHEET, templates.asset(STYLESHEET)));
        JsonSchemas.all().forEach((name, schema) ->
                files.add(new RenderedFile("schema/" + name, schema.getBytes(StandardCharsets.UTF_8))));
        return files;
    }

    private RenderedFile reportPage(Content content, ReportFigures figures, List<RenderedFile> files) {
        Report report = figures.report();
        Unit unit = content.unit(report.header().unitId()).orElseThrow();
        String path = ReportLink.pathOf(report);
        List<Crumb> crumbs = List.of(new Crumb("首页", "index.html"), new Crumb(unit.name(), unitPath(unit)),
                new Crumb(report.header().title(), null));
        Map<String, Object> model = new HashMap<>();
        model.put("unit", unit);
        model.put("report", report);
        model.put("figures", figures);
        model.put("publisher", report.header().publisher() == null ? unit.name() : report.header().publisher());
        String narrative = markdown.toHtml(report.header().narrative());
        if (narrative != null) {
            model.put("narrative", narrative);
        }
        if (audit != null) {
            List<Diagnostic> own = audit.stream().filter(d -> d.position().file().equals(report.header().file())
                    || d.position().file().startsWith(report.header().file().replaceFirst("\\.yaml$", "."))).toList();
            String auditPath = path.replace("index.html", "audit.html");
            files.add(page(auditPath, "audit.ftlh", base(content, auditPath, List.of(new Crumb("首页", "index.html"),
                    new Crumb(unit.name(), unitPath(unit)), new Crumb(report.header().title(), path),
                    new Crumb("审核意见", null))), Map.of("findings", AuditFindings.byFile(own, content))));
            model.put("auditCount", own.size());
        }
        String template;
        if (figures instanceof FinalAccountsFigures accounts) {
            template = "final-accounts.ftlh";
            model.put("charts", charts(planner.finalAccounts(accounts), path, files));
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
            model.put("charts", charts(planner.evaluation((EvaluationFigures) figures), path, files));
        }
        return page(path, template, base(content, path, crumbs), model);
    }

    /** Draws the charts next to the page at {@code pagePath} (SVG and PNG) and returns them by id. */
    private Map<String, ChartView> charts(List<ChartSpec> specs, String pagePath, List<RenderedFile> files) {
        String folder = pagePath.substring(0, pagePath.lastIndexOf('/') + 1);
        Map<String, ChartView> views = new LinkedHashMap<>();
        for (ChartSpec spec : specs) {
            String svg = "charts/" + spec.id() + ".svg";
            String png = drawer.drawsPng() ? "charts/" + spec.id() + ".png" : null;
            files.add(new RenderedFile(folder + svg, drawer.svg(spec).getBytes(StandardCharsets.UTF_8)));
            if (png != null) {
                files.add(new RenderedFile(folder + png, drawer.png(spec)));
            }
            views.put(spec.id(), new ChartView(spec, svg, png));
        }
        return views;
    }

    private RenderedFile page(String path, String template, Map<String, Object> base, Map<String, Object> extra) {
        Map<String, Object> model = new HashMap<>(base);
        model.putAll(extra);
        return new RenderedFile(path, templates.render(template, model).getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, Object> base(Content content, String path, List<Crumb> crumbs) {
        Map<String, Object> model = new HashMap<>();
        model.put("site", content.site());
        model.put("root", "../".repeat((int) path.chars().filter(c -> c == '/').count()));
        model.put("path", path);
        model.put("crumbs", crumbs);
        model.put("stylesheet", STYLESHEET);
        return model;
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
