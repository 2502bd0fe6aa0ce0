package org.gongkai.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.gongkai.DemoContent;
import org.gongkai.model.Diagnostic;
import org.gongkai.render.Markdown;
import org.gongkai.site.SiteBuilder;

/**
 * Fuzzing: no input may make check (or the rendering of what check accepts) throw. Inputs are the
 * bad-input corpus (src/test/resources/corpus) and the sample site's narratives (alone, and as a
 * report's narrative file), mutated: lines
 * deleted, doubled, swapped, re-indented; values replaced by hostile scalars; text, control
 * characters, invalid UTF-8 and deep nesting inserted; files cut short. Diagnostics are what bad input
 * should give; an exception, or an internal-error diagnostic (gongkai's own fault), fails the
 * property. Seeds are fixed so a run is reproducible; jqwik prints the tries and the seed of each.
 */
class ContentFuzzTest {

    private static final Path CORPUS = Path.of("src/test/resources/corpus");
    private static final List<Seed> SEEDS = seeds();
    private static final List<String> NARRATIVES = narratives();
    /** Scalars that have broken a loader somewhere: numbers out of range, YAML's own syntax, placeholders, scripts. */
    private static final List<String> HOSTILE = List.of("", "~", "null", "0", "-0", "-1", "1e400", "0x1F", ".inf", "NaN",
            "99999999999999999999999999", "2147483647", "-2147483648", "2022年", "2022.0", "１２３", "≥90%", "≦", "100%%",
            "（请填写）", "\"\\x1b[2J\"", "\"\\0\"", "\"\\u2028\"", "\"\\x85\"", "\"\\uD800\"", "'", "\"", "[", "]", "{", "}",
            "*a", "&a x", "!!binary AAAA", "!!python/object:os.system", "|", ">", "- ", ": ", "? x", "%YAML 1.1", "---",
            "...", "#", "<script>alert(1)</script>", "javascript:alert(1)//", "../../etc/passwd", "=HYPERLINK(\"x\")",
            "\u202Eevil", "𠀀𠀁", "\uFEFF", "\t", "a: b: c", "{a: [b, {c: d}]}", "[1, 2, 3]", "2023-12-31", "yes", "off");
    /** Markdown shapes the parser and renderer work hardest on. */
    private static final List<String> MARKDOWN = List.of("> ", "- ", "* ", "+ ", "1. ", "1) ", "  ", "    ", "**", "*", "__",
            "_", "[", "]", "](", "![", "`", "```", "~~~", "<", ">", "<script>", "<!--", "&amp;", "&#0;", "\\", "|", "---",
            "# ", "\n", "\n\n", "\t", "\u0000", "\u001b[2J", "\u2028", "http://", "<http://x>", "[a]: /u", "\r\n");

    private static Path root;
    private static final SiteBuilder BUILDER = new SiteBuilder(1);
    private static final Markdown RENDERER = new Markdown();

    /** A corpus file: its text and where in the demo site it goes. */
    record Seed(String name, String text, String place) {
    }

    enum Kind { DELETE_LINE, DUPLICATE_LINE, SWAP_LINES, INDENT, REPLACE_VALUE, INSERT_TEXT, INSERT_LINE, NEST, TRUNCATE, RAW_BYTES }

    /** One change to a file; {@code a} and {@code b} pick lines or places (modulo the file's size). */
    record Mutation(Kind kind, int a, int b, String payload) {
    }

    /** A corpus file changed by the mutations, maybe a second report beside it, maybe a narrative (case.md). */
    record Case(int seed, List<Mutation> mutations, boolean secondReport, String narrative) {
        @Override
        public String toString() {
            return SEEDS.get(seed).name() + " " + mutations + (secondReport ? " +2022" : "")
                    + (narrative == null ? "" : " +case.md(" + narrative.length() + " chars)");
        }
    }

    @BeforeContainer
    static void makeRoot() throws IOException {
        root = Files.createTempDirectory("gongkai-fuzz");
    }

