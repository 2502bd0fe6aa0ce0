package org.gongkai.render;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.gongkai.model.Numbers;

/**
 * The {@link Numbers} formats as template functions: {@code ${amount(x)}}, {@code ${pct(x)}},
 * {@code ${score(x)}}. A missing argument ({@code x!}) gives an empty cell.
 */
final class Formats {

    private Formats() {
    }

    static Map<String, TemplateMethodModelEx> functions() {
        return Map.of(
                "amount", function(Numbers::amount),
                "pct", function(Numbers::percent),
                "score", function(Numbers::score));
    }

    private static TemplateMethodModelEx function(Function<BigDecimal, String> format) {
        return (List arguments) -> {
            if (arguments.size() != 1) {
                throw new TemplateModelException("expects one argument");
            }
            if (!(arguments.get(0) instanceof TemplateNumberModel number)) {
                return "";
            }
            Number value = number.getAsNumber();
            return format.apply(value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString()));
        };
    }
}
