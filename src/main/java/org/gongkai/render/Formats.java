package org.gongkai.render;

import freemarker.core.Environment;
import freemarker.template.TemplateMethodModelEx;
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
                "amount", function("amount", Numbers::amount),
                "pct", function("pct", Numbers::percent),
                "score", function("score", Numbers::score));
    }

    private static TemplateMethodModelEx function(String name, Function<BigDecimal, String> format) {
        return (List arguments) -> {
            if (arguments.size() != 1) {
                throw new TemplateFailure.Explained("模板里的 " + name + "() 只接受一个参数（要写出的数），这里给了 " + arguments.size() + " 个",
                        Environment.getCurrentEnvironment());
            }
            if (!(arguments.get(0) instanceof TemplateNumberModel number)) {
                return "";
            }
            Number value = number.getAsNumber();
            return format.apply(value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString()));
        };
    }
}
