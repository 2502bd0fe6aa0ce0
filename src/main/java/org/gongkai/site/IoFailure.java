package org.gongkai.site;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A failure of the file system, in Chinese: the path and what went wrong, for a clerk, instead of the
 * JDK's bare path (permission denied) or English phrase (read-only file system, no space left).
 * Used for the build's own warnings and by the command line for whatever stops a command.
 */
public final class IoFailure {

    private static final String DENIED = "没有读写权限（请检查这个位置的权限，或用 --out 换一个文件夹）";
    private static final String FULL = "磁盘空间不足（请腾出空间后再试）";
    private static final String NOT_FOLDER = "路径中有一项不是文件夹";

    /** What the operating system says (Linux, macOS and Windows wordings), and what a clerk reads. */
    private static final List<Map.Entry<String, String>> REASONS = List.of(
            Map.entry("read-only file system", "文件系统只读（请用 --out 换一个可写的文件夹）"),
            Map.entry("no space left", FULL),
            Map.entry("not enough space", FULL),
            Map.entry("disk quota exceeded", "超出磁盘配额（请腾出空间后再试）"),
            Map.entry("permission denied", DENIED),
            Map.entry("operation not permitted", DENIED),
            Map.entry("access is denied", DENIED),
            Map.entry("not a directory", NOT_FOLDER),
            Map.entry("directory not empty", "文件夹不是空的"),
            Map.entry("file name too long", "文件名或路径太长"),
            Map.entry("too many open files", "同时打开的文件太多（请提高系统的打开文件数上限）"),
            Map.entry("input/output error", "磁盘读写出错（请检查磁盘）"));

    private IoFailure() {
    }

    /** The first file-system failure among an exception and its causes, in Chinese; empty when there is none. */
    public static Optional<String> describe(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof FileSystemException failure) {
                String where = failure.getFile() == null ? ""
                        : failure.getFile() + (failure.getOtherFile() == null ? "" : " → " + failure.getOtherFile()) + "：";
                return Optional.of(where + cause(failure));
            }
            if (t instanceof IOException io && io.getMessage() != null) {
                Optional<String> known = reason(io.getMessage());
                if (known.isPresent()) {
                    return known;
                }
            }
        }
        return Optional.empty();
    }

    private static String cause(FileSystemException failure) {
        if (failure instanceof AccessDeniedException) {
            return DENIED;
        }
        if (failure instanceof NoSuchFileException) {
            return "文件或文件夹不存在";
        }
        if (failure instanceof NotDirectoryException) {
            return NOT_FOLDER;
        }
        if (failure instanceof DirectoryNotEmptyException) {
            return "文件夹不是空的";
        }
        if (failure instanceof FileAlreadyExistsException) {
            return "已经存在";
        }
        if (failure instanceof FileSystemLoopException) {
            return "符号链接构成了循环";
        }
        String reason = failure.getReason();
        return reason(reason).orElse(reason == null ? "无法完成" : "无法完成（" + reason + "）");
    }

    private static Optional<String> reason(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        return REASONS.stream().filter(r -> lower.contains(r.getKey())).map(Map.Entry::getValue).findFirst();
    }
}
