package org.gongkai.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.PageSizeUnits;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.gongkai.load.Digest;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * report.pdf: the report's page as a document on A4, made with openhtmltopdf (no browser). It is the
 * page's own {@code <main>}, in the page's order, less what is the site's and not the document's (the
 * navigation, the 主要数字 summary, download links, scripts and forms, the charts' data tables where the
 * chart is drawn), set with the theme's {@link #STYLESHEET}: the title block, the narrative, every table
 * with its header rows repeated on each page and no row split across pages, the charts drawn from their
 * SVG as vectors, page numbers at the foot of each page. One font, embedded ({@link PdfFont}); tagged
 * for accessibility (PDF/UA). Nothing outside the page is loaded. The same page gives the same bytes:
 * the document is dated by the report and its /ID is a digest of what it shows.
 */
final class PdfWriter {

    /** The theme's stylesheet for the PDF; a site's own templates/assets/pdf.css replaces it. */
    static final String STYLESHEET = "assets/pdf.css";
    /** The family the font is registered under: the stylesheet sets all text in it. */
    static final String FAMILY = "gongkai-pdf";

    /** Besides the site's ({@link PageChrome}): what would fetch or play something. */
    private static final Set<String> SKIPPED = Set.of("embed", "video", "audio", "link", "meta");
    /** What every element is set in, whatever the theme's stylesheet says: a font that is not embedded is never used. */
    private static final String FONT_RULE = "\n* { font-family: " + FAMILY + " !important; }\n";

    private PdfWriter() {
    }

