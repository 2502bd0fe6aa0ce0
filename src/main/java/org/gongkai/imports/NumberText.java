package org.gongkai.imports;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.regex.Pattern;

/** Reads the number a cell's text shows, exactly as shown. */
final class NumberText {

    /** As the loader: an amount has at most 24 digits. */
    private static final int MAX_DIGITS = 24;
    private static final Pattern PLAIN = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3}){1,6}(\\.\\d+)?");

    private NumberText() {
    }

    /**
     * The number {@code text} shows — {@code 1,234.50} is 1234.50, full-width digits and minus signs
     * included — or null when it is anything else (a percentage, a date, a dash for nothing, words).
     */
    static BigDecimal parse(String text) {
        String normal = Normalizer.normalize(text.strip(), Normalizer.Form.NFKC).replace('\u2212', '-');
        if (normal.isEmpty() || normal.length() > MAX_DIGITS + 10) {
            return null;
        }
        String digits;
        if (PLAIN.matcher(normal).matches()) {
            digits = normal;
        } else if (GROUPED.matcher(normal).matches()) {
            digits = normal.replace(",", "");
        } else {
            return null;
        }
        if (digits.chars().filter(Character::isDigit).count() > MAX_DIGITS) {
            return null;
        }
        return new BigDecimal(digits.startsWith("+") ? digits.substring(1) : digits);
    }
}
