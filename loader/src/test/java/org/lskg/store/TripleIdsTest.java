package org.lskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;

/** Ids looked up on another thread are those the writing transaction would give, new terms included. */
class TripleIdsTest {

    private static Node uri(String local) {
        return NodeFactory.createURI("https://w3id.org/lskg/id/t/" + local);
    }

    @Test
    void lookedUpAheadTheIdsTheWritingTransactionGives() {
        theIdsTheWritingTransactionGivesInTheOrderTheTriplesCame(true);
    }

    @Test
    void givenAsTheyComeTheIdsTheWritingTransactionGives() {
        theIdsTheWritingTransactionGivesInTheOrderTheTriplesCame(false);
    }

    private void theIdsTheWritingTransactionGivesInTheOrderTheTriplesCame(boolean ahead) {
        DatasetGraph tdb = DatabaseMgr.createDatasetGraph();
        Node g = uri("g");
        Node p = uri("p");
        // committed before: the even subjects and their literals
        Txn.executeWrite(tdb, () -> {
            for (int i = 0; i < 20_000; i += 2) {
                tdb.add(g, uri("s" + i), p, NodeFactory.createLiteralString("text " + i));
            }
        });
        NodeTable nodes = TDBInternal.getDatasetGraphTDB(tdb).getQuadTable().getNodeTupleTable().getNodeTable();
        // more than two chunks: committed terms, new ones (odd subjects), a new term repeated across chunks, an
        // inlined literal, and a term the writing transaction itself added before the lookups
        List<Triple> triples = new ArrayList<>();
        for (int i = 0; i < 3 * TripleIds.CHUNK + 7; i++) {
            Node o = switch (i % 3) {
                case 0 -> NodeFactory.createLiteralString("text " + (i % 20_000));
                case 1 -> NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDinteger);
                default -> uri("new-everywhere");
            };
            triples.add(Triple.create(uri("s" + (i % 20_000)), i % 5 == 0 ? uri("added-first") : p, o));
        }
        tdb.begin(TxnType.WRITE);
        try {
            nodes.getAllocateNodeId(uri("added-first"));
            LongTriples found = new LongTriples();
            try (TripleIds ids = new TripleIds(tdb, nodes, found, ahead)) {
                triples.forEach(ids::add);
                ids.finish();
            }
            assertEquals(triples.size(), found.size());
            for (int i = 0; i < triples.size(); i++) {
                Triple t = triples.get(i);
                assertEquals(Tdb2.asLong(nodes.getAllocateNodeId(t.getSubject())), found.subject(i), "subject " + i);
                assertEquals(Tdb2.asLong(nodes.getAllocateNodeId(t.getPredicate())), found.predicate(i), "predicate " + i);
                assertEquals(Tdb2.asLong(nodes.getAllocateNodeId(t.getObject())), found.object(i), "object " + i);
            }
        } finally {
            tdb.abort();
            tdb.end();
        }
    }
}
