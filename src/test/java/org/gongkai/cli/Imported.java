package org.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gongkai.load.ContentLoader;
import org.gongkai.load.LoadResult;
import org.gongkai.model.Report;

/**
 * What {@code gongkai import} made of some files in a fresh content folder, loaded by the loader: the main
 * report, and every report loaded (with the reports a document carries as attachments).
 */
record Imported(Path content, MainTest.Run run, Report report, List<Report> reports) {

    /** Imports into {@code content}, which already holds the site and the unit (site.yaml and unit.yaml copied from the sample), as a bureau's own site does. */
    static Imported intoUnit(Path content, String unit, List<String> options, Path... files) {
        try {
            java.nio.file.Files.createDirectories(content.resolve("units").resolve(unit));
            java.nio.file.Files.copy(org.gongkai.SampleContent.SAMPLE.resolve("units").resolve(unit).resolve("unit.yaml"),
                    content.resolve("units").resolve(unit).resolve("unit.yaml"));
            java.nio.file.Files.copy(org.gongkai.SampleContent.SAMPLE.resolve("site.yaml"), content.resolve("site.yaml"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<String> withUnit = new ArrayList<>(options);
        withUnit.addAll(List.of("--unit", unit));
        return of(content, withUnit, files);
    }

    static Imported of(Path content, List<String> options, Path... files) {
        List<String> args = new ArrayList<>(List.of("import"));
        Stream.of(files).map(Path::toString).forEach(args::add);
        args.addAll(List.of("--content", content.toString()));
        args.addAll(options);
        MainTest.Run run = MainTest.run(args.toArray(String[]::new));
        assertEquals(Main.OK, run.exit(), run.out() + run.err());
        LoadResult loaded = new ContentLoader().load(content);
        assertFalse(loaded.hasErrors(), loaded.diagnostics().toString());
        List<Report> reports = loaded.content().reports();
        java.util.regex.Matcher main = java.util.regex.Pattern.compile("主报告（([a-z0-9-]+)）").matcher(run.out());
        if (!main.find()) {
            assertEquals(1, reports.size(), run.out());
            return new Imported(content, run, reports.get(0), reports);
        }
        return new Imported(content, run, reports.stream().filter(r -> r.header().id().equals(main.group(1))).findFirst().orElseThrow(), reports);
    }

    /** The report imported under {@code id} (its file name in the year folder). */
    Report report(String id) {
        return reports.stream().filter(r -> r.header().id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no report " + id + " imported: " + run.out()));
    }

    /** Builds the draft next to its content folder and compares its report page's tables with the sample's page. */
    List<String> pageDifferences(Path sampleSite, String samplePage, String draftReport) throws java.io.IOException {
        Path site = content.resolveSibling(content.getFileName() + "-site");
        if (!java.nio.file.Files.exists(site)) {
            assertFalse(new org.gongkai.site.SiteBuilder().build(content, site).failed());
        }
        return PageTables.differences(sampleSite, samplePage, site,
                "units/" + report.header().unitId() + "/" + report.year() + "/" + draftReport + "/index.html");
    }
}
