package org.gongkai.model;

/** "三公"经费: the budget and the actual, item by item. */
public record ThreePublic(ThreePublicItems budget, ThreePublicItems actual, Origin origin) {
}
