package org.lskg.server;

import java.net.URISyntaxException;
import java.nio.file.Path;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;

/** In-memory TDB2 stores set up as the store package sets up the real one. */
final class TestStore {

    static final String ID = "https://w3id.org/lskg/id/";

    private TestStore() {}

    /** A store holding {@code two-documents.trig}, with the union default graph. */
    static DatasetGraph twoDocuments() {
        DatasetGraph dsg = emptyUnionStore();
        Path trig = resource("two-documents.trig");
        Txn.executeWrite(dsg, () -> RDFParser.source(trig).parse(dsg));
        return dsg;
    }

    /** Adds {@code count} triples {@code id:item-i id:rank i} in graph {@code id:graph-items}. */
    static void addItems(DatasetGraph dsg, int count) {
        Node graph = NodeFactory.createURI(ID + "graph-items");
        Node rank = NodeFactory.createURI(ID + "rank");
        Txn.executeWrite(dsg, () -> {
            for ( int i = 0; i < count; i++ )
                dsg.add(graph, NodeFactory.createURI(ID + "item-" + i), rank,
                        NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDinteger));
        });
    }

    static DatasetGraph emptyUnionStore() {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return dsg;
    }

    static Path resource(String name) {
        try {
            return Path.of(TestStore.class.getResource(name).toURI());
        } catch (URISyntaxException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
