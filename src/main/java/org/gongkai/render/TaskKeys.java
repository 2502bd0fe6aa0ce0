package org.gongkai.render;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.gongkai.derive.Overview;
import org.gongkai.derive.ReportSummary;
import org.gongkai.load.Digest;
import org.gongkai.model.Diagnostic;
import org.gongkai.model.FinalAccounts;
import org.gongkai.model.Report;
import org.gongkai.model.ReportHeader;
import org.gongkai.model.Unit;

/**
 * The keys of a rendering's tasks: each task's name and a digest of everything its files depend on
 * (gongkai itself, the templates it uses, the site, the content it shows), so that a task whose key
 * is unchanged is taken over from the earlier rendering.
 */
final class TaskKeys {

    /** Which gongkai made a task's files: a new gongkai renders everything again. */
    static final String CODE = codeVersion();

    private final Templates templates;
    /** What every task depends on. */
    private final String base;

    /** What a report's files depend on besides its page (the PDF's font and stylesheet), or "". */
    private final String reportFiles;

    TaskKeys(Templates templates, String siteDigest, boolean drawsPng, boolean audit, String reportFiles) {
        this.templates = templates;
        this.reportFiles = reportFiles;
        // Every page uses the layout and the stylesheet; each task adds the templates of its own pages.
        this.base = Digest.of(CODE, templates.fingerprint("layout.ftlh", PageWriter.STYLESHEET, PageWriter.SCRIPT),
                templates.extrasFingerprint(), siteDigest, String.valueOf(drawsPng), audit ? "audit" : "public");
    }

    /** What every task depends on; a chart's digest starts with it too. */
    String base() {
        return base;
    }

    /** A task's key: its name (parts[0]) and a digest of everything it depends on. */
    String key(String... parts) {
        String[] all = new String[parts.length + 1];
        all[0] = base;
        System.arraycopy(parts, 0, all, 1, parts.length);
        return Keys.of(parts[0], Digest.of(all));
    }

    /** A unit's page depends on the unit and its reports' headers. */
    String unit(Unit unit, List<Report> reports) {
        return key("unit:" + unit.id(), templates.fingerprint("unit.ftlh"), unit.digest(),
                digests(reports.stream().map(Report::header).toList()));
    }

    /**
     * A report's pages depend on its own files, its unit, which years around it have the same report
     * (the links), last year's 决算 (its changes) and, in a reviewer's build, its findings.
     */
    String report(Unit unit, Report report, List<Report> ofUnit, List<Diagnostic> findings) {
        StringBuilder around = new StringBuilder();
        for (Report other : ofUnit) {
            if (Math.abs(other.year() - report.year()) != 1) {
                continue;
            }
            if (other.header().id().equals(report.header().id())) {
                around.append(other.year()).append(other.header().id());
            }
            if (other.year() == report.year() - 1 && other instanceof FinalAccounts && report instanceof FinalAccounts) {
                around.append(other.header().digest());
            }
        }
        // A catalogue kind's print (header, columns, sums, headings) is in every key: a site's catalogue files are
        // among its templates folder's extra files, the default theme's come with gongkai (CODE).
        String own = findings == null ? "" : digestOf(findings);
        String pages = report instanceof FinalAccounts
                ? templates.fingerprint("final-accounts.ftlh", "accounts-explanation.ftlh", "audit.ftlh", "data-table.ftlh", "parts.ftlh")
                : templates.fingerprint("evaluation.ftlh", "audit.ftlh", "data-table.ftlh", "parts.ftlh");
        return key("report:" + ReportLink.pathOf(report.header()), pages, report.header().digest(), unit.digest(),
                around.toString(), own, reportFiles);
    }

    /** The units' digests, in order. */
    static String units(Overview overview) {
        StringBuilder all = new StringBuilder();
        overview.units().forEach(u -> all.append(u.digest()));
        return all.toString();
    }

    /** The digests of the reports {@code which} picks, with their units. */
    static String reports(Overview overview, Predicate<ReportSummary> which) {
        return digests(overview.reports().stream().filter(which).map(ReportSummary::header).toList());
    }

    /** Every unit and report: what the pages made from all of them depend on. */
    static String everything(Overview overview) {
        return units(overview) + reports(overview, r -> true);
    }

    static String digestOf(List<Diagnostic> findings) {
        return Digest.of(findings.stream().map(Diagnostic::toString).toArray(String[]::new));
    }

    private static String digests(List<ReportHeader> reports) {
        StringBuilder all = new StringBuilder();
        reports.forEach(r -> all.append(r.unitId()).append(r.digest()));
        return all.toString();
    }

    private static String codeVersion() {
        try {
            Path location = Path.of(TaskKeys.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(location)
                    ? location.getFileName() + ":" + Files.size(location) + ":" + Files.getLastModifiedTime(location)
                    : "classes";
        } catch (IOException | URISyntaxException | SecurityException e) {
            return "unknown";
        }
    }
}
