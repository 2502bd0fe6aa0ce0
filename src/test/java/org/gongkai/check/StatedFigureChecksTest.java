package org.gongkai.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.gongkai.SampleContent;
import org.gongkai.model.Diagnostic;
import org.gongkai.site.SiteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inconsistencies of the published seeds are found, where they are, and nothing else. */
class StatedFigureChecksTest {

    @TempDir
    Path dir;

    @Test
    void theSampleHasExactlyThePublishedInconsistency() {
        List<Diagnostic> findings = new SiteBuilder().check(SampleContent.SAMPLE).diagnostics();
        assertEquals(1, findings.size(), findings::toString);
        Diagnostic finding = findings.get(0);
        assertEquals("eval.group-weight", finding.rule());
        assertEquals("content/units/jiange/2022/medical-service-capacity.yaml", finding.position().file());
        assertEquals("indicators[1].stated-weight", finding.path());
        assertTrue(finding.message().contains("各项分值合计为 18，表头写为 22"), finding::toString);
    }

    @Test
    void statedTotalGradeAndRateDisagreements() {
        Path content = SampleContent.copyTo(dir);
        String wuhai = "units/wuhai/2023/medical-service-capacity.yaml";
        SampleContent.edit(content, wuhai, "  total: 99", "  total: 98");
        SampleContent.edit(content, wuhai, "stated-rate: \"93.3%\"", "stated-rate: \"93.4%\"");
        SampleContent.edit(content, "units/nanjing/2023/department-evaluation.yaml", "grade: 优", "grade: 良");
        List<String> rules = new SiteBuilder().check(content).diagnostics().stream().map(Diagnostic::rule).toList();
        assertTrue(rules.containsAll(List.of("eval.total", "eval.rate", "eval.grade")), rules::toString);
    }
}