    @AfterContainer
    static void removeRoot() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Loads and checks a demo site holding one mutated corpus file (and, sometimes, a second report beside it). */
    @Property(tries = 3000, seed = "20260113", shrinking = ShrinkingMode.BOUNDED, edgeCases = EdgeCasesMode.NONE)
    void checkNeverThrows(@ForAll("cases") Case fuzz) throws IOException {
        Path content = write(fuzz);
        SiteBuilder.Checked checked = BUILDER.check(content);
        List<Diagnostic> found = checked.diagnostics();
        Statistics.label("check").collect(checked.derived() == null ? "refused" : "accepted");
        for (Diagnostic d : found) {
            assertFalse(d.rule().equals("internal.error"), () -> fuzz + " → " + d);
            assertFalse(d.message().matches("(?s).*(Exception|\\tat |java\\.).*"), () -> fuzz + " → " + d);
        }
    }

    /** What check accepts renders (in memory, without charts) without an exception. */
    @Property(tries = 400, seed = "20260113", shrinking = ShrinkingMode.BOUNDED, edgeCases = EdgeCasesMode.NONE)
    void whatCheckAcceptsRenders(@ForAll("gentleCases") Case fuzz) throws IOException {
        Path content = write(fuzz);
        SiteBuilder.Checked checked = BUILDER.check(content);
        Statistics.label("check").collect(checked.derived() == null ? "refused" : "accepted, rendered");
        if (checked.derived() != null) {
            assertFalse(BUILDER.render(content, checked, false).files().isEmpty(), fuzz::toString);
        }
    }

