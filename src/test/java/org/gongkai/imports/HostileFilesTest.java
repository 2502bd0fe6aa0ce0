package org.gongkai.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile and broken files ({@link HostileFiles}): every one is refused with a message in Chinese that
 * names the file and says what is wrong, and none reaches a library that would crash or exhaust memory.
 */
class HostileFilesTest {

    /** Small bounds, so that a bomb past each one is cheap to build. */
    private static final ImportLimits SMALL = new ImportLimits(32L << 20, 1_000, 3L << 20, 2L << 20, 100,
            5_000, 256, 10_000, 200, 2, Duration.ofSeconds(5));

    @TempDir
    Path folder;

    static Stream<Arguments> files() {
        return HostileFiles.files().map(h -> Arguments.of(h.name(), h.maker(), h.expected()));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("files")
    void isRefusedWithAMessageNamingIt(String name, HostileFiles.Maker maker, List<String> expected) throws Exception {
        Path file = maker.make(folder);

        ImportException refused = assertThrows(ImportException.class, () -> new DocumentReader(SMALL, "").read(file));

        assertEquals(name, refused.fileName());
        assertTrue(refused.getMessage().startsWith(name + "："), refused.getMessage());
        for (String fragment : expected) {
            assertTrue(refused.getMessage().contains(fragment), "«" + fragment + "» not in: " + refused.getMessage());
        }
        assertTrue(refused.getMessage().contains("。"), "says what to do: " + refused.getMessage());
        assertTrue(refused.getMessage().codePoints().noneMatch(Character::isISOControl), refused.getMessage());
    }

    @ParameterizedTest(name = "fake soffice: {0}")
    @MethodSource("failingConverters")
    void aDocThatLibreOfficeCannotConvertIsRefused(String script, String expected) throws Exception {
        ImportException refused = convertedBy(script);

        assertTrue(refused.getMessage().startsWith("old.doc：这是旧版 Word 97-2003 文档（.doc），"), refused.getMessage());
        assertTrue(refused.getMessage().contains(expected), refused.getMessage());
    }

    /** soffice is a script that starts soffice.bin: a conversion that runs out of time stops what it started too. */
    @org.junit.jupiter.api.Test
    void aConversionOutOfTimeLeavesNothingRunning() throws Exception {
        ImportException refused = convertedBy("sleep 61.25 &\nwait");

        assertTrue(refused.getMessage().contains("秒内没有转换完"), refused.getMessage());
        Thread.sleep(200);
        assertEquals(java.util.List.of(), ProcessHandle.allProcesses().filter(ProcessHandle::isAlive)
                .filter(p -> p.info().commandLine().orElse("").contains("sleep 61.25")).map(ProcessHandle::pid).toList(),
                "the converter's own child is stopped");
    }

    /** A .doc read with a fake soffice running {@code script} and a conversion limit of two seconds: why it was refused. */
    private ImportException convertedBy(String script) throws IOException {
        Path bin = Files.createDirectory(folder.resolve("bin"));
        Path soffice = HostileFiles.write(bin.resolve("soffice"), SampleFiles.utf8("#!/bin/sh\n" + script + "\n"));
        Files.setPosixFilePermissions(soffice, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path doc = HostileFiles.ole2(folder.resolve("old.doc"), "WordDocument");
        ImportLimits quick = new ImportLimits(32L << 20, 1_000, 256L << 20, 24L << 20, 100, 5_000, 256, 10_000, 200, 1_000,
                Duration.ofSeconds(2));
        return assertThrows(ImportException.class, () -> new DocumentReader(quick, bin.toString()).read(doc));
    }

    static Stream<Arguments> failingConverters() {
        return Stream.of(
                Arguments.of("exit 1", "LibreOffice 没能把它转换成 .docx"),
                Arguments.of("exit 0", "LibreOffice 没能把它转换成 .docx"),
                Arguments.of("exec sleep 30", "秒内没有转换完"));
    }

}
