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
import org.gongkai.model.AccountsSection;
import org.gongkai.model.Content;
import org.gongkai.model.ControlCharacters;
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

    /** The table catalogue of the content folder last indexed (its theme folder's kinds over the default theme's). */
    private volatile Catalogue catalogue;
    private volatile Path catalogueFor;

    private Catalogue catalogue(Path contentDir) {
        Path theme = contentDir.toAbsolutePath().normalize().getParent();
        theme = theme == null ? null : theme.resolve("templates");
        Catalogue known = catalogue;
        if (known == null || !java.util.Objects.equals(catalogueFor, theme)) {
            known = Catalogue.of(theme);
            catalogue = known;
            catalogueFor = theme;
        }
        return known;
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
        Optional<ContentFiles> opened = open(contentDir, problems);
        if (opened.isEmpty()) {
            return new Index(null, List.of(), problems);
        }
        ContentFiles files = opened.get();
        Site site = guarded(display(contentDir, contentDir.resolve("site.yaml")), problems, null,
                () -> readSite(files, contentDir, problems));
        Path unitsDir = contentDir.resolve("units");
        String unitsName = display(contentDir, unitsDir);
        ContentFiles.Entry units = files.look(unitsDir);
        if (units.kind() == ContentFiles.Kind.MISSING) {
            problems.add(Diagnostic.warning("content.no-units", Position.ofFile(unitsName), "",
                    "没有 units/ 文件夹：站点中没有任何单位"));
            return new Index(site, List.of(), problems);
        }
        if (!units.isFolder()) {
            problems.add(units.kind() == ContentFiles.Kind.REFUSED ? ContentFiles.refusal(units, unitsName)
                    : Diagnostic.error("file.not-regular", Position.ofFile(unitsName), "", "units 应为文件夹，实际为文件"));
            return new Index(site, List.of(), problems);
        }
        catalogue = null;
        problems.addAll(catalogue(contentDir).problems());
        if (site != null) {
            site = RecordShape.of(Site.class).with(site, "builtInTables", catalogue(contentDir).standardTables());
        }
        List<UnitFolder> folders = files.children(units, unitsName, problems).parallelStream()
                .map(unitDir -> readUnit(files, contentDir, unitDir)).toList();
        return new Index(site, folders, problems);
    }

    private static Optional<ContentFiles> open(Path contentDir, List<Diagnostic> problems) {
        if (Files.isDirectory(contentDir)) {
            try {
                return Optional.of(new ContentFiles(contentDir));
            } catch (IOException e) {
                // Reported below, as a folder that cannot be read.
            }
        }
        problems.add(Diagnostic.error("content.missing", Position.ofFile(contentDir.toString()), "",
                "内容文件夹不存在：应为包含 site.yaml 和 units/ 的文件夹"));
        return Optional.empty();
    }

    /** Reads one unit folder's reports. */
    public UnitReports reports(Path contentDir, UnitFolder folder) {
        List<Report> reports = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        if (folder.hasReports()) {
            open(contentDir, problems).ifPresent(files -> guarded(display(contentDir, folder.dir()), problems, null, () -> {
                readReports(files, contentDir, files.look(folder.dir()), reports, problems);
                return null;
            }));
        }
        return new UnitReports(reports, problems);
    }

    /**
     * Runs one file's reading; whatever it throws that it should not becomes an internal error naming
     * the file, so that one bad file never takes a whole check or build down with a stack trace.
     */
    private static <T> T guarded(String name, List<Diagnostic> problems, T otherwise, java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (RuntimeException | StackOverflowError e) {
            problems.add(Diagnostic.internalError(Position.ofFile(name), e));
            return otherwise;
        }
    }

    private Site readSite(ContentFiles files, Path contentDir, List<Diagnostic> problems) {
        Path file = contentDir.resolve("site.yaml");
        String name = display(contentDir, file);
        ContentFiles.Entry entry = files.look(file);
        if (entry.kind() == ContentFiles.Kind.MISSING) {
            problems.add(Diagnostic.error("content.no-site", Position.ofFile(name), "",
                    "缺少 site.yaml：内容文件夹中应有站点设置文件"));
            return null;
        }
        return cached(file, problems, found -> yaml(files, entry, name, found)
                .map(read -> new Binder(found, Map.of("digest", read.digest())).bind(read.tree(), Site.class))
                .orElse(null));
    }

    /** A file's YAML tree and the digest of its bytes. */
    private record ReadYaml(YamlNode tree, String digest) {
    }

    /** Reads, decodes and parses one YAML file; empty when it cannot be read, with the reason in {@code problems}. */
    private Optional<ReadYaml> yaml(ContentFiles files, ContentFiles.Entry entry, String name, List<Diagnostic> problems) {
        Optional<byte[]> bytes = files.read(entry, name, problems);
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        String digest = new Digest().bytes(entry.path().getFileName().toString(), bytes.get()).hex();
        return decode(bytes.get(), name, problems)
                .flatMap(text -> reader.read(text, name, problems))
                .map(tree -> {
                    Placeholders.find(tree, problems);
                    return new ReadYaml(tree, digest);
                });
    }

    private static Optional<String> decode(byte[] bytes, String name, List<Diagnostic> problems) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString());
        } catch (java.nio.charset.CharacterCodingException e) {
            problems.add(Diagnostic.error("file.encoding", Position.ofFile(name), "", "文件不是 UTF-8 编码：请以 UTF-8 保存"));
            return Optional.empty();
        }
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

    private UnitFolder readUnit(ContentFiles files, Path contentDir, ContentFiles.Entry folder) {
        List<Diagnostic> problems = new ArrayList<>();
        Path unitDir = folder.path();
        String id = unitDir.getFileName().toString();
        String dirName = display(contentDir, unitDir);
        if (!folder.isFolder()) {
            problems.add(stray(folder, dirName, "units/ 下应只有单位文件夹"));
            return new UnitFolder(unitDir, null, problems, List.of(), false);
        }
        if (!ID.matcher(id).matches()) {
            problems.add(Diagnostic.error("content.bad-id", Position.ofFile(dirName), "",
                    "单位标识应为小写英文字母、数字和“-”（不超过64个字符），实际为“" + id + "”"));
            return new UnitFolder(unitDir, null, problems, List.of(), false);
        }
        Path file = unitDir.resolve("unit.yaml");
        String name = display(contentDir, file);
        ContentFiles.Entry entry = files.look(file);
        if (entry.kind() == ContentFiles.Kind.MISSING) {
            problems.add(Diagnostic.error("content.no-unit", Position.ofFile(name), "",
                    "缺少 unit.yaml：每个单位文件夹中应有单位信息文件"));
            return new UnitFolder(unitDir, null, problems, List.of(), false);
        }
        Unit unit = guarded(name, problems, null, () -> cached(file, problems, found -> yaml(files, entry, name, found)
                .map(read -> new Binder(found, Map.of("id", id, "file", name, "digest", read.digest()))
                        .bind(read.tree(), Unit.class))
                .orElse(null)));
        return new UnitFolder(unitDir, unit, problems, yearsWithReports(files, folder), true);
    }

    /**
     * The year folders of a unit that hold a report file (as {@link #readYear} tells one); problems with
     * them are found when the reports are read.
     */
    private static List<Integer> yearsWithReports(ContentFiles files, ContentFiles.Entry unitDir) {
        List<Integer> years = new ArrayList<>();
        for (ContentFiles.Entry child : files.children(unitDir, "", new ArrayList<>())) {
            String name = child.path().getFileName().toString();
            if (child.isFolder() && YEAR.matcher(name).matches()
                    && files.children(child, "", new ArrayList<>()).stream()
                            .anyMatch(f -> f.path().getFileName().toString().endsWith(".yaml") && !f.isFolder())) {
                years.add(Integer.parseInt(name));
            }
        }
        return years;
    }

    private void readReports(ContentFiles files, Path contentDir, ContentFiles.Entry unitDir, List<Report> reports,
            List<Diagnostic> problems) {
        String id = unitDir.path().getFileName().toString();
        for (ContentFiles.Entry child : files.children(unitDir, display(contentDir, unitDir.path()), problems)) {
            String childName = child.path().getFileName().toString();
            String name = display(contentDir, child.path());
            if (childName.equals("unit.yaml")) {
                continue;
            }
            if (child.isFolder() && YEAR.matcher(childName).matches()) {
                readYear(files, contentDir, id, child, reports, problems);
            } else if (child.isFolder()) {
                problems.add(Diagnostic.error("content.year-folder", Position.ofFile(name), "",
                        "年度文件夹应以四位数年份命名（1900–2099，如 2023），实际为“" + childName + "”：其中的报告不会被读取"));
            } else {
                problems.add(stray(child, name, "单位文件夹中应只有 unit.yaml 和年度文件夹（如 2023）"));
            }
        }
    }

    /**
     * A file where none is read: an error when it looks like content that would be lost (YAML, or a path
     * that is a link out of the folder, a pipe or a device), a warning otherwise.
     */
    private static Diagnostic stray(ContentFiles.Entry entry, String name, String rule) {
        if (entry.kind() == ContentFiles.Kind.REFUSED) {
            return ContentFiles.refusal(entry, name);
        }
        String file = entry.path().getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (file.endsWith(".yaml") || file.endsWith(".yml")) {
            return Diagnostic.error("content.stray-yaml", Position.ofFile(name), "", rule + "，此 YAML 文件不会被读取");
        }
        return Diagnostic.warning("content.stray-file", Position.ofFile(name), "", rule + "，此项被忽略");
    }

    private void readYear(ContentFiles files, Path contentDir, String unitId, ContentFiles.Entry yearDir,
            List<Report> reports, List<Diagnostic> problems) {
        int folderYear = Integer.parseInt(yearDir.path().getFileName().toString());
        List<ContentFiles.Entry> entries = files.children(yearDir, display(contentDir, yearDir.path()), problems);
        java.util.Set<String> reportFiles = new java.util.HashSet<>();
        entries.stream().filter(e -> e.path().getFileName().toString().endsWith(".yaml") && !e.isFolder())
                .forEach(e -> reportFiles.add(e.path().getFileName().toString()));
        for (ContentFiles.Entry entry : entries) {
            String fileName = entry.path().getFileName().toString();
            String name = display(contentDir, entry.path());
            String lower = fileName.toLowerCase(java.util.Locale.ROOT);
            if (fileName.endsWith(".yaml") && entry.isFolder()) {
                problems.add(Diagnostic.error("content.stray-yaml", Position.ofFile(name), "",
                        "“" + fileName + "”是文件夹，不是报告文件：其中的内容不会被读取"));
            } else if (fileName.endsWith(".yaml")) {
                guarded(name, problems, Optional.<Report>empty(), () -> readReport(files, contentDir, unitId, folderYear, entry, name, entries, problems))
                        .ifPresent(reports::add);
            } else if (fileName.endsWith(".md") && reportFiles.contains(fileName.replaceFirst("(\\.[a-z-]+)?\\.md$", ".yaml"))) {
                continue;
            } else if (lower.endsWith(".yml") || lower.endsWith(".yaml")) {
                String stem = fileName.substring(0, fileName.lastIndexOf('.'));
                problems.add(Diagnostic.error("content.stray-yaml", Position.ofFile(name), "",
                        "报告文件名应以小写的 .yaml 结尾，此文件不会被读取：请改名为 " + stem + ".yaml"));
            } else {
                problems.add(stray(entry, name, "年度文件夹中应只有报告（.yaml）及其说明（同名 .md）"));
            }
        }
    }

    /** The report's YAML and its Markdown files (its narrative and section files), as found in its folder. */
    private Optional<Report> readReport(ContentFiles files, Path contentDir, String unitId, int folderYear,
            ContentFiles.Entry file, String name, List<ContentFiles.Entry> siblings, List<Diagnostic> problems) {
        String id = file.path().getFileName().toString().replaceFirst("\\.yaml$", "");
        List<ContentFiles.Entry> own = siblings.stream().filter(p -> p.path().equals(file.path()) || isSection(p.path(), id))
                .toList();
        List<Path> paths = own.stream().map(ContentFiles.Entry::path).toList();
        String stamp = remembersReports ? stamp(paths) + catalogue(contentDir).digest() : null;
        Cached cached = remembersReports ? cache.get(file.path()) : null;
        if (cached != null && cached.stamp().equals(stamp)) {
            problems.addAll(cached.problems());
            return Optional.ofNullable((Report) cached.value());
        }
        List<Diagnostic> found = new ArrayList<>();
        Optional<Report> report = parseReport(files, contentDir, unitId, folderYear, file, name, id, own, found);
        if (remembersReports) {
            cache.put(file.path(), new Cached(stamp, report.orElse(null), List.copyOf(found)));
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

    /**
     * Reads a report's YAML and Markdown files (each once, through {@link ContentFiles}), digests their
     * bytes (the YAML's, its Markdown's and its section files', in folder order) and binds the report.
     */
    private Optional<Report> parseReport(ContentFiles files, Path contentDir, String unitId, int folderYear,
            ContentFiles.Entry file, String name, String id, List<ContentFiles.Entry> own, List<Diagnostic> problems) {
        if (!ID.matcher(id).matches()) {
            problems.add(Diagnostic.error("content.bad-id", Position.ofFile(name), "",
                    "报告文件名应为小写英文字母、数字和“-”（不超过64个字符），实际为“" + id + "”"));
            return Optional.empty();
        }
        Digest digest = new Digest();
        Optional<byte[]> yamlBytes = files.read(file, name, problems);
        if (yamlBytes.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> yamlText = decode(yamlBytes.get(), name, problems);
        Optional<YamlNode> tree = yamlText.flatMap(text -> reader.read(text, name, problems));
        if (tree.isEmpty()) {
            return Optional.empty();
        }
        Placeholders.find(tree.get(), problems);
        if (!(tree.get() instanceof YamlNode.Mapping mapping)) {
            problems.add(Diagnostic.error("schema.type", tree.get().position(), "",
                    "报告应为映射（键: 值），实际为" + tree.get().describe()));
            return Optional.empty();
        }
        Optional<ReportKind> kind = kindOf(mapping, name, problems);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        String narrative = null;
        Map<String, String> sections = new java.util.TreeMap<>();
        for (ContentFiles.Entry entry : own) {
            String fileName = entry.path().getFileName().toString();
            if (entry.path().equals(file.path())) {
                digest.bytes(fileName, yamlBytes.get());
                continue;
            }
            String mdName = display(contentDir, entry.path());
            String section = fileName.equals(id + ".md") ? null : fileName.substring(id.length() + 1, fileName.length() - 3);
            if (section != null && !knownSection(section, kind.get(), mdName, problems)) {
                continue;
            }
            Optional<byte[]> bytes = files.read(entry, mdName, problems);
            bytes.ifPresent(b -> digest.bytes(fileName, b));
            String text = bytes.flatMap(b -> decode(b, mdName, problems)).map(t -> markdown(t, mdName, problems)).orElse(null);
            if (section == null) {
                narrative = text;
            } else if (text != null) {
                sections.put(section, text);
            }
        }
        Map<String, Object> fromPath = new HashMap<>();
        fromPath.put("unitId", unitId);
        fromPath.put("id", id);
        fromPath.put("file", name);
        fromPath.put("narrative", narrative);
        fromPath.put("sections", sections);
        fromPath.put("digest", digest.hex());
        fromPath.put("yaml", yamlText.get());
        Binder binder = new Binder(problems, fromPath);
        Report report = kind.get() == ReportKind.FINAL_ACCOUNTS
                ? binder.bind(mapping, FinalAccounts.class)
                : binder.bind(mapping, Evaluation.class);
        if (report.tables() == null || report.parts() == null) {
            // Written as something else than a list: said so by the binder, and read as none.
            RecordShape shape = RecordShape.of(report.getClass());
            report = shape.with(shape.with(report, "tables", report.tables() == null ? List.of() : report.tables()),
                    "parts", report.parts() == null ? List.of() : report.parts());
        }
        if (!report.tables().isEmpty() || !report.parts().isEmpty()) {
            List<org.gongkai.model.TableEntry> tables = TableEntries.resolve(report.tables(), kind.get(),
                    catalogue(contentDir), problems);
            TableEntries.parts(report.parts(), tables, kind.get(), report.origin(), problems);
            ThreePublicUnit.stated(report, tables, problems);
            report = RecordShape.of(report.getClass()).with(report, "tables", tables);
        }
        Integer year = report.header().year();
        if (year == null) {
            // The binder said why; a report without a year cannot be put in order among the others.
            return Optional.empty();
        }
        if (year != folderYear) {
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

    /** Markdown text as read: a character that must not be published is an error at its line and column. */
    private static String markdown(String text, String name, List<Diagnostic> problems) {
        int at = ControlCharacters.firstRefused(text);
        if (at >= 0) {
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < at; i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            problems.add(Diagnostic.error("text.control-character",
                    new Position(name, line, text.codePointCount(lineStart, at) + 1), "",
                    "文字中有不可见的控制字符 " + ControlCharacters.name(text.codePointAt(at)) + "：控制字符不能发布，请删除"));
        }
        return text;
    }

    /** {@code <id>.<section>.md}: a 决算 section the unit writes itself instead of the generated one. */
    private static boolean knownSection(String section, ReportKind kind, String name, List<Diagnostic> problems) {
        if (kind == ReportKind.FINAL_ACCOUNTS && Labeled.parse(AccountsSection.class, section).isPresent()) {
            return true;
        }
        String allowed = kind == ReportKind.FINAL_ACCOUNTS
                ? "应为 " + Labeled.allowed(AccountsSection.class) + " 之一"
                : "只有部门决算（final-accounts）的说明可以分部分替换";
        problems.add(Diagnostic.error("content.unknown-section", Position.ofFile(name), "",
                "未知的说明部分“" + section + "”：" + allowed));
        return false;
    }

    private static String display(Path contentDir, Path file) {
        return contentDir.resolve(contentDir.relativize(file)).normalize().toString();
    }
}
