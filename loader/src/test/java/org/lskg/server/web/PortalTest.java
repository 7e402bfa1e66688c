package org.lskg.server.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lskg.server.LskgServer;
import org.lskg.store.ExportFormat;

/** What portals use: VoID/DCAT, the service description, dumps with checksums, CORS. */
class PortalTest {

    private static final String VOID = "http://rdfs.org/ns/void#";
    private static final String DCAT = "http://www.w3.org/ns/dcat#";
    private static LskgServer server;
    private static String origin;

    @BeforeAll
    static void start() {
        server = SeedStore.server().build().start();
        origin = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Graph turtle(String url) {
        HttpResponse<String> r = Http.get(url, "Accept", "text/turtle");
        assertEquals(200, r.statusCode(), url);
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(g);
        return g;
    }

    private static Node uri(String s) {
        return NodeFactory.createURI(s);
    }

    private static long number(Graph g, Node s, String p) {
        return Long.parseLong(g.find(s, uri(p), Node.ANY).next().getObject().getLiteralLexicalForm());
    }

    @Test
    void voidDescribesTheDataset() {
        Graph g = turtle(origin + "/.well-known/void");
        Node ds = uri(origin + "/.well-known/void#lskg");
        assertTrue(g.contains(ds, RDF.type.asNode(), uri(VOID + "Dataset")));
        assertTrue(g.contains(ds, RDF.type.asNode(), uri(DCAT + "Dataset")));
        assertTrue(g.contains(ds, uri(VOID + "sparqlEndpoint"), uri(server.datasetURL() + "/sparql")));
        assertTrue(g.contains(ds, uri(VOID + "dataDump"), uri(origin + "/dumps/lskg.nq")));
        assertTrue(g.contains(ds, uri(VOID + "vocabulary"), uri("https://w3id.org/lskg/ontology#")));
        long quads = Long.parseLong(SeedStore.value("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"));
        assertEquals(quads, number(g, ds, VOID + "triples"));
        long subsets = Long.parseLong(SeedStore.value("SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?s ?p ?o } }"));
        assertEquals(subsets, g.find(ds, uri(VOID + "subset"), Node.ANY).toList().size());
        List<Triple> examples = g.find(ds, uri(VOID + "exampleResource"), Node.ANY).toList();
        assertEquals(3, examples.size());
        for (Triple t : examples) {
            assertEquals(200, Http.get(t.getObject().getURI(), "Accept", "text/turtle").statusCode(), t.toString());
        }
    }

    @Test
    void serviceDescriptionCarriesTheVoid() {
        Graph g = turtle(server.datasetURL() + "/sparql");
        Node ds = uri(origin + "/.well-known/void#lskg");
        assertTrue(g.contains(uri(server.datasetURL() + "/sparql"),
                uri("http://www.w3.org/ns/sparql-service-description#defaultDataset"), ds));
        assertTrue(g.contains(ds, uri(VOID + "triples"), Node.ANY));
    }

    @Test
    void fullDumpIsTheStoreExportWithItsChecksum() throws Exception {
        HttpResponse<byte[]> dump = Http.bytes(origin + "/dumps/lskg.nq");
        assertEquals(200, dump.statusCode());
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        SeedStore.get().export(ExportFormat.NQUADS, Optional.empty(), expected);
        assertArrayEquals(expected.toByteArray(), dump.body());
        byte[] sha = MessageDigest.getInstance("SHA-256").digest(dump.body());
        assertEquals("sha-256=" + Base64.getEncoder().encodeToString(sha), dump.headers().firstValue("Digest").orElseThrow());
        String sums = Http.get(origin + "/dumps/lskg.nq.sha256").body();
        assertEquals(HexFormat.of().formatHex(sha) + "  lskg.nq\n", sums);
        assertTrue(Http.get(origin + "/dumps/SHA256SUMS").body().contains(HexFormat.of().formatHex(sha) + "  lskg.nq"));
        // the VoID description gives the same checksum once the dump is written
        Graph g = turtle(origin + "/.well-known/void");
        assertTrue(g.find(Node.ANY, uri("http://spdx.org/rdf/terms#checksumValue"), Node.ANY).toList().stream()
                .anyMatch(t -> t.getObject().getLiteralLexicalForm().equalsIgnoreCase(HexFormat.of().formatHex(sha))));
        HttpResponse<byte[]> again = Http.bytes(origin + "/dumps/lskg.nq", "If-None-Match", "\"" + HexFormat.of().formatHex(sha) + "\"");
        assertEquals(304, again.statusCode());
    }

    @Test
    void perDocumentDumps() throws Exception {
        String path = "/dumps/graph/doc/van-phong-chinh-phu/2021/320-tb-vpcp";
        HttpResponse<byte[]> nq = Http.bytes(origin + path + ".nq");
        assertEquals(200, nq.statusCode());
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        SeedStore.get().export(ExportFormat.NQUADS,
                Optional.of("https://w3id.org/lskg/graph/doc/van-phong-chinh-phu/2021/320-tb-vpcp"), expected);
        assertArrayEquals(expected.toByteArray(), nq.body());
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(nq.body()));
        assertTrue(Http.get(origin + path + ".nq.sha256").body().startsWith(sha + "  320-tb-vpcp.nq"));
        HttpResponse<String> ttl = Http.get(origin + path + ".ttl");
        assertTrue(ttl.headers().firstValue("Content-Type").orElseThrow().startsWith("text/turtle"));
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(ttl.body(), Lang.TURTLE).parse(g);
        assertFalse(g.isEmpty());
        assertEquals(404, Http.get(origin + "/dumps/graph/doc/none.nq").statusCode());
        assertEquals(200, Http.get(origin + "/dumps/").statusCode());
    }

    @Test
    void corsOnPagesIrisAndDumps() {
        for (String path : List.of("/id/doc/van-phong-chinh-phu/2021/320-tb-vpcp", "/.well-known/void", "/dumps/lskg.ttl.sha256")) {
            HttpResponse<String> r = Http.get(origin + path, "Origin", "https://portal.example.org", "Accept", "text/turtle");
            assertEquals(200, r.statusCode(), path);
            assertEquals("https://portal.example.org", r.headers().firstValue("Access-Control-Allow-Origin").orElse(null), path);
        }
    }
}
