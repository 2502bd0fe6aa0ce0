package org.gongkai.render;

import java.util.List;

/** Units of one province, by level (省级, 市级, 县级). */
public record RegionGroup(String region, List<LevelGroup> levels) {

    public record LevelGroup(String level, List<UnitEntry> units) {
    }
}
