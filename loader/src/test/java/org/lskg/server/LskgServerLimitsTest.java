package org.lskg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.junit.jupiter.api.Test;

/** Query timeout, row cap and the ban on SERVICE, seen by an HTTP client. */
class LskgServerLimitsTest {

    @Test
    void rowCapLimitsSelect() {
        DatasetGraph store = TestStore.emptyUnionStore();
        TestStore.addItems(store, 20);
        try ( LskgServer server = LskgServer.create().dataset(store).port(0).maxRows(5).ui(false).build().start() ) {
            String endpoint = server.datasetURL() + "/sparql";
            assertEquals(5, rows(endpoint, "SELECT * { ?item ?p ?rank }"));
            assertEquals(5, rows(endpoint, "SELECT * { ?item ?p ?rank } LIMIT 15"));
            assertEquals(3, rows(endpoint, "SELECT * { ?item ?p ?rank } LIMIT 3"));
            assertEquals(5, rows(endpoint, "SELECT * { ?item ?p ?rank } ORDER BY ?rank OFFSET 12"));
            assertEquals(3, rows(endpoint, "SELECT * { ?item ?p ?rank } ORDER BY ?rank OFFSET 17"));
            // An aggregate over all rows is one row: the cap limits output, not the data looked at.
            assertEquals("20", value(endpoint, "SELECT (COUNT(*) AS ?n) { ?item ?p ?rank }"));
        }
    }

    @Test
    void queryTimeoutAbortsExpensiveQuery() {
        DatasetGraph store = TestStore.emptyUnionStore();
        TestStore.addItems(store, 300);
        // 300^3 = 27 million combinations: far more than a second of work.
        String expensive = """
                SELECT (COUNT(*) AS ?n) {
                    ?a ?p ?x . ?b ?q ?y . ?c ?r ?z .
                    FILTER (?x + ?y != ?z)
                }
                """;
        try ( LskgServer server = LskgServer.create().dataset(store).port(0)
                                            .queryTimeout(Duration.ofSeconds(1)).ui(false).build().start() ) {
            HttpResponse<String> response = TestHttp.query(server.datasetURL() + "/sparql", expensive);
            assertEquals(503, response.statusCode(), response.body());
        }
    }

    @Test
    void serviceToOtherEndpointsIsRefused() {
        try ( LskgServer server = LskgServer.create().dataset(TestStore.twoDocuments()).port(0).ui(false)
                                            .build().start() ) {
            // The server's own endpoint: the call would succeed if SERVICE were allowed.
            String endpoint = server.datasetURL() + "/sparql";
            String federated = "SELECT * { SERVICE <" + endpoint + "> { ?s ?p ?o } }";
            HttpResponse<String> response = TestHttp.query(endpoint, federated);
            assertEquals(422, response.statusCode(), response.body());
            assertTrue(response.body().contains("SERVICE execution disabled"), response.body());
        }
    }

    private static int rows(String endpoint, String query) {
        try ( QueryExecHTTP exec = QueryExecHTTP.service(endpoint).query(query).build() ) {
            RowSet rows = exec.select();
            int count = 0;
            for ( ; rows.hasNext(); rows.next() )
                count++;
            return count;
        }
    }

    private static String value(String endpoint, String query) {
        try ( QueryExecHTTP exec = QueryExecHTTP.service(endpoint).query(query).build() ) {
            return exec.select().next().get("n").getLiteralLexicalForm();
        }
    }
}
