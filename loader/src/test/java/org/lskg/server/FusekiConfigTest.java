package org.lskg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fuseki-config/config.ttl} runs a standalone Fuseki equivalent to the embedded server. */
class FusekiConfigTest {

    private static final String TDB2 = "http://jena.apache.org/2016/tdb#";
    private static final String JA = "http://jena.hpl.hp.com/2005/11/Assembler#";

    @TempDir
    Path storeDir;

    private static Model config() {
        Path file = Path.of(System.getProperty("lskg.project.dir", ".."), "fuseki-config", "config.ttl");
        return RDFParser.source(file).toModel();
    }

    @Test
    void storeSettings() {
        Model config = config();
        Resource store = config.listSubjectsWithProperty(config.createProperty(TDB2, "location")).next();
        assertEquals("data/store", store.getProperty(config.createProperty(TDB2, "location")).getString());
        assertEquals(true, store.getProperty(config.createProperty(TDB2, "unionDefaultGraph")).getBoolean());
    }

    @Test
    void serverContextSettings() {
        Model config = config();
        Property cxtName = config.createProperty(JA, "cxtName");
        Property cxtValue = config.createProperty(JA, "cxtValue");
        Map<String, String> context = new TreeMap<>();
        config.listSubjectsWithProperty(cxtName).forEach(setting ->
                context.put(setting.getProperty(cxtName).getString(), setting.getProperty(cxtValue).getString()));
        assertEquals(Map.of("arq:queryTimeout", "30000", "arq:httpServiceAllowed", "false"), context);
    }

    @Test
    void configuredServiceServesStoreReadOnly() {
        Model config = config();
        Property location = config.createProperty(TDB2, "location");
        Resource store = config.listSubjectsWithProperty(location).next();
        store.removeAll(location).addProperty(location, storeDir.toString());

        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(storeDir.toString());
        Txn.executeWrite(dsg, () -> RDFParser.source(TestStore.resource("two-documents.trig")).parse(dsg));

        FusekiServer fuseki = FusekiServer.create().port(0).parseConfig(config).build();
        try {
            DataAccessPoint lskg = fuseki.getDataAccessPointRegistry().get(LskgServer.DATASET);
            assertNotNull(lskg);
            Map<String, Operation> endpoints = new TreeMap<>();
            for ( Endpoint endpoint : lskg.getDataService().getEndpoints() )
                endpoints.put(endpoint.getName(), endpoint.getOperation());
            assertEquals(Map.of("sparql", Operation.Query, "query", Operation.Query, "get", Operation.GSP_R), endpoints);

            fuseki.start();
            String dataset = "http://localhost:" + fuseki.getPort() + LskgServer.DATASET;
            List<String> titles = LskgServerTest.titles(dataset + "/sparql",
                    "SELECT ?title { ?doc <http://purl.org/dc/terms/title> ?title } ORDER BY ?title");
            assertEquals(List.of("Chỉ thị số 02/CT-TTg", "Nghị quyết số 01/NQ-CP"), titles);
            assertEquals(404, TestHttp.update(dataset + "/update", "CLEAR ALL").statusCode());
        } finally {
            fuseki.stop();
        }
    }
}
