package org.gongkai.draft;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.gongkai.load.ContentLoader;
import org.gongkai.model.Unit;

/**
 * Writes {@link Draft}s into a content folder where the loader reads them: {@code units/<unit>/unit.yaml}
 * when the unit is new, {@code units/<unit>/<year>/<report>.yaml} and its {@code .md} for each report (named
 * by {@link Draft#reportId()}), and a site.yaml when
 * the folder has none. An existing file is replaced only when asked ({@code force}). Nothing is left
 * half-written: every file is written whole into a folder beside the content folder first, then moved
 * into place one by one; should any step fail, what was moved is taken back (a replaced file restored).
 */
public final class DraftWriter {

    /**
     * What was written.
     *
     * @param unitId the unit the report went to
     * @param newUnit whether its unit.yaml was written
     * @param files the files written, in the content folder
     */
    public record Written(String unitId, boolean newUnit, List<Path> files) {
    }

    private final Path content;

    public DraftWriter(Path content) {
        this.content = content;
    }

    /**
     * Writes a document's reports together (the first is the main one, whose unit and site they share): all of
     * them or, should any file exist without {@code force} or any step fail, none.
     *
     * @param unitId the unit's id as given ({@code --unit}), or null to find the unit by the name the draft recognised
     * @param force whether to replace files that exist
     */
    public Written write(List<Draft> drafts, String unitId, boolean force) throws DraftException, IOException {
        Draft draft = drafts.get(0);
        Optional<Unit> existing = unitId == null ? unitNamed(draft.unitName()) : Optional.empty();
        String id = unitId != null ? unitId : existing.map(Unit::id).orElseThrow(() -> new DraftException(draft.unitName() == null
                ? "在文件中认不出单位名称：请加上 --unit 单位标识（小写英文字母、数字和“-”，如 --unit jiange）"
                : "内容文件夹中还没有单位“" + draft.unitName() + "”：请加上 --unit 单位标识（小写英文字母、数字和“-”，如 --unit jiange），"
                        + "gongkai 会为它新建 unit.yaml；单位已有时，用它的文件夹名"));
        if (!ContentLoader.ID.matcher(id).matches()) {
            throw new DraftException("单位标识应为小写英文字母、数字和“-”（不超过64个字符），实际为“" + id + "”");
        }
        Path unitDir = content.resolve("units").resolve(id);
        Map<Path, String> files = new LinkedHashMap<>();
        if (!Files.exists(content.resolve("site.yaml"))) {
            files.put(content.resolve("site.yaml"), siteYaml(draft));
        }
        boolean newUnit = !Files.exists(unitDir.resolve("unit.yaml"));
        if (newUnit) {
            files.put(unitDir.resolve("unit.yaml"), draft.unitYaml());
        }
        for (Draft report : drafts) {
            Path yearDir = unitDir.resolve(String.valueOf(report.year()));
            files.put(yearDir.resolve(report.reportId() + ".yaml"), report.reportYaml());
            if (!report.markdown().isEmpty()) {
                files.put(yearDir.resolve(report.reportId() + ".md"), report.markdown());
            }
        }
        if (!force) {
            List<String> there = files.keySet().stream().filter(Files::exists).map(Path::toString).toList();
            if (!there.isEmpty()) {
                throw new DraftException("这些文件已经存在，没有覆盖，也没有写入任何文件：" + String.join("、", there)
                        + "。核对后要用导入的草稿替换它们，请加上 --force");
            }
        }
        place(files, force);
        return new Written(id, newUnit, List.copyOf(files.keySet()));
    }

    private Optional<Unit> unitNamed(String name) {
        if (name == null || !Files.isDirectory(content.resolve("units"))) {
            return Optional.empty();
        }
        return ContentLoader.readingOnce().index(content).units().stream().filter(unit -> name.equals(unit.name())).findFirst();
    }

    private static String siteYaml(Draft draft) {
        YamlMap site = new YamlMap().put("title", (draft.unitName() == null ? "" : draft.unitName()) + "预决算公开")
                .put("language", "zh-CN");
        YamlMap scales = new YamlMap();
        List<Object> bands = new ArrayList<>();
        String[][] grades = {{"优", "90"}, {"良", "80"}, {"中", "60"}, {"差", "0"}};
        for (String[] grade : grades) {
            bands.add(new YamlMap().put("grade", grade[0]).put("min", Integer.parseInt(grade[1])));
        }
        scales.put("优良中差", bands);
        site.put("grade-scales", scales).put("grade-scale", "优良中差");
        return YamlText.of(List.of("由 gongkai import 新建：请填写站点标题、网址（base-url）和所用的等级标准。"), site);
    }

