package org.gongkai.render.chart;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The font charts are laid out and drawn with. Layout needs the metrics of a font that has Chinese
 * glyphs; the SVG then names a CJK font stack so that each reader's browser uses its own.
 */
public final class ChartFonts {

    /** Tried in order; the first installed one that can show Chinese is used. */
    static final List<String> PREFERRED = List.of("Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei",
            "Microsoft YaHei", "PingFang SC", "SimHei");
    /** The font-family written into SVG text (JFreeSVG quotes its style attributes with ', so names use "). */
    static final String SVG_FAMILY =
            "\"Noto Sans CJK SC\", \"Source Han Sans SC\", \"PingFang SC\", \"Microsoft YaHei\", \"WenQuanYi Micro Hei\", sans-serif";
    private static final String SAMPLE = "收支决算结构图一般公共预算";

    private final String family;
    private final boolean drawsChinese;

    private ChartFonts(String family) {
        this(family, true);
    }

    private ChartFonts(String family, boolean drawsChinese) {
        this.family = family;
        this.drawsChinese = drawsChinese;
    }

    /** The installed CJK font, or empty when none is installed. */
    public static Optional<ChartFonts> find() {
        return find(Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames()));
    }

    static Optional<ChartFonts> find(List<String> installed) {
        return PREFERRED.stream()
                .filter(installed::contains)
                .filter(name -> new Font(name, Font.PLAIN, 12).canDisplayUpTo(SAMPLE) == -1)
                .findFirst()
                .map(ChartFonts::new);
    }

    /**
     * Without a CJK font, charts are still laid out (with the JVM's sans-serif metrics) and written as
     * SVG, whose text each browser draws with its own fonts; only PNGs, which would show empty boxes,
     * are not made.
     */
    public static ChartFonts fallback() {
        return new ChartFonts(Font.SANS_SERIF, false);
    }

    /** Why PNG charts are not made, for the build's warning. */
    public static String missingMessage() {
        return "未找到可显示中文的字体，图表只生成 SVG，不生成 PNG 图片。请安装 Noto Sans CJK 字体"
                + "（Debian/Ubuntu：apt-get install fonts-noto-cjk），或以下任一字体：" + String.join("、", PREFERRED);
    }

    /** Whether text drawn into a bitmap with this font shows Chinese. */
    public boolean drawsChinese() {
        return drawsChinese;
    }

    public String family() {
        return family;
    }

    Font font(int style, float size) {
        return new Font(family, style, 1).deriveFont(style, size);
    }
}
