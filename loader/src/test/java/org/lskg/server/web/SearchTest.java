package org.lskg.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lskg.server.LskgServer;

/** A diacritic-free search finds the master plan commitment: on the search page and with SPARQL text:query. */
class SearchTest {

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

    @Test
    void searchPageFindsTheMasterPlanCommitment() {
        String path = SeedStore.masterPlanCommitment().substring(IriSpace.CANONICAL.length() - 1);
        for (String q : List.of("quy hoach tinh", "Quy hoạch tỉnh", "QUY HOACH TINH LANG SON")) {
            HttpResponse<String> r = Http.get(origin + "/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
            assertEquals(200, r.statusCode());
            String commitments = r.body().substring(r.body().indexOf("id=\"hits-commitment\""));
            assertTrue(commitments.contains("href=\"" + path + "\""), q);
        }
    }

    @Test
    void textQueryOverTheSparqlEndpoint() {
        String query = SeedStore.PREFIXES + """
                SELECT ?c { ?c text:query "quy hoach tinh lang son" ; a lskg:Commitment ;
                               lskg:statedIn/lskg:documentNumber "320/TB-VPCP" }""";
        List<String> found = new ArrayList<>();
        try (QueryExecHTTP exec = QueryExecHTTP.service(server.datasetURL() + "/sparql").query(query).build()) {
            RowSet rows = exec.select();
            rows.forEachRemaining(row -> found.add(row.get("c").getURI()));
        }
        assertTrue(found.contains(SeedStore.masterPlanCommitment()), found.toString());
    }

    @Test
    void typedWordsAreTakenLiterally() {
        assertEquals(Optional.of("\"quy hoach\"^4 OR (quy AND hoach)"), SearchPage.luceneQuery("  quy   hoach "));
        assertEquals(Optional.of("320\\/TB\\-VPCP"), SearchPage.luceneQuery("320/TB-VPCP"));
        assertEquals(Optional.empty(), SearchPage.luceneQuery("   "));
        assertEquals(200, Http.get(origin + "/search?q=" + URLEncoder.encode("\"a (b:", StandardCharsets.UTF_8)).statusCode());
        assertEquals(200, Http.get(origin + "/search").statusCode());
    }
}
