package org.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.gongkai.model.Position;
import org.gongkai.render.RenderException;
import org.junit.jupiter.api.Test;

/**
 * What a clerk reads when the disk refuses: the path and the cause in Chinese, whatever the exception
 * was wrapped in on its way out of the build (the JDK's own messages are a bare path or an English phrase).
 */
class IoFailureTest {

    @Test
    void permissionDenied() {
        assertEquals("/srv/www/site/.site.staging：没有读写权限（请检查这个位置的权限，或用 --out 换一个文件夹）",
                describe(new AccessDeniedException("/srv/www/site/.site.staging")));
    }

    @Test
    void readOnlyFileSystem() {
        assertEquals("/mnt/cd/.site.gongkai：文件系统只读（请用 --out 换一个可写的文件夹）",
                describe(new UncheckedIOException(new FileSystemException("/mnt/cd/.site.gongkai", null, "Read-only file system"))));
    }

    @Test
    void noSpaceLeft() {
        assertEquals("/data/.site.staging/index.html：磁盘空间不足（请腾出空间后再试）",
                describe(new RuntimeException(new FileSystemException("/data/.site.staging/index.html", null,
                        "No space left on device"))));
        // Files.write reports a full disk as a plain IOException, without the path.
        assertEquals("磁盘空间不足（请腾出空间后再试）",
                describe(new RenderException(Position.ofFile("page.ftlh"), "写不出网页", new IOException("No space left on device"))));
    }

    @Test
    void otherFailuresNameBothPathsAndKeepTheSystemsReason() {
        assertEquals("/a/.site.staging → /a/site：文件夹不是空的",
                describe(new FileSystemException("/a/.site.staging", "/a/site", "Directory not empty")));
        assertEquals("/a/site：无法完成（Stale file handle）",
                describe(new FileSystemException("/a/site", null, "Stale file handle")));
        assertEquals("/a/site/x.html：文件或文件夹不存在",
                describe(new NoSuchFileException("/a/site/x.html")));
    }

    @Test
    void whatIsNotAnIoFailureKeepsItsMessage() {
        assertEquals("page.ftlh:3:7: 模板出错", describe(new RenderException(new Position("page.ftlh", 3, 7), "模板出错", new IllegalStateException("bad"))));
        assertEquals("page.ftlh: 找不到模板", describe(new RenderException(Position.ofFile("page.ftlh"), "找不到模板", new IOException("not found"))));
    }

    /** An unexpected exception was printed as a bare class name ("gongkai 出错：NullPointerException"). */
    @Test
    void anUnexpectedExceptionIsAnInternalErrorSayingWhereAndWhatToReport() {
        String npe = describe(new NullPointerException());
        assertTrue(npe.startsWith("gongkai 内部错误（NullPointerException，出现在 org.gongkai.cli.IoFailureTest."
                + "anUnexpectedExceptionIsAnInternalErrorSayingWhereAndWhatToReport:"), npe);
        assertTrue(npe.endsWith("请把这条消息、gongkai 的版本（开发版）和所运行的命令（gongkai build）报告给 gongkai 的维护者。"), npe);
        // Thrown on a worker and re-thrown wrapped: the original's class and message, and where it was thrown.
        String wrapped = describe(new RuntimeException(new IllegalStateException("坏值\u202E\u001b[2J")));
        assertTrue(wrapped.startsWith("gongkai 内部错误（IllegalStateException：坏值\\u202E [2J，出现在 org.gongkai.cli.IoFailureTest."),
                wrapped);
    }

    @Test
    void controlCharactersInAMessageAreShownNotSentToTheTerminal() {
        assertEquals("page.ftlh:1:2: 模板出错：\\u001B[2J",
                describe(new RenderException(new Position("page.ftlh", 1, 2), "模板出错：\u001b[2J", null)));
        assertEquals("/a/\\u001B[2J：没有读写权限（请检查这个位置的权限，或用 --out 换一个文件夹）",
                describe(new AccessDeniedException("/a/\u001b[2J")));
    }

    private static String describe(Throwable exception) {
        return Main.describe(exception, "gongkai build");
    }
}
