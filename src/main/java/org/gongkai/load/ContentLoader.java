package org.gongkai.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gongkai.model.AccountsSection;
import org.gongkai.model.Content;
import org.gongkai.model.Diagnostic;
import org.gongkai.model.Evaluation;
import org.gongkai.model.FinalAccounts;
import org.gongkai.model.Labeled;
import org.gongkai.model.Position;
import org.gongkai.model.Report;
import org.gongkai.model.ReportKind;
import org.gongkai.model.Site;
import org.gongkai.model.Unit;

/**
 * Loads a content folder: {@code site.yaml}, {@code units/<id>/unit.yaml} and the reports under
 * {@code units/<id>/<year>/}. Problems are collected, never thrown, so one run reports all of them.
 */
public final class ContentLoader {

    /** Unit and report ids: they become folder names on the site, so nothing that can escape a folder. */
    public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

    private final YamlReader reader = new YamlReader();
    /** Reports read before, by file: reused while their files' sizes and times are the same (the preview reloads often). */
    private final Map<Path, Cached> cache = new java.util.concurrent.ConcurrentHashMap<>();
    /** Whether reports are kept in {@link #cache}; a build that reads each report once must not keep them all. */
    private final boolean remembersReports;

    /** A loader that remembers the reports it read, for the next load of the same folder. */
    public ContentLoader() {
        this(true);
    }

    private ContentLoader(boolean remembersReports) {
        this.remembersReports = remembersReports;
    }

    /** A loader for reading every report once: it keeps none of them after handing them over. */
    public static ContentLoader readingOnce() {
        return new ContentLoader(false);
    }

    private record Cached(String stamp, Object value, List<Diagnostic> problems) {
    }

    /**
     * The site, and what is known of each unit folder before its reports are read: its unit (null when
     * unit.yaml is missing or unreadable) and the problems found so far.
     */
    public record Index(Site site, List<UnitFolder> folders, List<Diagnostic> problems) {

        /** The units that could be read, in folder order. */
        public List<Unit> units() {
            return folders.stream().map(UnitFolder::unit).filter(java.util.Objects::nonNull).toList();
        }

        /** The years that have a report file in some unit's folder, newest first. */
        public List<Integer> years() {
            return folders.stream().flatMap(f -> f.years().stream()).distinct().sorted(java.util.Comparator.reverseOrder())
                    .toList();
        }
    }

    /**
     * A folder under units/: its unit (null when it has none), the problems of its unit.yaml, the years
     * that have a report file, and whether its reports are to be read.
     */
    public record UnitFolder(Path dir, Unit unit, List<Diagnostic> problems, List<Integer> years, boolean hasReports) {
    }

    /** A unit folder's reports, in folder order, and the problems found reading them. */
    public record UnitReports(List<Report> reports, List<Diagnostic> problems) {
    }

    public LoadResult load(Path contentDir) {
        Index index = index(contentDir);
        List<Diagnostic> problems = new ArrayList<>(index.problems());
        List<Report> reports = new ArrayList<>();
        // Units are read in parallel, each into its own lists, and put together in folder order.
        List<UnitReports> read = index.folders().parallelStream().map(folder -> reports(contentDir, folder)).toList();
        for (int i = 0; i < read.size(); i++) {
            problems.addAll(index.folders().get(i).problems());
            problems.addAll(read.get(i).problems());
            reports.addAll(read.get(i).reports());
        }
        Content content = index.site() == null ? null : new Content(index.site(), index.units(), reports);
        return new LoadResult(content, problems);
    }

    /**
     * Reads site.yaml and every unit.yaml (in parallel), and lists which years each unit has: what a
     * build needs to know before it takes the units one by one. A unit folder's problems are kept with
     * it, so that they come in folder order with its reports' problems.
     */
    public Index index(Path contentDir) {
        List<Diagnostic> problems = new ArrayList<>();
        if (!Files.isDirectory(contentDir)) {
            problems.add(Diagnostic.error("content.missing", Position.ofFile(contentDir.toString()), "",
                    "内容文件夹不存在：应为包含 site.yaml 和 units/ 的文件夹"));
            return new Index(null, List.of(), problems);
        }
        Site site = readSite(contentDir, problems);
        Path unitsDir = contentDir.resolve("units");
        if (!Files.isDirectory(unitsDir)) {
            problems.add(Diagnostic.warning("content.no-units", Position.ofFile(display(contentDir, unitsDir)), "",
                    "没有 units/ 文件夹：站点中没有任何单位"));
            return new Index(site, List.of(), problems);
        }
        List<UnitFolder> folders = children(unitsDir, problems).parallelStream()
                .map(unitDir -> readUnit(contentDir, unitDir)).toList();
        return new Index(site, folders, problems);
    }

