package org.gongkai.render;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.gongkai.load.Digest;
import org.gongkai.model.ChartOutput;
import org.gongkai.model.Site;
import org.gongkai.render.chart.ChartDrawer;
import org.gongkai.render.chart.ChartSpec;

/**
 * The chart files beside the pages: drawn as the site asks, and taken over from the earlier rendering
 * when one with the same data and style was drawn before, on this page or another.
 */
final class ChartFiles {

    private final ChartDrawer drawer;
    private final Site site;
    private final TaskRunner tasks;
    /** What every chart's digest starts with: gongkai, the theme, the site. */
    private final String base;
    /** Chart files by digest of data and style; the smallest path when the same chart is on several pages. */
    private final Map<String, String> drawn = new ConcurrentHashMap<>();

    ChartFiles(ChartDrawer drawer, Site site, TaskRunner tasks, String base) {
        this.drawer = drawer;
        this.site = site;
        this.tasks = tasks;
        this.base = base;
    }

    /**
     * Draws the charts next to the page at {@code pagePath} (SVG, and PNG with a CJK font, as the site
     * asks) and returns them by id. A chart drawn before from the same data and style is taken over.
     */
    Map<String, ChartView> draw(List<ChartSpec> specs, String pagePath) {
        String folder = PageWriter.folderOf(pagePath);
        ChartOutput output = site.chartOutput();
        boolean png = output == ChartOutput.SVG_AND_PNG && drawer.drawsPng();
        Map<String, ChartView> views = new LinkedHashMap<>();
        for (ChartSpec spec : specs) {
            if (output == ChartOutput.NONE) {
                views.put(spec.id(), new ChartView(spec, null, null));
                continue;
            }
            String svg = "charts/" + spec.id() + ".svg";
            file(folder + svg, "svg", spec, () -> drawer.svg(spec).getBytes(StandardCharsets.UTF_8));
            String pngPath = null;
            if (png) {
                pngPath = "charts/" + spec.id() + ".png";
                file(folder + pngPath, "png", spec, () -> drawer.png(spec));
            }
            views.put(spec.id(), new ChartView(spec, svg, pngPath));
        }
        return views;
    }

    /**
     * The PNG of each chart shown as a picture on the page in {@code folder} (for a Word file): the one
     * beside the page where the site publishes PNGs, else drawn for the purpose and not published. None
     * when the site draws no charts or no PNG can be drawn (no CJK font).
     */
    Map<String, byte[]> pngs(Map<String, ChartView> views, String folder) {
        Map<String, byte[]> pngs = new LinkedHashMap<>();
        for (ChartView view : views.values()) {
            if (view.svg() == null) {
                continue;
            }
            if (view.png() != null) {
                String path = folder + view.png();
                tasks.current().stream().filter(f -> f.path().equals(path)).findFirst()
                        .ifPresent(file -> pngs.put(view.spec().id(), file.content()));
            } else if (drawer.drawsPng()) {
                pngs.put(view.spec().id(), drawer.png(view.spec()));
            }
        }
        return pngs;
    }

    /** The SVG of each chart drawn on the page in {@code folder} (for its PDF and article.html), by chart id; none when the site draws no charts. */
    Map<String, String> svgs(Map<String, ChartView> views, String folder) {
        Map<String, String> svgs = new LinkedHashMap<>();
        for (ChartView view : views.values()) {
            if (view.svg() != null) {
                String path = folder + view.svg();
                byte[] svg = tasks.current().stream().filter(f -> f.path().equals(path)).findFirst()
                        .map(RenderedFile::content).orElseGet(() -> drawer.svg(view.spec()).getBytes(StandardCharsets.UTF_8));
                svgs.put(view.spec().id(), new String(svg, StandardCharsets.UTF_8));
            }
        }
        return svgs;
    }

    /** The charts of this rendering by digest: those it drew or linked, and those of the tasks it took over. */
    Map<String, String> all() {
        Map<String, String> all = new TreeMap<>(drawn);
        tasks.reuse().charts().forEach((digest, path) -> {
            if (tasks.keptCharts().contains(path)) {
                all.merge(digest, path, ChartFiles::first);
            }
        });
        return all;
    }

    private void file(String path, String format, ChartSpec spec, Supplier<byte[]> draw) {
        String digest = Digest.of(base, format, spec.toString());
        tasks.add(tasks.reuse().chart(digest, path).orElseGet(() -> new RenderedFile(path, draw.get())));
        drawn.merge(digest, path, ChartFiles::first);
    }

    /** Of two paths of the same chart, the one the manifest records: the smaller, whichever thread drew it first. */
    private static String first(String a, String b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
