package org.gongkai.render;

import org.gongkai.model.ControlCharacters;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.cache.TemplateNameFormat;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateNotFoundException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.gongkai.model.Position;

/**
 * The FreeMarker setup: auto-escaping HTML templates ({@code .ftlh}), looked up first in a site's own
 * {@code templates/} folder and then in the default theme packaged in the jar. Parsed templates are
 * cached and shared.
 *
 * <p>A site's templates are not trusted, nor is the text they are given: {@code ?new} makes nothing,
 * {@code ?api} is off, objects on a page show only what gongkai's own classes declare
 * ({@link ThemeAccess}), and templates are read only from the two theme folders (names that leave
 * them are refused, and so are links in the site's folder that point out of it). {@code ?eval} and
 * {@code ?interpret} run in the same sandbox. A failure is a {@link RenderException} naming the
 * template's file and line in Chinese.
 */
public final class Templates {

    static {
        System.setProperty("org.freemarker.loggerLibrary", "none");
    }

    /** Every file of the default theme; a site's own templates folder may add more. */
    static final List<String> THEME = List.of("layout.ftlh", "index.ftlh", "unit.ftlh", "final-accounts.ftlh",
            "accounts-explanation.ftlh", "evaluation.ftlh", "compare.ftlh", "indicators.ftlh", "indicator.ftlh",
            "search.ftlh", "audit.ftlh", "404.ftlh", "data-table.ftlh", "parts.ftlh", "assets/style.css", "assets/site.js", "assets/search.js",
            "assets/pdf.css");

    private final Configuration configuration;
    private final Path overrides;
    private String fingerprint;

    /** @param overrides a site's own templates folder; it need not exist */
    public Templates(Path overrides) {
        this.overrides = overrides;
        configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setDefaultEncoding("UTF-8");
        configuration.setOutputEncoding("UTF-8");
        configuration.setLocale(Locale.SIMPLIFIED_CHINESE);
        configuration.setTimeZone(TimeZone.getTimeZone("Asia/Shanghai"));
        configuration.setNumberFormat("computer");
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setNewBuiltinClassResolver(TemplateFailure.NOTHING);
        configuration.setAPIBuiltinEnabled(false);
        // Refuses backslashes and names that back out of the root with an error, never a lookup.
        configuration.setTemplateNameFormat(TemplateNameFormat.DEFAULT_2_4_0);
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        // Records and enums expose their accessors as properties: report.kind.chinese, figures.score.
        wrapper.setDefaultZeroArgumentNonVoidMethodPolicy(
                ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        wrapper.setMemberAccessPolicy(ThemeAccess.POLICY);
        wrapper.setExposeFields(false);
        configuration.setObjectWrapper(wrapper.build());
        configuration.setTemplateLoader(loader(overrides));
        Formats.functions().forEach(configuration::setSharedVariable);
    }

    private static TemplateLoader loader(Path overrides) {
        List<TemplateLoader> loaders = new ArrayList<>();
        if (overrides != null && Files.isSymbolicLink(overrides)) {
            // "Inside the folder" would mean inside wherever it points (even "/").
            throw new RenderException(Position.ofFile(overrides.toString()),
                    "模板文件夹是链接，不会读取：站点的模板只能放在 templates/ 文件夹本身之内，请用文件夹代替链接", null);
        }
        if (overrides != null && Files.isDirectory(overrides)) {
            try {
                loaders.add(new OwnTemplates(overrides));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        loaders.add(new ClassTemplateLoader(Templates.class, "/templates"));
        return new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new));
    }

    /**
     * The site's own templates folder. With its canonical-path check on (the default), a link out of the
     * folder is a SecurityException; a name there that is not a regular file (a folder, a FIFO, a broken
     * link) is an error too, where FreeMarker would silently take the default theme's file instead.
     */
    private static final class OwnTemplates extends FileTemplateLoader {
        private final Path root;

        OwnTemplates(Path root) throws IOException {
            super(root.toFile(), false);
            this.root = root;
        }

        @Override
        public Object findTemplateSource(String name) throws IOException {
            Object source = super.findTemplateSource(name);
            if (source == null && Files.exists(root.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
                throw new TemplateFailure.NotAFile(name);
            }
            return source;
        }
    }

    /** The page a template makes of a model, without control characters whatever the model held. */
    public String render(String name, Map<String, Object> model) {
        try {
            Template template = configuration.getTemplate(name);
            StringWriter out = new StringWriter();
            template.process(model, out);
            return ControlCharacters.remove(out.toString());
        } catch (IOException | TemplateException | SecurityException | StackOverflowError e) {
            throw TemplateFailure.of(name, e, overrides);
        }
    }

    /**
     * A digest of the named theme files as in effect (the site's own first). Pages keyed with the
     * templates they use are rendered again when one of those changes, and only then.
     */
    public String fingerprint(String... names) {
        return fingerprints.computeIfAbsent(String.join("\n", names), joined -> {
            org.gongkai.load.Digest digest = new org.gongkai.load.Digest();
            for (String name : names) {
                digest.text(name).text(new String(asset(name), java.nio.charset.StandardCharsets.UTF_8));
            }
            return digest.hex();
        });
    }

    /** Fingerprints by the names they cover; templates do not change during one rendering. */
    private final java.util.Map<String, String> fingerprints = new java.util.concurrent.ConcurrentHashMap<>();

    /** Files of a site's own templates folder that are not in the default theme (partials it adds). */
    public String extrasFingerprint() {
        org.gongkai.load.Digest digest = new org.gongkai.load.Digest();
        try {
            for (Path file : ownFiles()) {
                String name = overrides.relativize(file).toString().replace('\\', '/');
                if (!THEME.contains(name)) {
                    digest.text(name).file(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return digest.hex();
    }

    /** A digest of every theme file in effect (the site's own first), so a changed template invalidates pages. */
    public synchronized String fingerprint() {
        if (fingerprint == null) {
            org.gongkai.load.Digest digest = new org.gongkai.load.Digest();
            for (String name : THEME) {
                digest.text(name).text(new String(asset(name), java.nio.charset.StandardCharsets.UTF_8));
            }
            try {
                for (Path file : ownFiles()) {
                    digest.text(overrides.relativize(file).toString()).file(file);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            fingerprint = digest.hex();
        }
        return fingerprint;
    }

    /**
     * The regular files of the site's templates folder, in order; as the template loader does, a link is
     * followed only to a file inside the folder, so nothing outside it is read, not even for a digest.
     */
    private List<Path> ownFiles() throws IOException {
        if (overrides == null || !Files.isDirectory(overrides)) {
            return List.of();
        }
        Path root = overrides.toRealPath();
        try (var files = Files.walk(overrides)) {
            List<Path> own = new ArrayList<>();
            for (Path file : files.sorted().toList()) {
                if (Files.isRegularFile(file) && file.toRealPath().startsWith(root)) {
                    own.add(file);
                }
            }
            return own;
        }
    }

    /** Reads a theme file that is not a template (a stylesheet), from the site first, then the jar. */
    public byte[] asset(String name) {
        try {
            Object source = configuration.getTemplateLoader().findTemplateSource(name);
            if (source == null) {
                throw TemplateFailure.of(name, new TemplateNotFoundException(name, null, null), overrides);
            }
            try (var reader = configuration.getTemplateLoader().getReader(source, "UTF-8")) {
                StringWriter out = new StringWriter();
                reader.transferTo(out);
                return out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            } finally {
                configuration.getTemplateLoader().closeTemplateSource(source);
            }
        } catch (IOException | SecurityException e) {
            throw TemplateFailure.of(name, e, overrides);
        }
    }
}
