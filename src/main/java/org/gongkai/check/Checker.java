package org.gongkai.check;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.derive.DerivedContent;
import org.gongkai.derive.EvaluationFigures;
import org.gongkai.derive.FinalAccountsFigures;
import org.gongkai.derive.PreviousYearConflict;
import org.gongkai.derive.ReportFigures;
import org.gongkai.model.Diagnostic;
import org.gongkai.model.Numbers;
import org.gongkai.model.Position;
import org.gongkai.model.Report;
import org.gongkai.model.Site;
import org.gongkai.model.Unit;

/** Runs every check over the derived content; the findings come in content order. */
public final class Checker {

    private static final Pattern TITLE_YEAR = Pattern.compile("(20\\d\\d)\\s*年");

    /** A report's findings depend on its derived figures and the site only: while those are the same objects, so are they. */
    private Map<ReportFigures, List<Diagnostic>> last = new IdentityHashMap<>();
    private Site lastSite;

    /** Checks a whole site: its settings and units, then every report in content order. */
    public synchronized List<Diagnostic> check(DerivedContent derived) {
        Site site = derived.content().site();
        List<Diagnostic> findings = new ArrayList<>(site(site, derived.content().units()));
        Map<ReportFigures, List<Diagnostic>> known = site == lastSite ? last : Map.of();
        List<List<Diagnostic>> each = derived.figures().parallelStream().map(figures -> {
            List<Diagnostic> own = known.get(figures);
            return own != null ? own : report(figures, site);
        }).toList();
        Map<ReportFigures, List<Diagnostic>> next = new IdentityHashMap<>();
        java.util.Set<String> unitIds = derived.content().unitsById().keySet();
        for (int i = 0; i < each.size(); i++) {
            next.put(derived.figures().get(i), each.get(i));
            findings.addAll(each.get(i));
            String unitId = derived.figures().get(i).report().header().unitId();
            if (i + 1 == each.size() || !derived.figures().get(i + 1).report().header().unitId().equals(unitId)) {
                findings.addAll(unit(derived.content().reportsOf(unitId), unitIds));
            }
        }
        last = next;
        lastSite = site;
        return findings;
    }

    /** The site's settings and its units, which refer to each other; the same findings whatever the reports are. */
    public static List<Diagnostic> site(Site site, List<Unit> units) {
        try {
            List<Diagnostic> findings = new ArrayList<>(ReferenceChecks.check(site, units));
            RangeChecks.check(site, units, findings);
            GradeScaleChecks.check(site, findings);
            return findings;
        } catch (RuntimeException | StackOverflowError e) {
            return List.of(Diagnostic.internalError(site.origin().at(), e));
        }
    }

    /**
     * What one unit's reports say together (a 决算's scope and 决算单位构成), after its reports' own findings;
     * the same in a whole-site check and in a build that takes the units one at a time.
     *
     * @param ofUnit the unit's reports in content order; @param unitIds every unit of the site
     */
    public static List<Diagnostic> unit(List<Report> ofUnit, java.util.Set<String> unitIds) {
        List<Diagnostic> findings = new ArrayList<>();
        try {
            CompositionChecks.check(ofUnit, unitIds, findings);
        } catch (RuntimeException | StackOverflowError e) {
            return List.of(Diagnostic.internalError(Position.ofFile(ofUnit.get(0).header().file()), e));
        }
        return findings;
    }

    /** One report's findings, which depend on its figures and the site only. */
    public static List<Diagnostic> report(ReportFigures figures, Site site) {
        try {
            return checked(figures, site);
        } catch (RuntimeException | StackOverflowError e) {
            // A check that throws is gongkai's fault, not the clerk's: said so, naming the report, instead of ending the run.
            return List.of(Diagnostic.internalError(Position.ofFile(figures.report().header().file()), e));
        }
    }

    private static List<Diagnostic> checked(ReportFigures figures, Site site) {
        List<Diagnostic> findings = new ArrayList<>();
        Report report = figures.report();
        ReferenceChecks.check(report, site, findings);
        RangeChecks.check(report, findings);
        MarkdownChecks.check(report, findings);
        TableChecks.check(report, findings);
        titleYear(report, findings);
        if (figures instanceof EvaluationFigures evaluation) {
            EvaluationChecks.check(evaluation, findings);
        } else if (figures instanceof FinalAccountsFigures accounts) {
            AccountsChecks.check(accounts, findings);
            previousYear(accounts, findings);
        }
        return findings;
    }

    /** A title that names another year than the report's is how a copied template shows. */
    private static void titleYear(Report report, List<Diagnostic> findings) {
        Matcher m = TITLE_YEAR.matcher(report.header().title());
        if (m.find() && Integer.parseInt(m.group(1)) != report.year()) {
            findings.add(Diagnostic.warning("report.title-year", report.origin().of("title"), "title",
                    "标题中的年度与报告年度不符：报告年度为 " + report.year() + "，标题写为“" + m.group(1) + "年”"));
        }
    }

    private static void previousYear(FinalAccountsFigures accounts, List<Diagnostic> findings) {
        var stated = accounts.accounts().previousYear();
        if (stated != null && stated.year() != null && stated.year() != accounts.accounts().year() - 1) {
            findings.add(Diagnostic.error("yoy.previous-year-year", stated.origin().of("year"), "previous-year.year",
                    "上年数的年度应为 " + (accounts.accounts().year() - 1) + "，实际为 " + stated.year()));
        }
        for (PreviousYearConflict conflict : accounts.conflicts()) {
            findings.add(Diagnostic.warning("yoy.previous-year", conflict.statedAt(),
                    "previous-year." + conflict.figure().statedKey(),
                    "本文件所写上年" + conflict.figure().label() + "为 " + Numbers.amount(conflict.stated())
                            + "，与上年决算 " + conflict.previousFile() + " 的 "
                            + Numbers.amount(conflict.fromFile()) + " 不符；同比按上年决算计算"));
        }
    }
}
