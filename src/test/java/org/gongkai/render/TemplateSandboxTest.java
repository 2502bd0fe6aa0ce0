package org.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gongkai.SampleContent;
import org.gongkai.site.SiteBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site's own templates (and the text it feeds them) are not trusted: every known way out of
 * FreeMarker runs nothing and reads nothing outside the theme folders, and says so in Chinese with the
 * template's file and line.
 */
class TemplateSandboxTest {

    private static final String SECRET = "SECRET-4711";

    @TempDir
    Path dir;
    private Path theme;
    private Path marker;
    private Path secret;

    @BeforeEach
    void folders() throws IOException {
        theme = Files.createDirectories(dir.resolve("templates"));
        marker = dir.resolve("ran");
        secret = Files.writeString(dir.resolve("secret"), SECRET + " ${1 + 1}");
        Files.createDirectories(dir.resolve("content"));
        Files.writeString(dir.resolve("content/secret"), SECRET);
    }

    @Test
    void executeThroughNewRunsNothing() throws IOException {
        RenderException refused = refused("<p>页面</p>\n<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"touch "
                + marker + "\")}", Map.of());
        assertMessage(refused, "404.ftlh:2:", "?new");
        assertTrue(refused.getMessage().contains("freemarker.template.utility.Execute"), refused.getMessage());
    }

    @Test
    void objectConstructorAndJythonCannotBeMade() throws IOException {
        assertMessage(refused("<#assign oc=\"freemarker.template.utility.ObjectConstructor\"?new()>"
                + "${oc(\"java.io.File\", \"" + marker + "\").createNewFile()?c}", Map.of()), "404.ftlh:1:", "?new");
        assertMessage(refused("<#assign py=\"freemarker.template.utility.JythonRuntime\"?new()><@py>open(\"" + marker
                + "\", \"w\")</@py>", Map.of()), "404.ftlh:1:", "?new");
    }

    @Test
    void aSettingCannotReopenNew() throws IOException {
        RenderException refused = refused("<#setting new_builtin_class_resolver=\"unrestricted\">"
                + "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"touch " + marker + "\")}", Map.of());
        assertMessage(refused, "404.ftlh:1:", "");
    }

    @Test
    void apiIsOff() throws IOException {
        assertMessage(refused("${crumb?api.getClass().getClassLoader()}", Map.of("crumb", new Crumb("首页", null))),
                "404.ftlh:1:", "?api");
    }

    @Test
    void contentTextGivenToEvalOrInterpretRunsNothing() throws IOException {
        String expression = "\"freemarker.template.utility.Execute\"?new()(\"touch " + marker + "\")";
        assertMessage(refused("<h1>${title?eval}</h1>", Map.of("title", expression)), "404.ftlh:", "?new");
        String template = "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"touch " + marker + "\")}";
        assertMessage(refused("<h1><@title?interpret/></h1>", Map.of("title", template)), "", "?new");
    }

    @Test
    void theClassOfAModelObjectIsOutOfReach() throws IOException {
        Map<String, Object> model = Map.of("crumb", new Crumb("首页", "index.html"));
        for (String template : List.of("${crumb.getClass().getName()}", "${crumb.class.name}",
                "${crumb.getClass().getClassLoader()}", "${crumb.getClass().getProtectionDomain()}")) {
            RenderException refused = refused(template, model);
            assertMessage(refused, "404.ftlh:1:", "crumb");
            assertFalse(refused.getMessage().contains("org.gongkai"), refused.getMessage());
        }
        // What the theme needs of the same object still works, as a property and as a method.
        Files.writeString(theme.resolve("404.ftlh"), "${crumb.label} ${crumb.href()}");
        assertEquals("首页 index.html", new Templates(theme).render("404.ftlh", model));
    }

    @Test
    void javaObjectsOtherThanGongkaisExposeNoMethods() throws IOException {
        Map<String, Object> model = Map.of("file", marker.toFile(), "path", marker);
        assertMessage(refused("${file.createNewFile()?c}", model), "404.ftlh:1:", "file.createNewFile");
        assertMessage(refused("${path.getFileSystem().provider().newOutputStream(path)}", model), "404.ftlh:1:", "");
    }

    @Test
    void nothingOutsideTheThemeFoldersIsIncluded() throws IOException {
        for (String name : List.of("/etc/passwd", secret.toString(), "../secret", "../../content/secret",
                "../content/secret", "file:///etc/passwd", "*/secret", "..\\\\secret")) {
            for (String directive : List.of("<#include \"" + name + "\">", "<#import \"" + name + "\" as x>")) {
                RenderException refused = refused("<p>x</p>\n" + directive, Map.of());
                assertMessage(refused, "404.ftlh:2:", "");
                assertFalse(refused.getMessage().contains(SECRET) || refused.getMessage().contains("root:"), refused.getMessage());
            }
            Files.writeString(theme.resolve("404.ftlh"), "<#assign t=.get_optional_template(\"" + name
                    + "\")><#if t.exists><@t.include/></#if>");
            try {
                String html = new Templates(theme).render("404.ftlh", Map.of());
                assertFalse(html.contains(SECRET) || html.contains("root:"), html);
            } catch (RenderException refused) {
                assertMessage(refused, "404.ftlh:1:", "");
            }
        }
    }

