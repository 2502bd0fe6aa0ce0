package org.gongkai.bench;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.gongkai.serve.Preview;

/**
 * Measures the preview: the time from saving one report's YAML to its page being served with the new
 * figure. Run on purpose by src/bench/preview.sh, never as part of the tests.
 *
 * <p>Arguments: a content folder, the report YAML to edit (relative to it), the text in it to change,
 * and how many edits to time.
 */
public final class PreviewBenchmark {

    private PreviewBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path content = Path.of(args[0]);
        String report = args[1];
        String text = args[2];
        int edits = Integer.parseInt(args[3]);
        Path yaml = content.resolve(report);
        String page = report.replaceFirst("\\.yaml$", "/index.html");
        HttpClient http = HttpClient.newHttpClient();
        long start = System.nanoTime();
        try (Preview preview = new Preview(content, 0, new PrintWriter(new StringWriter()), new PrintWriter(System.err))) {
            String address = preview.start();
            System.out.printf("preview ready (first build) in %d ms%n", (System.nanoTime() - start) / 1_000_000);
            String original = Files.readString(yaml);
            List<Long> millis = new ArrayList<>();
            for (int i = 0; i < edits; i++) {
                String marker = "基准测试修改" + i;
                Files.writeString(yaml, original.replace(text, text + marker), StandardCharsets.UTF_8);
                long saved = System.nanoTime();
                while (true) {
                    String body = http.send(HttpRequest.newBuilder(URI.create(address + page)).build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
                    if (body.contains(marker)) {
                        break;
                    }
                    Thread.sleep(2);
                }
                millis.add((System.nanoTime() - saved) / 1_000_000);
                Thread.sleep(300);
            }
            Files.writeString(yaml, original, StandardCharsets.UTF_8);
            Collections.sort(millis);
            System.out.printf("save → served (%s): median %d ms, best %d ms, worst %d ms over %d edits%n", report,
                    millis.get(millis.size() / 2), millis.get(0), millis.get(millis.size() - 1), millis.size());
        }
    }
}
