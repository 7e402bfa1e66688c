package org.lskg.server.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.lskg.store.ExportFormat;

/**
 * Dumps for portals and mirrors, under {@code /dumps/}:
 * <ul>
 *   <li>{@code lskg.nq} (N-Quads, every graph, lines sorted, so an unchanged store gives the same bytes),
 *       {@code lskg.trig} (TriG) and {@code lskg.ttl} (Turtle of the union, graph names lost);</li>
 *   <li>one document's graph: {@code /dumps/graph/doc/.../NAME.nq} or {@code .ttl}, for the graph
 *       {@code https://w3id.org/lskg/graph/doc/.../NAME};</li>
 *   <li>for each, its SHA-256 as {@code NAME.sha256} ({@code sha256sum} format) and in the response headers
 *       ({@code Digest: sha-256=BASE64} of RFC 3230, {@code Repr-Digest} of RFC 9530, and the {@code ETag});
 *       {@code SHA256SUMS} lists every dump;</li>
 *   <li>{@code /dumps/} itself, a page listing them.</li>
 * </ul>
 * Dumps are the store's own export ({@link DumpSource}); see {@link DumpFiles} for when they are written.
 */
final class Dumps implements Handler {

    static final String PREFIX = "/dumps/";
    /** The whole-store dumps: file name → format. */
    static final Map<String, ExportFormat> FULL = Map.of(
            "lskg.nq", ExportFormat.NQUADS, "lskg.trig", ExportFormat.TRIG, "lskg.ttl", ExportFormat.TURTLE);
    static final List<String> FULL_ORDER = List.of("lskg.nq", "lskg.trig", "lskg.ttl");
    private static final Map<String, ExportFormat> PER_GRAPH = Map.of("nq", ExportFormat.NQUADS, "ttl", ExportFormat.TURTLE);
    private static final Map<ExportFormat, String> MEDIA_TYPES = Map.of(
            ExportFormat.NQUADS, "application/n-quads", ExportFormat.TRIG, "application/trig",
            ExportFormat.TURTLE, "text/turtle");

    private final Site site;
    private final Optional<DumpFiles> files;

    Dumps(Site site) {
        this.site = site;
        this.files = site.settings().dumps().map(source -> new DumpFiles(source, site.settings().readOnly()));
    }

    /** The dump files, if this server has a dump source. */
    Optional<DumpFiles> files() {
        return files;
    }

    /**
     * Starts writing the whole-store dumps in the background, once, when someone first looks for them (the
     * dumps page, the VoID description), rather than on every server start.
     */
    static void prepare(Optional<DumpFiles> files) {
        files.ifPresent(f -> f.prepareInBackground(FULL_ORDER.stream().map(FULL::get).toList()));
    }

    static String mediaType(ExportFormat format) {
        return MEDIA_TYPES.get(format);
    }

    @Override
    public void handle(WebRequest request, HttpServletResponse response) throws IOException {
        DumpFiles dumps = files.orElseThrow(NotFound::new);
        String path = request.path();
        if (path.equals("/dumps") || path.equals(PREFIX)) {
            prepare(files);
            index(request, response, dumps);
            return;
        }
        String name = path.substring(PREFIX.length());
        if (name.equals("SHA256SUMS")) {
            text(request, response, sums(dumps));
            return;
        }
        boolean checksum = name.endsWith(".sha256");
        String dumpName = checksum ? name.substring(0, name.length() - ".sha256".length()) : name;
        DumpFiles.Dump dump = find(dumps, dumpName).orElseThrow(NotFound::new);
        try {
            if (checksum) {
                text(request, response, dump.sha256() + "  " + fileName(dumpName) + "\n");
            } else {
                send(request, response, dump);
            }
        } finally {
            dump.release();
        }
    }

