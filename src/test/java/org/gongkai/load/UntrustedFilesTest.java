package org.gongkai.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gongkai.DemoContent;
import org.gongkai.model.Diagnostic;
import org.gongkai.site.BuildResult;
import org.gongkai.site.SiteBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Only regular files inside the content folder are read: a link out of it, a pipe, a device or a
 * folder where a file should be is an error naming the path, and nothing of what it points to is
 * read, quoted or published.
 */
class UntrustedFilesTest {

    @TempDir
    Path dir;
    Path content;
    Path year;

    @BeforeEach
    void demo() throws IOException {
        content = DemoContent.write(dir.resolve("content"), DemoContent.SITE, Map.of("fa.yaml", DemoContent.FINAL_ACCOUNTS));
        year = content.resolve(DemoContent.YEAR_FOLDER);
    }

    private List<Diagnostic> check() {
        return new SiteBuilder().check(content).diagnostics();
    }

    /** The one error, which names {@code file} and has {@code rule}; the whole output mentions nothing of the target's text. */
    private Diagnostic onlyError(List<Diagnostic> found, String rule, Path file) {
        List<Diagnostic> errors = found.stream().filter(Diagnostic::isError).toList();
        assertEquals(1, errors.size(), found::toString);
        Diagnostic error = errors.get(0);
        assertEquals(rule, error.rule(), error::toString);
        assertEquals(file.toString(), error.position().file());
        assertFalse(found.toString().contains("root:"), "nothing of /etc/passwd is quoted: " + found);
        return error;
    }

    /** Builds, expecting failure, and returns the files the site would have published. */
    private List<Path> failedBuild() throws IOException {
        Path site = dir.resolve("site");
        BuildResult result = new SiteBuilder().build(content, site);
        assertTrue(result.failed(), "the build must fail");
        if (!Files.exists(site)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void aNarrativeLinkedToEtcPasswdIsNeitherReadNorPublished() throws IOException {
        assumeTrue(Files.isRegularFile(Path.of("/etc/passwd")));
        Path link = Files.createSymbolicLink(year.resolve("fa.md"), Path.of("/etc/passwd"));
        Diagnostic error = onlyError(check(), "file.outside", link);
        assertTrue(error.message().contains("内容文件夹以外"), error::toString);
        assertEquals(List.of(), failedBuild(), "no page, source.md or search index");

        // A link that stays inside the content folder is followed: one narrative shared by two reports.
        Files.delete(link);
        Files.writeString(Files.createDirectories(content.resolve("shared")).resolve("narrative.md"), "共同的说明");
        Files.createSymbolicLink(link, Path.of("../../../shared/narrative.md"));
        var checked = new SiteBuilder().check(content);
        assertEquals(List.of(), checked.diagnostics());
        assertEquals("共同的说明", checked.derived().content().reports().get(0).header().narrative());
    }

    @Test
    void aNarrativeLinkedToProcSelfEnvironIsNotRead() throws IOException {
        assumeTrue(Files.exists(Path.of("/proc/self/environ")));
        Path link = Files.createSymbolicLink(year.resolve("fa.md"), Path.of("/proc/self/environ"));
        onlyError(check(), "file.outside", link);
        assertEquals(List.of(), failedBuild());
    }

    @Test
    void aReportLinkedToEtcPasswdIsNotQuoted() throws IOException {
        assumeTrue(Files.isRegularFile(Path.of("/etc/passwd")));
        Files.delete(year.resolve("fa.yaml"));
        Path link = Files.createSymbolicLink(year.resolve("fa.yaml"), Path.of("/etc/passwd"));
        onlyError(check(), "file.outside", link);
    }

    @Test
    void aUnitFileLinkedOutOfTheFolderIsRefused() throws IOException {
        Path outside = Files.writeString(dir.resolve("outside.yaml"), DemoContent.UNIT);
        Files.delete(content.resolve("units/demo/unit.yaml"));
        Path link = Files.createSymbolicLink(content.resolve("units/demo/unit.yaml"), outside);
        onlyError(check(), "file.outside", link);
    }

    @Test
    void aUnitFolderLinkedOutOfTheContentFolderIsNotListed() throws IOException {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere/secret-notes"));
        Files.writeString(elsewhere.resolve("unit.yaml"), DemoContent.UNIT);
        Path link = Files.createSymbolicLink(content.resolve("units/other"), elsewhere);
        onlyError(check(), "file.outside", link);
    }

    @Test
    void aReportThatIsAFifoIsAnErrorAndHangsNothing() throws Exception {
        Path fifo = year.resolve("fifo.yaml");
        assumeTrue(mkfifo(fifo), "mkfifo is available");
        List<Diagnostic> found = assertTimeoutPreemptively(Duration.ofSeconds(20), this::check,
                "check must not open the FIFO (opening one blocks until something writes to it)");
        Diagnostic error = onlyError(found, "file.not-regular", fifo);
        assertTrue(error.message().contains("命名管道"), error::toString);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> assertEquals(List.of(), failedBuild()));
    }

    @Test
    void aNarrativeThatIsAFifoIsAnError() throws Exception {
        Path fifo = year.resolve("fa.md");
        assumeTrue(mkfifo(fifo), "mkfifo is available");
        List<Diagnostic> found = assertTimeoutPreemptively(Duration.ofSeconds(20), this::check);
        onlyError(found, "file.not-regular", fifo);
    }

    @Test
    void aLinkToDevZeroIsAnErrorNotAnOutOfMemoryError() throws IOException {
        assumeTrue(Files.exists(Path.of("/dev/zero")));
        Path link = Files.createSymbolicLink(year.resolve("fa.md"), Path.of("/dev/zero"));
        onlyError(check(), "file.outside", link);
    }

    /** A device inside the content folder (as a bind mount or a copied /dev could put there) is not opened either. */
    @Test
    void aLinkToADeviceInsideTheFolderIsRefusedAsNotRegular() throws Exception {
        Path devices = content.resolve("dev");
        Files.createDirectories(devices);
        Path fifo = devices.resolve("pipe");
        assumeTrue(mkfifo(fifo), "mkfifo is available");
        Path link = Files.createSymbolicLink(year.resolve("fa.md"), Path.of("../../../dev/pipe"));
        List<Diagnostic> found = assertTimeoutPreemptively(Duration.ofSeconds(20), this::check);
        Diagnostic error = onlyError(found, "file.not-regular", link);
        assertTrue(error.message().contains("链接"), error::toString);
    }

    @Test
    void foldersWhereFilesBelongAreErrorsWithTheirPath() throws IOException {
        Files.createDirectories(year.resolve("fa.md"));
        onlyError(check(), "file.not-regular", year.resolve("fa.md"));
        Files.delete(year.resolve("fa.md"));
        Files.delete(content.resolve("site.yaml"));
        Files.createDirectories(content.resolve("site.yaml"));
        onlyError(check(), "file.not-regular", content.resolve("site.yaml"));
    }

    private static boolean mkfifo(Path path) {
        try {
            return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0 && Files.exists(path);
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
