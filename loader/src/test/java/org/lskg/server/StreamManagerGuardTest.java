package org.lskg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotNotFoundException;
import org.apache.jena.riot.system.stream.LocatorHTTP;
import org.apache.jena.riot.system.stream.StreamManager;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The guard changes JVM-wide state, as it does in production: every server build applies it. */
class StreamManagerGuardTest {

    @TempDir
    Path dir;

    @Test
    void onlyHttpLocatorsRemainAndRepeatIsNoOp() {
        StreamManagerGuard.restrictToHttp();
        StreamManager guarded = StreamManager.get();
        assertTrue(StreamManagerGuard.isHttpOnly(guarded));
        assertTrue(guarded.locators().stream().anyMatch(LocatorHTTP.class::isInstance));

        StreamManagerGuard.restrictToHttp();
        assertSame(guarded, StreamManager.get());
    }

    @Test
    void standardManagerIsNotHttpOnly() {
        assertTrue(!StreamManagerGuard.isHttpOnly(StreamManager.createStd()));
    }

    @Test
    void fileAndClassPathUrisNoLongerOpen() throws IOException {
        Path file = Files.writeString(dir.resolve("data.ttl"), "<urn:x:s> <urn:x:p> <urn:x:o> .\n");
        StreamManagerGuard.restrictToHttp();
        assertThrows(RiotNotFoundException.class, () -> RDFDataMgr.loadGraph(file.toUri().toString()));
        assertThrows(RiotNotFoundException.class, () -> RDFDataMgr.loadGraph(file.toString()));
        assertThrows(RiotNotFoundException.class, () -> RDFDataMgr.loadGraph("org/lskg/server/two-documents.trig"));
    }

    @Test
    void parsingFromPathStillWorks() throws IOException {
        Path file = Files.writeString(dir.resolve("data.ttl"), "<urn:x:s> <urn:x:p> <urn:x:o> .\n");
        StreamManagerGuard.restrictToHttp();
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(file).parse(graph);
        assertEquals(1, graph.size());
    }
}
