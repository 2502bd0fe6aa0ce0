package org.gongkai.cli;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The provincial layouts a new 决算 can start from: each a {@code scaffold/layouts/<name>.yaml} with the
 * document's tables and parts laid out under their printed titles and headings, appended to the common
 * scaffold. The one-line descriptions are constants so that {@code new report --help} lists them.
 */
enum FinalAccountsLayout {
    STANDARD("standard", Text.STANDARD),
    YUNNAN_11("yunnan-11", Text.YUNNAN_11),
    HUNAN_14("hunan-14", Text.HUNAN_14),
    SICHUAN_13("sichuan-13", Text.SICHUAN_13),
    NEIMENGGU_11("neimenggu-11", Text.NEIMENGGU_11);

    /** Compile-time constants, so that the option's help text can be built from them. */
    static final class Text {
        static final String STANDARD = "财政部统一格式：九张公开表，决算说明十节（默认）";
        static final String YUNNAN_11 = "云南格式：十一张表在说明之前，说明四节，另有“其他重要事项及相关口径情况说明”";
        static final String HUNAN_14 = "湖南格式：九张表（基本支出决算明细表），说明十四节";
        static final String SICHUAN_13 = "四川格式：十三张附表（含财政拨款支出决算明细表、项目支出决算表）放在最后";
        static final String NEIMENGGU_11 = "内蒙古格式：说明十四节在前，另有“决算公开联系方式及信息反馈渠道”，十一张表（含项目支出决算明细表）放在最后";
        static final String HELP = "决算的表格与文件结构，只用于 final-accounts：%n"
                + "  standard    " + STANDARD + "%n"
                + "  yunnan-11   " + YUNNAN_11 + "%n"
                + "  hunan-14    " + HUNAN_14 + "%n"
                + "  sichuan-13  " + SICHUAN_13 + "%n"
                + "  neimenggu-11 " + NEIMENGGU_11;

        private Text() {
        }
    }

    private final String id;
    private final String description;

    FinalAccountsLayout(String id, String description) {
        this.id = id;
        this.description = description;
    }

    String id() {
        return id;
    }

    String description() {
        return description;
    }

    String scaffold() {
        return "layouts/" + id + ".yaml";
    }

    static Optional<FinalAccountsLayout> named(String id) {
        return Arrays.stream(values()).filter(layout -> layout.id.equals(id)).findFirst();
    }

    /** "standard、yunnan-11、hunan-14、sichuan-13、neimenggu-11", for a usage error. */
    static String names() {
        return Arrays.stream(values()).map(FinalAccountsLayout::id).collect(Collectors.joining("、"));
    }
}
