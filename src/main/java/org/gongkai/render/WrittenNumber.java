package org.gongkai.render;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A figure as the page writes it ({@code 3429.91}, {@code 9.3}, {@code -12.5}, {@code 1,234.50},
 * {@code 96.46%}), as a spreadsheet stores it: the number, and a format that shows it with the same
 * decimals, thousands separators and percent sign, so the cell shows what the page shows and holds a
 * number a reader can add up.
 *
 * @param value the number (a percentage as its fraction: 96.46% is 0.9646)
 * @param format an Excel number format ({@code 0.00}, {@code #,##0.0}, {@code 0.00%})
 */
record WrittenNumber(BigDecimal value, String format) {

    private static final Pattern FIGURE = Pattern.compile("(-?)(\\d+|\\d{1,3}(?:,\\d{3})+)(?:\\.(\\d+))?(%?)");
    /** Digits a spreadsheet's double keeps exactly; a longer figure stays text rather than be rounded. */
    private static final int DIGITS = 15;

    /** The figure {@code text} writes, or none when it is no plain number (empty, "—", "1.2万", "+5"). */
    static Optional<WrittenNumber> of(String text) {
        Matcher m = FIGURE.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        boolean grouped = m.group(2).contains(",");
        String decimals = m.group(3) == null ? "" : m.group(3);
        boolean percent = !m.group(4).isEmpty();
        BigDecimal value = new BigDecimal(m.group(1) + m.group(2).replace(",", "") + (decimals.isEmpty() ? "" : "." + decimals));
        if (value.stripTrailingZeros().precision() > DIGITS) {
            return Optional.empty();
        }
        if (percent) {
            value = value.movePointLeft(2);
        }
        String format = (grouped ? "#,##0" : "0") + (decimals.isEmpty() ? "" : "." + "0".repeat(decimals.length()))
                + (percent ? "%" : "");
        return Optional.of(new WrittenNumber(value, format));
    }
}