    /**
     * @param svgs each chart's SVG by chart id (the {@code chart-<id>} of its block on the page); a chart
     *        without one is given as its data table
     */
    static byte[] write(String html, Map<String, String> svgs, String stylesheet, PdfFont font, OfficeFile file) {
        Document document = document(html, svgs, stylesheet, file);
        org.w3c.dom.Document dom = new W3CDom().fromJsoup(document);
        try (PDDocument pdf = new PDDocument()) {
            // One font object for both weights, so the document embeds one subset.
            PDFontSupplier supplier = new PDFontSupplier(PDType0Font.load(pdf, font.forThisThread(), true));
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .usePDDocument(pdf)
                    .useFastMode()
                    .withW3cDocument(dom, "about:blank")
                    .useDefaultPageSize(210, 297, PageSizeUnits.MM)
                    .useFont(supplier, FAMILY, 400, FontStyle.NORMAL, true)
                    .useFont(supplier, FAMILY, 700, FontStyle.NORMAL, true)
                    .useSVGDrawer(new BatikSVGDrawer(BatikSVGDrawer.SvgScriptMode.SECURE,
                            BatikSVGDrawer.SvgExternalResourceMode.SECURE))
                    .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                    .usePdfUaAccessibility(true)
                    .withProducer("gongkai");
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.layout();
                renderer.createPDFWithoutClosing();
            }
            fix(pdf, file, html);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The HTML the PDF is made of: the page's document, its stylesheet, its metadata. */
    static Document document(String html, Map<String, String> svgs, String stylesheet, OfficeFile file) {
        Document page = Jsoup.parse(html);
        Document out = Document.createShell("");
        out.outputSettings().prettyPrint(false);
        String lang = page.selectFirst("html") == null ? "" : page.selectFirst("html").attr("lang");
        out.selectFirst("html").attr("lang", lang.isEmpty() ? "zh-CN" : lang);
        out.head().appendElement("title").text(file.title());
        out.head().appendElement("meta").attr("name", "author").attr("content", file.author());
        out.head().appendElement("meta").attr("name", "subject").attr("content", file.title());
        out.head().appendElement("style").appendChild(new DataNode(stylesheet + FONT_RULE));
        Element main = page.selectFirst("main");
        if (main != null) {
            clean(main, svgs);
            Element body = out.body();
            body.attr("class", "report-pdf");
            main.childNodes().forEach(child -> body.appendChild(child.clone()));
        }
        return out;
    }

    private static void clean(Element main, Map<String, String> svgs) {
        main.select(String.join(",", SKIPPED)).remove();
        main.select(PageChrome.SELECTOR + ", a.download, .skip").remove();
        for (Element chart : main.select("div.chart")) {
            String id = PageBlocks.chartId(chart);
            String svg = svgs.get(id);
            Element figure = chart.selectFirst("figure");
            if (svg != null && figure != null) {
                Element img = figure.selectFirst("img");
                Element drawing = svgElement(svg);
                if (img != null && drawing != null) {
                    // The page's text alternative, as the tagged PDF's Alt of the figure.
                    drawing.attr("alt", img.attr("alt"));
                    img.replaceWith(drawing);
                }
                chart.select("details.chart-data").remove();
            } else if (figure != null) {
                figure.remove();
            }
        }
        for (Element details : main.select("details")) {
            details.select("> summary").tagName("p").addClass("summary");
            details.unwrap();
        }
        for (Element img : main.select("img")) {
            img.replaceWith(new TextNode(img.attr("alt")));
        }
        for (Element link : main.select("a")) {
            String href = link.attr("href");
            if (href.startsWith("https://") || href.startsWith("http://")) {
                link.removeAttr("download").removeAttr("target");
            } else {
                link.unwrap();
            }
        }
    }

    /**
     * A chart's SVG as an element of the document. Batik draws its text as outlines, in the font the
     * chart was laid out with (its CJK font stack, as Java finds it: the font of the charts' PNGs).
     */
    private static Element svgElement(String svg) {
        Document parsed = Jsoup.parse(svg, "", Parser.xmlParser());
        Element root = parsed.selectFirst("svg");
        if (root == null) {
            return null;
        }
        root.removeAttr("role");
        return root;
    }

    private static String lang(PDDocument pdf) {
        String lang = pdf.getDocumentCatalog().getLanguage();
        return lang == null ? "zh-CN" : lang;
    }

    /**
     * The XMP metadata of a PDF/UA file, written here rather than by openhtmltopdf, whose packet goes
     * through whatever XML transformer is on the class path and so is not the same bytes everywhere.
     */
    static String xmp(OfficeFile file, String lang) {
        String date = file.created() + "T00:00:00Z";
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                + " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\""
                + " xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n"
                + "<dc:format>application/pdf</dc:format>\n"
                + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + ArticleWriter.escape(file.title()) + "</rdf:li></rdf:Alt></dc:title>\n"
                + "<dc:creator><rdf:Seq><rdf:li>" + ArticleWriter.escape(file.author()) + "</rdf:li></rdf:Seq></dc:creator>\n"
                + "<dc:language><rdf:Bag><rdf:li>" + ArticleWriter.escape(lang) + "</rdf:li></rdf:Bag></dc:language>\n"
                + "<xmp:CreateDate>" + date + "</xmp:CreateDate>\n"
                + "<xmp:ModifyDate>" + date + "</xmp:ModifyDate>\n"
                + "<xmp:CreatorTool>gongkai</xmp:CreatorTool>\n"
                + "<pdf:Producer>gongkai</pdf:Producer>\n"
                + "<pdfuaid:part>1</pdfuaid:part>\n"
                + "</rdf:Description>\n"
                // The pdfuaid schema described for PDF/A-aware readers, as openhtmltopdf writes it.
                + "<rdf:Description rdf:about=\"\" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\""
                + " xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n"
                + "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n"
                + "<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n"
                + "<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n"
                + "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n"
                + "<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n"
                + "<pdfaProperty:name>part</pdfaProperty:name>\n"
                + "<pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n"
                + "<pdfaProperty:category>internal</pdfaProperty:category>\n"
                + "<pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>\n"
                + "</rdf:li></rdf:Seq></pdfaSchema:property>\n"
                + "</rdf:li></rdf:Bag></pdfaExtension:schemas>\n"
                + "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";
    }

    /** Dates and /ID from the report, not from the clock, so the same report gives the same bytes. */
    private static void fix(PDDocument pdf, OfficeFile file, String html) {
        Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        date.clear();
        date.set(file.created().getYear(), file.created().getMonthValue() - 1, file.created().getDayOfMonth());
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(file.title());
        info.setAuthor(file.author());
        info.setProducer("gongkai");
        info.setCreator("gongkai");
        info.setCreationDate(date);
        info.setModificationDate(date);
        PDMetadata metadata = new PDMetadata(pdf);
        try {
            metadata.importXMPMetadata(xmp(file, lang(pdf)).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pdf.getDocumentCatalog().setMetadata(metadata);
        byte[] id = HexFormat.of().parseHex(Digest.of(file.title(), file.author(), file.created().toString(), html)
                .substring(0, 32));
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
        pdf.setDocumentId(0L);
    }
}
