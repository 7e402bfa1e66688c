package org.lskg.server.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The stock Fuseki UI (jena-fuseki-ui's {@code webapp/}) at {@code /fuseki/}, read-only. The UI addresses the
 * server relative to the page's own path, so its calls arrive as {@code /fuseki/$/server},
 * {@code /fuseki/lskg/sparql} ...: they are redirected with 307 (method and body kept) to the real
 * {@code /$/server}, {@code /lskg/sparql}. Its index page gets one more style sheet
 * ({@code /static/fuseki-read-only.css}) that hides the links to what a read-only server cannot do (dataset
 * management, upload, edit), so the UI shows no button that fails.
 */
final class FusekiUi implements Handler {

    static final String PREFIX = "/fuseki/";
    private static final String INDEX = "webapp/index.html";
    private static final String EXTRA_CSS = "<link rel=\"stylesheet\" href=\"/static/fuseki-read-only.css\">";

    private final StaticFiles files = new StaticFiles(PREFIX, "webapp/");
    private final String datasetPath;

    FusekiUi(String datasetPath) {
        this.datasetPath = datasetPath;
    }

    @Override
    public void handle(WebRequest request, HttpServletResponse response) throws IOException {
        String path = request.path();
        if (path.equals("/fuseki")) {
            redirect(response, HttpServletResponse.SC_MOVED_PERMANENTLY, PREFIX);
            return;
        }
        if (path.equals(PREFIX) || path.equals(PREFIX + "index.html")) {
            index(request, response);
            return;
        }
        String rest = path.substring(PREFIX.length() - 1);
        if (rest.startsWith("/$/") || rest.equals(datasetPath) || rest.startsWith(datasetPath + "/")) {
            String query = request.http().getQueryString();
            redirect(response, HttpServletResponse.SC_TEMPORARY_REDIRECT, rest + (query == null ? "" : "?" + query));
            return;
        }
        Optional<String> resource = files.resourceOf(path);
        StaticFiles.serve(resource.orElseThrow(NotFound::new), request, response);
    }

    private static void index(WebRequest request, HttpServletResponse response) throws IOException {
        String html;
        try (InputStream in = FusekiUi.class.getClassLoader().getResourceAsStream(INDEX)) {
            if (in == null) {
                throw new NotFound();
            }
            html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        byte[] bytes = html.replace("</head>", EXTRA_CSS + "\n  </head>").getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/html; charset=utf-8");
        response.setHeader("Cache-Control", "no-cache");
        response.setContentLength(bytes.length);
        if (!"HEAD".equals(request.method())) {
            try (OutputStream out = response.getOutputStream()) {
                out.write(bytes);
            }
        }
    }

    private static void redirect(HttpServletResponse response, int status, String location) {
        response.setStatus(status);
        response.setHeader("Location", location);
        response.setContentLength(0);
    }
}
