package org.gongkai.model;

/** A labelled cell at the top of a table, such as 转移支付名称 or 主管部门. */
public record HeaderField(@Required String label, String value, Origin origin) {
}
