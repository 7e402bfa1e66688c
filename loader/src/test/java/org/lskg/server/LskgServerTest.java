package org.lskg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The read-only endpoints of a server with the default settings (on a free port). */
class LskgServerTest {

    private LskgServer server;

    @BeforeEach
    void start() {
        server = LskgServer.create().dataset(TestStore.twoDocuments()).port(0).build().start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void selectSeesNamedGraphsThroughUnionDefaultGraph() {
        String query = """
                PREFIX dct: <http://purl.org/dc/terms/>
                SELECT ?title { ?doc dct:title ?title } ORDER BY ?title
                """;
        for ( String endpoint : List.of("/sparql", "/query") )
            assertEquals(List.of("Chỉ thị số 02/CT-TTg", "Nghị quyết số 01/NQ-CP"),
                         titles(server.datasetURL() + endpoint, query), endpoint);
    }

    @Test
    void listenOnActualPort() {
        assertTrue(server.port() > 0);
        assertTrue(server.datasetURL().startsWith("http://127.0.0.1:" + server.port() + "/lskg"));
    }

    @Test
    void graphStoreProtocolReadsNamedGraph() {
        String graph = TestStore.ID + "graph-doc-1";
        HttpResponse<String> response = TestHttp.get(server.datasetURL() + "/get?graph=" + graph,
                                                     "Accept", "application/n-triples");
        assertEquals(200, response.statusCode());
        Graph parsed = GraphFactory.createDefaultGraph();
        RDFParser.fromString(response.body(), Lang.NTRIPLES).parse(parsed);
        assertEquals(2, parsed.size());
    }

    @Test
    void updateRejectedWithoutUpdateEnabled() {
        String update = "INSERT DATA { <urn:x:s> <urn:x:p> <urn:x:o> }";
        for ( String endpoint : List.of("/sparql", "/query", "/update", "/get") ) {
            int status = TestHttp.update(server.datasetURL() + endpoint, update).statusCode();
            assertTrue(status >= 400 && status < 500, endpoint + " answered " + status);
        }
        int status = TestHttp.get(server.datasetURL() + "/sparql?update=" + "CLEAR%20ALL").statusCode();
        assertTrue(status >= 400 && status < 500, "GET with update= answered " + status);
        assertEquals(2, titles(server.datasetURL() + "/sparql",
                               "SELECT ?title { ?doc <http://purl.org/dc/terms/title> ?title }").size());
    }

    @Test
    void serviceDescriptionOnGetWithoutQuery() {
        String endpoint = server.datasetURL() + "/sparql";
        HttpResponse<String> response = TestHttp.get(endpoint, "Accept", "text/turtle");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/turtle"));
        Graph description = GraphFactory.createDefaultGraph();
        RDFParser.fromString(response.body(), Lang.TURTLE).parse(description);
        Node service = NodeFactory.createURI(endpoint);
        assertTrue(description.contains(service, sd("endpoint"), service));
        assertTrue(description.contains(service, sd("supportedLanguage"), sd("SPARQL11Query")));
        assertTrue(description.contains(service, sd("feature"), sd("UnionDefaultGraph")));
    }

    @Test
    void corsHeadersForOtherOrigins() {
        String origin = "https://example.org";
        HttpResponse<String> get = TestHttp.query(server.datasetURL() + "/sparql", "ASK {}", "Origin", origin);
        assertEquals(200, get.statusCode());
        assertEquals(origin, get.headers().firstValue("Access-Control-Allow-Origin").orElse(null));

        HttpResponse<String> preflight = TestHttp.options(server.datasetURL() + "/sparql",
                "Origin", origin,
                "Access-Control-Request-Method", "POST",
                "Access-Control-Request-Headers", "Content-Type");
        assertEquals(200, preflight.statusCode());
        assertEquals(origin, preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));
    }

    @Test
    void pagesAtRootAndFusekiUiAtItsOwnPath() {
        HttpResponse<String> home = TestHttp.get(server.datasetURL().replace("/lskg", "/"));
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("<title>"), home.body());
        assertTrue(home.body().contains("/lskg/sparql"));
        HttpResponse<String> index = TestHttp.get(server.datasetURL().replace("/lskg", "/fuseki/"));
        assertEquals(200, index.statusCode());
        assertTrue(index.body().contains("<title>Apache Jena Fuseki UI</title>"));
        HttpResponse<String> status = TestHttp.get(server.datasetURL().replace("/lskg", "/$/server"));
        assertEquals(200, status.statusCode());
        assertTrue(status.body().contains("\"/lskg\""));
    }

    @Test
    void noUiWhenTurnedOff() {
        try ( LskgServer noUi = LskgServer.create().dataset(TestStore.twoDocuments()).port(0).ui(false).build().start() ) {
            assertEquals(404, TestHttp.get(noUi.datasetURL().replace("/lskg", "/fuseki/")).statusCode());
            assertEquals(404, TestHttp.get(noUi.datasetURL().replace("/lskg", "/$/server")).statusCode());
            // lskg's own pages stay
            assertEquals(200, TestHttp.get(noUi.datasetURL().replace("/lskg", "/")).statusCode());
        }
    }

    private static Node sd(String localName) {
        return NodeFactory.createURI("http://www.w3.org/ns/sparql-service-description#" + localName);
    }

    /** The values of {@code ?title} in the results of {@code query}. */
    static List<String> titles(String endpoint, String query) {
        List<String> titles = new ArrayList<>();
        try ( QueryExecHTTP exec = QueryExecHTTP.service(endpoint).query(query).build() ) {
            RowSet rows = exec.select();
            rows.forEachRemaining(row -> titles.add(row.get("title").getLiteralLexicalForm()));
        }
        return titles;
    }
}
