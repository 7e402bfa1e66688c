package org.lskg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.junit.jupiter.api.Test;

/** A few requests run at once; the others wait their turn, for at most the query timeout. */
class AdmissionModuleTest {

    private static final String QUERY = "SELECT * { ?s ?p ?o }";

    @Test
    void requestsPastTheLimitWaitTheirTurnAndAreAnswered() throws Exception {
        Gated store = new Gated();
        try ( LskgServer server = LskgServer.create().dataset(store).port(0).ui(false).maxRunningRequests(1)
                                            .queryTimeout(Duration.ofSeconds(20)).build().start() ) {
            String endpoint = server.datasetURL() + "/sparql";
            CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(() -> TestHttp.query(endpoint, QUERY));
            assertTrue(store.entered.tryAcquire(10, TimeUnit.SECONDS), "the first query never read the store");
            CompletableFuture<HttpResponse<String>> second = CompletableFuture.supplyAsync(() -> TestHttp.query(endpoint, QUERY));
            // Without the limit the second query reads the store at once, beside the first.
            assertFalse(store.entered.tryAcquire(1, TimeUnit.SECONDS), "the second query ran beside the first");
            assertFalse(second.isDone());
            store.open.countDown();
            assertEquals(200, first.get(20, TimeUnit.SECONDS).statusCode());
            assertEquals(200, second.get(20, TimeUnit.SECONDS).statusCode());
        }
    }

    @Test
    void aRequestThatWaitsLongerThanTheTimeoutIsRefusedWhilePingAndStaticFilesNeverWait() throws Exception {
        Gated store = new Gated();
        try ( LskgServer server = LskgServer.create().dataset(store).port(0).ui(true).maxRunningRequests(1)
                                            .queryTimeout(Duration.ofMillis(500)).build().start() ) {
            String endpoint = server.datasetURL() + "/sparql";
            CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(() -> TestHttp.query(endpoint, QUERY));
            assertTrue(store.entered.tryAcquire(10, TimeUnit.SECONDS), "the first query never read the store");
            String origin = server.datasetURL().substring(0, server.datasetURL().length() - LskgServer.DATASET.length());
            assertEquals(200, TestHttp.get(origin + "/$/ping").statusCode());
            assertEquals(200, TestHttp.get(origin + "/static/fuseki-read-only.css").statusCode());
            HttpResponse<String> second = TestHttp.query(endpoint, QUERY);
            assertEquals(503, second.statusCode(), second.body());
            store.open.countDown();
            first.get(20, TimeUnit.SECONDS);
        }
    }

    @Test
    void theLimitMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> LskgServer.create().maxRunningRequests(0));
        assertThrows(IllegalArgumentException.class, () -> AdmissionModule.limit(1, Duration.ZERO));
    }

    /** An in-memory dataset whose transactions wait at a gate until the test opens it; each one that comes is counted. */
    private static final class Gated extends DatasetGraphWrapper {
        final Semaphore entered = new Semaphore(0);
        final CountDownLatch open = new CountDownLatch(1);

        Gated() {
            super(DatasetGraphFactory.createTxnMem());
        }

        @Override
        public void begin(TxnType type) {
            pass();
            super.begin(type);
        }

        @Override
        public void begin(ReadWrite mode) {
            pass();
            super.begin(mode);
        }

        private void pass() {
            entered.release();
            try {
                open.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
