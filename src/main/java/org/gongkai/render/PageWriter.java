package org.gongkai.render;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.model.Report;
import org.gongkai.model.Scope;
import org.gongkai.model.Site;
import org.gongkai.model.Unit;

/**
 * Renders a page with its template into the files of the task running on this thread: the values
 * every page has (site, path, breadcrumbs, stylesheet) and the page's own, and its tables as
 * downloads when the page has them.
 */
final class PageWriter {

    static final String STYLESHEET = "assets/style.css";
    static final String SCRIPT = "assets/site.js";
    static final String SEARCH_SCRIPT = "assets/search.js";

    private final Templates templates;
    private final TaskRunner tasks;
    private final Site site;
    private final List<Integer> years;

    /** @param years the years of the site's reports, newest first (every page links the latest comparison) */
    PageWriter(Templates templates, TaskRunner tasks, Site site, List<Integer> years) {
        this.templates = templates;
        this.tasks = tasks;
        this.site = site;
        this.years = years;
    }

    Site site() {
        return site;
    }

    /** Whether the site has several units, and so pages that compare them. */
    boolean portal() {
        return site.scope() != Scope.UNIT;
    }

    /** A page as written, and its tables as read off it once (none without downloads) for what else is made of them. */
    record Rendered(String html, List<PageTables.Table> tables) {
    }

    /** Renders a page; with {@code downloads} its tables also become CSV files and a data.json beside it. */
    String page(String path, String template, List<Crumb> crumbs, Map<String, Object> extra, boolean downloads) {
        return render(path, template, crumbs, extra, downloads).html();
    }

    /** {@link #page}, keeping the tables it read off the page. */
    Rendered render(String path, String template, List<Crumb> crumbs, Map<String, Object> extra, boolean downloads) {
        Map<String, Object> model = new HashMap<>(base(path, crumbs));
        model.putAll(extra);
        String html = templates.render(template, model);
        List<PageTables.Table> scanned = downloads ? PageTables.scan(html) : List.of();
        List<TableData> tables = scanned.stream().map(TableData::of).toList();
        if (extra.get("report") instanceof Report report && extra.get("unit") instanceof Unit unit
                && extra.get("publisher") instanceof String publisher) {
            html = DatasetJsonLd.into(html, site, report, unit, publisher, path, tables);
        }
        tasks.add(path, html.getBytes(StandardCharsets.UTF_8));
        if (downloads) {
            String folder = folderOf(path);
            Map<String, Object> metadata = new LinkedHashMap<>();
            metadata.put("title", crumbs.get(crumbs.size() - 1).label());
            metadata.put("page", path);
            Downloads.forPage(folder, tables, metadata).forEach(tasks::add);
        }
        return new Rendered(html, scanned);
    }

    /** The folder of a page's path, with its trailing slash. */
    static String folderOf(String path) {
        return path.substring(0, path.lastIndexOf('/') + 1);
    }

    private Map<String, Object> base(String path, List<Crumb> crumbs) {
        Map<String, Object> model = new HashMap<>();
        model.put("site", site);
        model.put("root", "../".repeat((int) path.chars().filter(c -> c == '/').count()));
        model.put("path", path);
        model.put("pageUrl", site.baseUrl() == null ? "" : Feeds.base(site) + path);
        model.put("crumbs", crumbs);
        model.put("stylesheet", STYLESHEET);
        model.put("script", SCRIPT);
        model.put("portal", portal());
        model.put("latestYear", years.isEmpty() ? null : years.get(0));
        return model;
    }
}
