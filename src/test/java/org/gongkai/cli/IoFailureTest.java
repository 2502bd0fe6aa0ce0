package org.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
                Main.describe(new AccessDeniedException("/srv/www/site/.site.staging")));
    }

    @Test
    void readOnlyFileSystem() {
        assertEquals("/mnt/cd/.site.gongkai：文件系统只读（请用 --out 换一个可写的文件夹）",
                Main.describe(new UncheckedIOException(new FileSystemException("/mnt/cd/.site.gongkai", null, "Read-only file system"))));
    }

    @Test
    void noSpaceLeft() {
        assertEquals("/data/.site.staging/index.html：磁盘空间不足（请腾出空间后再试）",
                Main.describe(new RuntimeException(new FileSystemException("/data/.site.staging/index.html", null,
                        "No space left on device"))));
        // Files.write reports a full disk as a plain IOException, without the path.
        assertEquals("磁盘空间不足（请腾出空间后再试）",
                Main.describe(new RenderException(Position.ofFile("page.ftlh"), "写不出网页", new IOException("No space left on device"))));
    }

    @Test
    void otherFailuresNameBothPathsAndKeepTheSystemsReason() {
        assertEquals("/a/.site.staging → /a/site：文件夹不是空的",
                Main.describe(new FileSystemException("/a/.site.staging", "/a/site", "Directory not empty")));
        assertEquals("/a/site：无法完成（Stale file handle）",
                Main.describe(new FileSystemException("/a/site", null, "Stale file handle")));
        assertEquals("/a/site/x.html：文件或文件夹不存在",
                Main.describe(new NoSuchFileException("/a/site/x.html")));
    }

    @Test
    void whatIsNotAnIoFailureKeepsItsMessage() {
        assertEquals("page.ftlh:3:7: 模板出错", Main.describe(new RenderException(new Position("page.ftlh", 3, 7), "模板出错", new IllegalStateException("bad"))));
        assertEquals("page.ftlh: 找不到模板", Main.describe(new RenderException(Position.ofFile("page.ftlh"), "找不到模板", new IOException("not found"))));
        assertEquals("NullPointerException", Main.describe(new NullPointerException()));
    }
}