    /**
     * A narrative check accepts renders without an exception; one it refuses never reaches the renderer
     * (a build stops on the error). Texts: the sample's narratives and the published 决算说明, cut and
     * spliced with hostile shapes repeated up to thousands of times.
     */
    @Property(tries = 2500, seed = "20260113", shrinking = ShrinkingMode.BOUNDED)
    void markdownThatCheckAcceptsRenders(@ForAll("markdown") String text) {
        boolean accepted = MarkdownChecks.scan(text).isEmpty();
        Statistics.label("check").collect(accepted ? "accepted, rendered" : "refused");
        if (accepted) {
            String html = RENDERER.toHtml(text);
            assertTrue(html != null, text);
            assertFalse(html.contains("<script"), "raw HTML is escaped: " + html);
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        return cases(4, 0.7);
    }

    /** At most one mutation and more narratives: more cases pass check and are rendered. */
    @Provide
    Arbitrary<Case> gentleCases() {
        return cases(1, 0.4);
    }

    private Arbitrary<Case> cases(int mutations, double withoutNarrative) {
        Arbitrary<Mutation> mutation = Combinators.combine(Arbitraries.of(Kind.class),
                Arbitraries.integers().between(0, 100_000), Arbitraries.integers().between(0, 100_000), payloads())
                .as(Mutation::new);
        return Combinators.combine(Arbitraries.integers().between(0, SEEDS.size() - 1),
                mutation.list().ofMinSize(0).ofMaxSize(mutations), Arbitraries.of(false, true),
                markdown().injectNull(withoutNarrative)).as(Case::new);
    }

    private static Arbitrary<String> payloads() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, Arbitraries.of(HOSTILE)),
                net.jqwik.api.Tuple.of(2, Arbitraries.strings().all().ofMaxLength(12)),
                net.jqwik.api.Tuple.of(2, Arbitraries.strings().withCharRange('\u0000', '\u00ff').ofMaxLength(8)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMaxLength(8)));
    }

    @Provide
    Arbitrary<String> markdown() {
        Arbitrary<String> shape = Combinators.combine(Arbitraries.of(MARKDOWN),
                Arbitraries.integers().between(1, 3000).edgeCases(e -> e.includeOnly(1, 32, 33, 3000)))
                .as(String::repeat);
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, shape),
                net.jqwik.api.Tuple.of(3, Combinators.combine(Arbitraries.of(NARRATIVES),
                        Arbitraries.integers().between(0, 100_000), Arbitraries.integers().between(0, 400))
                        .as((text, from, length) -> {
                            int start = from % (text.length() + 1);
                            return text.substring(start, Math.min(text.length(), start + length));
                        })),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().all().ofMaxLength(20)));
        return piece.list().ofMinSize(1).ofMaxSize(8).map(pieces -> String.join("", pieces));
    }

    /** Writes the demo site with the case's file at its place; returns the content folder. */
    private static Path write(Case fuzz) throws IOException {
        Seed seed = SEEDS.get(fuzz.seed());
        Path content = DemoContent.write(Files.createTempDirectory(root, "case").resolve("content"),
                DemoContent.SITE_WITHOUT_CHARTS, Map.of());
        byte[] bytes = mutate(seed.text(), fuzz.mutations());
        Files.write(BadInputCorpusTest.placeOf(content, seed.place()), bytes);
        if (fuzz.narrative() != null) {
            Files.write(content.resolve("units/demo/2023/case.md"), fuzz.narrative().getBytes(StandardCharsets.UTF_8));
        }
        if (fuzz.secondReport() && seed.place().equals("report")) {
            Files.createDirectories(content.resolve("units/demo/2022"));
            Files.write(content.resolve("units/demo/2022/case.yaml"), bytes);
            Files.write(content.resolve("units/demo/2023/other.yaml"), bytes);
        }
        return content;
    }

    static byte[] mutate(String text, List<Mutation> mutations) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        List<Mutation> raw = new ArrayList<>();
        for (Mutation m : mutations) {
            int n = lines.size();
            int a = m.a() % n;
            int b = m.b() % n;
            switch (m.kind()) {
                case DELETE_LINE -> {
                    if (n > 1) {
                        lines.remove(a);
                    }
                }
                case DUPLICATE_LINE -> lines.add(a, lines.get(a));
                case SWAP_LINES -> java.util.Collections.swap(lines, a, b);
                case INDENT -> lines.set(a, m.b() % 2 == 0 ? "  " + lines.get(a) : lines.get(a).replaceFirst("^ {1,2}", ""));
                case REPLACE_VALUE -> {
                    String line = lines.get(a);
                    int colon = line.indexOf(": ");
                    lines.set(a, colon < 0 ? line + m.payload() : line.substring(0, colon + 2) + m.payload());
                }
                case INSERT_TEXT -> {
                    String line = lines.get(a);
                    int at = m.b() % (line.length() + 1);
                    lines.set(a, line.substring(0, at) + m.payload() + line.substring(at));
                }
                case INSERT_LINE -> lines.add(a, m.payload());
                case NEST -> {
                    int depth = 1 + m.b() % 3000;
                    String[] shapes = {"x: " + "[".repeat(depth) + "]".repeat(depth), "x: " + "{a: ".repeat(depth) + "}".repeat(depth),
                        "- ".repeat(Math.min(depth, 200)) + "x", "  ".repeat(Math.min(depth, 200)) + "a: 1"};
                    lines.add(a, shapes[m.b() % shapes.length]);
                }
                case TRUNCATE, RAW_BYTES -> raw.add(m);
            }
        }
        byte[] bytes = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        for (Mutation m : raw) {
            int at = m.a() % (bytes.length + 1);
            if (m.kind() == Kind.TRUNCATE) {
                bytes = Arrays.copyOf(bytes, at);
            } else {
                byte[][] invalid = {{(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {0}, {0x1B}};
                byte[] insert = invalid[m.b() % invalid.length];
                byte[] out = new byte[bytes.length + insert.length];
                System.arraycopy(bytes, 0, out, 0, at);
                System.arraycopy(insert, 0, out, at, insert.length);
                System.arraycopy(bytes, at, out, at + insert.length, bytes.length - at);
                bytes = out;
            }
        }
        return bytes;
    }

    private static List<Seed> seeds() {
        try (Stream<Path> files = Files.list(CORPUS)) {
            List<Seed> seeds = new ArrayList<>();
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                var place = BadInputCorpusTest.PLACE.matcher(text);
                seeds.add(new Seed(file.getFileName().toString(), text, place.find() ? place.group(1) : "report"));
            }
            assertTrue(seeds.size() >= 200, "the corpus is the seed: " + seeds.size());
            return seeds;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> narratives() {
        try (Stream<Path> files = Files.walk(Path.of("content"))) {
            List<String> texts = new ArrayList<>();
            for (Path file : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                texts.add(Files.readString(file));
            }
            texts.add(Files.readString(Path.of("src/test/resources/seed-004-part2.md")));
            assertEquals(true, texts.size() >= 2, "narratives to seed from");
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
