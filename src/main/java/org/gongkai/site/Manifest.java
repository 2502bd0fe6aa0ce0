package org.gongkai.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.render.RenderedFile;
import org.gongkai.render.Reuse;

/**
 * {@code manifest.json} beside the output folder (see {@link OutputFolder#metadata}): a digest of every input of the build that made
 * it, the files of each render task by key, and the file of each chart by the digest of its data and style. The next build takes unchanged tasks' files over by
 * hard link instead of writing them again, and stops at once when no input changed.
 */
record Manifest(String inputs, Map<String, List<String>> tasks, Map<String, String> charts) {

    static final String FILE = "manifest.json";

    static Optional<Manifest> read(Path out) {
        Path file = OutputFolder.metadata(out).resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode json = new ObjectMapper().readTree(file.toFile());
            Map<String, List<String>> tasks = new LinkedHashMap<>();
            json.path("tasks").fields().forEachRemaining(e -> {
                List<String> paths = new ArrayList<>();
                e.getValue().forEach(p -> paths.add(p.asText()));
                tasks.put(e.getKey(), paths);
            });
            Map<String, String> charts = new LinkedHashMap<>();
            json.path("charts").fields().forEachRemaining(e -> charts.put(e.getKey(), e.getValue().asText()));
            return Optional.of(new Manifest(json.path("inputs").asText(), tasks, charts));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The previous build's files of a task, when every one of them is still in the output folder.
     *
     * @param intact whether the folder is known to hold every file the manifest lists (else each is looked for)
     */
    Reuse reuse(Path out, boolean intact) {
        return new Reuse() {
            @Override
            public Optional<List<RenderedFile>> files(String key) {
                List<String> paths = tasks.get(key);
                if (paths == null) {
                    return Optional.empty();
                }
                List<RenderedFile> files = new ArrayList<>();
                for (String path : paths) {
                    Path file = out.resolve(path);
                    if (!intact && !Files.isRegularFile(file)) {
                        return Optional.empty();
                    }
                    files.add(RenderedFile.unchanged(path, file));
                }
                return Optional.of(files);
            }

            @Override
            public Map<String, String> charts() {
                return charts;
            }

            @Override
            public Optional<RenderedFile> chart(String digest, String path) {
                String drawn = charts.get(digest);
                Path file = drawn == null ? null : out.resolve(drawn);
                return file != null && (intact || Files.isRegularFile(file)) ? Optional.of(RenderedFile.unchanged(path, file))
                        : Optional.empty();
            }
        };
    }

    static void forget(Path out) throws IOException {
        Files.deleteIfExists(OutputFolder.metadata(out).resolve(FILE));
    }

    void write(Path out) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("inputs", inputs);
        json.put("tasks", tasks);
        json.put("charts", charts);
        Files.createDirectories(OutputFolder.metadata(out));
        Files.write(OutputFolder.metadata(out).resolve(FILE), new ObjectMapper().writeValueAsBytes(json));
    }
}
