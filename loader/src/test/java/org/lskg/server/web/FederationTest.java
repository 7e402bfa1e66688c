package org.lskg.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lskg.server.LskgServer;

/**
 * Federation: a second server on its own free port, holding a small portal dataset that links to our IRIs,
 * joins its data with ours through SPARQL {@code SERVICE}, which it allows only towards our endpoint. Ours
 * refuses SERVICE altogether.
 */
class FederationTest {

    private static final String PORTAL = "https://portal.example.org/item/";
    private static LskgServer ours;
    private static LskgServer portal;

    @BeforeAll
    static void start() {
        ours = SeedStore.server().build().start();
        DatasetGraph items = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(items, () -> {
            items.getDefaultGraph().add(uri(PORTAL + "1"), RDFS.seeAlso.asNode(),
                    uri("https://w3id.org/lskg/id/doc/van-phong-chinh-phu/2021/320-tb-vpcp"));
            items.getDefaultGraph().add(uri(PORTAL + "1"), RDFS.label.asNode(),
                    NodeFactory.createLiteralString("Thông báo kết luận 320/TB-VPCP"));
        });
        portal = LskgServer.create().dataset(items).port(0).ui(false)
                .serviceAllowList(List.of(ours.datasetURL() + "/sparql")).build().start();
    }

    @AfterAll
    static void stop() {
        portal.close();
        ours.close();
    }

    private static Node uri(String s) {
        return NodeFactory.createURI(s);
    }

    private static List<String> select(String endpoint, String query, String var) {
        List<String> values = new ArrayList<>();
        try (QueryExecHTTP exec = QueryExecHTTP.service(endpoint).query(query).build()) {
            RowSet rows = exec.select();
            rows.forEachRemaining(r -> values.add(r.get(var).getLiteralLexicalForm()));
        }
        return values;
    }

    @Test
    void portalJoinsOurDataThroughService() {
        String query = """
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX lskg: <https://w3id.org/lskg/ontology#>
                SELECT ?number ?commitments WHERE {
                  ?item rdfs:seeAlso ?doc .
                  SERVICE <%s/sparql> {
                    SELECT ?doc ?number (COUNT(?c) AS ?commitments)
                    WHERE { ?doc lskg:documentNumber ?number . ?c lskg:statedIn ?doc }
                    GROUP BY ?doc ?number
                  }
                }""".formatted(ours.datasetURL());
        List<String> numbers = select(portal.datasetURL() + "/sparql", query, "number");
        assertEquals(List.of("320/TB-VPCP"), numbers);
        String expected = SeedStore.value(SeedStore.PREFIXES + "SELECT (COUNT(?c) AS ?n) { ?c lskg:statedIn "
                + "<https://w3id.org/lskg/id/doc/van-phong-chinh-phu/2021/320-tb-vpcp> }");
        assertEquals(List.of(expected), select(portal.datasetURL() + "/sparql", query, "commitments"));
    }

    @Test
    void serviceOutsideTheAllowListIsRefused() {
        String elsewhere = "SELECT * { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }";
        assertThrows(QueryExceptionHTTP.class, () -> select(portal.datasetURL() + "/sparql", elsewhere, "s"));
        String back = "SELECT * { SERVICE <" + portal.datasetURL() + "/sparql> { ?s ?p ?o } }";
        QueryExceptionHTTP e = assertThrows(QueryExceptionHTTP.class, () -> select(ours.datasetURL() + "/sparql", back, "s"));
        assertTrue(e.getStatusCode() >= 400, "status " + e.getStatusCode());
    }
}
