package org.gongkai.site;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.check.Checker;
import org.gongkai.derive.DerivedContent;
import org.gongkai.load.ContentLoader;
import org.gongkai.load.LoadResult;
import org.gongkai.model.Diagnostic;
import org.gongkai.model.Position;
import org.gongkai.render.Markdown;
import org.gongkai.render.RenderedFile;
import org.gongkai.render.SitePages;
import org.gongkai.render.Templates;
import org.gongkai.render.chart.ChartDrawer;
import org.gongkai.render.chart.ChartFonts;

/** The whole pipeline: load, derive, check, render, write. Errors stop it before anything is written. */
public final class SiteBuilder {

    private final ContentLoader loader = new ContentLoader();
    private final Markdown markdown = new Markdown();

    /** Loads, derives and checks; the derived content is null when there are errors. */
    public Checked check(Path contentDir) {
        LoadResult loaded = loader.load(contentDir);
        List<Diagnostic> diagnostics = new ArrayList<>(loaded.diagnostics());
        if (loaded.hasErrors()) {
            return new Checked(null, diagnostics);
        }
        DerivedContent derived = DerivedContent.of(loaded.content());
        diagnostics.addAll(new Checker().check(derived));
        boolean errors = diagnostics.stream().anyMatch(Diagnostic::isError);
        return new Checked(errors ? null : derived, diagnostics);
    }

    public BuildResult build(Path contentDir, Path outDir) throws IOException {
        return build(contentDir, outDir, false);
    }

    /** @param audit a reviewer's build: adds audit pages listing every finding (the public build has none) */
    public BuildResult build(Path contentDir, Path outDir, boolean audit) throws IOException {
        var refusal = OutputGuard.refusal(outDir, contentDir);
        if (refusal.isPresent()) {
            return new BuildResult(List.of(Diagnostic.error("output.unsafe", Position.ofFile(outDir.toString()), "",
                    refusal.get())), 0);
        }
        Checked checked = check(contentDir);
        if (checked.derived() == null) {
            return new BuildResult(checked.diagnostics(), 0);
        }
        List<Diagnostic> diagnostics = new ArrayList<>(checked.diagnostics());
        ChartFonts fonts = ChartFonts.find().orElse(null);
        if (fonts == null) {
            diagnostics.add(Diagnostic.warning("chart.no-cjk-font", Position.ofFile(outDir.toString()), "",
                    ChartFonts.missingMessage()));
            fonts = ChartFonts.fallback();
        }
        Path themeOverrides = contentDir.toAbsolutePath().normalize().getParent().resolve("templates");
        List<RenderedFile> files = new SitePages(new Templates(themeOverrides), markdown, new ChartDrawer(fonts))
                .render(checked.derived(), audit ? checked.diagnostics() : null);
        new OutputFolder(outDir).replaceWith(files);
        return new BuildResult(diagnostics, files.size());
    }

    /** The outcome of load, derive and check. */
    public record Checked(DerivedContent derived, List<Diagnostic> diagnostics) {
    }
}
