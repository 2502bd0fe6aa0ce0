package org.gongkai.site;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Refuses output folders whose replacement would destroy something else, whatever the folder holds
 * and even with {@code --force}: the content folder, a folder that contains it (such as the project
 * root), the site's own templates, the current folder, or the file-system root. Whether a folder
 * elsewhere is gongkai's to replace is {@link OutputOwnership}'s question.
 */
public final class OutputGuard {

    private OutputGuard() {
    }

    /** Why {@code out} must not be used, in Chinese, or empty when it is safe. */
    public static Optional<String> refusal(Path out, Path content) {
        Path o = out.toAbsolutePath().normalize();
        Path c = content.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath().normalize();
        if (o.getParent() == null) {
            return Optional.of("输出文件夹不能是文件系统根目录：" + o);
        }
        if (o.equals(c)) {
            return Optional.of("输出文件夹不能与内容文件夹相同：" + o);
        }
        if (c.startsWith(o)) {
            return Optional.of("输出文件夹不能包含内容文件夹（会删除内容）：" + o);
        }
        if (cwd.startsWith(o)) {
            return Optional.of("输出文件夹不能是当前文件夹或其上级：" + o);
        }
        if (o.startsWith(c)) {
            return Optional.of("输出文件夹不能放在内容文件夹之内：" + o);
        }
        if (c.getParent() != null) {
            Path theme = SiteBuilder.themeFolder(c);
            if (o.equals(theme)) {
                return Optional.of("输出文件夹不能是网站自己的模板文件夹（会删除模板）：" + o);
            }
            if (o.startsWith(theme)) {
                return Optional.of("输出文件夹不能放在网站自己的模板文件夹之内：" + o);
            }
        }
        return Optional.empty();
    }
}