    /** Reads one unit folder's reports. */
    public UnitReports reports(Path contentDir, UnitFolder folder) {
        List<Report> reports = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        if (folder.hasReports()) {
            readReports(contentDir, folder.dir(), reports, problems);
        }
        return new UnitReports(reports, problems);
    }

    private Site readSite(Path contentDir, List<Diagnostic> problems) {
        Path file = contentDir.resolve("site.yaml");
        String name = display(contentDir, file);
        if (!Files.isRegularFile(file)) {
            problems.add(Diagnostic.error("content.no-site", Position.ofFile(name), "",
                    "缺少 site.yaml：内容文件夹中应有站点设置文件"));
            return null;
        }
        return cached(file, problems, found -> reader.read(file, name, found)
                .map(node -> new Binder(found, Map.of("digest", digest(file))).bind(node, Site.class))
                .orElse(null));
    }

    /** A site or unit file read before and unchanged since (same size and time) is not read again. */
    @SuppressWarnings("unchecked")
    private <T> T cached(Path file, List<Diagnostic> problems, java.util.function.Function<List<Diagnostic>, T> read) {
        String stamp = stamp(List.of(file));
        Cached known = cache.get(file);
        if (known != null && known.stamp().equals(stamp)) {
            problems.addAll(known.problems());
            return (T) known.value();
        }
        List<Diagnostic> found = new ArrayList<>();
        T value = read.apply(found);
        cache.put(file, new Cached(stamp, value, List.copyOf(found)));
        problems.addAll(found);
        return value;
    }

    private UnitFolder readUnit(Path contentDir, Path unitDir) {
        List<Diagnostic> problems = new ArrayList<>();
        String id = unitDir.getFileName().toString();
        String dirName = display(contentDir, unitDir);
        if (!Files.isDirectory(unitDir)) {
            problems.add(Diagnostic.warning("content.stray-file", Position.ofFile(dirName), "",
                    "units/ 下应只有单位文件夹，此文件被忽略"));
            return new UnitFolder(unitDir, null, problems, List.of(), false);
        }
        if (!ID.matcher(id).matches()) {
            problems.add(Diagnostic.error("content.bad-id", Position.ofFile(dirName), "",
                    "单位标识应为小写英文字母、数字和“-”（不超过64个字符），实际为“" + id + "”"));
            return new UnitFolder(unitDir, null, problems, List.of(), false);
        }
        Path file = unitDir.resolve("unit.yaml");
        String name = display(contentDir, file);
        if (!Files.isRegularFile(file)) {
            problems.add(Diagnostic.error("content.no-unit", Position.ofFile(name), "",
                    "缺少 unit.yaml：每个单位文件夹中应有单位信息文件"));
            return new UnitFolder(unitDir, null, problems, List.of(), false);
        }
        Unit unit = cached(file, problems, found -> reader.read(file, name, found)
                .map(node -> new Binder(found, Map.of("id", id, "file", name, "digest", digest(file))).bind(node, Unit.class))
                .orElse(null));
        return new UnitFolder(unitDir, unit, problems, yearsWithReports(unitDir), true);
    }

    /**
     * The year folders of a unit that hold a report file (as {@link #readYear} tells one); problems with
     * them are found when the reports are read.
     */
    private static List<Integer> yearsWithReports(Path unitDir) {
        List<Integer> years = new ArrayList<>();
        for (Path child : children(unitDir, new ArrayList<>())) {
            String name = child.getFileName().toString();
            if (Files.isDirectory(child) && YEAR.matcher(name).matches()
                    && children(child, new ArrayList<>()).stream()
                            .anyMatch(f -> f.getFileName().toString().endsWith(".yaml") && !Files.isDirectory(f))) {
                years.add(Integer.parseInt(name));
            }
        }
        return years;
    }

    private void readReports(Path contentDir, Path unitDir, List<Report> reports, List<Diagnostic> problems) {
        String id = unitDir.getFileName().toString();
        for (Path child : children(unitDir, problems)) {
            String childName = child.getFileName().toString();
            if (Files.isDirectory(child) && YEAR.matcher(childName).matches()) {
                readYear(contentDir, id, child, reports, problems);
            } else if (!childName.equals("unit.yaml")) {
                problems.add(Diagnostic.warning("content.stray-file", Position.ofFile(display(contentDir, child)), "",
                        "单位文件夹中应只有 unit.yaml 和年度文件夹（如 2023），此项被忽略"));
            }
        }
    }

