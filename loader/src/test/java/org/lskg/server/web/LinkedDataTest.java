package org.lskg.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lskg.rdf.LSKG;
import org.lskg.server.LskgServer;

/** Every kind of lskg IRI dereferences on {@code lskg serve}: RDF by Accept, HTML for browsers, 404 and 406. */
class LinkedDataTest {

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

    /** The path on the server of a canonical IRI. */
    private static String url(String canonical) {
        return origin + canonical.substring(IriSpace.CANONICAL.length() - 1);
    }

    private static Graph parse(HttpResponse<String> response, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(response.body(), lang).parse(g);
        return g;
    }

    @Test
    void turtleOfTheIriLskgQueryPrints() {
        String iri = SeedStore.masterPlanCommitment();
        assertTrue(iri.startsWith("https://w3id.org/lskg/id/doc/van-phong-chinh-phu/2021/320-tb-vpcp/commitment/"), iri);
        HttpResponse<String> response = Http.get(url(iri), "Accept", "text/turtle");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/turtle"));
        Graph g = parse(response, Lang.TURTLE);
        Node local = NodeFactory.createURI(url(iri));
        String text = SeedStore.value(SeedStore.PREFIXES + "SELECT ?t { <" + iri + "> lskg:text ?t }");
        assertTrue(g.contains(local, LSKG.text.asNode(), NodeFactory.createLiteralString(text)));
        assertTrue(g.contains(local, OWL.sameAs.asNode(), NodeFactory.createURI(iri)));
        // the document it points to is written in its local form too, so it can be followed
        assertTrue(g.contains(local, LSKG.statedIn.asNode(),
                NodeFactory.createURI(origin + "/id/doc/van-phong-chinh-phu/2021/320-tb-vpcp")));
    }

    @Test
    void negotiationHeaders() {
        String doc = origin + "/id/doc/van-phong-chinh-phu/2021/320-tb-vpcp";
        HttpResponse<String> response = Http.get(doc, "Accept", "application/n-triples");
        assertEquals(200, response.statusCode());
        assertEquals("Accept", response.headers().firstValue("Vary").orElse(""));
        List<String> links = response.headers().allValues("Link");
        assertTrue(links.stream().anyMatch(l -> l.contains("320-tb-vpcp.ttl>; rel=\"alternate\"; type=\"text/turtle\"")), links.toString());
        assertTrue(links.stream().anyMatch(l -> l.contains("320-tb-vpcp.jsonld>; rel=\"alternate\"")), links.toString());
        assertTrue(links.stream().anyMatch(l -> l.contains("rel=\"canonical\"")), links.toString());
        assertTrue(response.headers().firstValue("Content-Location").orElseThrow().endsWith("320-tb-vpcp.nt"));
        Graph g = parse(response, Lang.NTRIPLES);
        assertTrue(g.contains(NodeFactory.createURI(doc), LSKG.documentNumber.asNode(),
                NodeFactory.createLiteralString("320/TB-VPCP")));
    }

    @Test
    void jsonLdAndExtensions() {
        String doc = origin + "/id/doc/van-phong-chinh-phu/2021/320-tb-vpcp";
        Graph jsonld = parse(Http.get(doc, "Accept", "application/ld+json"), Lang.JSONLD);
        assertTrue(jsonld.contains(NodeFactory.createURI(doc), LSKG.documentNumber.asNode(), Node.ANY));
        HttpResponse<String> ttl = Http.get(doc + ".ttl", "Accept", "text/html");
        assertEquals(200, ttl.statusCode());
        assertTrue(ttl.headers().firstValue("Content-Type").orElseThrow().startsWith("text/turtle"));
        assertTrue(parse(ttl, Lang.TURTLE).contains(NodeFactory.createURI(doc), LSKG.documentNumber.asNode(), Node.ANY));
        HttpResponse<String> html = Http.get(doc + ".html");
        assertTrue(html.body().contains("320/TB-VPCP"));
    }

    @Test
    void browsersGetHtml() {
        String browser = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";
        HttpResponse<String> response = Http.get(url(SeedStore.masterPlanCommitment()), "Accept", browser);
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertTrue(response.body().contains("Khẩn trương hoàn thành lập Quy hoạch tỉnh Lạng Sơn"));
    }

    /** One IRI of each kind the issue names: document, section, sentence, entity, commitment, trace. */
    @Test
    void everyKindOfIriAnswers() {
        Map<String, String> kinds = Map.of(
                "Document", "lskg:Document", "Section", "lskg:Section", "Sentence", "lskg:Sentence",
                "Body", "lskg:Body", "Programme", "lskg:Programme", "Commitment", "lskg:Commitment",
                "FollowUp", "lskg:FollowUp", "StatusAssessment", "lskg:StatusAssessment",
                "DataQualityFlag", "lskg:DataQualityFlag");
        kinds.forEach((kind, cls) -> {
            String iri = SeedStore.column(SeedStore.PREFIXES + "SELECT ?x { ?x a " + cls + " FILTER STRSTARTS(STR(?x), \""
                    + IriSpace.CANONICAL + "id/\") } ORDER BY ?x LIMIT 1").get(0);
            for (String accept : List.of("text/turtle", "text/html")) {
                HttpResponse<String> r = Http.get(url(iri), "Accept", accept);
                assertEquals(200, r.statusCode(), kind + " " + iri + " " + accept);
            }
            Graph g = parse(Http.get(url(iri), "Accept", "text/turtle"), Lang.TURTLE);
            assertTrue(g.contains(NodeFactory.createURI(url(iri)), Node.ANY, Node.ANY), kind + " has no triples");
        });
        String graph = Http.get(origin + "/graph/doc/van-phong-chinh-phu/2021/320-tb-vpcp", "Accept", "text/turtle").body();
        assertTrue(graph.contains("320/TB-VPCP"));
    }

    @Test
    void unknownIrisAndUnacceptableTypes() {
        HttpResponse<String> missing = Http.get(origin + "/id/doc/no-such-issuer/2021/1-tb", "Accept", "text/turtle");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("404"));
        assertEquals(406, Http.get(origin + "/id/doc/van-phong-chinh-phu/2021/320-tb-vpcp", "Accept", "image/png").statusCode());
        assertEquals(404, Http.get(origin + "/nothing/here").statusCode());
    }

    @Test
    void resolverRedirectsAnyFormOfAnIri() {
        HttpResponse<String> r = Http.get(origin + "/resource?iri=https://w3id.org/lskg/id/body/van-phong-chinh-phu");
        assertEquals(303, r.statusCode());
        assertEquals("/id/body/van-phong-chinh-phu", r.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> local = Http.get(origin + "/resource?iri=" + origin + "/id/body/van-phong-chinh-phu");
        assertEquals("/id/body/van-phong-chinh-phu", local.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void canonicalBaseLeavesIrisAlone() {
        try (LskgServer w3id = SeedStore.server().base(IriSpace.CANONICAL).build().start()) {
            String iri = SeedStore.masterPlanCommitment();
            String path = iri.substring(IriSpace.CANONICAL.length() - 1);
            Graph g = parse(Http.get("http://127.0.0.1:" + w3id.port() + path, "Accept", "text/turtle"), Lang.TURTLE);
            assertTrue(g.contains(NodeFactory.createURI(iri), LSKG.text.asNode(), Node.ANY));
            assertFalse(g.contains(Node.ANY, OWL.sameAs.asNode(), Node.ANY));
        }
    }
}
