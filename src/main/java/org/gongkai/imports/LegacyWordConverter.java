package org.gongkai.imports;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A .doc (Word 97–2003) made a .docx by LibreOffice ({@code soffice --headless --convert-to docx}) in
 * a private temporary folder, when soffice is on the PATH; the .docx is then read like any other.
 */
final class LegacyWordConverter {

    private static final List<String> PROGRAMS = List.of("soffice", "libreoffice");

    private final ImportLimits limits;
    private final String searchPath;

    /** @param searchPath the folders to look for soffice in, as the PATH variable lists them */
    LegacyWordConverter(ImportLimits limits, String searchPath) {
        this.limits = limits;
        this.searchPath = searchPath == null ? "" : searchPath;
    }

    /**
     * Converts {@code file} and hands the .docx to {@code reader}; the temporary folder is deleted
     * afterwards, whatever happens.
     */
    SourceDocument convert(Path file, String name, DocxReader reader) throws ImportException {
        Path soffice = program().orElseThrow(() -> new ImportException(name,
                "这是旧版 Word 97-2003 文档（.doc），gongkai 不能直接读取，本机也没有安装可以转换它的 LibreOffice",
                "请用 Word 或 WPS 打开它，选“文件 → 另存为”，保存类型选“Word 文档（*.docx）”，再导入那个 .docx 文件；"
                        + "或者安装 LibreOffice（确保命令 soffice 可以运行）后重新导入，gongkai 会自动转换"));
        Path folder = null;
        try {
            folder = Files.createTempDirectory("gongkai-doc-");
            Path source = folder.resolve("source.doc");
            Files.copy(file, source);
            Path out = Files.createDirectory(folder.resolve("out"));
            Process process = new ProcessBuilder(soffice.toString(), "--headless", "--norestore",
                    "-env:UserInstallation=" + folder.resolve("profile").toUri(),
                    "--convert-to", "docx", "--outdir", out.toString(), source.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!process.waitFor(limits.conversionTimeout().toSeconds(), TimeUnit.SECONDS)) {
                // soffice is a script that starts soffice.bin: stop what it started too, before its folder is deleted.
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
                throw failed(name, "LibreOffice 在 " + limits.conversionTimeout().toSeconds() + " 秒内没有转换完");
            }
            Path converted = out.resolve("source.docx");
            if (process.exitValue() != 0 || !Files.isRegularFile(converted)) {
                throw failed(name, "LibreOffice 没能把它转换成 .docx（文件可能已损坏或加了密码）");
            }
            return reader.read(converted, name, SourceFormat.DOC);
        } catch (IOException e) {
            throw failed(name, "无法运行 LibreOffice 转换它");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failed(name, "转换被中断");
        } finally {
            delete(folder);
        }
    }

    private Optional<Path> program() {
        for (String folder : searchPath.split(File.pathSeparator)) {
            if (folder.isBlank()) {
                continue;
            }
            for (String program : PROGRAMS) {
                for (String suffix : List.of("", ".exe", ".com")) {
                    Path candidate = Path.of(folder, program + suffix);
                    if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                        return Optional.of(candidate);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static ImportException failed(String name, String why) {
        return new ImportException(name, "这是旧版 Word 97-2003 文档（.doc），" + why,
                "请用 Word 或 WPS 打开它，选“文件 → 另存为”，保存类型选“Word 文档（*.docx）”，再导入那个 .docx 文件");
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // a temporary folder left behind is the system's to clean; the import's result stands
        }
    }

    /** Reads a converted .docx: the same checks as any .docx. */
    @FunctionalInterface
    interface DocxReader {
        SourceDocument read(Path docx, String name, SourceFormat format) throws ImportException;
    }
}
