package org.gongkai.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.gongkai.model.Diagnostic;

/**
 * The preview: serves the current {@link SiteImage} on 127.0.0.1 only. Files are looked up in the
 * image by path, never on disk, so no request can reach a file outside the site. HTML pages get a
 * small live-reload script (preview only, never in {@code build} output) that listens to
 * server-sent events: a new version reloads the page, a failed build shows its diagnostics.
 * <p>
 * Only requests addressed to this preview by name are answered: {@code Host} must be
 * {@code 127.0.0.1:<port>} or {@code localhost:<port>}. A web page on another site that has its own
 * name resolve to 127.0.0.1 (DNS rebinding) sends its own name and is refused, so it cannot read a
 * clerk's unpublished drafts. A request that carries an {@code Origin} (a script of some web page)
 * must come from the preview's own pages.
 */
public final class PreviewServer implements AutoCloseable {

    static final String LIVE_PREFIX = "/__gongkai/";
    private static final String INJECT = "<script src=\"/__gongkai/live.js\"></script>";
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("xml", "application/xml; charset=utf-8"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("zip", "application/zip"), Map.entry("yaml", "text/plain; charset=utf-8"),
            Map.entry("md", "text/plain; charset=utf-8"), Map.entry("pdf", "application/pdf"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));

    private final HttpServer server;
    private final AtomicReference<SiteImage> image = new AtomicReference<>();
    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();
    /** The Host headers this preview answers, lower case; set once bound. */
    private final Set<String> hosts;
    /** The origins of its own pages, lower case. */
    private final Set<String> origins;

