package org.gongkai.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.gongkai.model.Diagnostic;
import org.gongkai.model.Position;

/**
 * Whether an output folder, and the folders gongkai keeps beside it, are gongkai's to replace and
 * delete. What tells is a mark in the metadata folder beside the output ({@link OutputFolder#metadata}),
 * never in it, so the site keeps its bytes: {@code owner}, written just before a build first swaps its
 * site in, and, for the version before it, the manifest, stamp or spare record its builds left there.
 * Only a build writes these files. A folder with no mark is replaced only when it is empty, or with
 * {@code --force}; the folders beside it with gongkai's names are deleted only when it is marked (or,
 * for the staging folder of a first build, when that build recorded making it). A file or a link in
 * the output's place is never replaced.
 */
final class OutputOwnership {

    /** The output folder and the folders beside it are gongkai's. */
    static final String OWNER = "owner";
    /** A build made the staging folder beside an output that is not marked yet (its first build). */
    static final String STAGING_MADE = "staging-made";
    /** Files only a build writes: the mark, and what builds of the version before the mark left. */
    private static final List<String> MARKS = List.of(OWNER, Manifest.FILE, Stamp.FILE, OutputFolder.SPARE_RECORD);
    /** What the metadata folder of an output that was never built may hold: a lock, a first build's note. */
    private static final Set<String> UNMARKED = Set.of(OutputLock.FILE, STAGING_MADE);
    /** How many of a foreign folder's entries a refusal names. */
    private static final int NAMED = 3;

    private OutputOwnership() {
    }

    /** Why a build may not write {@code folder}, as it is now, or empty when it may. */
    static Optional<Diagnostic> refusal(OutputFolder folder, boolean force) throws IOException {
        Path out = folder.path();
        Path metadata = OutputFolder.metadata(out);
        BasicFileAttributes meta = attributes(metadata);
        if (meta != null && !meta.isDirectory()) {
            return Optional.of(kept(metadata, "gongkai 在这里记录构建"));
        }
        boolean marked = marked(metadata);
        BasicFileAttributes o = attributes(out);
        if (o != null && o.isSymbolicLink()) {
            return refuse("output.not-folder", out, "输出位置 " + out + " 是一个符号链接；gongkai 不会用网站替换它（加 --force 也不会）。"
                    + "请用 --out 指定一个文件夹。");
        }
        if (o != null && o.isRegularFile()) {
            return refuse("output.not-folder", out, "输出位置 " + out + " 是一个文件，不是文件夹；gongkai 不会用网站替换文件（加 --force 也不会）。"
                    + "请用 --out 指定一个文件夹。");
        }
        if (o != null && !o.isDirectory()) {
            return refuse("output.not-folder", out, "输出位置 " + out + " 不是普通文件夹；gongkai 不会替换它（加 --force 也不会）。"
                    + "请用 --out 指定一个文件夹。");
        }
        if (o != null && !marked && !force) {
            List<String> entries = entries(out);
            if (!entries.isEmpty()) {
                return refuse("output.foreign", out, "输出文件夹 " + out + " 不是 gongkai 生成的网站（旁边没有 "
                        + metadata.getFileName() + "/ 构建记录），里面已有 " + entries.size() + " 项，如 "
                        + String.join("、", entries.subList(0, Math.min(NAMED, entries.size())))
                        + "；构建会整个替换它，这些都会被删除。请用 --out 换一个空的或不存在的文件夹；确认其中的东西都可以删除时，加 --force。");
            }
        }
        if (meta != null && !marked && !UNMARKED.containsAll(entries(metadata))) {
            return Optional.of(kept(metadata, "gongkai 在这里记录构建"));
        }
        if (!marked) {
            if (attributes(folder.staging()) != null && !Files.isRegularFile(metadata.resolve(STAGING_MADE))) {
                return Optional.of(kept(folder.staging(), "gongkai 在这里写新网站"));
            }
            for (Path beside : List.of(folder.previous(), folder.spare())) {
                if (attributes(beside) != null) {
                    return Optional.of(kept(beside, "gongkai 在这里保留上一版网站"));
                }
            }
        }
        return Optional.empty();
    }

    /** Something with one of gongkai's names beside the output that gongkai did not leave. */
    private static Diagnostic kept(Path path, String use) {
        return Diagnostic.error("output.foreign", Position.ofFile(path.toString()), "",
                path + " 已存在，但不是 gongkai 留下的；" + use + "，不会删除或改动它（加 --force 也不会）。请把它移走或改名后再构建。");
    }

    private static Optional<Diagnostic> refuse(String rule, Path out, String message) {
        return Optional.of(Diagnostic.error(rule, Position.ofFile(out.toString()), "", message));
    }

    static boolean marked(Path metadata) {
        return MARKS.stream().anyMatch(mark -> Files.isRegularFile(metadata.resolve(mark), LinkOption.NOFOLLOW_LINKS));
    }

    /** Marks the output folder as gongkai's, before a build swaps its site in. */
    static void markOutput(Path out) throws IOException {
        Path metadata = OutputFolder.metadata(out);
        Files.createDirectories(metadata);
        Path owner = metadata.resolve(OWNER);
        if (!Files.isRegularFile(owner)) {
            Files.writeString(owner, "gongkai\n" + out.getFileName() + "/ 和它旁边的 ." + out.getFileName()
                    + ".* 由 gongkai 构建写入；gongkai 只替换有这个记录的输出文件夹。\n", StandardCharsets.UTF_8);
        }
        Files.deleteIfExists(metadata.resolve(STAGING_MADE));
    }

    /** Records, before a first build makes its staging folder, that the folder will be gongkai's. */
    static void markStaging(Path out) throws IOException {
        Path metadata = OutputFolder.metadata(out);
        if (!marked(metadata)) {
            Files.createDirectories(metadata);
            Files.writeString(metadata.resolve(STAGING_MADE), "", StandardCharsets.UTF_8);
        }
    }

    /** The staging folder of a first build is gone again. */
    static void unmarkStaging(Path out) throws IOException {
        Files.deleteIfExists(OutputFolder.metadata(out).resolve(STAGING_MADE));
    }

    /** The attributes of the path itself (not of what a link points to), or null when there is nothing there. */
    private static BasicFileAttributes attributes(Path path) throws IOException {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (java.nio.file.NoSuchFileException absent) {
            return null;
        }
    }

    private static List<String> entries(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
