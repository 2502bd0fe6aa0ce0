package org.gongkai.check;

import java.util.List;
import java.util.function.BiConsumer;
import org.gongkai.model.Evaluation;
import org.gongkai.model.Indicator;
import org.gongkai.model.IndicatorGroup;

/**
 * Walks an evaluation's indicators and groups with their field paths (indicators[0].subgroups[1].items[2],
 * flat-indicators[3]), in the order the table prints them: a group's own items, then its lower groups.
 */
final class Paths {

    private Paths() {
    }

    static void forEachIndicator(Evaluation evaluation, BiConsumer<Indicator, String> action) {
        // A report that writes both is refused (eval.flat-indicators); its table is the grouped one.
        if (evaluation.indicators().isEmpty()) {
            List<Indicator> flat = evaluation.flatIndicators();
            for (int i = 0; i < flat.size(); i++) {
                action.accept(flat.get(i), "flat-indicators[" + i + "]");
            }
        }
        forEachGroup(evaluation, (group, path) -> {
            for (int i = 0; i < group.items().size(); i++) {
                action.accept(group.items().get(i), path + ".items[" + i + "]");
            }
        });
    }

    /** Every group, outer before inner, with its path and in printed order. */
    static void forEachGroup(Evaluation evaluation, BiConsumer<IndicatorGroup, String> action) {
        List<IndicatorGroup> groups = evaluation.indicators();
        for (int g = 0; g < groups.size(); g++) {
            walk(groups.get(g), "indicators[" + g + "]", action);
        }
    }

    private static void walk(IndicatorGroup group, String path, BiConsumer<IndicatorGroup, String> action) {
        action.accept(group, path);
        for (int s = 0; s < group.subgroups().size(); s++) {
            walk(group.subgroups().get(s), path + ".subgroups[" + s + "]", action);
        }
    }
}
