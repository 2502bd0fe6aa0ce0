package org.gongkai.imports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Word's automatic numbering, which mammoth drops: a heading numbered by Word (一、 （一） 1、) would
 * lose its number, a numbered paragraph would become a list item without one. Before mammoth reads a
 * .docx, each automatically numbered paragraph gets its number written at its start as Word shows it
 * (lvlText with its counters in their formats: 一、 （二） 3. ① 甲), followed by the level's tab or
 * space, and its numbering is switched off. Counters run per abstract numbering across the document,
 * a level restarting the levels below it, a {@code startOverride} restarting its list; numbering from
 * a paragraph's own {@code numPr}, from its style's (and the styles it is based on), or from a level
 * linked to its style ({@code w:pStyle} in the level, "link level to style"). The file has
 * been through {@link ZipGuard}: its parts are bounded and carry no DOCTYPE.
 */
final class WordNumbering {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String DOCUMENT = "word/document.xml";
    private static final String NUMBERING = "word/numbering.xml";
    private static final String STYLES = "word/styles.xml";

    private record Level(int start, String format, String text, String suffix, boolean legal) {
    }

    private record Numbered(String numId, int level) {
    }

    private record Linked(String abstractId, int level) {
    }

    private final Map<String, Map<Integer, Level>> abstracts = new HashMap<>();
    private final Map<String, String> abstractOfNum = new HashMap<>();
    private final Map<String, Map<Integer, Integer>> startOverrides = new HashMap<>();
    private final Map<String, Numbered> styleNumbering = new HashMap<>();
    /** A level linked to a paragraph style (its {@code w:pStyle}): style → abstract numbering and level. */
    private final Map<String, Linked> styleLevels = new HashMap<>();
    private final Map<String, String> firstNumOf = new HashMap<>();
    private final Map<String, String> basedOn = new HashMap<>();
    private final Map<String, int[]> counters = new HashMap<>();
    private final Set<String> numsSeen = new HashSet<>();

    private WordNumbering() {
    }

