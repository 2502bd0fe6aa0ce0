package org.gongkai.model;

import java.util.List;

/** content/units/&lt;id&gt;/unit.yaml */
public record Unit(
        @FromPath String id,
        @FromPath String file,
        @FromPath String digest,
        @Required String name,
        String shortName,
        @Required UnitLevel level,
        @Required List<String> region,
        String parent,
        String gradeScale,
        List<String> departments,
        List<String> subordinates,
        List<Staffing> staffing,
        List<String> keywords,
        Origin origin) {

    /** The first region entry (省), used to group units on the home page. */
    public String province() {
        return region.isEmpty() ? "" : region.get(0);
    }

    public String regionText() {
        return String.join("", region);
    }
}
