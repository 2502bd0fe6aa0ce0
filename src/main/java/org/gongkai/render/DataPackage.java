package org.gongkai.render;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * datapackage.json: a Frictionless Data Package (v1, profile {@code tabular-data-package}, which the
 * maintained validators read) describing the CSV files of a bundle with a Table Schema: each column's
 * name, its type ({@code number} where every figure of it is one, else {@code string}), the unit of its
 * figures (the table's 单位 line, or % ) in its description, and the row label as primary key where
 * the labels are all there and all different.
 *
 * <p>A table whose header has several rows (merged headings) is written in its CSV as on the page, so
 * the package says so: {@code header: false}, its fields named by their heading path ("收入 / 决算数"),
 * and its heading rows counted in the resource's description; typed columns are then those whose
 * heading rows are figures too (rarely), the others are strings.
 */
final class DataPackage {

    static final String FILE = "datapackage.json";
    private static final ObjectMapper READER = new ObjectMapper();
    private static final Pattern NAME = Pattern.compile("[^-a-z0-9._/]+");
    /** A chart table's unit, written in its caption: 图1 …（单位：万元）. */
    private static final Pattern CAPTION_UNIT = Pattern.compile("（(单位：[^）]+)）$");

    private DataPackage() {
    }

    /**
     * The package of one report's bundle: a resource for each CSV file of its page.
     *
     * @param csvFiles the names of the CSV files in the bundle
     */
    static byte[] ofReport(String name, String title, List<PageTables.Table> pageTables, Set<String> csvFiles) {
        Map<String, PageTables.Table> tables = new LinkedHashMap<>();
        for (PageTables.Table table : pageTables) {
            tables.put(table.key() + ".csv", table);
        }
        List<Map<String, Object>> resources = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (String file : csvFiles) {
            PageTables.Table table = tables.get(file);
            if (table != null) {
                resources.add(resource(unique(name(file.substring(0, file.length() - 4)), names), file, table));
            }
        }
        return json(name(name), title, resources);
    }

    /**
     * The package of a zip of several bundles (a year's, all years'): their resources, at the bundles'
     * folders, named after them. Written as the bundles are read, one bundle's package parsed at a time
     * and written compact and deflated as it goes, so a national all.zip holds in memory its descriptor's
     * deflated bytes (a few megabytes), not the descriptor (hundreds) nor a tree of it.
     *
     * <p>A resource's name is its bundle's folder and its name in the bundle: unique without a check, since
     * a bundle's names are unique and its folder (units/&lt;unit&gt;/&lt;year&gt;/&lt;report&gt;/, ids of a-z, 0-9
     * and -) is a valid name and no other bundle's; a set of the names would hold some hundreds of thousands.
     */
    static final class Merged {

        private final ZipArchive.EntryStream bytes = new ZipArchive.EntryStream();
        private final com.fasterxml.jackson.core.JsonGenerator json;
        Merged(String name, String title) {
            try {
                json = READER.getFactory().createGenerator(bytes);
                json.writeStartObject();
                json.writeStringField("profile", "tabular-data-package");
                json.writeStringField("name", name(name));
                json.writeStringField("title", title);
                json.writeArrayFieldStart("resources");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * @param folder where the bundle's entries are put ("units/x/2022/y/")
         * @param bundlePackage the bundle's datapackage.json, copied token by token
         */
        void add(String folder, byte[] bundlePackage) {
            String prefix = folder.replaceFirst("^units/", "");
            try (JsonParser in = READER.getFactory().createParser(bundlePackage)) {
                if (in.nextToken() != JsonToken.START_OBJECT) {
                    return;
                }
                while (in.nextToken() == JsonToken.FIELD_NAME) {
                    boolean resources = in.currentName().equals("resources");
                    if (in.nextToken() != JsonToken.START_ARRAY || !resources) {
                        in.skipChildren();
                        continue;
                    }
                    while (in.nextToken() == JsonToken.START_OBJECT) {
                        json.writeStartObject();
                        while (in.nextToken() == JsonToken.FIELD_NAME) {
                            String field = in.currentName();
                            in.nextToken();
                            json.writeFieldName(field);
                            switch (field) {
                                case "name" -> json.writeString(name(prefix + in.getText()));
                                case "path" -> json.writeString(folder + in.getText());
                                default -> json.copyCurrentStructure(in);
                            }
                        }
                        json.writeEndObject();
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The package as the zip's entry, deflated as it was written. */
        ZipArchive.Entry finish() {
            try {
                json.writeEndArray();
                json.writeEndObject();
                json.close();
                bytes.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bytes.entry(FILE);
        }
    }

    private static byte[] json(String name, String title, List<Map<String, Object>> resources) {
        Map<String, Object> descriptor = new LinkedHashMap<>();
        descriptor.put("profile", "tabular-data-package");
        descriptor.put("name", name);
        descriptor.put("title", title);
        descriptor.put("resources", resources);
        return Downloads.json(descriptor);
    }

    private static Map<String, Object> resource(String name, String file, PageTables.Table table) {
        List<List<String>> rows = new ArrayList<>();
        for (List<String> row : TableData.of(table).rows()) {
            rows.add(row.stream().map(TableData::inert).toList());
        }
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        int headRows = Math.min(table.headRows(), rows.size());
        List<String> labels = headRows == 1 ? rows.get(0) : List.of();
        boolean header = headRows == 1 && labels.size() == columns && labels.stream().noneMatch(String::isBlank)
                && new HashSet<>(labels).size() == labels.size();
        List<List<String>> data = header ? rows.subList(1, rows.size()) : rows;
        List<Map<String, Object>> fields = new ArrayList<>();
        Set<String> fieldNames = new HashSet<>();
        for (int c = 0; c < columns; c++) {
            Map<String, Object> field = new LinkedHashMap<>();
            String fieldName = header ? labels.get(c) : unique(headingPath(rows, headRows, c), fieldNames);
            field.put("name", fieldName);
            boolean number = false;
            boolean grouped = false;
            boolean percent = false;
            boolean all = true;
            for (List<String> row : data) {
                String cell = c < row.size() ? row.get(c) : "";
                if (cell.isEmpty()) {
                    continue;
                }
                if (!TableData.isFigure(cell)) {
                    all = false;
                    break;
                }
                number = true;
                grouped |= cell.contains(",");
                percent |= cell.endsWith("%");
            }
            if (number && all) {
                field.put("type", "number");
                if (grouped) {
                    field.put("groupChar", ",");
                }
                if (percent) {
                    field.put("bareNumber", false);
                    field.put("description", "单位：%");
                } else if (!unit(table).isEmpty()) {
                    field.put("description", unit(table));
                }
            } else {
                field.put("type", "string");
            }
            fields.add(field);
        }
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("fields", fields);
        schema.put("missingValues", List.of(""));
        if (header && !fields.isEmpty() && "string".equals(fields.get(0).get("type")) && !data.isEmpty()) {
            Set<String> keys = new HashSet<>();
            if (data.stream().allMatch(row -> !row.isEmpty() && !row.get(0).isEmpty() && keys.add(row.get(0)))) {
                schema.put("primaryKey", List.of(labels.get(0)));
            }
        }
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("profile", "tabular-data-resource");
        resource.put("name", name);
        resource.put("path", file);
        resource.put("title", table.caption().isEmpty() ? table.key() : table.caption());
        if (!header) {
            resource.put("description", headRows == 0 ? "本表没有表头行，各列按位置命名。"
                    : "前 " + headRows + " 行为表头（合并的表头在其跨越的每一行、每一列重复），数据从第 " + (headRows + 1) + " 行起；各列以其表头路径命名。");
        }
        resource.put("format", "csv");
        resource.put("mediatype", "text/csv");
        resource.put("encoding", "utf-8");
        Map<String, Object> dialect = new LinkedHashMap<>();
        dialect.put("delimiter", ",");
        dialect.put("lineTerminator", "\r\n");
        dialect.put("header", header);
        resource.put("dialect", dialect);
        resource.put("schema", schema);
        return resource;
    }

    /** The unit of a table's figures as written over it: its 单位 line, or a chart table's caption. */
    private static String unit(PageTables.Table table) {
        if (!table.unit().isEmpty()) {
            return table.unit();
        }
        var inCaption = CAPTION_UNIT.matcher(table.caption());
        return inCaption.find() ? inCaption.group(1) : "";
    }

    /** A column's headings from the top down, each once: "收入 / 决算数"; 第3列 when it has none. */
    private static String headingPath(List<List<String>> rows, int headRows, int column) {
        Set<String> path = new LinkedHashSet<>();
        for (int r = 0; r < headRows; r++) {
            String label = column < rows.get(r).size() ? rows.get(r).get(column).strip() : "";
            if (!label.isEmpty()) {
                path.add(label);
            }
        }
        return path.isEmpty() ? "第" + (column + 1) + "列" : String.join(" / ", path);
    }

    /** A name as the Data Package profile allows it (lower-case letters, digits, - . _ /). */
    static String name(String text) {
        String name = NAME.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("-").replaceAll("^-+|-+$", "");
        return name.isEmpty() ? "data" : name;
    }

    private static String unique(String name, Set<String> taken) {
        String candidate = name;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = name + (name.matches(".*[\\p{IsHan}）]$") ? "（" + n + "）" : "-" + n);
        }
        return candidate;
    }
}
