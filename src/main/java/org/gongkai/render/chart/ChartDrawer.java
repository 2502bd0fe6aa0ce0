package org.gongkai.render.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardPieSectionLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DefaultPieDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Draws a {@link ChartSpec} with JFreeChart, as SVG (JFreeSVG) and PNG. Every label drawn is taken
 * from the spec, so the chart shows exactly the figures the page derived; nothing in the output
 * depends on the time or on chance, so the same spec gives the same bytes.
 */
public final class ChartDrawer {

    public static final int WIDTH = 760;
    public static final int HEIGHT = 420;
    private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);

    private final ChartFonts fonts;

    public ChartDrawer(ChartFonts fonts) {
        this.fonts = fonts;
    }

    public String svg(ChartSpec spec) {
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        String prefix = "gk-" + spec.id() + "-";
        g.setDefsKeyPrefix(prefix);
        g.setFontFunction(family -> ChartFonts.SVG_FAMILY);
        // Tenths of a pixel are finer than any screen or print shows; full precision tripled the file.
        g.setGeomDoubleConverter(ChartDrawer::tenths);
        g.setTransformDoubleConverter(ChartDrawer::tenths);
        chart(spec).draw(g, new Rectangle(0, 0, WIDTH, HEIGHT));
        String element = g.getSVGElement(null, true, new ViewBox(0, 0, WIDTH, HEIGHT), null, null);
        // The font stack once for all text, and no clip to the whole canvas on every element: a
        // national portal has a quarter of a million charts.
        element = element.replace("font-family: " + ChartFonts.SVG_FAMILY + "; ", "")
                .replace(" clip-path='url(#" + prefix + "clip-0)'", "");
        int open = element.indexOf('>') + 1;
        String accessible = " role=\"img\" aria-labelledby=\"title desc\"";
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + element.substring(0, open - 1) + accessible + ">"
                + "<title id=\"title\">" + xml(spec.number() + " " + spec.title()) + "</title>"
                + "<desc id=\"desc\">" + xml(spec.summary() + "。" + spec.description()) + "</desc>"
                + "<style>text{font-family:" + ChartFonts.SVG_FAMILY + "}</style>"
                + element.substring(open) + "\n";
    }

    /** A coordinate to one decimal, without a trailing ".0". */
    private static String tenths(double value) {
        long scaled = Math.round(value * 10);
        long whole = scaled / 10;
        long tenth = Math.abs(scaled % 10);
        String sign = scaled < 0 && whole == 0 ? "-" : "";
        return tenth == 0 ? sign + whole : sign + whole + "." + tenth;
    }

    /** Whether {@link #png} can draw Chinese; without a CJK font there are no PNGs. */
    public boolean drawsPng() {
        return fonts.drawsChinese();
    }

    public byte[] png(ChartSpec spec) {
        if (!fonts.drawsChinese()) {
            throw new IllegalStateException(ChartFonts.missingMessage());
        }
        int scale = 2;
        BufferedImage image = new BufferedImage(WIDTH * scale, HEIGHT * scale, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.scale(scale, scale);
        chart(spec).draw(g, new Rectangle(0, 0, WIDTH, HEIGHT));
        g.dispose();
        return PngEncoder.encode(image);
    }

    private JFreeChart chart(ChartSpec spec) {
        JFreeChart chart = switch (spec.kind()) {
            case PIE -> pie(spec);
            case BARS, RANKING -> bars(spec, false);
            case LINES -> bars(spec, true);
        };
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTitle(new TextTitle(spec.number() + " " + spec.title(), fonts.font(Font.BOLD, 17)));
        TextTitle subtitle = new TextTitle(spec.summary(), fonts.font(Font.PLAIN, 12));
        subtitle.setPaint(new Color(0x44, 0x44, 0x44));
        subtitle.setPadding(new RectangleInsets(2, 8, 6, 8));
        chart.addSubtitle(subtitle);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(fonts.font(Font.PLAIN, 12));
            legend.setFrame(BlockBorder.NONE);
            legend.setPosition(RectangleEdge.BOTTOM);
        }
        return chart;
    }

    private JFreeChart pie(ChartSpec spec) {
        DefaultPieDataset<String> data = new DefaultPieDataset<>();
        ChartSpec.Series series = spec.series().get(0);
        for (int i = 0; i < spec.categories().size(); i++) {
            BigDecimal value = series.values().get(i);
            if (value != null && value.signum() > 0) {
                data.setValue(spec.valueLabels().get(i), value);
            }
        }
        PiePlot<String> plot = new PiePlot<>(data);
        int colour = 0;
        for (int i = 0; i < spec.categories().size(); i++) {
            BigDecimal value = series.values().get(i);
            if (value != null && value.signum() > 0) {
                plot.setSectionPaint(spec.valueLabels().get(i), Palette.color(colour++));
            }
        }
        plot.setLabelGenerator(new StandardPieSectionLabelGenerator("{0}"));
        plot.setLabelFont(fonts.font(Font.PLAIN, 12));
        plot.setLabelBackgroundPaint(Color.WHITE);
        plot.setLabelOutlinePaint(new Color(0x99, 0x99, 0x99));
        plot.setLabelShadowPaint(null);
        plot.setShadowPaint(null);
        plot.setOutlineVisible(false);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDefaultSectionOutlinePaint(Color.WHITE);
        plot.setDefaultSectionOutlineStroke(new BasicStroke(1.5f));
        plot.setSectionOutlinesVisible(true);
        plot.setNoDataMessage("本图无数据（各项均为 0）");
        plot.setNoDataMessageFont(fonts.font(Font.PLAIN, 14));
        return new JFreeChart(null, null, plot, false);
    }

    private JFreeChart bars(ChartSpec spec, boolean lines) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (ChartSpec.Series series : spec.series()) {
            for (int i = 0; i < spec.categories().size(); i++) {
                data.addValue(series.values().get(i), series.name(), spec.categories().get(i));
            }
        }
        CategoryAxis categories = new CategoryAxis(null);
        categories.setTickLabelFont(fonts.font(Font.PLAIN, 12));
        categories.setMaximumCategoryLabelLines(3);
        NumberAxis values = new NumberAxis(spec.valueUnit());
        values.setLabelFont(fonts.font(Font.PLAIN, 12));
        values.setTickLabelFont(fonts.font(Font.PLAIN, 11));
        values.setUpperMargin(0.15);
        CategoryItemLabelGenerator labels = new SpecLabels(spec);
        CategoryPlot plot;
        if (lines) {
            LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
            for (int s = 0; s < spec.series().size(); s++) {
                renderer.setSeriesPaint(s, Palette.color(s));
                renderer.setSeriesStroke(s, new BasicStroke(2.5f));
            }
            renderer.setDefaultItemLabelGenerator(labels);
            renderer.setDefaultItemLabelsVisible(true);
            renderer.setDefaultItemLabelFont(fonts.font(Font.PLAIN, 11));
            plot = new CategoryPlot(data, categories, values, renderer);
        } else {
            BarRenderer renderer = new BarRenderer();
            renderer.setBarPainter(new StandardBarPainter());
            renderer.setShadowVisible(false);
            renderer.setItemMargin(0.05);
            renderer.setMaximumBarWidth(0.18);
            renderer.setDrawBarOutline(true);
            for (int s = 0; s < spec.series().size(); s++) {
                renderer.setSeriesPaint(s, Palette.color(s));
                renderer.setSeriesOutlinePaint(s, Color.DARK_GRAY);
            }
            renderer.setDefaultItemLabelGenerator(labels);
            renderer.setDefaultItemLabelsVisible(true);
            renderer.setDefaultItemLabelFont(fonts.font(Font.PLAIN, 11));
            renderer.setDefaultPositiveItemLabelPosition(spec.kind() == ChartSpec.Kind.RANKING
                    ? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT)
                    : new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
            plot = new CategoryPlot(data, categories, values, renderer);
        }
        plot.setOrientation(spec.kind() == ChartSpec.Kind.RANKING ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(GRID);
        plot.setOutlineVisible(false);
        return new JFreeChart(null, null, plot, spec.series().size() > 1);
    }

    /** Bar and point labels: the figures exactly as the page writes them. */
    private record SpecLabels(ChartSpec spec) implements CategoryItemLabelGenerator {
        @Override
        public String generateLabel(CategoryDataset dataset, int row, int column) {
            BigDecimal value = spec.series().get(row).values().get(column);
            return value == null ? null : value.toPlainString();
        }

        @Override
        public String generateRowLabel(CategoryDataset dataset, int row) {
            return spec.series().get(row).name();
        }

        @Override
        public String generateColumnLabel(CategoryDataset dataset, int column) {
            return spec.categories().get(column);
        }
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Charts are drawn in a headless JVM. */
    static {
        System.setProperty("java.awt.headless", "true");
    }
}
