package org.lskg.server.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Files served from one class-path folder, never from the file system. A request path maps to a resource
 * name only if every segment is made of letters, digits, {@code _}, {@code -} and inner dots and does not start
 * with a dot, and the name ends in a known extension, so {@code .}, {@code ..} and their encodings (which Jetty
 * decodes, or refuses as ambiguous, before we see them) and folders name nothing; other names get 404.
 */
final class StaticFiles implements Handler {

    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*");
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "html", "text/html; charset=utf-8",
            "svg", "image/svg+xml",
            "ico", "image/x-icon",
            "png", "image/png",
            "woff2", "font/woff2",
            "json", "application/json");

    private final String urlPrefix;
    private final String folder;

    /**
     * @param urlPrefix the path the files are served under, ending in {@code /}
     * @param folder    the class-path folder, ending in {@code /}, without a leading slash
     */
    StaticFiles(String urlPrefix, String folder) {
        this.urlPrefix = urlPrefix;
        this.folder = folder;
    }

    /** lskg's own style sheet and images, under {@code /static/}. */
    static StaticFiles lskg() {
        return new StaticFiles("/static/", "org/lskg/server/web/static/");
    }

    /** The class-path resource a request path names, if it is a safe name under this handler's prefix. */
    Optional<String> resourceOf(String path) {
        if (!path.startsWith(urlPrefix)) {
            return Optional.empty();
        }
        String name = path.substring(urlPrefix.length());
        // a known extension also keeps out folders, which a class loader may list as text
        if (!SAFE_NAME.matcher(name).matches() || !TYPES.containsKey(extension(name))) {
            return Optional.empty();
        }
        String resource = folder + name;
        return StaticFiles.class.getClassLoader().getResource(resource) == null ? Optional.empty() : Optional.of(resource);
    }

    @Override
    public void handle(WebRequest request, HttpServletResponse response) throws IOException {
        Optional<String> resource = resourceOf(request.path());
        serve(resource.orElseThrow(NotFound::new), request, response);
    }

    /** Writes the class-path resource {@code resource} (which must exist). */
    static void serve(String resource, WebRequest request, HttpServletResponse response) throws IOException {
        try (InputStream in = StaticFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new NotFound();
            }
            byte[] bytes = in.readAllBytes();
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType(type(resource));
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Cache-Control", "public, max-age=3600");
            response.setContentLength(bytes.length);
            if (!"HEAD".equals(request.method())) {
                try (OutputStream out = response.getOutputStream()) {
                    out.write(bytes);
                }
            }
        }
    }

    static String type(String name) {
        return TYPES.getOrDefault(extension(name), "application/octet-stream");
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 || name.indexOf('/', dot) >= 0 ? "" : name.substring(dot + 1);
    }
}
