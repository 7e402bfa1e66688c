package org.lskg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.apache.jena.fuseki.main.sys.FusekiSystemConstants;
import org.eclipse.jetty.io.ArrayByteBufferPool;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.junit.jupiter.api.Test;

/**
 * Every buffer a response needs comes from the server's pool. Fuseki's 5 MiB output buffer is above the largest
 * bucket of Jetty's default pool, so before {@link LskgServer#POOLED_RESPONSES} each response, however small, allocated
 * and zeroed a new 5 MiB direct buffer outside the pool: the pool's count of such allocations says so without timing.
 */
class ResponseBufferTest {

    @Test
    void responsesUseOnlyPooledBuffers() {
        try ( LskgServer server = LskgServer.create().dataset(TestStore.twoDocuments()).port(0).ui(false)
                                            .build().start() ) {
            List<Connector> connectors = List.of(server.jetty().getConnectors());
            assertEquals(1, connectors.size());
            ArrayByteBufferPool pool = assertInstanceOf(ArrayByteBufferPool.class, connectors.get(0).getByteBufferPool());
            pool.setStatisticsEnabled(true);
            String endpoint = server.datasetURL() + "/sparql";
            for ( int i = 0; i < 5; i++ ) {
                assertEquals(200, TestHttp.query(endpoint, "ASK {}").statusCode());
                var select = TestHttp.query(endpoint, "SELECT ?title { ?doc <http://purl.org/dc/terms/title> ?title }",
                                            "Accept", "text/tab-separated-values");
                assertEquals(200, select.statusCode());
                assertTrue(select.body().contains("Nghị quyết số 01/NQ-CP"), select.body());
            }
            assertEquals(Map.of(), pool.getNoBucketDirectAcquires(), "direct buffers allocated outside the pool, by size");
            assertEquals(Map.of(), pool.getNoBucketHeapAcquires(), "heap buffers allocated outside the pool, by size");
        }
    }

    /** Fuseki's buffer stays: an answer that fails within its first megabytes still gets an error status. */
    @Test
    void responseBufferIsFusekisAndFitsThePool() {
        try ( LskgServer server = LskgServer.create().dataset(TestStore.twoDocuments()).port(0).ui(false).build() ) {
            Connector connector = server.jetty().getConnectors()[0];
            int buffer = connector.getConnectionFactory(HttpConnectionFactory.class).getHttpConfiguration()
                                  .getOutputBufferSize();
            assertEquals(FusekiSystemConstants.jettyOutputBufferSize, buffer);
            ArrayByteBufferPool pool = (ArrayByteBufferPool) connector.getByteBufferPool();
            assertTrue(buffer <= pool.getMaxCapacity(), buffer + " > " + pool.getMaxCapacity());
        }
    }
}