    /**
     * Writes into {@code target} a copy of {@code docx} whose numbered paragraphs carry their numbers
     * as text; false, writing nothing, when no paragraph is numbered.
     */
    static boolean label(Path docx, Path target) throws IOException {
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            ZipEntry numberingEntry = zip.getEntry(NUMBERING);
            ZipEntry documentEntry = zip.getEntry(DOCUMENT);
            if (numberingEntry == null || documentEntry == null) {
                return false;
            }
            WordNumbering numbering = new WordNumbering();
            DocumentBuilder builder = builder();
            numbering.readNumbering(parse(builder, zip, numberingEntry));
            ZipEntry stylesEntry = zip.getEntry(STYLES);
            if (stylesEntry != null) {
                numbering.readStyles(parse(builder, zip, stylesEntry));
            }
            if (numbering.abstractOfNum.isEmpty()) {
                return false;
            }
            Document document = parse(builder, zip, documentEntry);
            if (!numbering.labelParagraphs(document)) {
                return false;
            }
            byte[] labelled = serialise(document);
            try (OutputStream file = Files.newOutputStream(target); ZipOutputStream out = new ZipOutputStream(file)) {
                for (ZipEntry entry : Collections.list(zip.entries())) {
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    if (entry.getName().equals(DOCUMENT)) {
                        out.write(labelled);
                    } else {
                        try (InputStream in = zip.getInputStream(entry)) {
                            in.transferTo(out);
                        }
                    }
                    out.closeEntry();
                }
            }
            return true;
        } catch (SAXException | ParserConfigurationException | TransformerException | RuntimeException e) {
            throw new IOException("numbering not readable", e);
        }
    }

    private void readNumbering(Document numbering) {
        for (Element definition : children(numbering.getDocumentElement(), "abstractNum")) {
            Map<Integer, Level> levels = new HashMap<>();
            for (Element lvl : children(definition, "lvl")) {
                int ilvl = integer(attribute(lvl, "ilvl"), 0);
                String linkedStyle = value(lvl, "pStyle");
                if (linkedStyle != null) {
                    styleLevels.putIfAbsent(linkedStyle, new Linked(attribute(definition, "abstractNumId"), ilvl));
                }
                levels.put(ilvl, new Level(integer(value(lvl, "start"), 1), value(lvl, "numFmt"), value(lvl, "lvlText"),
                        value(lvl, "suff"), child(lvl, "isLgl") != null));
            }
            abstracts.put(attribute(definition, "abstractNumId"), levels);
        }
        for (Element num : children(numbering.getDocumentElement(), "num")) {
            String numId = attribute(num, "numId");
            abstractOfNum.put(numId, value(num, "abstractNumId"));
            firstNumOf.putIfAbsent(value(num, "abstractNumId"), numId);
            Map<Integer, Integer> overrides = new HashMap<>();
            for (Element override : children(num, "lvlOverride")) {
                String start = value(override, "startOverride");
                if (start != null) {
                    overrides.put(integer(attribute(override, "ilvl"), 0), integer(start, 1));
                }
            }
            startOverrides.put(numId, overrides);
        }
    }

    private void readStyles(Document styles) {
        for (Element style : children(styles.getDocumentElement(), "style")) {
            String id = attribute(style, "styleId");
            String parent = value(style, "basedOn");
            if (parent != null) {
                basedOn.put(id, parent);
            }
            Element numPr = child(child(style, "pPr"), "numPr");
            if (numPr != null) {
                styleNumbering.put(id, new Numbered(value(numPr, "numId"), integer(value(numPr, "ilvl"), -1)));
            }
        }
    }

    /** Labels every numbered paragraph in document order; whether there was one. */
    private boolean labelParagraphs(Document document) {
        boolean any = false;
        NodeList paragraphs = document.getElementsByTagNameNS(W, "p");
        List<Element> all = new ArrayList<>(paragraphs.getLength());
        for (int i = 0; i < paragraphs.getLength(); i++) {
            all.add((Element) paragraphs.item(i));
        }
        for (Element paragraph : all) {
            Element properties = child(paragraph, "pPr");
            Numbered numbered = numbering(properties);
            if (numbered == null) {
                continue;
            }
            String label = label(numbered);
            if (label == null) {
                continue;
            }
            switchOff(document, paragraph, properties);
            Element run = document.createElementNS(W, "w:r");
            Element text = document.createElementNS(W, "w:t");
            text.setAttributeNS(XMLConstants.XML_NS_URI, "xml:space", "preserve");
            text.setTextContent(label);
            run.appendChild(text);
            Node afterProperties = child(paragraph, "pPr") == null ? paragraph.getFirstChild() : child(paragraph, "pPr").getNextSibling();
            paragraph.insertBefore(run, afterProperties);
            any = true;
        }
        return any;
    }

    /**
     * The paragraph's numbering: its own numPr (numId 0 switching it off), else its style's (or a
     * style it is based on), else a level linked to its style; a style's numPr without a level takes
     * the level linked to that style.
     */
    private Numbered numbering(Element properties) {
        Element numPr = child(properties, "numPr");
        String paragraphStyle = value(properties, "pStyle");
        String styleId = paragraphStyle;
        Numbered fromStyle = null;
        for (int depth = 0; styleId != null && depth < 20 && fromStyle == null; depth++) {
            fromStyle = styleNumbering.get(styleId);
            Linked linked = styleLevels.get(styleId);
            if (fromStyle != null && linked != null && fromStyle.level() < 0) {
                fromStyle = new Numbered(fromStyle.numId(), linked.level());
            }
            styleId = basedOn.get(styleId);
        }
        if (fromStyle != null && fromStyle.level() < 0) {
            fromStyle = new Numbered(fromStyle.numId(), 0);
        }
        Linked linked = paragraphStyle == null ? null : styleLevels.get(paragraphStyle);
        if (fromStyle == null && linked != null && firstNumOf.containsKey(linked.abstractId())) {
            fromStyle = new Numbered(firstNumOf.get(linked.abstractId()), linked.level());
        }
        if (numPr != null) {
            String numId = value(numPr, "numId");
            String ilvl = value(numPr, "ilvl");
            if (numId == null && fromStyle != null) {
                numId = fromStyle.numId();
            }
            int level = ilvl != null ? integer(ilvl, 0) : fromStyle != null ? fromStyle.level() : 0;
            return numId == null || numId.equals("0") ? null : new Numbered(numId, level);
        }
        return fromStyle == null || fromStyle.numId() == null || fromStyle.numId().equals("0") ? null : fromStyle;
    }

    /** The number Word shows for the next paragraph at this list and level, counting it. */
    private String label(Numbered numbered) {
        String abstractId = abstractOfNum.get(numbered.numId());
        Map<Integer, Level> levels = abstractId == null ? null : abstracts.get(abstractId);
        int ilvl = numbered.level();
        if (levels == null || ilvl < 0 || ilvl > 8 || levels.get(ilvl) == null) {
            return null;
        }
        int[] count = counters.computeIfAbsent(abstractId, id -> new int[9]);
        if (numsSeen.add(numbered.numId())) {
            startOverrides.getOrDefault(numbered.numId(), Map.of()).forEach((level, start) -> {
                if (level >= 0 && level <= 8) {
                    count[level] = start - 1;
                    for (int below = level + 1; below < 9; below++) {
                        count[below] = 0;
                    }
                }
            });
        }
        Level level = levels.get(ilvl);
        count[ilvl] = count[ilvl] == 0 ? level.start() : count[ilvl] + 1;
        for (int below = ilvl + 1; below < 9; below++) {
            count[below] = 0;
        }
        String text = level.text() == null ? "" : level.text();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 1 < text.length() && text.charAt(i + 1) >= '1' && text.charAt(i + 1) <= '9') {
                int referenced = text.charAt(++i) - '1';
                Level of = levels.get(referenced);
                int value = count[referenced] == 0 ? (of == null ? 1 : of.start()) : count[referenced];
                out.append(NumberFormats.format(value, level.legal() && referenced != ilvl ? "decimal" : of == null ? "decimal" : of.format()));
            } else {
                out.append(c);
            }
        }
        String label = "bullet".equals(level.format()) ? NumberFormats.bullet(out.toString()) : out.toString();
        if (label.isEmpty()) {
            return null;
        }
        return label + ("nothing".equals(level.suffix()) ? "" : level.suffix() == null || level.suffix().equals("tab") ? "\t" : " ");
    }

    private static void switchOff(Document document, Element paragraph, Element properties) {
        Element pPr = properties;
        if (pPr == null) {
            pPr = document.createElementNS(W, "w:pPr");
            paragraph.insertBefore(pPr, paragraph.getFirstChild());
        }
        Element numPr = child(pPr, "numPr");
        if (numPr != null) {
            pPr.removeChild(numPr);
        }
        Element off = document.createElementNS(W, "w:numPr");
        Element ilvl = document.createElementNS(W, "w:ilvl");
        ilvl.setAttributeNS(W, "w:val", "0");
        Element numId = document.createElementNS(W, "w:numId");
        numId.setAttributeNS(W, "w:val", "0");
        off.appendChild(ilvl);
        off.appendChild(numId);
        Element style = child(pPr, "pStyle");
        pPr.insertBefore(off, style == null ? pPr.getFirstChild() : style.getNextSibling());
    }

    private static DocumentBuilder builder() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder();
    }

    private static Document parse(DocumentBuilder builder, ZipFile zip, ZipEntry entry) throws IOException, SAXException {
        try (InputStream in = zip.getInputStream(entry)) {
            return builder.parse(new ByteArrayInputStream(in.readAllBytes()));
        }
    }

    private static byte[] serialise(Document document) throws TransformerException {
        TransformerFactory factory = TransformerFactory.newDefaultInstance();
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
        Transformer transformer = factory.newTransformer();
        transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        transformer.transform(new DOMSource(document), new StreamResult(out));
        return out.toByteArray();
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        if (parent == null) {
            return found;
        }
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && W.equals(element.getNamespaceURI()) && localName.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    private static Element child(Element parent, String localName) {
        List<Element> found = children(parent, localName);
        return found.isEmpty() ? null : found.get(0);
    }

    /** The {@code w:val} of the child {@code localName}, or null. */
    private static String value(Element parent, String localName) {
        Element child = child(parent, localName);
        return child == null ? null : attribute(child, "val");
    }

    private static String attribute(Element element, String localName) {
        String value = element.getAttributeNS(W, localName);
        return value.isEmpty() ? null : value;
    }

    private static int integer(String text, int otherwise) {
        try {
            return text == null ? otherwise : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
