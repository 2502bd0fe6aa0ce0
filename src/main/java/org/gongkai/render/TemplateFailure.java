package org.gongkai.render;

import freemarker.core.Environment;
import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.MalformedTemplateNameException;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNotFoundException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.gongkai.model.Position;

/**
 * Why a template failed, told in Chinese with its file, line and column: the refusals of the sandbox
 * ({@code ?new}, {@code ?api}, members that are not exposed, names and links outside the theme
 * folders) in words of their own, other FreeMarker errors with FreeMarker's one-line explanation.
 */
final class TemplateFailure {

    /** {@code ?new} makes nothing: FreeMarker's ALLOWS_NOTHING_RESOLVER, refusing in Chinese. */
    static final TemplateClassResolver NOTHING = (String className, Environment env, Template template) -> {
        throw new Explained("模板不能用 ?new 创建 Java 对象（" + className + "）：模板只排版页面，不运行代码", env);
    };

    private static final String API = "模板不能用 ?api 调用 Java 方法：模板只能读取页面数据";

    private TemplateFailure() {
    }

    /** A failure gongkai explains itself, in Chinese: a refusal of the sandbox, a format called wrongly. */
    static final class Explained extends TemplateModelException {
        private static final long serialVersionUID = 1L;
        private final String reason;

        Explained(String reason, Environment env) {
            super(null, env, reason, false);
            this.reason = reason;
        }
    }

    /** A name in the site's templates folder that is there but is not a regular file. */
    static final class NotAFile extends java.io.IOException {
        private static final long serialVersionUID = 1L;

        NotAFile(String name) {
            super(name);
        }
    }

    /**
     * @param name the template that was rendered or read
     * @param overrides the site's own templates folder (may be null), to tell its files from the default theme's
     */
    static RenderException of(String name, Throwable failure, Path overrides) {
        String source = name;
        int line = 0;
        int column = 0;
        if (failure instanceof TemplateException e && e.getTemplateSourceName() != null && e.getLineNumber() != null) {
            source = e.getTemplateSourceName();
            line = e.getLineNumber();
            column = e.getColumnNumber() == null ? 0 : e.getColumnNumber();
        } else if (failure instanceof ParseException e && e.getTemplateName() != null) {
            source = e.getTemplateName();
            line = e.getLineNumber();
            column = e.getColumnNumber();
        }
        return new RenderException(new Position(file(source, overrides), line, column), reason(failure), failure);
    }

    private static String reason(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof Explained explained) {
                return explained.reason;
            }
            if (cause instanceof TemplateNotFoundException missing) {
                return "找不到模板“" + missing.getTemplateName() + "”：模板只能引用站点 templates/ 文件夹和默认主题里的文件";
            }
            if (cause instanceof MalformedTemplateNameException malformed) {
                return "模板名“" + malformed.getTemplateName() + "”不允许：模板只能引用模板文件夹之内的文件，不能用 ..、\\ 等离开它";
            }
            if (cause instanceof NotAFile) {
                return "模板文件不是普通文件（是文件夹、命名管道、设备或失效的链接），不会读取：请放一个模板文件，或删去它以用默认主题";
            }
            if (cause instanceof SecurityException) {
                return "模板文件是指向模板文件夹以外的链接，不会读取：模板只能用模板文件夹之内的文件";
            }
            if (cause instanceof StackOverflowError) {
                return "模板递归或嵌套过深（宏、include 或 ?interpret 层层调用自己）";
            }
            if (cause instanceof InvalidReferenceException invalid && invalid.getBlamedExpressionString() != null) {
                return "“" + invalid.getBlamedExpressionString() + "”没有值：页面数据里没有它，或模板不可访问它"
                        + "（模板只能读取页面数据，不能调用 Java 的方法）";
            }
            if (cause instanceof TemplateException e && e.getBlamedExpressionString() != null
                    && e.getBlamedExpressionString().endsWith("?api")) {
                return API;
            }
            if (cause instanceof ParseException parse) {
                return "模板语法错误（FreeMarker：" + oneLine(parse.getEditorMessage()) + "）";
            }
        }
        String detail = failure instanceof TemplateException e ? e.getMessageWithoutStackTop() : failure.getMessage();
        return "模板出错（FreeMarker：" + oneLine(detail) + "）";
    }

    /** FreeMarker's explanation on one line, without the tips it adds after "----". */
    private static String oneLine(String message) {
        if (message == null) {
            return "";
        }
        String flat = message.strip().replaceAll("\\s+", " ");
        int tip = flat.indexOf(" ----");
        return tip < 0 ? flat : flat.substring(0, tip);
    }

    /**
     * The file a template name stands for: the site's own file where there is one (as a path from the
     * working folder when it lies inside it), else the default theme's.
     */
    static String file(String name, Path overrides) {
        String own = name.contains("->") ? name.substring(0, name.indexOf("->")) : name;
        if (overrides != null) {
            try {
                Path file = overrides.resolve(own).toAbsolutePath().normalize();
                if (file.startsWith(overrides.toAbsolutePath().normalize()) && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                    Path here = Path.of("").toAbsolutePath();
                    return (file.startsWith(here) ? here.relativize(file) : file).toString();
                }
            } catch (InvalidPathException notAFile) {
                // A name no file can have is not the site's own.
            }
        }
        return "（默认主题）" + own;
    }
}
