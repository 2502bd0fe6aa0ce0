package org.gongkai.imports;

/** A list counter written in one of Word's number formats ({@code w:numFmt}), as Word shows it. */
final class NumberFormats {

    private static final String DIGITS = "零一二三四五六七八九";
    private static final String LEGAL = "零壹贰叁肆伍陆柒捌玖";
    private static final String[] UNITS = {"", "十", "百", "千"};
    private static final String[] LEGAL_UNITS = {"", "拾", "佰", "仟"};
    private static final String HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸";
    private static final String EARTHLY_BRANCHES = "子丑寅卯辰巳午未申酉戌亥";

    private NumberFormats() {
    }

    static String format(int value, String format) {
        if (format == null) {
            return Integer.toString(value);
        }
        return switch (format) {
            case "none" -> "";
            case "decimalZero" -> value < 10 && value >= 0 ? "0" + value : Integer.toString(value);
            case "decimalFullWidth", "decimalFullWidth2" -> fullWidth(Integer.toString(value));
            case "chineseCounting", "chineseCountingThousand", "ideographDigital", "taiwaneseCounting",
                    "taiwaneseCountingThousand" -> chinese(value, DIGITS, UNITS, true);
            case "chineseLegalSimplified", "ideographLegalTraditional" -> chinese(value, LEGAL, LEGAL_UNITS, false);
            case "ideographTraditional" -> cycle(value, HEAVENLY_STEMS);
            case "ideographZodiac" -> cycle(value, EARTHLY_BRANCHES);
            case "decimalEnclosedCircle", "decimalEnclosedCircleChinese", "ideographEnclosedCircle" ->
                    enclosed(value, 0x2460, 20);
            case "decimalEnclosedParen" -> enclosed(value, 0x2474, 20);
            case "decimalEnclosedFullstop" -> enclosed(value, 0x2488, 20);
            case "upperLetter" -> letters(value, 'A');
            case "lowerLetter" -> letters(value, 'a');
            case "upperRoman" -> roman(value);
            case "lowerRoman" -> roman(value).toLowerCase(java.util.Locale.ROOT);
            default -> Integer.toString(value);
        };
    }

    /** A bullet's text: a symbol font's private-use character (Wingdings, Symbol) shown as •. */
    static String bullet(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> out.appendCodePoint(c >= 0xE000 && c <= 0xF8FF ? '•' : c));
        return out.toString().isBlank() ? "•" : out.toString();
    }

    /** 1 一, 10 十, 11 十一, 21 二十一, 101 一百零一 (the 一 of 一十 dropped when {@code shortTen}). */
    private static String chinese(int value, String digits, String[] units, boolean shortTen) {
        if (value <= 0 || value >= 10_000) {
            return Integer.toString(value);
        }
        StringBuilder out = new StringBuilder();
        String number = Integer.toString(value);
        boolean zero = false;
        for (int i = 0; i < number.length(); i++) {
            int digit = number.charAt(i) - '0';
            int unit = number.length() - 1 - i;
            if (digit == 0) {
                zero = true;
                continue;
            }
            if (zero && out.length() > 0) {
                out.append(digits.charAt(0));
            }
            zero = false;
            if (!(shortTen && digit == 1 && unit == 1 && out.length() == 0)) {
                out.append(digits.charAt(digit));
            }
            out.append(units[unit]);
        }
        return out.toString();
    }

    private static String cycle(int value, String symbols) {
        return value <= 0 ? Integer.toString(value) : String.valueOf(symbols.charAt((value - 1) % symbols.length()));
    }

    private static String enclosed(int value, int first, int count) {
        return value >= 1 && value <= count ? new String(Character.toChars(first + value - 1)) : Integer.toString(value);
    }

    private static String letters(int value, char a) {
        // Word repeats the letter (27 is AA, 28 BB) up to 780, thirty of them; a file's own start of 2,000,000,000
        // would make each label 77 million letters.
        if (value <= 0 || value > 780) {
            return Integer.toString(value);
        }
        return String.valueOf((char) (a + (value - 1) % 26)).repeat((value - 1) / 26 + 1);
    }

    private static String roman(int value) {
        if (value <= 0 || value >= 4000) {
            return Integer.toString(value);
        }
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder out = new StringBuilder();
        int rest = value;
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                out.append(symbols[i]);
                rest -= values[i];
            }
        }
        return out.toString();
    }

    private static String fullWidth(String digits) {
        StringBuilder out = new StringBuilder();
        digits.chars().forEach(c -> out.append(c >= '0' && c <= '9' ? (char) ('０' + c - '0') : (char) c));
        return out.toString();
    }
}