    private void readYear(Path contentDir, String unitId, Path yearDir, List<Report> reports,
            List<Diagnostic> problems) {
        int folderYear = Integer.parseInt(yearDir.getFileName().toString());
        List<Path> files = children(yearDir, problems);
        for (Path file : files) {
            String fileName = file.getFileName().toString();
            String name = display(contentDir, file);
            if (fileName.endsWith(".yaml") && !Files.isDirectory(file)) {
                readReport(unitId, folderYear, file, name, files, problems).ifPresent(reports::add);
            } else if (fileName.endsWith(".md")
                    && Files.isRegularFile(file.resolveSibling(fileName.replaceFirst("(\\.[a-z-]+)?\\.md$", ".yaml")))) {
                continue;
            } else {
                problems.add(Diagnostic.warning("content.stray-file", Position.ofFile(name), "",
                        "年度文件夹中应只有报告（.yaml）及其说明（同名 .md），此文件被忽略"));
            }
        }
    }

    private Optional<Report> readReport(String unitId, int folderYear, Path file, String name, List<Path> siblings,
            List<Diagnostic> problems) {
        String id = file.getFileName().toString().replaceFirst("\\.yaml$", "");
        List<Path> own = siblings.stream().filter(p -> p.equals(file) || isSection(p, id)).toList();
        String stamp = remembersReports ? stamp(own) : null;
        Cached cached = remembersReports ? cache.get(file) : null;
        if (cached != null && cached.stamp().equals(stamp)) {
            problems.addAll(cached.problems());
            return Optional.ofNullable((Report) cached.value());
        }
        List<Diagnostic> found = new ArrayList<>();
        Optional<Report> report = parseReport(unitId, folderYear, file, name, id, reportDigest(own), found);
        if (remembersReports) {
            cache.put(file, new Cached(stamp, report.orElse(null), List.copyOf(found)));
        }
        problems.addAll(found);
        return report;
    }

    private static boolean isSection(Path sibling, String id) {
        String n = sibling.getFileName().toString();
        return n.startsWith(id + ".") && n.endsWith(".md");
    }

    /** Names, sizes and modification times: cheap to compare, and what tells the cache a file was saved. */
    private static String stamp(List<Path> files) {
        StringBuilder stamp = new StringBuilder();
        for (Path file : files) {
            try {
                var a = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
                stamp.append(file.getFileName()).append(':').append(a.size()).append(':')
                        .append(a.lastModifiedTime().toMillis()).append(';');
            } catch (IOException e) {
                stamp.append(file.getFileName()).append(":?;");
            }
        }
        return stamp.toString();
    }

    /** The digest of a report's YAML, its Markdown and its section files (the folder's, sorted). */
    private static String reportDigest(List<Path> files) {
        Digest digest = new Digest();
        try {
            for (Path file : files) {
                digest.file(file);
            }
        } catch (IOException e) {
            digest.text("unreadable");
        }
        return digest.hex();
    }

    private Optional<Report> parseReport(String unitId, int folderYear, Path file, String name, String id,
            String digest, List<Diagnostic> problems) {
        if (!ID.matcher(id).matches()) {
            problems.add(Diagnostic.error("content.bad-id", Position.ofFile(name), "",
                    "报告文件名应为小写英文字母、数字和“-”（不超过64个字符），实际为“" + id + "”"));
            return Optional.empty();
        }
        Optional<YamlNode> tree = reader.read(file, name, problems);
        if (tree.isEmpty()) {
            return Optional.empty();
        }
        if (!(tree.get() instanceof YamlNode.Mapping mapping)) {
            problems.add(Diagnostic.error("schema.type", tree.get().position(), "",
                    "报告应为映射（键: 值），实际为" + tree.get().describe()));
            return Optional.empty();
        }
        Optional<ReportKind> kind = kindOf(mapping, name, problems);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> fromPath = new HashMap<>();
        fromPath.put("unitId", unitId);
        fromPath.put("id", id);
        fromPath.put("file", name);
        fromPath.put("narrative", markdown(file.resolveSibling(id + ".md"), problems));
        fromPath.put("sections", sections(file, id, kind.get(), problems));
        fromPath.put("digest", digest);
        Binder binder = new Binder(problems, fromPath);
        Report report = kind.get() == ReportKind.FINAL_ACCOUNTS
                ? binder.bind(mapping, FinalAccounts.class)
                : binder.bind(mapping, Evaluation.class);
        Integer year = report.header().year();
        if (year != null && year != folderYear) {
            problems.add(Diagnostic.error("content.year-mismatch", report.origin().of("year"), "year",
                    "年度应与所在文件夹一致：应为 " + folderYear + "，实际为 " + year));
        }
        return Optional.of(report);
    }

