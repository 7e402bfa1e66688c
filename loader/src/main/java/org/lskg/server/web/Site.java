package org.lskg.server.web;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What every page shares: the settings, the SPARQL runner, templates, messages and views, and the writing
 * of a page inside the common layout (header, search box, language switch, footer). Thread-safe.
 */
final class Site {

    private final WebSettings settings;
    private final Sparql sparql;
    private final Templates templates = new Templates();
    private final Messages messages = new Messages();
    Site(WebSettings settings) {
        this.settings = settings;
        this.sparql = settings.sparql();
    }

    WebSettings settings() {
        return settings;
    }

    Sparql sparql() {
        return sparql;
    }

    /** The views of terms for one request (their public IRIs depend on the base the request implies). */
    Views views(WebRequest request) {
        return new Views(iris(request));
    }

    /** The IRI space of a request: the configured base, else the server as the client addressed it. */
    IriSpace iris(WebRequest request) {
        return iris(VoidDescription.origin(request.http()));
    }

    /** The IRI space of a server reached at {@code origin} ({@code http://host:port}). */
    IriSpace iris(String origin) {
        return settings.base().orElseGet(() -> new IriSpace(origin + "/"));
    }

    String message(WebRequest request, String key) {
        return messages.get(request.lang(), key);
    }

    /** Renders a template without the layout (a fragment of a page). */
    String fragment(String template, Map<String, ?> model) {
        return templates.render(template, model);
    }

    /**
     * Writes the page {@code template} inside the layout with status {@code status}. {@code model} may use the
     * messages of the request's language as {@code t.KEY}.
     */
    void page(WebRequest request, HttpServletResponse response, int status, String template, String title,
            Map<String, Object> model, List<String> linkHeaders) throws IOException {
        Map<String, Object> m = new HashMap<>(model);
        m.put("t", messages.tree(request.lang()));
        m.put("lang", request.lang());
        String body = templates.render(template, m);
        Map<String, Object> layout = new HashMap<>();
        layout.put("t", messages.tree(request.lang()));
        layout.put("lang", request.lang());
        layout.put("title", title);
        layout.put("body", body);
        layout.put("q", m.getOrDefault("q", ""));
        layout.put("switchHref", switchHref(request));
        layout.put("otherLang", request.otherLang());
        layout.put("fusekiUi", settings.fusekiUi());
        layout.put("endpoint", settings.datasetPath() + "/sparql");
        rememberLanguage(request, response);
        response.setStatus(status);
        response.setContentType("text/html; charset=utf-8");
        response.setHeader("Content-Language", request.lang());
        response.setHeader("X-Content-Type-Options", "nosniff");
        // no script runs on these pages, and nothing is fetched from elsewhere
        response.setHeader("Content-Security-Policy",
                "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'");
        linkHeaders.forEach(l -> response.addHeader("Link", l));
        byte[] bytes = templates.render("layout", layout).getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        if (!"HEAD".equals(request.method())) {
            try (OutputStream out = response.getOutputStream()) {
                out.write(bytes);
            }
        }
    }

    void page(WebRequest request, HttpServletResponse response, String template, String title,
            Map<String, Object> model) throws IOException {
        page(request, response, HttpServletResponse.SC_OK, template, title, model, List.of());
    }

    /** An error page: {@code status} with the message {@code key} and an optional detail. */
    void error(WebRequest request, HttpServletResponse response, int status, String key, Optional<String> detail)
            throws IOException {
        Map<String, Object> m = new HashMap<>();
        m.put("status", status);
        m.put("message", message(request, key));
        detail.ifPresent(d -> m.put("detail", d));
        m.put("path", request.path());
        page(request, response, status, "error", status + " " + message(request, key), m, List.of());
    }

    /** The current URL with the other language; other parameters kept. */
    private static String switchHref(WebRequest request) {
        List<String> params = new ArrayList<>();
        request.http().getParameterMap().forEach((name, values) -> {
            if (!name.equals(WebRequest.LANG_PARAM)) {
                for (String v : values) {
                    params.add(enc(name) + "=" + enc(v));
                }
            }
        });
        params.add(WebRequest.LANG_PARAM + "=" + request.otherLang());
        return "?" + String.join("&", params);
    }

    private static void rememberLanguage(WebRequest request, HttpServletResponse response) {
        if (request.param(WebRequest.LANG_PARAM).isPresent()) {
            Cookie c = new Cookie(WebRequest.LANG_COOKIE, request.lang());
            c.setPath("/");
            c.setMaxAge(365 * 24 * 3600);
            c.setAttribute("SameSite", "Lax");
            response.addCookie(c);
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