    /** The dump a name stands for: a whole-store file, or a graph of the store in one of two formats. */
    private Optional<DumpFiles.Dump> find(DumpFiles dumps, String name) throws IOException {
        if (FULL.containsKey(name)) {
            return Optional.of(dumps.full(FULL.get(name)));
        }
        int dot = name.lastIndexOf('.');
        if (!name.startsWith("graph/") || dot < 0 || !PER_GRAPH.containsKey(name.substring(dot + 1))) {
            return Optional.empty();
        }
        Optional<String> graph = IriSpace.canonicalOf("/" + name.substring(0, dot));
        if (graph.isEmpty() || !graphExists(graph.get())) {
            return Optional.empty();
        }
        return Optional.of(dumps.graph(graph.get(), PER_GRAPH.get(name.substring(dot + 1))));
    }

    private boolean graphExists(String graph) {
        return site.sparql().ask("graph-exists", Map.of("g", org.apache.jena.graph.NodeFactory.createURI(graph)));
    }

    private static String fileName(String name) {
        return name.substring(name.lastIndexOf('/') + 1);
    }

    private static void send(WebRequest request, HttpServletResponse response, DumpFiles.Dump dump) throws IOException {
        String etag = "\"" + dump.sha256() + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("Digest", "sha-256=" + dump.sha256Base64());
        response.setHeader("Repr-Digest", "sha-256=:" + dump.sha256Base64() + ":");
        if (etag.equals(request.http().getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(mediaType(dump.format()) + "; charset=utf-8");
        response.setContentLengthLong(dump.size());
        if ("HEAD".equals(request.method())) {
            return;
        }
        try (InputStream in = dump.open(); OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }

    private static void text(WebRequest request, HttpServletResponse response, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/plain; charset=utf-8");
        response.setContentLength(bytes.length);
        if (!"HEAD".equals(request.method())) {
            try (OutputStream out = response.getOutputStream()) {
                out.write(bytes);
            }
        }
    }

    /** {@code sha256sum} lines for every dump: the whole store first, then each graph. */
    private String sums(DumpFiles dumps) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (String name : FULL_ORDER) {
            DumpFiles.Dump d = dumps.full(FULL.get(name));
            sb.append(d.sha256()).append("  ").append(name).append('\n');
            d.release();
        }
        for (String graph : graphs()) {
            String path = IriSpace.pathOf(graph).orElseThrow().substring(1);
            for (String ext : List.of("nq", "ttl")) {
                DumpFiles.Dump d = dumps.graph(graph, PER_GRAPH.get(ext));
                sb.append(d.sha256()).append("  ").append(path).append('.').append(ext).append('\n');
                d.release();
            }
        }
        return sb.toString();
    }

    /** The named graphs of the store that have a served path, in IRI order. */
    List<String> graphs() {
        return site.sparql().select("graphs", Map.of()).stream().map(r -> r.get("g").getURI())
                .filter(g -> IriSpace.pathOf(g).isPresent()).sorted().toList();
    }

    private void index(WebRequest request, HttpServletResponse response, DumpFiles dumps) throws IOException {
        List<Map<String, Object>> full = new ArrayList<>();
        for (String name : FULL_ORDER) {
            Map<String, Object> f = new HashMap<>();
            f.put("name", name);
            f.put("href", PREFIX + name);
            f.put("type", mediaType(FULL.get(name)));
            dumps.ready(FULL.get(name)).ifPresent(d -> {
                f.put("sha256", d.sha256());
                f.put("size", d.size());
            });
            full.add(f);
        }
        List<Map<String, Object>> graphs = graphs().stream().map(g -> {
            String path = IriSpace.pathOf(g).orElseThrow();
            return Map.<String, Object>of("graph", site.views(request).value(org.apache.jena.graph.NodeFactory.createURI(g)),
                    "nq", PREFIX + path.substring(1) + ".nq", "ttl", PREFIX + path.substring(1) + ".ttl");
        }).toList();
        site.page(request, response, "dumps", site.message(request, "dumps.title"),
                Map.of("full", full, "graphs", graphs));
    }

    static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }
}