    private static Optional<ReportKind> kindOf(YamlNode.Mapping mapping, String name, List<Diagnostic> problems) {
        YamlNode.Entry entry = mapping.entries().get("kind");
        String kinds = Labeled.allowed(ReportKind.class);
        if (entry != null && !(entry.value() instanceof YamlNode.Scalar)) {
            problems.add(Diagnostic.error("schema.type", entry.value().position(), "kind",
                    "应为报告类型 " + kinds + " 之一，实际为" + entry.value().describe()));
            return Optional.empty();
        }
        if (entry == null || ((YamlNode.Scalar) entry.value()).text() == null) {
            Position at = entry == null ? mapping.position() : entry.keyPosition();
            problems.add(Diagnostic.error("schema.required", at, "kind",
                    "缺少必填字段“kind”：应为报告类型 " + kinds + " 之一"));
            return Optional.empty();
        }
        YamlNode.Scalar scalar = (YamlNode.Scalar) entry.value();
        Optional<ReportKind> kind = Labeled.parse(ReportKind.class, scalar.text());
        if (kind.isPresent()) {
            return kind;
        }
        problems.add(Diagnostic.error("schema.kind", scalar.position(), "kind",
                "未知的报告类型：应为 " + kinds + " 之一，实际为“" + scalar.text() + "”"));
        return Optional.empty();
    }

    /** The Markdown beside a report, or null when there is none. */
    private static String markdown(Path md, List<Diagnostic> problems) {
        if (!Files.exists(md)) {
            return null;
        }
        String name = md.toString();
        try {
            if (Files.size(md) > Limits.MAX_FILE_BYTES) {
                problems.add(Diagnostic.error("file.too-large", Position.ofFile(name), "",
                        "文件过大：应不超过 " + Limits.MAX_FILE_BYTES / 1024 / 1024 + " MB"));
                return null;
            }
            return StandardCharsets.UTF_8.newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(md))).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            problems.add(Diagnostic.error("file.encoding", Position.ofFile(name), "", "文件不是 UTF-8 编码：请以 UTF-8 保存"));
            return null;
        } catch (IOException e) {
            problems.add(YamlReader.unreadable(name));
            return null;
        }
    }

    /** {@code <id>.<section>.md} files: a 决算 section the unit writes itself instead of the generated one. */
    private static Map<String, String> sections(Path yaml, String id, ReportKind kind, List<Diagnostic> problems) {
        Map<String, String> sections = new java.util.TreeMap<>();
        List<Path> files;
        try (Stream<Path> stream = Files.list(yaml.getParent())) {
            files = stream.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(id + ".") && n.endsWith(".md") && !n.equals(id + ".md");
            }).sorted().toList();
        } catch (IOException e) {
            return sections;
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            String section = name.substring(id.length() + 1, name.length() - 3);
            boolean known = kind == ReportKind.FINAL_ACCOUNTS && Labeled.parse(AccountsSection.class, section).isPresent();
            if (!known) {
                String allowed = kind == ReportKind.FINAL_ACCOUNTS
                        ? "应为 " + Labeled.allowed(AccountsSection.class) + " 之一"
                        : "只有部门决算（final-accounts）的说明可以分部分替换";
                problems.add(Diagnostic.error("content.unknown-section", Position.ofFile(file.toString()), "",
                        "未知的说明部分“" + section + "”：" + allowed));
                continue;
            }
            String text = markdown(file, problems);
            if (text != null) {
                sections.put(section, text);
            }
        }
        return sections;
    }

    private static String digest(Path file) {
        try {
            return new Digest().file(file).hex();
        } catch (IOException e) {
            return "unreadable";
        }
    }

    private static List<Path> children(Path dir, List<Diagnostic> problems) {
        try (Stream<Path> stream = Files.list(dir)) {
            return stream.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            problems.add(Diagnostic.error("file.unreadable", Position.ofFile(dir.toString()), "",
                    "无法读取文件夹（" + e.getClass().getSimpleName() + "）"));
            return List.of();
        }
    }

    private static String display(Path contentDir, Path file) {
        return contentDir.resolve(contentDir.relativize(file)).normalize().toString();
    }
}
