package org.lskg.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.lskg.rdf.LSKG;

/** The entity page's commitments: those of the latest 20 documents that state one, in date order. */
class EntityCommitmentsTest {

    private static final String ID = "https://w3id.org/lskg/id/";
    private static final Node ROAD = NodeFactory.createURI(ID + "project/quoc-lo-4b");

    @Test
    void theCommitmentsOfTheLatestTwentyDocumentsInDateOrder() {
        DatasetGraph store = DatabaseMgr.createDatasetGraph();
        store.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(store, () -> {
            // 25 documents, one a day of January 2024, each stating one task about the road; file names in reverse
            for (int day = 1; day <= 25; day++) {
                Node g = NodeFactory.createURI("https://w3id.org/lskg/graph/doc/t/" + day);
                Node doc = NodeFactory.createURI(ID + "doc/t/" + day);
                Node c = NodeFactory.createURI(ID + "commitment/t/" + day);
                store.add(g, doc, NodeFactory.createURI("http://purl.org/dc/terms/issued"),
                        NodeFactory.createLiteralDT(String.format("2024-01-%02d", day), XSDDatatype.XSDdate));
                store.add(g, doc, LSKG.sourceFile.asNode(), NodeFactory.createLiteralString("f" + (100 - day) + ".txt"));
                store.add(g, c, RDF.type.asNode(), LSKG.Commitment.asNode());
                store.add(g, c, LSKG.text.asNode(), NodeFactory.createLiteralString("Task " + day));
                store.add(g, c, LSKG.statedIn.asNode(), doc);
                store.add(g, c, NodeFactory.createURI(LSKG.NS + "about"), ROAD);
            }
        });
        Sparql sparql = new Sparql(store, new Context(), Duration.ofSeconds(30), 10_000);
        List<Map<String, Node>> rows = sparql.select("entity-commitments-latest", Map.of("x", ROAD));
        List<String> issued = rows.stream().map(r -> r.get("issued").getLiteralLexicalForm()).toList();
        assertEquals(20, issued.size(), issued.toString());
        assertEquals("2024-01-06", issued.get(0));
        assertEquals("2024-01-25", issued.get(19));
        assertEquals(issued.stream().sorted().toList(), issued);
        assertEquals("about", rows.get(0).get("role").getLiteralLexicalForm());
    }
}