    @Test
    void aLinkOutOfTheThemeFolderIsNotRead() throws IOException {
        Files.createSymbolicLink(theme.resolve("404.ftlh"), secret);
        RenderException refused = assertThrows(RenderException.class, () -> new Templates(theme).render("404.ftlh", Map.of()));
        assertMessage(refused, "404.ftlh", "链接");
        assertFalse(refused.getMessage().contains(SECRET), refused.getMessage());
        Files.delete(theme.resolve("404.ftlh"));
        Files.createSymbolicLink(theme.resolve("404.ftlh"), Path.of("/etc/passwd"));
        assertMessage(assertThrows(RenderException.class, () -> new Templates(theme).render("404.ftlh", Map.of())),
                "404.ftlh", "链接");

        Files.createDirectories(theme.resolve("assets"));
        Files.createSymbolicLink(theme.resolve("assets/style.css"), Path.of("/etc/passwd"));
        RenderException asset = assertThrows(RenderException.class, () -> new Templates(theme).asset("assets/style.css"));
        assertMessage(asset, "style.css", "链接");

        // A link that stays inside the folder is the site's own file.
        Files.delete(theme.resolve("404.ftlh"));
        Files.writeString(theme.resolve("page.ftlh"), "<p>${1 + 1}</p>");
        Files.createSymbolicLink(theme.resolve("404.ftlh"), theme.resolve("page.ftlh"));
        assertEquals("<p>2</p>", new Templates(theme).render("404.ftlh", Map.of()));
    }

    /** A templates folder that is itself a link (here to "/") would make every file count as inside it. */
    @Test
    void aTemplatesFolderThatIsALinkIsRefused() throws IOException {
        Path linked = Files.createSymbolicLink(dir.resolve("content/templates"), Path.of("/"));
        RenderException refused = assertThrows(RenderException.class, () -> new Templates(linked).render("404.ftlh", Map.of()));
        assertMessage(refused, linked.toString(), "链接");
        assertThrows(RenderException.class, () -> new Templates(linked).asset("etc/passwd"));
        assertThrows(RenderException.class, () -> new Templates(linked).fingerprint());
    }

    /** A site template that is a folder, a FIFO or a broken link fell back silently to the default theme's file. */
    @Test
    void aSiteTemplateThatIsNotARegularFileIsAnErrorNamingIt() throws Exception {
        Files.createDirectories(theme.resolve("404.ftlh"));
        assertMessage(assertThrows(RenderException.class, () -> new Templates(theme).render("404.ftlh", Map.of())),
                theme.resolve("404.ftlh").toString(), "不是普通文件");
        Files.delete(theme.resolve("404.ftlh"));
        Files.createSymbolicLink(theme.resolve("404.ftlh"), theme.resolve("missing.ftlh"));
        assertMessage(assertThrows(RenderException.class, () -> new Templates(theme).render("404.ftlh", Map.of())),
                theme.resolve("404.ftlh").toString(), "不是普通文件");
        Path fifo = Files.createDirectories(theme.resolve("assets")).resolve("style.css");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is available");
        RenderException asset = assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                () -> assertThrows(RenderException.class, () -> new Templates(theme).asset("assets/style.css")));
        assertMessage(asset, fifo.toString(), "不是普通文件");
    }

    @Test
    void endlessRecursionIsAnErrorNotACrash() throws IOException {
        assertMessage(refused("<#macro m><@m/></#macro>\n<@m/>", Map.of()), "404.ftlh", "递归");
    }

    @Test
    void aSyntaxErrorNamesTheLineInChinese() throws IOException {
        assertMessage(refused("<p>\n<#if>\n", Map.of()), "404.ftlh:2:", "语法");
    }

    @Test
    void aFormatCalledWronglyIsExplainedInChinese() throws IOException {
        assertMessage(refused("<p>${amount(1, 2)}</p>", Map.of()), "404.ftlh:1:", "amount() 只接受一个参数");
    }

    @Test
    void controlCharactersNeverReachAPage() throws IOException {
        Files.writeString(theme.resolve("404.ftlh"), "<p title=\"${v}\">${v}|${v?no_esc}</p>");
        String html = new Templates(theme).render("404.ftlh", Map.of("v", "a\u0000b\u001b[2Jc\u007fd\u0085e\u000bf\tg"));
        assertEquals("<p title=\"ab[2Jcdef\tg\">ab[2Jcdef\tg|ab[2Jcdef\tg</p>", html);
    }

    /** The issue's repro: a site's 404.ftlh that runs `id` stops the build, and nothing is run or written. */
    @Test
    void aSitesOwnTemplateThatRunsACommandStopsTheBuild() throws IOException {
        Path site = Files.createDirectories(dir.resolve("portal"));
        Path content = SampleContent.copyTo(site);
        Files.createDirectories(site.resolve("templates"));
        Files.writeString(site.resolve("templates/404.ftlh"),
                "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"touch " + marker + "\")}");
        RenderException refused = assertThrows(RenderException.class, () -> new SiteBuilder(1).build(content, site.resolve("site")));
        assertMessage(refused, "templates/404.ftlh:1:", "?new");
        assertFalse(Files.exists(site.resolve("site/404.html")), "no site is written");
        // Every page rendered beside the failed one has finished before the build cleans up: nothing is left behind.
        assertFalse(Files.exists(site.resolve(".site.staging")), "the staging folder is removed");
    }

    private RenderException refused(String template, Map<String, Object> model) throws IOException {
        Files.writeString(theme.resolve("404.ftlh"), template);
        RenderException refused = assertThrows(RenderException.class, () -> new Templates(theme).render("404.ftlh", model),
                template);
        assertFalse(Files.exists(marker), () -> "ran: " + template);
        return refused;
    }

    /** The message names the template and line, is Chinese, and has no Java in it. */
    private static void assertMessage(RenderException refused, String where, String what) {
        String message = refused.getMessage();
        assertTrue(message.contains(where), message);
        assertTrue(message.contains(what), message);
        assertTrue(message.contains("模板"), message);
        for (String java : List.of("\tat ", "Exception", "freemarker.core", "java.lang", "\n")) {
            assertFalse(message.contains(java), () -> "“" + java + "” in: " + message);
        }
    }
}
