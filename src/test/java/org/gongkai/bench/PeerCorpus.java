package org.gongkai.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes the corpus that Hugo and JBake build in the peer benchmark (issue 7): for every page of a built gongkai
 * site that has a {@code data.json} beside it, one Hugo page and one JBake page at the same path, carrying the
 * page's title and all its tables as data for the peer's own template to render as HTML tables (no charts). Run on
 * purpose by src/bench/peers.sh, never by the tests.
 *
 * <p>Arguments: a built site folder and an output folder. Writes {@code OUT/hugo} (each page's title and tables as
 * JSON front matter), {@code OUT/jbake} (each page's header names its data file, {@code data/PATH.yaml} holding the
 * tables as JSON, which YAML reads; the template looks it up with {@code data.get}) and {@code OUT/pages.txt}, the
 * pages' paths relative to the site, one a line. JBake 2.7 reads only the top of its data folder, hence flat names.
 */
public final class PeerCorpus {

    /** One table of a page, as in data.json: a caption, then the header row and the body rows. */
    record Table(String caption, List<List<String>> rows) {
    }

    /** What a page's data.json holds that the peers render. */
    record Page(String title, List<Table> tables) {
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private static final String HUGO_CONFIG = """
            baseURL = "http://localhost/"
            title = "peer benchmark"
            disableKinds = ["home", "section", "taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
            disablePathToLower = true
            """;

    private static final String HUGO_SINGLE = """
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head><meta charset="utf-8"><title>{{ .Title }}</title></head>
            <body>
            <h1>{{ .Title }}</h1>
            {{ range $table := .Params.tables }}{{ with $table.rows }}<table>
            <caption>{{ $table.caption }}</caption>
            <thead><tr>{{ range index . 0 }}<th>{{ . }}</th>{{ end }}</tr></thead>
            <tbody>
            {{ range after 1 . }}<tr>{{ range . }}<td>{{ . }}</td>{{ end }}</tr>
            {{ end }}</tbody>
            </table>
            {{ end }}{{ end }}
            </body>
            </html>
            """;

    private static final String JBAKE_PROPERTIES = """
            template.page.file=page.ftl
            render.index=false
            render.feed=false
            render.archive=false
            render.tags=false
            render.tagsindex=false
            render.sitemap=false
            render.error404=false
            """;

    private static final String JBAKE_PAGE = """
            <#ftl output_format="HTML">
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head><meta charset="utf-8"><title>${content.title}</title></head>
            <body>
            <h1>${content.title}</h1>
            <#list data.get(content.datafile).tables as table><#if table.rows?has_content><table>
            <caption>${table.caption}</caption>
            <thead><tr><#list table.rows[0] as cell><th>${cell}</th></#list></tr></thead>
            <tbody>
            <#list table.rows[1..] as row><tr><#list row as cell><td>${cell}</td></#list></tr>
            </#list></tbody>
            </table>
            </#if></#list>
            </body>
            </html>
            """;

    private PeerCorpus() {
    }

    public static void main(String[] args) throws IOException {
        Path site = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Path hugo = out.resolve("hugo");
        Path jbake = out.resolve("jbake");
        delete(hugo);
        delete(jbake);
        write(hugo.resolve("config.toml"), HUGO_CONFIG);
        write(hugo.resolve("layouts/_default/single.html"), HUGO_SINGLE);
        write(jbake.resolve("jbake.properties"), JBAKE_PROPERTIES);
        write(jbake.resolve("templates/page.ftl"), JBAKE_PAGE);
        List<String> written = new ArrayList<>();
        for (Path data : dataFiles(site)) {
            String page = site.relativize(data.getParent()).toString().replace('\\', '/');
            if (page.isEmpty()) {
                continue; // the home page: neither peer renders it here, so it is not counted
            }
            Page figures = JSON.readValue(data.toFile(), Page.class);
            write(hugo.resolve("content/" + page + ".md"), JSON.writeValueAsString(figures) + "\n");
            String dataFile = page.replace("/", "__") + ".yaml";
            write(jbake.resolve("data/" + dataFile), JSON.writeValueAsString(Map.of("tables", figures.tables())));
            write(jbake.resolve("content/" + page + "/index.html"), "title=" + figures.title()
                    + "\ntype=page\nstatus=published\ndatafile=" + dataFile + "\n~~~~~~\n");
            written.add(page);
        }
        write(out.resolve("pages.txt"), written.isEmpty() ? "" : String.join("\n", written) + "\n");
        System.out.printf("peer corpus: %d pages from %s in %s%n", written.size(), site, out);
    }

    private static List<Path> dataFiles(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(file -> file.getFileName().toString().equals("data.json")).sorted().toList();
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> {
                try {
                    Files.delete(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
