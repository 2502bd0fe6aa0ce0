package org.gongkai.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gongkai.DemoContent;
import org.gongkai.model.Diagnostic;
import org.gongkai.site.SiteBuilder;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus of bad and inconsistent inputs in src/test/resources/corpus: each file has one fault
 * and says in its first lines which rule must report it and where:
 * <pre>
 * # expect: schema.number 9:12      (rule, line:column in this file; line:* where the column is the parser's)
 * # place: report                   (report: units/demo/2023/case.yaml, the default; unit: units/demo/unit.yaml; site: site.yaml)
 * </pre>
 * The rest of the demo site is valid, so the case's diagnostic is the only one. No message may
 * carry a stack trace.
 */
class BadInputCorpusTest {

    static final Path CORPUS = Path.of("src/test/resources/corpus");
    static final Pattern EXPECT = Pattern.compile("#\\s*expect:\\s*(\\S+)\\s+(\\d+):(\\d+|\\*)");
    static final Pattern PLACE = Pattern.compile("#\\s*place:\\s*(report|unit|site)");

    @TempDir
    Path dir;

    /** Writes the demo site around a case and returns the content folder. */
    static Path demo(Path root, String place, Path caseFile) throws IOException {
        Path content = DemoContent.write(root.resolve("content"), DemoContent.SITE, Map.of());
        if (caseFile != null) {
            Files.copy(caseFile, placeOf(content, place), StandardCopyOption.REPLACE_EXISTING);
        }
        return content;
    }

    /** The file of the demo site a case at {@code place} stands in: site.yaml, the unit's unit.yaml or a report. */
    static Path placeOf(Path content, String place) {
        return switch (place) {
            case "site" -> content.resolve("site.yaml");
            case "unit" -> content.resolve(DemoContent.UNIT_FOLDER).resolve("unit.yaml");
            default -> content.resolve(DemoContent.YEAR_FOLDER).resolve("case.yaml");
        };
    }

    @Test
    void theDemoSiteItselfIsClean() throws IOException {
        List<Diagnostic> findings = new SiteBuilder().check(demo(dir, "report", null)).diagnostics();
        assertEquals(List.of(), findings);
    }

    /**
     * The README's {@code cap: true} made check throw "no conversion to java.lang.Boolean"; the same
     * report as corpus case eval-rule-score-proportional-uncapped, capped, is clean (110家/100家 × 10 stops at 10).
     */
    @Test
    void capTrueIsRead() throws IOException {
        Path content = demo(dir, "report", CORPUS.resolve("eval-rule-score-proportional-uncapped.yaml"));
        Path report = content.resolve("units/demo/2023/case.yaml");
        Files.writeString(report, Files.readString(report).replace("cap: false", "cap: true"));
        assertEquals(List.of(), new SiteBuilder().check(content).diagnostics());
    }

    @TestFactory
    Stream<DynamicTest> everyCaseIsReportedByItsRuleAtItsPlace() throws IOException {
        List<Path> cases;
        try (Stream<Path> files = Files.list(CORPUS)) {
            cases = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertTrue(cases.size() >= 100, "at least 100 cases, found " + cases.size());
        return cases.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> run(file)));
    }

    private void run(Path file) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        String head = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        Matcher expect = EXPECT.matcher(head);
        assertTrue(expect.find(), "no '# expect:' line in " + file);
        Matcher place = PLACE.matcher(head);
        String where = place.find() ? place.group(1) : "report";
        Path root = Files.createTempDirectory(dir, "case");
        Path content = demo(root, where, file);
        List<Diagnostic> findings = new SiteBuilder().check(content).diagnostics();
        assertEquals(1, findings.size(), () -> "exactly one finding expected: " + findings);
        Diagnostic finding = findings.get(0);
        assertEquals(expect.group(1), finding.rule(), finding::toString);
        String caseName = switch (where) {
            case "site" -> "site.yaml";
            case "unit" -> "unit.yaml";
            default -> "case.yaml";
        };
        assertTrue(finding.position().file().endsWith(caseName), finding::toString);
        assertEquals(Integer.parseInt(expect.group(2)), finding.position().line(), finding::toString);
        if (!expect.group(3).equals("*")) {
            assertEquals(Integer.parseInt(expect.group(3)), finding.position().column(), finding::toString);
        }
        assertFalse(finding.message().matches("(?s).*(Exception|\\tat |java\\.).*"), finding::toString);
        assertFalse(text.isEmpty());
        // A build reads, checks and renders a unit at a time: it must report exactly what check reports.
        List<Diagnostic> built = new SiteBuilder().build(content, root.resolve("site")).diagnostics().stream()
                .filter(d -> !d.rule().equals("chart.no-cjk-font")).toList();
        assertEquals(findings, built);
    }

    /** A 50 MB report is refused by its size before it is parsed, quickly and without running out of memory. */
    @Test
    void aFiftyMegabyteFileIsRefused() throws IOException {
        Path content = demo(dir, "report", null);
        Path big = content.resolve("units/demo/2023/big.yaml");
        byte[] line = "  - name: 重复的指标名称用来把文件撑大\n".getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(big)) {
            out.write("kind: department-evaluation\nnotes:\n".getBytes(StandardCharsets.UTF_8));
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }
        long start = System.nanoTime();
        List<Diagnostic> findings = new SiteBuilder().check(content).diagnostics();
        assertEquals(1, findings.size(), findings::toString);
        assertEquals("file.too-large", findings.get(0).rule());
        assertTrue(findings.get(0).message().contains("50 MB"), findings.get(0)::toString);
        assertTrue(System.nanoTime() - start < 10_000_000_000L, "refused without reading it all");
    }
}
