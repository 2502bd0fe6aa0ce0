package org.gongkai.render;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gongkai.derive.EvaluationFigures;
import org.gongkai.derive.FinalAccountsFigures;
import org.gongkai.derive.ReportFigures;
import org.gongkai.derive.UnitTimeline;
import org.gongkai.model.AccountsSection;
import org.gongkai.model.Diagnostic;
import org.gongkai.model.Explanations;
import org.gongkai.model.Report;
import org.gongkai.model.SiteOutput;
import org.gongkai.model.Unit;
import org.gongkai.render.chart.ChartPlanner;

/**
 * The pages of one unit: its own page, and each of its reports' page with the report's sources,
 * its data bundle and, in a reviewer's build, its audit page.
 */
final class UnitPages {

    /** The 决算说明's sections by the label a template names them with. */
    private static final Map<String, AccountsSection> SECTIONS_BY_LABEL = sectionsByLabel();

    private static Map<String, AccountsSection> sectionsByLabel() {
        Map<String, AccountsSection> sections = new TreeMap<>();
        for (AccountsSection section : AccountsSection.values()) {
            sections.put(section.label(), section);
        }
        return java.util.Collections.unmodifiableMap(sections);
    }

    private final PageWriter pages;
    private final ChartFiles charts;
    private final TaskRunner tasks;
    private final Markdown markdown;
    /** Makes each report's PDF; null when the site makes none. */
    private final ReportPdf pdf;
    private final ChartPlanner planner = new ChartPlanner();

    UnitPages(PageWriter pages, ChartFiles charts, TaskRunner tasks, Markdown markdown, ReportPdf pdf) {
        this.pages = pages;
        this.charts = charts;
        this.tasks = tasks;
        this.markdown = markdown;
        this.pdf = pdf;
    }

    static String pathOf(Unit unit) {
        return "units/" + unit.id() + "/index.html";
    }

    /** @param reports links to the unit's reports, in content order */
    static UnitEntry entry(Unit unit, List<ReportLink> reports) {
        return new UnitEntry(unit, pathOf(unit), reports);
    }

    /** Whether a finding is in the report's file or in a file beside it (its narrative). */
    static boolean belongsTo(Diagnostic diagnostic, Report report) {
        String file = diagnostic.position().file();
        return file.equals(report.header().file())
                || file.startsWith(report.header().file().replaceFirst("\\.yaml$", "."));
    }

    void unitPage(Unit unit, List<Report> reports, UnitTimeline timeline) {
        String path = pathOf(unit);
        Map<String, Object> model = new HashMap<>();
        model.put("unit", unit);
        model.put("entry", entry(unit, reports.stream().map(ReportLink::of).toList()));
        model.put("timeline", timeline);
        model.put("charts", charts.draw(planner.timeline(timeline), path));
        pages.page(path, "unit.ftlh", List.of(new Crumb("首页", "index.html"), new Crumb(unit.name(), null)), model, true);
    }

