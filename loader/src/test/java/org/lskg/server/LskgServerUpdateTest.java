package org.lskg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server started with {@code allowUpdate}: update for logged-in users only, and no file access. */
class LskgServerUpdateTest {

    private static final String INSERT = """
            INSERT DATA { GRAPH <https://w3id.org/lskg/id/graph-doc-3> {
                <https://w3id.org/lskg/id/doc-3> <http://purl.org/dc/terms/title> "Quyết định số 03/QĐ-TTg" } }
            """;
    private static final String TITLES = "SELECT ?title { ?doc <http://purl.org/dc/terms/title> ?title }";

    @TempDir
    Path dir;

    private DatasetGraph store;
    private LskgServer server;

    @BeforeEach
    void start() throws IOException {
        Path credentials = Files.writeString(dir.resolve("users.passwd"), """
                # user: password
                editor: s3cret
                """);
        store = TestStore.twoDocuments();
        server = LskgServer.create().dataset(store).port(0).allowUpdate(credentials).build().start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void unauthenticatedUpdateIsChallenged() {
        var response = TestHttp.update(updateEndpoint(), INSERT);
        assertEquals(401, response.statusCode());
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertEquals(401, TestHttp.update(updateEndpoint(), INSERT, TestHttp.basicAuth("editor", "wrong")).statusCode());
        assertEquals(2, titles().size());
    }

    @Test
    void authenticatedUpdateApplies() {
        assertEquals(204, TestHttp.update(updateEndpoint(), INSERT, TestHttp.basicAuth("editor", "s3cret")).statusCode());
        assertTrue(titles().contains("Quyết định số 03/QĐ-TTg"));
    }

    @Test
    void queryEndpointsStayReadOnlyAndPublic() {
        for ( String endpoint : List.of("/sparql", "/query") ) {
            int status = TestHttp.update(server.datasetURL() + endpoint, INSERT,
                                         TestHttp.basicAuth("editor", "s3cret")).statusCode();
            assertTrue(status >= 400 && status < 500, endpoint + " answered " + status);
        }
        assertEquals(2, titles().size());
    }

    @Test
    void loadOfLocalFileIsRefused() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.ttl"), "<urn:x:secret> <urn:x:is> \"leaked\" .\n");
        String graph = "urn:x:loaded";
        String[] auth = TestHttp.basicAuth("editor", "s3cret");

        int status = TestHttp.update(updateEndpoint(), "LOAD <" + secret.toUri() + "> INTO GRAPH <" + graph + ">", auth)
                             .statusCode();
        assertTrue(status >= 400, "LOAD answered " + status);
        // SILENT hides the failure from the client but must not load anything either.
        TestHttp.update(updateEndpoint(), "LOAD SILENT <" + secret.toUri() + "> INTO GRAPH <" + graph + ">", auth);
        TestHttp.update(updateEndpoint(), "LOAD SILENT <file:///etc/hosts> INTO GRAPH <" + graph + ">", auth);

        boolean loaded = Txn.calculateRead(store, () -> store.containsGraph(NodeFactory.createURI(graph))
                || store.find(null, NodeFactory.createURI("urn:x:secret"), null, null).hasNext());
        assertFalse(loaded);
    }

    private String updateEndpoint() {
        return server.datasetURL() + "/update";
    }

    private List<String> titles() {
        return LskgServerTest.titles(server.datasetURL() + "/sparql", TITLES);
    }
}