    /** Writes every file beside the content folder, then moves each into place; on a failure undoes what was done. */
    private void place(Map<Path, String> files, boolean force) throws IOException, DraftException {
        Path absolute = content.toAbsolutePath().normalize();
        Path beside = absolute.getParent() == null ? absolute : absolute.getParent();
        List<Path> createdDirs = new ArrayList<>();
        List<Path> placed = new ArrayList<>();
        Map<Path, Path> backups = new LinkedHashMap<>();
        Path staging = null;
        try {
            createDirectories(absolute, createdDirs);
            staging = Files.createTempDirectory(beside, ".gongkai-import-");
            int n = 0;
            Map<Path, Path> staged = new LinkedHashMap<>();
            for (Map.Entry<Path, String> file : files.entrySet()) {
                Path temp = staging.resolve("file-" + n++);
                Files.writeString(temp, file.getValue(), StandardCharsets.UTF_8);
                staged.put(file.getKey(), temp);
            }
            Path inside = absolute.toRealPath();
            for (Map.Entry<Path, Path> file : staged.entrySet()) {
                Path target = file.getKey();
                createDirectories(target.getParent(), createdDirs);
                if (!target.getParent().toRealPath().startsWith(inside)) {
                    // gongkai writes only inside the content folder, as the loader reads only inside it.
                    throw new DraftException(target.getParent() + " 是指向内容文件夹之外的链接，没有写入任何文件");
                }
                if (Files.exists(target)) {
                    if (!force) {
                        throw new DraftException("文件已经存在，没有覆盖，也没有写入任何文件：" + target + "。要替换它，请加上 --force");
                    }
                    Path backup = staging.resolve("backup-" + backups.size());
                    Files.move(target, backup, StandardCopyOption.ATOMIC_MOVE);
                    backups.put(target, backup);
                    Files.move(file.getValue(), target, StandardCopyOption.ATOMIC_MOVE);
                } else {
                    moveNew(file.getValue(), target);
                }
                placed.add(target);
            }
        } catch (IOException | DraftException | RuntimeException e) {
            undo(placed, backups, createdDirs);
            throw e;
        } finally {
            if (staging != null) {
                deleteTree(staging);
            }
        }
    }

    /** Moves {@code temp} to {@code target}, which must not exist: a hard link fails if it appeared meanwhile. */
    private static void moveNew(Path temp, Path target) throws IOException, DraftException {
        try {
            Files.createLink(target, temp);
            Files.delete(temp);
        } catch (FileAlreadyExistsException e) {
            throw new DraftException("文件已经存在，没有覆盖，也没有写入任何文件：" + target + "。要替换它，请加上 --force");
        } catch (UnsupportedOperationException | IOException e) {
            if (Files.exists(target)) {
                throw new DraftException("文件已经存在，没有覆盖，也没有写入任何文件：" + target + "。要替换它，请加上 --force");
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private static void createDirectories(Path dir, List<Path> created) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path d = dir; d != null && !Files.exists(d); d = d.getParent()) {
            missing.add(d);
        }
        for (int i = missing.size() - 1; i >= 0; i--) {
            Files.createDirectory(missing.get(i));
            created.add(missing.get(i));
        }
    }

    private static void undo(List<Path> placed, Map<Path, Path> backups, List<Path> createdDirs) {
        for (int i = placed.size() - 1; i >= 0; i--) {
            try {
                Files.deleteIfExists(placed.get(i));
            } catch (IOException ignored) {
                // best effort: the message of the failure that led here is what the clerk needs
            }
        }
        backups.forEach((target, backup) -> {
            try {
                Files.move(backup, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException ignored) {
                // as above
            }
        });
        for (int i = createdDirs.size() - 1; i >= 0; i--) {
            try {
                Files.deleteIfExists(createdDirs.get(i));
            } catch (IOException ignored) {
                // not empty (something else put a file there): left as it is
            }
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException ignored) {
            // a temporary folder that cannot be removed harms nothing in the content folder
        }
    }
}
