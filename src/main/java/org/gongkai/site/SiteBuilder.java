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
        Rendered rendered = render(contentDir, checked, audit);
        new OutputFolder(outDir).replaceWith(rendered.files());
        return new BuildResult(rendered.diagnostics(), rendered.files().size());
    }

    /** Renders checked content to files in memory; the diagnostics gain a warning when charts have no CJK font. */
    public Rendered render(Path contentDir, Checked checked, boolean audit) {
        List<Diagnostic> diagnostics = new ArrayList<>(checked.diagnostics());
        ChartFonts fonts = ChartFonts.find().orElse(null);
        if (fonts == null) {
            diagnostics.add(Diagnostic.warning("chart.no-cjk-font", Position.ofFile(contentDir.toString()), "",
                    ChartFonts.missingMessage()));
            fonts = ChartFonts.fallback();
        }
        List<RenderedFile> files = new SitePages(new Templates(themeFolder(contentDir)), markdown, new ChartDrawer(fonts))
                .render(checked.derived(), audit ? checked.diagnostics() : null);
        return new Rendered(files, diagnostics);
    }

    /** A site's own templates, beside its content folder; they override the default theme file by file. */
    public static Path themeFolder(Path contentDir) {
        return contentDir.toAbsolutePath().normalize().getParent().resolve("templates");
    }

    /** The files of a site and the diagnostics of its build. */
    public record Rendered(List<RenderedFile> files, List<Diagnostic> diagnostics) {
    }

    /** The outcome of load, derive and check. */
    public record Checked(DerivedContent derived, List<Diagnostic> diagnostics) {
    }
}
