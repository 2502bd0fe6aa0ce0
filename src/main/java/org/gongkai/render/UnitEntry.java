package org.gongkai.render;

import java.util.List;
import org.gongkai.model.Unit;

/** A unit with links to its reports, newest first. */
public record UnitEntry(Unit unit, String href, List<ReportLink> reports) {
}
