package org.lskg.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lskg.server.LskgServer;
import org.lskg.server.RequestLimitModule;

/**
 * No URL path reads a file outside the served resources: dot segments, their percent-encodings and double
 * encodings, backslashes and encoded slashes, under every prefix that serves files. Also the request body cap.
 */
class PathSafetyTest {

    private static LskgServer server;

    @BeforeAll
    static void start() {
        server = SeedStore.server().build().start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Files a traversal would aim at, and a line of each that must never appear in an answer. */
    private static final List<String> TARGETS = List.of("etc/passwd", "pom.xml",
            "org/lskg/server/web/messages_vi.properties", "loader/pom.xml", "META-INF/MANIFEST.MF");

    @Test
    void traversalNeverReadsAFile() {
        List<String> prefixes = List.of("/static/", "/fuseki/", "/fuseki/static/", "/dumps/", "/dumps/graph/", "/id/",
                "/graph/", "/accountability/");
        List<String> ups = List.of("../", "..%2f", "%2e%2e/", "%2e%2e%2f", "%252e%252e%252f", "%252e%252e/", "..%5c",
                ".%2e/", "%c0%ae%c0%ae/", "..;/", "%2e%2e%5c");
        int tried = 0;
        for (String prefix : prefixes) {
            for (String up : ups) {
                for (String target : TARGETS) {
                    String path = prefix + up.repeat(6) + target;
                    String response = Http.raw(server.port(), path);
                    int status = Http.status(response);
                    assertTrue(status == 400 || status == 404, path + " answered " + status);
                    assertFalse(response.contains("root:x:0:0"), path);
                    assertFalse(response.contains("<modelVersion>"), path);
                    assertFalse(response.contains("search.button="), path);
                    assertFalse(response.contains("Main-Class"), path);
                    tried++;
                }
            }
        }
        assertEquals(prefixes.size() * ups.size() * TARGETS.size(), tried);
    }

    @Test
    void servedFilesAreOnlyThoseOfTheirFolder() {
        assertEquals(200, Http.status(Http.raw(server.port(), "/static/lskg.css")));
        assertEquals(404, Http.status(Http.raw(server.port(), "/static/")));
        assertEquals(404, Http.status(Http.raw(server.port(), "/static/.hidden.css")));
        assertEquals(404, Http.status(Http.raw(server.port(), "/static/messages_vi.properties")));
        assertEquals(404, Http.status(Http.raw(server.port(), "/fuseki/static")));
    }

    @Test
    void requestBodiesAreCapped() {
        long over = RequestLimitModule.DEFAULT_MAX_BYTES + 1;
        String endpoint = URI.create(server.datasetURL()).getPath() + "/sparql";
        String refused = Http.rawHead(server.port(), endpoint, "application/sparql-query", over);
        assertEquals(413, Http.status(refused), refused);
        String page = Http.rawHead(server.port(), "/query", "application/x-www-form-urlencoded", over);
        assertEquals(413, Http.status(page), page);
        // a body under the cap passes the filter
        HttpResponse<String> small = Http.post(server.datasetURL() + "/sparql", "application/sparql-query",
                "ASK {}".getBytes(StandardCharsets.UTF_8));
        assertEquals(200, small.statusCode());
    }

    @Test
    void writesAreRefused() {
        String origin = "http://127.0.0.1:" + server.port();
        for (String path : List.of("/", "/id/doc/van-phong-chinh-phu/2021/320-tb-vpcp", "/dumps/lskg.nq")) {
            HttpResponse<String> r = Http.post(origin + path, "text/turtle", "<a:b> <a:c> <a:d> .".getBytes());
            assertEquals(405, r.statusCode(), path);
        }
        assertEquals(404, Http.post(origin + "/lskg/update", "application/sparql-update", "CLEAR ALL".getBytes()).statusCode());
    }
}
