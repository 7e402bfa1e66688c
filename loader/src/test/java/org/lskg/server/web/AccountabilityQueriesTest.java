package org.lskg.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lskg.rdf.LSKG;

/**
 * The accountability page's queries: its figures count every commitment of the body, whatever the row cap; its list
 * is the commitments of the latest 20 documents that assign the body one.
 */
class AccountabilityQueriesTest {

    private static final String ID = "https://w3id.org/lskg/id/";
    private static final Node BODY = NodeFactory.createURI(ID + "body/so-xay-dung");
    private static final Node OVERDUE = NodeFactory.createURI(ID + "status/overdue");
    private static final Node TRACE = NodeFactory.createURI("https://w3id.org/lskg/graph/trace");
    private static final int ROW_CAP = 10;
    private static DatasetGraph store;

    /**
     * 30 documents, one a day from 2023-12-27 to 2024-01-25, each with a task the body leads; the one of the 10th of
     * January shares it too (counted once), the 20th's is only about the body (not counted); the first 12 are overdue.
     */
    @BeforeAll
    static void store() {
        store = DatabaseMgr.createDatasetGraph();
        store.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(store, () -> {
            LocalDate first = LocalDate.of(2023, 12, 27);
            for (int i = 0; i < 30; i++) {
                Node g = NodeFactory.createURI("https://w3id.org/lskg/graph/doc/t/" + i);
                Node doc = NodeFactory.createURI(ID + "doc/t/" + i);
                Node c = NodeFactory.createURI(ID + "commitment/t/" + i);
                LocalDate day = first.plusDays(i);
                store.add(g, doc, NodeFactory.createURI("http://purl.org/dc/terms/issued"),
                        NodeFactory.createLiteralDT(day.toString(), XSDDatatype.XSDdate));
                store.add(g, doc, LSKG.sourceFile.asNode(), NodeFactory.createLiteralString("f" + i + ".txt"));
                store.add(g, c, RDF.type.asNode(), LSKG.Commitment.asNode());
                store.add(g, c, LSKG.text.asNode(), NodeFactory.createLiteralString("Task " + i));
                store.add(g, c, LSKG.statedIn.asNode(), doc);
                boolean aboutOnly = day.equals(LocalDate.of(2024, 1, 20));
                // as lskg writes a party: lskg:responsibleBody, and its sub-property for the role
                if (aboutOnly) {
                    store.add(g, c, NodeFactory.createURI(LSKG.NS + "about"), BODY);
                } else {
                    store.add(g, c, LSKG.responsibleBody.asNode(), BODY);
                    store.add(g, c, LSKG.leadBody.asNode(), BODY);
                }
                if (day.equals(LocalDate.of(2024, 1, 10))) {
                    store.add(g, c, LSKG.partnerBody.asNode(), BODY);
                }
                if (i < 12) {
                    Node a = NodeFactory.createURI(ID + "trace/status/" + i);
                    store.add(TRACE, a, RDF.type.asNode(), NodeFactory.createURI(LSKG.NS + "StatusAssessment"));
                    store.add(TRACE, a, LSKG.ofCommitment.asNode(), c);
                    store.add(TRACE, a, LSKG.status.asNode(), OVERDUE);
                }
            }
        });
    }

    private static Sparql sparql() {
        return new Sparql(store, new Context(), Duration.ofSeconds(30), ROW_CAP);
    }

    @Test
    void countsEveryCommitmentByStatusAndYearWhateverTheRowCap() {
        Map<String, Integer> counts = new TreeMap<>();
        for (Map<String, Node> r : sparql().select("accountability-counts", Map.of("x", BODY))) {
            String status = r.get("status") == null ? "none" : r.get("status").getURI().substring(ID.length());
            counts.merge(status + " " + r.get("year").getLiteralLexicalForm(),
                    Integer.parseInt(r.get("n").getLiteralLexicalForm()), Integer::sum);
        }
        // 29 commitments (30 tasks, one only about the body), 12 overdue: 5 of them stated in 2023
        assertEquals(Map.of("status/overdue 2023", 5, "status/overdue 2024", 7, "none 2024", 17), counts);
    }

    @Test
    void listsTheLatestTwentyDocumentsCommitmentsOncePerCommitment() {
        List<Map<String, Node>> rows = new Sparql(store, new Context(), Duration.ofSeconds(30), 10_000)
                .select("body-commitments-latest", Map.of("x", BODY));
        List<String> issued = rows.stream().map(r -> r.get("issued").getLiteralLexicalForm()).toList();
        // the latest 20 documents that assign the body a task: 2024-01-25 back to 2024-01-05 but for the 20th; the
        // 10th's task, led and shared, once, as led
        assertEquals(20, issued.size(), issued.toString());
        assertEquals("2024-01-05", issued.get(0));
        assertEquals("2024-01-25", issued.get(19));
        assertEquals(issued.stream().sorted().toList(), issued);
        assertEquals(List.of("lead"), rows.stream().filter(r -> r.get("issued").getLiteralLexicalForm().equals("2024-01-10"))
                .map(r -> r.get("role").getLiteralLexicalForm()).toList());
    }
}
