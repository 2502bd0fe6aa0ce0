package org.gongkai.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.gongkai.model.Diagnostic;
import org.gongkai.model.Position;

/**
 * How the loader looks at and reads what is in a content folder, which nobody vouches for: only
 * regular files and folders inside it are read. A link is followed only when its target, by real
 * path, is a regular file or folder inside the content folder; a pipe (FIFO), device or socket is
 * never opened (opening a FIFO blocks until someone writes to it), since what a path is is read from
 * its attributes without following links first. A file's size is checked before it is read, and no
 * more than {@link Limits#MAX_FILE_BYTES} + 1 bytes are ever read, so a file that grows underneath
 * cannot exhaust memory.
 */
final class ContentFiles {

    /** What an entry of the content folder is, once links inside the folder are followed. */
    enum Kind { FILE, FOLDER, MISSING, REFUSED }

    /**
     * One path as the loader sees it: what it is, where it really is (itself unless it is a link), its
     * size, and for {@link Kind#REFUSED} why, in a clerk's words.
     */
    record Entry(Path path, Kind kind, Path real, long size, String rule, String refusal) {

        boolean isFile() {
            return kind == Kind.FILE;
        }

        boolean isFolder() {
            return kind == Kind.FOLDER;
        }
    }

    private final Path realRoot;

    /** @param contentDir the content folder, which must exist (its real path bounds every link) */
    ContentFiles(Path contentDir) throws IOException {
        this.realRoot = contentDir.toRealPath();
    }

    /** What {@code path} is, without opening it; a link is followed only to a file or folder inside the content folder. */
    Entry look(Path path) {
        BasicFileAttributes own;
        try {
            own = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return new Entry(path, Kind.MISSING, path, 0, null, null);
        } catch (IOException e) {
            return refused(path, "file.unreadable", "无法读取（" + e.getClass().getSimpleName() + "）");
        }
        if (!own.isSymbolicLink()) {
            return of(path, path, own, "");
        }
        Path real;
        try {
            real = path.toRealPath();
        } catch (NoSuchFileException e) {
            return refused(path, "file.unreadable", "是失效的链接：它指向的文件不存在");
        } catch (IOException e) {
            return refused(path, "file.unreadable", "是无法解析的链接（可能指向它自己）");
        }
        if (!real.startsWith(realRoot)) {
            return refused(path, "file.outside", "是指向内容文件夹以外（" + real + "）的链接：只读取内容文件夹内的文件");
        }
        try {
            return of(path, real, Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS),
                    "是链接，指向的");
        } catch (IOException e) {
            return refused(path, "file.unreadable", "是无法读取的链接（" + e.getClass().getSimpleName() + "）");
        }
    }

    private static Entry of(Path path, Path real, BasicFileAttributes attributes, String via) {
        if (attributes.isRegularFile()) {
            return new Entry(path, Kind.FILE, real, attributes.size(), null, null);
        }
        if (attributes.isDirectory()) {
            return new Entry(path, Kind.FOLDER, real, 0, null, null);
        }
        return refused(path, "file.not-regular", via + "不是普通文件而是" + special(real) + "：只读取普通文件");
    }

    private static Entry refused(Path path, String rule, String why) {
        return new Entry(path, Kind.REFUSED, path, 0, rule, why);
    }

    /** The kind of a special file, named from its mode bits where the file system gives them. */
    private static String special(Path real) {
        try {
            int type = (Integer) Files.getAttribute(real, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 0170000;
            return switch (type) {
                case 0010000 -> "命名管道（FIFO）";
                case 0020000 -> "字符设备";
                case 0060000 -> "块设备";
                case 0140000 -> "套接字";
                default -> "特殊文件";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "特殊文件（管道、设备或套接字）";
        }
    }

    /** The diagnostic for an entry that may not be read. */
    static Diagnostic refusal(Entry entry, String name) {
        return Diagnostic.error(entry.rule(), Position.ofFile(name), "", "此项" + entry.refusal());
    }

    /**
     * The bytes of a regular file, or empty with the reason added to {@code problems}: the entry is not
     * a file, is larger than the limit (by its size, and again by what is actually there), or cannot be read.
     */
    Optional<byte[]> read(Entry entry, String name, List<Diagnostic> problems) {
        switch (entry.kind()) {
            case REFUSED -> {
                problems.add(refusal(entry, name));
                return Optional.empty();
            }
            case MISSING -> {
                problems.add(YamlReader.unreadable(name));
                return Optional.empty();
            }
            case FOLDER -> {
                problems.add(Diagnostic.error("file.not-regular", Position.ofFile(name), "",
                        "此项应为文件，实际为文件夹"));
                return Optional.empty();
            }
            default -> {
            }
        }
        if (entry.size() > Limits.MAX_FILE_BYTES) {
            problems.add(tooLarge(name, entry.size()));
            return Optional.empty();
        }
        // The real path, not followed again: if it became a link since it was looked at, opening it fails.
        try (InputStream in = Files.newInputStream(entry.real(), StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            byte[] bytes = in.readNBytes((int) Limits.MAX_FILE_BYTES + 1);
            if (bytes.length > Limits.MAX_FILE_BYTES) {
                problems.add(tooLarge(name, bytes.length));
                return Optional.empty();
            }
            return Optional.of(bytes);
        } catch (IOException e) {
            problems.add(YamlReader.unreadable(name));
            return Optional.empty();
        }
    }

    private static Diagnostic tooLarge(String name, long size) {
        long limit = Limits.MAX_FILE_BYTES / 1024 / 1024;
        long megabytes = size / 1024 / 1024;
        return Diagnostic.error("file.too-large", Position.ofFile(name), "",
                "文件过大：应不超过 " + limit + " MB，实际为" + (megabytes > limit ? " " + megabytes + " MB" : "超过 " + limit + " MB"));
    }

    /** The entries of a folder the loader may read (see {@link #look}), sorted, hidden ones (".name") left out. */
    List<Entry> children(Entry folder, String name, List<Diagnostic> problems) {
        if (!folder.isFolder()) {
            return List.of();
        }
        List<Path> paths;
        try (Stream<Path> stream = Files.list(folder.path())) {
            paths = stream.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            problems.add(Diagnostic.error("file.unreadable", Position.ofFile(name), "",
                    "无法读取文件夹（" + e.getClass().getSimpleName() + "）"));
            return List.of();
        }
        List<Entry> entries = new ArrayList<>(paths.size());
        for (Path path : paths) {
            entries.add(look(path));
        }
        return entries;
    }
}
