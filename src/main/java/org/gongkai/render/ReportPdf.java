package org.gongkai.render;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.gongkai.model.Site;
import org.gongkai.model.SiteOutput;

/**
 * report.pdf beside each report's page, for a site whose {@code outputs} lists {@code pdf}: made from
 * the page just rendered, in the same task as the page, so it is made again exactly when the page is
 * (or when the font or the PDF stylesheet changes, which are in the task's key).
 */
final class ReportPdf {

    static final String FILE = "report.pdf";

    static {
        // openhtmltopdf logs through java.util.logging to the console; a build reports in its own words.
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
        // PDFBox's and POI's log4j-api is kept quiet by the command line (cli.Main).
    }

    private final PdfFont font;
    private final String stylesheet;
    private final String fingerprint;

    private ReportPdf(PdfFont font, String stylesheet, String fingerprint) {
        this.font = font;
        this.stylesheet = stylesheet;
        this.fingerprint = fingerprint;
    }

    /**
     * The PDF maker of a rendering, or null when the site makes no PDF. Finding no usable font is a
     * {@link RenderException} before any page is rendered.
     */
    static ReportPdf of(Site site, Templates templates, Path contentDir) {
        if (!site.makes(SiteOutput.PDF)) {
            return null;
        }
        PdfFont font = PdfFont.of(site, contentDir);
        return new ReportPdf(font, new String(templates.asset(PdfWriter.STYLESHEET), StandardCharsets.UTF_8),
                org.gongkai.load.Digest.of(font.identity(), templates.fingerprint(PdfWriter.STYLESHEET)));
    }

    /** What a report's PDF depends on besides its page: the font and the stylesheet. */
    String fingerprint() {
        return fingerprint;
    }

    /** Adds report.pdf of the page {@code html} to the current task. */
    void write(String folder, String html, Map<String, String> svgs, OfficeFile file, TaskRunner tasks) {
        tasks.add(folder + FILE, PdfWriter.write(html, svgs, stylesheet, font, file));
    }
}
