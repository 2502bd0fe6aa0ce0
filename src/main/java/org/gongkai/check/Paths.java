package org.gongkai.check;

import java.util.List;
import java.util.function.BiConsumer;
import org.gongkai.model.Evaluation;
import org.gongkai.model.Indicator;
import org.gongkai.model.IndicatorSubgroup;

/** Walks an evaluation's indicators with their field paths (indicators[0].subgroups[1].items[2]). */
final class Paths {

    private Paths() {
    }

    static void forEachIndicator(Evaluation evaluation, BiConsumer<Indicator, String> action) {
        for (int g = 0; g < evaluation.indicators().size(); g++) {
            List<IndicatorSubgroup> subgroups = evaluation.indicators().get(g).subgroups();
            for (int s = 0; s < subgroups.size(); s++) {
                List<Indicator> items = subgroups.get(s).items();
                for (int i = 0; i < items.size(); i++) {
                    action.accept(items.get(i), "indicators[" + g + "].subgroups[" + s + "].items[" + i + "]");
                }
            }
        }
    }
}