    public PreviewServer(int port) throws IOException {
        // 127.0.0.1 by address: getLoopbackAddress() would be ::1 where IPv6 is preferred, and the address printed would be wrong.
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByAddress("localhost", new byte[] {127, 0, 0, 1}), port), 64);
        int bound = server.getAddress().getPort();
        Set<String> names = new LinkedHashSet<>(List.of("127.0.0.1:" + bound, "localhost:" + bound));
        if (bound == 80) {
            names.addAll(List.of("127.0.0.1", "localhost")); // a browser leaves out the default port
        }
        hosts = Set.copyOf(names);
        origins = names.stream().map(name -> "http://" + name).collect(java.util.stream.Collectors.toUnmodifiableSet());
        // One thread per open request: an open page holds its live-reload stream.
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "gongkai-preview");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/", this::handle);
    }

    public void start() {
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The address to open in a browser. */
    public String address() {
        return "http://127.0.0.1:" + port() + "/";
    }

    /** Publishes a new state and tells every open page. */
    void publish(SiteImage next) {
        image.set(next);
        String event = next.failed()
                ? "event: errors\ndata: " + json(next.diagnostics()) + "\n\n"
                : "event: version\ndata: " + next.version() + "\n\n";
        byte[] bytes = event.getBytes(StandardCharsets.UTF_8);
        for (OutputStream listener : listeners) {
            try {
                listener.write(bytes);
                listener.flush();
            } catch (IOException gone) {
                listeners.remove(listener);
            }
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String refusal = refusal(exchange);
            if (refusal != null) {
                send(exchange, 403, "text/plain; charset=utf-8", refusal.getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", "只支持 GET".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String raw = exchange.getRequestURI().getRawPath();
            if (raw.startsWith(LIVE_PREFIX)) {
                live(exchange, raw.substring(LIVE_PREFIX.length()));
                return;
            }
            SiteImage current = image.get();
            String path = SafePath.of(raw);
            byte[] body = path == null || current == null ? null : find(current, path);
            if (body == null) {
                byte[] notFound = current == null ? null : current.files().get("404.html");
                send(exchange, 404, TYPES.get("html"), inject(notFound == null
                        ? "<!DOCTYPE html><title>404</title><p>页面不存在</p>".getBytes(StandardCharsets.UTF_8) : notFound));
                return;
            }
            String type = TYPES.getOrDefault(extension(resolved(current, path)), "application/octet-stream");
            send(exchange, 200, type, type.startsWith("text/html") ? inject(body) : body);
        }
    }

    /** Why a request is not answered: addressed to another name than the preview's, or sent by another site's page. Null if it is. */
    private String refusal(HttpExchange exchange) {
        List<String> host = exchange.getRequestHeaders().get("Host");
        if (host == null || host.size() != 1 || !hosts.contains(host.get(0).strip().toLowerCase(Locale.ROOT))) {
            return "拒绝访问：预览只接受发往 " + address() + " 或 http://localhost:" + port() + "/ 的请求。";
        }
        List<String> origin = exchange.getRequestHeaders().get("Origin");
        if (origin != null && (origin.size() != 1 || !origins.contains(origin.get(0).strip().toLowerCase(Locale.ROOT)))) {
            return "拒绝访问：预览只接受它自己网页（" + address() + "）发出的请求。";
        }
        return null;
    }

    /** A path names a file, or a folder whose index.html is served. */
    private static byte[] find(SiteImage image, String path) {
        return image.files().get(resolved(image, path));
    }

    private static String resolved(SiteImage image, String path) {
        if (path.isEmpty() || path.endsWith("/")) {
            return path + "index.html";
        }
        return image.files().containsKey(path) ? path : path + "/index.html";
    }

    private void live(HttpExchange exchange, String what) throws IOException {
        switch (what) {
            case "live.js" -> send(exchange, 200, TYPES.get("js"), LiveScript.SOURCE.getBytes(StandardCharsets.UTF_8));
            case "events" -> {
                exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
                exchange.getResponseHeaders().set("Cache-Control", "no-store");
                exchange.sendResponseHeaders(200, 0);
                OutputStream out = exchange.getResponseBody();
                SiteImage current = image.get();
                String first = current == null ? ": waiting\n\n" : current.failed()
                        ? "event: errors\ndata: " + json(current.diagnostics()) + "\n\n"
                        : "event: version\ndata: " + current.version() + "\n\n";
                out.write(first.getBytes(StandardCharsets.UTF_8));
                out.flush();
                listeners.add(out);
                try {
                    // Keep the stream open; the thread ends when the page goes away or the server stops.
                    while (listeners.contains(out)) {
                        Thread.sleep(15_000);
                        out.write(": keep-alive\n\n".getBytes(StandardCharsets.UTF_8));
                        out.flush();
                    }
                } catch (IOException | InterruptedException gone) {
                    listeners.remove(out);
                }
            }
            case "status" -> {
                SiteImage current = image.get();
                Map<String, Object> status = new LinkedHashMap<>();
                status.put("version", current == null ? 0 : current.version());
                status.put("failed", current != null && current.failed());
                status.put("diagnostics", current == null ? List.of() : views(current.diagnostics()));
                send(exchange, 200, TYPES.get("json"), new ObjectMapper().writeValueAsBytes(status));
            }
            default -> send(exchange, 404, "text/plain; charset=utf-8", new byte[0]);
        }
    }

    private static byte[] inject(byte[] html) {
        String page = new String(html, StandardCharsets.UTF_8);
        int end = page.lastIndexOf("</body>");
        String withScript = end < 0 ? page + INJECT : page.substring(0, end) + INJECT + page.substring(end);
        return withScript.getBytes(StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }

    private static String extension(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(dot + 1);
    }

    private static List<Map<String, Object>> views(List<Diagnostic> diagnostics) {
        List<Map<String, Object>> views = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("severity", d.severity().id());
            view.put("rule", d.rule());
            view.put("where", d.position().toString());
            view.put("path", d.path());
            view.put("message", d.message());
            view.put("text", d.toString());
            views.add(view);
        }
        return views;
    }

    private static String json(List<Diagnostic> diagnostics) {
        try {
            return new ObjectMapper().writeValueAsString(views(diagnostics.stream().filter(Diagnostic::isError).toList()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        listeners.clear();
        server.stop(0);
    }
}
