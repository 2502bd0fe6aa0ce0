package org.gongkai.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.gongkai.SampleContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** gongkai serve end to end: a figure changed in YAML shows in the page; broken YAML shows its errors; fixed, the page is back. */
class PreviewTest {

    @TempDir
    Path dir;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    String get(String address, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(address + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
    }

    JsonNode status(String address) throws Exception {
        return new ObjectMapper().readTree(get(address, "__gongkai/status"));
    }

    /** Waits until the preview has rebuilt past {@code version} into a state that is (or is not) failed. */
    JsonNode after(String address, long version, boolean failed) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode status = status(address);
            if (status.path("version").asLong() > version && status.path("failed").asBoolean() == failed) {
                return status;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no " + (failed ? "failed" : "good") + " rebuild after version " + version);
    }

    /** The errors printed to the terminal show control characters (here in a file name) instead of sending them. */
    @Test
    void controlCharactersInErrorsAreShownNotSentToTheTerminal() throws Exception {
        Path content = SampleContent.copyTo(dir);
        Files.writeString(content.resolve("units/wuhai/2023/报告\u001b[2J.yml"), "kind: evaluation\n");
        StringWriter err = new StringWriter();
        try (Preview preview = new Preview(content, 0, new PrintWriter(new StringWriter()), new PrintWriter(err))) {
            preview.start();
        }
        assertTrue(err.toString().contains("报告\\u001B[2J.yml"), err.toString());
        assertFalse(err.toString().contains("\u001b"), err.toString());
    }

    @Test
    void editBreakAndFixAYamlFileWhileServing() throws Exception {
        Path content = SampleContent.copyTo(dir);
        Path yaml = content.resolve("units/wuhai/2023/medical-service-capacity.yaml");
        String page = "units/wuhai/2023/medical-service-capacity/index.html";
        try (Preview preview = new Preview(content, 0, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))) {
            String address = preview.start();
            assertTrue(address.startsWith("http://127.0.0.1:"), address);
            assertTrue(get(address, page).contains("data-figure=\"total-score\">99<"));
            assertTrue(get(address, page).contains("/__gongkai/live.js"), "the preview adds live reload");

            long version = status(address).path("version").asLong();
            Files.writeString(yaml, Files.readString(yaml).replace("  score: 9\n", "  score: 7\n"));
            JsonNode rebuilt = after(address, version, false);
            assertFalse(rebuilt.path("failed").asBoolean());
            assertTrue(get(address, page).contains("data-figure=\"total-score\">97<"), "the new figure is served");

            version = rebuilt.path("version").asLong();
            Files.writeString(yaml, Files.readString(yaml).replace("  score: 7\n", "  score: 七\n"));
            JsonNode broken = after(address, version, true);
            assertTrue(broken.path("failed").asBoolean());
            JsonNode error = broken.path("diagnostics").get(0);
            assertEquals("schema.number", error.path("rule").asText());
            assertTrue(error.path("where").asText().endsWith("medical-service-capacity.yaml:15:10"), error.toString());
            assertTrue(get(address, page).contains("data-figure=\"total-score\">97<"), "the last good page stays");

            version = broken.path("version").asLong();
            Files.writeString(yaml, Files.readString(yaml).replace("  score: 七\n", "  score: 9\n"));
            JsonNode fixed = after(address, version, false);
            assertFalse(fixed.path("failed").asBoolean());
            assertTrue(get(address, page).contains("data-figure=\"total-score\">99<"));
        }
    }

    @Test
    void theTerminalNamesTheCommandAsTheUserRunsGongkai() throws Exception {
        StringWriter out = new StringWriter();
        try (Preview preview = new Preview(SampleContent.SAMPLE, 0, new PrintWriter(out), new PrintWriter(new StringWriter()), "./gongkai")) {
            preview.start();
        }
        assertTrue(out.toString().contains("个警告，运行 ./gongkai check 查看"), out.toString());
    }

