package org.gongkai.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.gongkai.model.BuiltInTable;
import org.gongkai.model.Diagnostic;
import org.gongkai.model.Position;
import org.gongkai.model.TableEntry;
import org.gongkai.model.TableKind;

/**
 * The table catalogue: one YAML file per kind of table, {@code templates/catalogue/<kind>.yaml} (a built-in
 * table's printed defaults and its province variants, or a data table's shape),
 * packaged with the default theme; a site's own {@code templates/catalogue/} adds kinds and replaces
 * the default theme's file by file. The site's files are read as content is (regular files inside its
 * templates folder only, size bounded); a file that cannot be read as a kind is an error at its line
 * and column, and the kind is left out.
 */
public record Catalogue(Map<String, TableKind> kinds, List<Diagnostic> problems, String digest) {

    static final String FOLDER = "catalogue";
    private static final String RESOURCE = "templates/" + FOLDER + "/";

    /** The default theme's kinds as written (variants not yet completed), read once from the jar. */
    private static volatile Catalogue packaged;

    public static Catalogue empty() {
        return new Catalogue(Map.of(), List.of(), "");
    }

    public Optional<TableKind> kind(String id) {
        return Optional.ofNullable(kinds.get(id));
    }

    /**
     * The standard print of each built-in table, by block: the kind whose id is the block's name. The
     * default theme has one for every block, and a site's file of that name replaces it.
     */
    public Map<String, TableEntry> standardTables() {
        Map<String, TableEntry> tables = new TreeMap<>();
        for (BuiltInTable block : BuiltInTable.values()) {
            TableKind kind = kinds.get(block.label());
            if (kind == null) {
                throw new IllegalStateException("默认主题的表格目录缺少“" + block.label() + ".yaml”");
            }
            tables.put(block.label(), TableEntry.standard(kind));
        }
        return Collections.unmodifiableMap(tables);
    }

