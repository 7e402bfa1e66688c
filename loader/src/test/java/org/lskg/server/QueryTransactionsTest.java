package org.lskg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lskg.store.LskgStore;
import org.lskg.store.ShaclValidator;

/**
 * Queries that time out over HTTP end their read transactions: the served store (TDB2 with its text index) can be
 * closed afterwards. Before the store ended aborted reads instead of rolling the text index back, concurrent
 * timed-out queries stayed registered as active transactions, and closing the store failed with "Can't expel:
 * Active transactions".
 */
class QueryTransactionsTest {

    /** 120^3 combinations, grouped: far more than the server's one second, and cancelled before any row. */
    private static final String EXPENSIVE = """
            SELECT ?a (COUNT(*) AS ?n) { ?a ?p ?x . ?b ?q ?y . ?c ?r ?z . FILTER (?x + ?y != ?z) } GROUP BY ?a
            """;
    private static final int CLIENTS = 16;

    @TempDir
    Path dir;

    @Test
    void concurrentTimedOutQueriesLeaveNoTransactionOpen() throws Exception {
        LskgStore store = LskgStore.open(dir.resolve("store"), ShaclValidator.fromClasspath());
        DatasetGraph ds = store.dataset();
        TestStore.addItems(ds, 120);
        TransactionCoordinator coordinator =
                TDBInternal.getTransactionCoordinator(((DatasetGraphWrapper) ds).getBase());
        Map<Integer, Integer> statuses = new TreeMap<>();
        try (LskgServer server = LskgServer.create().dataset(ds).port(0).queryTimeout(Duration.ofSeconds(1))
                                           .ui(false).build().start()) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(server.datasetURL() + "/sparql"))
                    .header("Accept", "text/tab-separated-values")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(EXPENSIVE, StandardCharsets.UTF_8)))
                    .build();
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            try {
                List<Future<Integer>> answers = new ArrayList<>();
                for (int i = 0; i < CLIENTS; i++) {
                    answers.add(pool.submit(() -> client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode()));
                }
                for (Future<Integer> answer : answers) {
                    statuses.merge(answer.get(), 1, Integer::sum);
                }
            } finally {
                pool.shutdown();
            }
        }
        // Fuseki ends a query's transaction before it sends the 503, so every request is over by now.
        assertEquals(Map.of(503, CLIENTS), statuses);
        assertEquals(0, coordinator.countActive(), "read transactions left open");
        store.close();
    }
}
