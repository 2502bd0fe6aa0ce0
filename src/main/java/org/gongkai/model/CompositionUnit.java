package org.gongkai.model;

/**
 * One line of a 部门决算's 决算单位构成, as printed: the unit's name (the 本级 or a 下属单位), its type
 * (行政单位, 参照公务员法管理事业单位, 事业单位 …) and, when that unit publishes on the same site, its unit-id.
 */
public record CompositionUnit(@Required String name, String type, String unit, Origin origin) {
}