    /**
     * @param ofUnit the unit's reports, in content order
     * @param findings in a reviewer's build, the findings in the report's files (null in a public build)
     */
    void reportPage(Unit unit, ReportFigures figures, List<Report> ofUnit, List<Diagnostic> findings) {
        Report report = figures.report();
        String path = ReportLink.pathOf(report);
        String folder = PageWriter.folderOf(path);
        List<Crumb> crumbs = List.of(new Crumb("首页", "index.html"), new Crumb(unit.name(), pathOf(unit)),
                new Crumb(report.header().title(), null));
        Map<String, Object> model = new HashMap<>();
        model.put("unit", unit);
        model.put("report", report);
        model.put("figures", figures);
        String publisher = report.header().publisher() == null ? unit.name() : report.header().publisher();
        model.put("publisher", publisher);
        model.put("neighbours", neighbours(report, ofUnit));
        String narrative = markdown.toHtml(report.header().narrative());
        if (narrative != null) {
            model.put("narrative", narrative);
        }
        if (findings != null) {
            String auditPath = folder + "audit.html";
            pages.page(auditPath, "audit.ftlh", List.of(new Crumb("首页", "index.html"), new Crumb(unit.name(), pathOf(unit)),
                    new Crumb(report.header().title(), path), new Crumb("审核意见", null)),
                    Map.of("findings", AuditFindings.byFile(findings, Map.of(report.header().file(), path))), false);
            model.put("auditCount", findings.size());
        }
        model.put("dataTables", org.gongkai.derive.DataTable.of(report));
        Map<String, org.gongkai.model.TableEntry> tableEntries = new java.util.LinkedHashMap<>();
        report.tables().forEach(t -> tableEntries.put(t.id(), t));
        model.put("tableEntries", tableEntries);
        Map<String, String> partHtml = new TreeMap<>();
        partTexts(report.parts(), "", partHtml);
        model.put("partHtml", partHtml);
        String template;
        Map<String, ChartView> chartViews;
        if (figures instanceof FinalAccountsFigures accounts) {
            template = "final-accounts.ftlh";
            chartViews = charts.draw(planner.finalAccounts(accounts), path);
            model.put("sections", List.of(AccountsSection.values()));
            model.put("sectionsByLabel", SECTIONS_BY_LABEL);
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
            chartViews = charts.draw(planner.evaluation(evaluation), path);
        }
        model.put("charts", chartViews);
        PageWriter.Rendered page = pages.render(path, template, crumbs, model, true);
        // The files made from the page share its metadata and, the PDF and the article, its charts' SVG.
        OfficeFile file = new OfficeFile(report.header().title(), publisher, OfficeFile.dateOf(report.header()));
        boolean article = pages.site().makes(SiteOutput.ARTICLE);
        Map<String, String> svgs = pdf != null || article ? charts.svgs(chartViews, folder) : Map.of();
        OfficeOutputs.write(pages.site(), folder, page, file, chartViews, charts, tasks);
        if (pdf != null) {
            pdf.write(folder, page.html(), svgs, file, tasks);
        }
        if (article) {
            tasks.add(folder + ArticleWriter.FILE, ArticleWriter.write(page, svgs,
                    pages.site().baseUrl() == null ? null : Feeds.base(pages.site()) + path));
        }
        sources(report, folder, page.tables());
    }

    /** The Markdown text of every part, as HTML, by the part's key ("0", "0-1"…) as parts.ftlh names it. */
    private void partTexts(List<org.gongkai.model.Part> parts, String prefix, Map<String, String> html) {
        for (int i = 0; i < parts.size(); i++) {
            String key = prefix + i;
            if (parts.get(i).text() != null) {
                html.put(key, markdown.toHtml(parts.get(i).text()));
            }
            partTexts(parts.get(i).parts(), key + "-", html);
        }
    }

    /** The report's own YAML and Markdown beside its page, and a bundle of all its data with its datapackage.json. */
    private void sources(Report report, String folder, List<PageTables.Table> tables) {
        Map<String, byte[]> bundle = new TreeMap<>();
        byte[] yaml = report.yaml().getBytes(StandardCharsets.UTF_8);
        tasks.add(folder + "source.yaml", yaml);
        bundle.put("source.yaml", yaml);
        if (report.header().narrative() != null) {
            byte[] md = report.header().narrative().getBytes(StandardCharsets.UTF_8);
            tasks.add(folder + "source.md", md);
            bundle.put("source.md", md);
        }
        for (RenderedFile file : tasks.current()) {
            String name = file.path().substring(file.path().lastIndexOf('/') + 1);
            if (file.path().startsWith(folder) && (name.endsWith(".csv") || name.equals("data.json"))
                    && file.path().indexOf('/', folder.length()) < 0) {
                bundle.put(name, file.bytes());
            }
        }
        java.util.Set<String> csvFiles = new java.util.TreeSet<>();
        bundle.keySet().stream().filter(name -> name.endsWith(".csv")).forEach(csvFiles::add);
        bundle.put(DataPackage.FILE, DataPackage.ofReport(report.header().unitId() + "-" + report.year() + "-" + report.header().id(),
                report.header().title(), tables, csvFiles));
        tasks.add(folder + "bundle.zip", ZipArchive.of(bundle.entrySet().stream()
                .map(e -> ZipArchive.Entry.of(e.getKey(), e.getValue())).toList()));
    }

    /** The same report of the unit the year before and after, for the links on the page. */
    private static Map<String, ReportLink> neighbours(Report report, List<Report> ofUnit) {
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