    @Test
    void nothingOutsideTheSiteIsServed() throws Exception {
        Path content = SampleContent.copyTo(dir);
        Files.writeString(dir.resolve("secret.txt"), "secret");
        try (Preview preview = new Preview(content, 0, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))) {
            String address = preview.start();
            int port = URI.create(address).getPort();
            for (String path : new String[] {"/../pom.xml", "/%2e%2e/pom.xml", "/%2E%2E%2Fpom.xml", "/%252e%252e/pom.xml",
                    "/units/..%2f..%2fsecret.txt", "/..\\secret.txt", "/./index.html", "//etc/passwd", "/units/../../secret.txt"}) {
                String response = raw(port, path);
                assertTrue(response.startsWith("HTTP/1.1 404") || response.startsWith("HTTP/1.1 400"),
                        path + " → " + response.lines().findFirst().orElse(""));
                assertFalse(response.contains("\r\n\r\nsecret"), path);
            }
            assertTrue(raw(port, "/index.html").startsWith("HTTP/1.1 200"));
            assertTrue(raw(port, "/no-such-page.html").startsWith("HTTP/1.1 404"));
        }
    }

    /** A request sent as written, so that ".." reaches the server unnormalised. */
    private static String raw(int port, String path) throws IOException {
        return raw(port, path, "Host: 127.0.0.1:" + port);
    }

    /** A request with the given header lines (HttpClient will not send a Host of our choosing). */
    private static String raw(int port, String path, String... headers) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            String head = "GET " + path + " HTTP/1.1\r\n" + String.join("", java.util.Arrays.stream(headers).map(h -> h + "\r\n").toList())
                    + "Connection: close\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.UTF_8));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The status line and headers of a response that may stay open (the event stream). */
    private static String rawHead(int port, String path, String... headers) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            String head = "GET " + path + " HTTP/1.1\r\n" + String.join("", java.util.Arrays.stream(headers).map(h -> h + "\r\n").toList())
                    + "\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.UTF_8));
            var in = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            StringBuilder response = new StringBuilder();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                response.append(line).append("\n");
            }
            return response.toString();
        }
    }

    @Test
    void answersOnlyItsOwnHostNames() throws Exception {
        Path content = SampleContent.copyTo(dir);
        try (Preview preview = new Preview(content, 0, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))) {
            int port = URI.create(preview.start()).getPort();
            for (String host : new String[] {"127.0.0.1:" + port, "localhost:" + port, "LocalHost:" + port}) {
                String response = raw(port, "/index.html", "Host: " + host);
                assertTrue(response.startsWith("HTTP/1.1 200"), host + " → " + response.lines().findFirst().orElse(""));
                assertTrue(response.contains("<!DOCTYPE html>"), host);
            }
            // A page of a DNS-rebinding attacker reaches 127.0.0.1 under its own name; other ports and bare names are not ours either.
            for (String host : new String[] {"Host: attacker.example:" + port, "Host: attacker.example", "Host: 127.0.0.1",
                    "Host: 127.0.0.1:" + (port == 65535 ? 1 : port + 1), "Host: localhost.attacker.example:" + port,
                    "Host: 127.0.0.1:" + port + ".attacker.example", "Host: [::1]:" + port, "Host: 0.0.0.0:" + port}) {
                for (String path : new String[] {"/index.html", "/__gongkai/status", "/__gongkai/events", "/units/wuhai/2023/medical-service-capacity/"}) {
                    String response = raw(port, path, host);
                    assertTrue(response.startsWith("HTTP/1.1 403"), host + " " + path + " → " + response.lines().findFirst().orElse(""));
                    String body = response.substring(response.indexOf("\r\n\r\n") + 4);
                    assertTrue(body.contains("只接受") && body.length() < 300, body);
                    assertFalse(response.contains("乌海") || response.contains("version"), "nothing of the site: " + response);
                }
            }
            String ours = raw(port, "/index.html");
            assertTrue(ours.startsWith("HTTP/1.1 200"), "the helper sends the right Host");
            try (Socket socket = new Socket("127.0.0.1", port)) {
                socket.getOutputStream().write("GET /index.html HTTP/1.0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(response.matches("(?s)HTTP/1\\.[01] 403.*"), "a request without Host: " + response.lines().findFirst().orElse(""));
            }
        }
    }

    @Test
    void theEventStreamRefusesOtherOrigins() throws Exception {
        Path content = SampleContent.copyTo(dir);
        try (Preview preview = new Preview(content, 0, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))) {
            int port = URI.create(preview.start()).getPort();
            String host = "Host: 127.0.0.1:" + port;
            for (String origin : new String[] {"http://attacker.example", "http://127.0.0.1:" + (port == 65535 ? 1 : port + 1),
                    "https://127.0.0.1:" + port, "null", "http://localhost:" + port + ".attacker.example"}) {
                String response = raw(port, "/__gongkai/events", host, "Origin: " + origin);
                assertTrue(response.startsWith("HTTP/1.1 403"), origin + " → " + response.lines().findFirst().orElse(""));
                assertFalse(response.contains("event:"), origin);
            }
            for (String origin : new String[] {"http://127.0.0.1:" + port, "http://localhost:" + port}) {
                String head = rawHead(port, "/__gongkai/events", host, "Origin: " + origin);
                assertTrue(head.startsWith("HTTP/1.1 200") && head.toLowerCase().contains("text/event-stream"), origin + " → " + head);
            }
            String sameOrigin = rawHead(port, "/__gongkai/events", host);
            assertTrue(sameOrigin.startsWith("HTTP/1.1 200"), "a same-origin EventSource sends no Origin: " + sameOrigin);
        }
    }

    /** A site's own templates folder beside the copied content, in place before the preview starts watching. */
    private Path themeFolder() throws IOException {
        return Files.createDirectories(dir.resolve("templates"));
    }

    /** Waits until the page at {@code path} contains {@code text}. */
    private void awaitPage(String address, String path, String text) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String page = "";
        while (System.nanoTime() < deadline) {
            page = get(address, path);
            if (page.contains(text)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError(path + " never showed " + text + ": " + page);
    }

    /** The failure the status reports: one error in Chinese, no stack trace, no exception banner. */
    private static JsonNode failure(JsonNode status) {
        assertTrue(status.path("failed").asBoolean(), status.toString());
        JsonNode error = status.path("diagnostics").get(0);
        assertEquals("error", error.path("severity").asText(), status.toString());
        String text = error.path("text").asText();
        assertTrue(text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), text);
        assertFalse(text.contains("\tat ") || text.contains("Exception in thread") || text.contains("\n"), "no stack trace: " + text);
        return error;
    }

    /** Saves {@code text} as {@code template} while the preview at {@code address} runs; returns the status of the rebuild it failed with a template error. */
    private JsonNode breakTemplate(String address, Path template, String text) throws Exception {
        long version = status(address).path("version").asLong();
        Files.writeString(template, text);
        JsonNode broken = after(address, version, true);
        JsonNode error = failure(broken);
        assertEquals("render.template", error.path("rule").asText(), error.toString());
        return broken;
    }

    private static void assertNoStackTrace(String printed) {
        assertFalse(printed.contains("\tat ") || printed.contains("Exception in thread"), printed);
    }

    @Test
    void aTemplateThatFailsIsShownAndTheNextSaveIsPickedUp() throws Exception {
        Path content = SampleContent.copyTo(dir);
        Path template = themeFolder().resolve("404.ftlh");
        StringWriter err = new StringWriter();
        try (Preview preview = new Preview(content, 0, new PrintWriter(new StringWriter()), new PrintWriter(err))) {
            String address = preview.start();
            JsonNode broken = breakTemplate(address, template, "${nonexistent.value}\n");
            JsonNode error = failure(broken);
            assertEquals(template + ":1:3", error.path("where").asText(), error.toString());
            assertTrue(error.path("message").asText().contains("“nonexistent”没有值"), error.toString());
            assertTrue(get(address, "index.html").contains("/__gongkai/live.js"), "the last good pages stay");

            long version = broken.path("version").asLong();
            Files.writeString(template, Files.readString(Path.of("templates/404.ftlh")).replace("页面不存在</h1>", "页面不存在（已改）</h1>"));
            JsonNode fixed = after(address, version, false);
            assertEquals(0, fixed.path("diagnostics").findValues("severity").stream().filter(s -> s.asText().equals("error")).count());
            awaitPage(address, "404.html", "页面不存在（已改）");

            // Saved again, still picked up: the watcher did not stop at the failure.
            version = fixed.path("version").asLong();
            SampleContent.edit(content, "units/wuhai/2023/medical-service-capacity.yaml", "  score: 9\n", "  score: 7\n");
            after(address, version, false);
            awaitPage(address, "units/wuhai/2023/medical-service-capacity/", "data-figure=\"total-score\">97<");
        }
        assertNoStackTrace(err.toString());
        assertTrue(err.toString().contains(template + ":1:3"), err.toString());
    }

    @Test
    void anErrorThrownWhileRenderingIsSurvived() throws Exception {
        Path content = SampleContent.copyTo(dir);
        Path template = themeFolder().resolve("404.ftlh");
        StringWriter err = new StringWriter();
        try (Preview preview = new Preview(content, 0, new PrintWriter(new StringWriter()), new PrintWriter(err))) {
            String address = preview.start();
            // A macro that calls itself for ever: a StackOverflowError, an Error rather than an exception.
            JsonNode broken = breakTemplate(address, template, "<#macro again><@again/></#macro><@again/>\n");
            JsonNode error = failure(broken);
            assertTrue(error.path("message").asText().contains("模板递归或嵌套过深"), error.toString());
            assertTrue(error.path("where").asText().endsWith("404.ftlh"), "names the template: " + error);

            long version = broken.path("version").asLong();
            Files.delete(template);
            after(address, version, false);
            awaitPage(address, "404.html", "您要找的页面不存在或已移动");
        }
        assertNoStackTrace(err.toString());
    }

    @Test
    void aFailureWhileTheSharedPagesCatchUpIsShown() throws Exception {
        Path content = SampleContent.copyTo(dir);
        Path template = themeFolder().resolve("index.ftlh");
        try (Preview preview = new Preview(content, 0, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))) {
            String address = preview.start();
            // The home page is shared: the preview first shows the last one, then renders it again off the watcher's thread.
            JsonNode error = failure(breakTemplate(address, template, "${nonexistent.value}\n"));
            assertTrue(error.path("message").asText().contains("“nonexistent”没有值"), error.toString());
            assertEquals(template + ":1:3", error.path("where").asText(), error.toString());

            long version = status(address).path("version").asLong();
            Files.writeString(template, Files.readString(Path.of("templates/index.ftlh")).replaceFirst("</h1>", "（已改）</h1>"));
            after(address, version, false);
            awaitPage(address, "index.html", "（已改）</h1>");
            assertFalse(status(address).path("failed").asBoolean());
        }
    }

    @Test
    void theLiveReloadScriptIsNeverInTheBuiltSite() throws Exception {
        Path site = dir.resolve("site");
        assertFalse(new org.gongkai.site.SiteBuilder().build(SampleContent.SAMPLE, site).failed());
        try (var files = Files.walk(site)) {
            assertTrue(files.filter(Files::isRegularFile).noneMatch(f -> {
                try {
                    return new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).contains("__gongkai");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }));
        }
    }
}
