package org.gongkai.model;

import java.util.List;

/**
 * site.yaml {@code column}: the column (栏目) of the government website the site's pages belong to, for
 * the metadata every page carries (ColumnName, ColumnDescription, ColumnKeywords, ColumnType).
 */
public record SiteColumn(String name, String description, List<String> keywords, String type, Origin origin) {
}