    /** The default theme's kinds with {@code themeFolder}'s own (it need not exist) put over them. */
    public static Catalogue of(Path themeFolder) {
        Catalogue defaults = packaged();
        Path own = themeFolder == null ? null : themeFolder.resolve(FOLDER);
        if (own == null || !Files.isDirectory(own)) {
            return new Catalogue(Collections.unmodifiableMap(completed(defaults.kinds)), defaults.problems, defaults.digest);
        }
        Map<String, TableKind> kinds = new TreeMap<>(defaults.kinds);
        List<Diagnostic> problems = new ArrayList<>(defaults.problems);
        Digest digest = new Digest().text(defaults.digest);
        try {
            ContentFiles files = new ContentFiles(themeFolder);
            String folderName = display(themeFolder, own);
            for (ContentFiles.Entry entry : files.children(files.look(own), folderName, problems)) {
                String name = display(themeFolder, entry.path());
                String fileName = entry.path().getFileName().toString();
                if (!fileName.endsWith(".yaml")) {
                    problems.add(Diagnostic.warning("catalogue.stray-file", Position.ofFile(name), "",
                            "表格目录中应只有表格种类文件（<种类>.yaml），此项被忽略"));
                    continue;
                }
                if (entry.kind() == ContentFiles.Kind.REFUSED) {
                    problems.add(ContentFiles.refusal(entry, name));
                    continue;
                }
                if (!entry.isFile()) {
                    problems.add(Diagnostic.error("file.not-regular", Position.ofFile(name), "", "应为文件，实际为文件夹"));
                    continue;
                }
                files.read(entry, name, problems).ifPresent(bytes -> {
                    digest.bytes(fileName, bytes);
                    String id = fileName.substring(0, fileName.length() - ".yaml".length());
                    read(id, bytes, name, problems).ifPresent(kind -> {
                        TableKind theme = defaults.kinds.get(id);
                        // A site's file for a built-in table's standard print says only what differs from the theme's.
                        boolean sameBlock = theme != null && kind.block() != null && kind.block().equals(theme.block());
                        kinds.put(id, sameBlock ? over(kind, theme) : kind);
                    });
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Catalogue(Collections.unmodifiableMap(completed(kinds)), List.copyOf(problems), digest.hex());
    }

    /**
     * The kinds with each variant of a built-in table completed from its block's standard kind (the site's
     * if it has one): what a variant does not say (a heading, a row label, the empty-table text, a title
     * with its number) is printed as the standard table prints it.
     */
    private static Map<String, TableKind> completed(Map<String, TableKind> kinds) {
        Map<String, TableKind> all = new TreeMap<>(kinds);
        kinds.forEach((id, kind) -> {
            TableKind standard = kind.block() == null || kind.block().equals(id) ? null : kinds.get(kind.block());
            if (standard == null) {
                return;
            }
            all.put(id, over(kind, standard));
        });
        return all;
    }

    /** {@code kind} with what it does not say (headings, labels, empty-table text, a title with its number) taken from {@code base}. */
    private static TableKind over(TableKind kind, TableKind base) {
        Map<String, String> headings = new java.util.LinkedHashMap<>(base.headings());
        headings.putAll(kind.headings());
        Map<String, String> labels = new java.util.LinkedHashMap<>(base.labels());
        labels.putAll(kind.labels());
        boolean ownTitle = kind.title() != null;
        return new TableKind(kind.id(), kind.names(), kind.report(), kind.block(), ownTitle ? kind.title() : base.title(),
                ownTitle ? kind.number() : base.number(), headings, labels, kind.empty() == null ? base.empty() : kind.empty(),
                kind.header(), kind.columns(), kind.sums(), kind.origin());
    }

    private static Catalogue packaged() {
        Catalogue known = packaged;
        if (known == null) {
            known = readPackaged();
            packaged = known;
        }
        return known;
    }

    private static Catalogue readPackaged() {
        Map<String, TableKind> kinds = new TreeMap<>();
        List<Diagnostic> problems = new ArrayList<>();
        Digest digest = new Digest();
        for (String fileName : packagedFiles()) {
            try (InputStream in = Catalogue.class.getResourceAsStream("/" + RESOURCE + fileName)) {
                byte[] bytes = in.readAllBytes();
                digest.bytes(fileName, bytes);
                String id = fileName.substring(0, fileName.length() - ".yaml".length());
                read(id, bytes, "（默认主题）" + RESOURCE + fileName, problems).ifPresent(kind -> kinds.put(id, kind));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Catalogue(Collections.unmodifiableMap(kinds), List.copyOf(problems), digest.hex());
    }

    /** The kind files packaged with the default theme, by name, in order: from the jar or, in a checkout, the classes folder. */
    private static List<String> packagedFiles() {
        URL folder = Catalogue.class.getResource("/" + RESOURCE);
        if (folder == null) {
            return List.of();
        }
        try {
            if ("jar".equals(folder.getProtocol())) {
                JarURLConnection connection = (JarURLConnection) folder.openConnection();
                connection.setUseCaches(false);
                try (var jar = connection.getJarFile()) {
                    return jar.stream().map(e -> e.getName()).filter(n -> n.startsWith(RESOURCE) && n.endsWith(".yaml"))
                            .map(n -> n.substring(RESOURCE.length())).filter(n -> !n.contains("/")).sorted().toList();
                }
            }
            try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
                return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<TableKind> read(String id, byte[] bytes, String name, List<Diagnostic> problems) {
        if (!ContentLoader.ID.matcher(id).matches()) {
            problems.add(Diagnostic.error("catalogue.bad-id", Position.ofFile(name), "",
                    "表格种类文件名应为小写英文字母、数字和“-”，实际为“" + id + "”"));
            return Optional.empty();
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            problems.add(Diagnostic.error("file.encoding", Position.ofFile(name), "", "文件不是 UTF-8 编码：请以 UTF-8 保存"));
            return Optional.empty();
        }
        List<Diagnostic> found = new ArrayList<>();
        Optional<TableKind> kind = new YamlReader().read(text, name, found)
                .map(tree -> new Binder(found, Map.of("id", id)).bind(tree, TableKind.class));
        kind.ifPresent(k -> TableEntries.checkKind(k, found));
        problems.addAll(found);
        return found.stream().anyMatch(Diagnostic::isError) ? Optional.empty() : kind;
    }

    private static String display(Path root, Path file) {
        Path parent = root.toAbsolutePath().normalize().getParent();
        Path absolute = file.toAbsolutePath().normalize();
        return parent == null ? absolute.toString() : parent.relativize(absolute).toString();
    }
}
