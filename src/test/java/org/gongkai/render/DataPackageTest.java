package org.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.gongkai.SampleContent;
import org.gongkai.site.BuildResult;
import org.gongkai.site.SiteBuilder;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every bundle of the sample site (each report's bundle.zip, data/&lt;year&gt;.zip, data/all.zip) carries a
 * datapackage.json that describes each of its CSV files, and the package with its CSV files passes the
 * Frictionless validator (npm {@code datapackage} and {@code tableschema}, which .ci/run installs into
 * the cache; {@code GONGKAI_DATAPACKAGE_VALIDATOR} names its folder). Without node or the validator the
 * validation is skipped, except under CI.
 */
class DataPackageTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static Path site;

    @BeforeAll
    static void build() throws IOException {
        Path content = SampleContent.copyTo(dir.resolve("sample"));
        site = dir.resolve("site");
        BuildResult result = new SiteBuilder().build(content, site);
        assertFalse(result.failed(), result.diagnostics()::toString);
    }

    private static List<Path> bundles() throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".zip")).sorted().toList();
        }
    }

    @Test
    void everyBundlePassesTheFrictionlessValidator() throws Exception {
        Path validator = validator();
        List<Path> bundles = bundles();
        assertEquals(5 + 2 + 1, bundles.size(), bundles::toString);
        for (Path bundle : bundles) {
            Path unpacked = unzip(bundle);
            ProcessBuilder run = new ProcessBuilder("node", Path.of("src/test/resources/datapackage/validate.js").toAbsolutePath().toString(),
                    unpacked.resolve("datapackage.json").toString()).redirectErrorStream(true).directory(unpacked.toFile());
            run.environment().put("NODE_PATH", validator.resolve("node_modules").toString());
            Process node = run.start();
            node.getOutputStream().close();
            String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(node.waitFor(120, TimeUnit.SECONDS), "validator finished");
            assertEquals(0, node.exitValue(), site.relativize(bundle) + ":\n" + output);
            assertTrue(output.strip().endsWith(", 0 problems"), output);
        }
    }

    @Test
    void everyCsvFileOfABundleIsDescribed() throws IOException {
        for (Path bundle : bundles()) {
            Path unpacked = unzip(bundle);
            JsonNode descriptor = JSON.readTree(unpacked.resolve("datapackage.json").toFile());
            assertEquals("tabular-data-package", descriptor.get("profile").asText());
            Set<String> described = new TreeSet<>();
            descriptor.get("resources").forEach(r -> described.add(r.get("path").asText()));
            Set<String> csv = new TreeSet<>();
            try (Stream<Path> files = Files.walk(unpacked)) {
                files.filter(p -> p.toString().endsWith(".csv")).forEach(p -> csv.add(unpacked.relativize(p).toString()));
            }
            assertFalse(csv.isEmpty());
            assertEquals(csv, described, site.relativize(bundle).toString());
        }
    }

    @Test
    void fieldsHaveTheirTypesUnitsAndKeys() throws IOException {
        Path unpacked = unzip(site.resolve("units/jiange/2022/final-accounts/bundle.zip"));
        JsonNode descriptor = JSON.readTree(unpacked.resolve("datapackage.json").toFile());
        assertEquals("jiange-2022-final-accounts", descriptor.get("name").asText());
        assertEquals("剑阁县医疗保障局2022年度部门决算", descriptor.get("title").asText());
        JsonNode income = resource(descriptor, "income");
        assertEquals("表2 收入决算表", income.get("title").asText());
        JsonNode fields = income.get("schema").get("fields");
        assertEquals("项目", fields.get(0).get("name").asText());
        assertEquals("string", fields.get(0).get("type").asText());
        assertEquals("金额", fields.get(1).get("name").asText());
        assertEquals("number", fields.get(1).get("type").asText());
        assertEquals("单位：万元", fields.get(1).get("description").asText());
        assertEquals("number", fields.get(2).get("type").asText());
        assertEquals("单位：%", fields.get(2).get("description").asText());
        assertFalse(fields.get(2).get("bareNumber").asBoolean(), "96.46% is a number with its % sign");
        assertEquals("项目", income.get("schema").get("primaryKey").get(0).asText());
        assertEquals("单位：万元", resource(descriptor, "chart-total-change").get("schema").get("fields").get(1).get("description").asText(),
                "a chart table's unit from its caption");
        JsonNode summary = resource(descriptor, "summary");
        assertFalse(summary.get("dialect").get("header").asBoolean(), "two header rows: no one header line");
        List<String> names = new ArrayList<>();
        summary.get("schema").get("fields").forEach(f -> names.add(f.get("name").asText()));
        assertEquals(List.of("收入 / 项目", "收入 / 决算数", "支出 / 项目（按功能分类）", "支出 / 决算数"), names);
        assertTrue(summary.get("description").asText().startsWith("前 2 行为表头"));

        JsonNode year = JSON.readTree(unzip(site.resolve("data/2022.zip")).resolve("datapackage.json").toFile());
        JsonNode inYear = resource(year, "jiange/2022/final-accounts/income");
        assertEquals("units/jiange/2022/final-accounts/income.csv", inYear.get("path").asText());
        assertEquals(income.get("schema"), inYear.get("schema"));
    }

    private static JsonNode resource(JsonNode descriptor, String name) {
        for (JsonNode resource : descriptor.get("resources")) {
            if (resource.get("name").asText().equals(name)) {
                return resource;
            }
        }
        throw new AssertionError("no resource " + name + " in " + descriptor.get("name"));
    }

    private static Path unzip(Path zip) throws IOException {
        Path target = Files.createTempDirectory(dir, "unzipped");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path file = target.resolve(entry.getName()).normalize();
                assertTrue(file.startsWith(target));
                Files.createDirectories(file.getParent());
                Files.write(file, in.readAllBytes());
            }
        }
        return target;
    }

    /** The validator's folder, as .ci/run installs it; skips the test where it is missing, except under CI. */
    private static Path validator() throws InterruptedException {
        String named = System.getenv("GONGKAI_DATAPACKAGE_VALIDATOR");
        Path folder = named != null ? Path.of(named) : Path.of(System.getProperty("user.home"), ".cache/gongkai/datapackage-validator");
        boolean present = Files.isRegularFile(folder.resolve("node_modules/datapackage/package.json"))
                && Files.isRegularFile(folder.resolve("node_modules/tableschema/package.json")) && nodeRuns();
        if (!present && System.getenv("CI") != null) {
            throw new AssertionError("CI must have node and the Data Package validator in " + folder + " (.ci/run installs them)");
        }
        Assumptions.assumeTrue(present, "the Data Package validator is not installed: run .ci/run, or npm install --prefix "
                + folder + " datapackage@1.1.10 tableschema@1.12.6");
        return folder;
    }

    private static boolean nodeRuns() throws InterruptedException {
        try {
            Process node = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            node.getInputStream().readAllBytes();
            return node.waitFor(30, TimeUnit.SECONDS) && node.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
