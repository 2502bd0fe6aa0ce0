package org.gongkai.draft;

import java.util.List;
import org.gongkai.model.ReportKind;

/**
 * A disclosure read from its published files, ready to be written into a content folder.
 *
 * @param kind the report kind
 * @param unitName the unit's name as printed, or null when none was found
 * @param year the year it discloses
 * @param moneyUnit the report's money unit (元, 万元 or 亿元)
 * @param title the report's title as printed
 * @param reportYaml the report's YAML, every imported figure with its {@code # 来源：} comment
 * @param markdown the narrative as Markdown, "" when there is none
 * @param unitYaml a unit.yaml for the unit, written only when the unit is new
 * @param tables what became of each table, in the documents' order
 * @param unread every cell where a number was expected and something else is printed
 * @param notices what the clerk should know: what was assumed, what was not imported
 * @param reportId the name of its files in the year folder: the kind's label, or an attached report's own
 */
public record Draft(ReportKind kind, String unitName, int year, String moneyUnit, String title, String reportYaml,
        String markdown, String unitYaml, List<TableOutcome> tables, List<UnreadCell> unread, List<String> notices, String reportId) {

    public Draft {
        tables = List.copyOf(tables);
        unread = List.copyOf(unread);
        notices = List.copyOf(notices);
    }
}
