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
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
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
