package org.lskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lskg.store.Docs.doc;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.lskg.rdf.DocumentGraph;
import org.lskg.rdf.LSKG;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lskg:documentsMentioning}: the page of documents that the plain SPARQL form of {@code sentences-mentioning.rq}
 * chose (the text index's matches kept when the literal holds the phrase, case ignored; by date and file name; after
 * a key; a limit), read in the index.
 */
class DocumentsMentioningTest {

    private static final Shapes NO_SHAPES = Docs.shapes("PREFIX sh: <http://www.w3.org/ns/shacl#>\n");
    private static final String PREFIXES = """
            PREFIX lskg: <https://w3id.org/lskg/ontology#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX text: <http://jena.apache.org/text#>
            """;

    @TempDir Path dir;

    /** Six documents, their titles the indexed literals: four hold the phrase, one only as the index reads it. */
    private LskgStore store() throws Exception {
        LskgStore store = LskgStore.open(dir.resolve("tdb"), new ShaclValidator(NO_SHAPES));
        store.replace(dated(doc("a", "000_a.txt", "Quy hoạch tỉnh Lạng Sơn thời kỳ 2021 - 2030"), "2023-11-02"));
        store.replace(dated(doc("b", "001_b.txt", "QUY HOẠCH TỈNH CAO BẰNG"), "2021-11-28"));
        store.replace(doc("c", "002_c.txt", "Lập quy hoạch tỉnh, không có ngày")); // no date: sorts first
        store.replace(dated(doc("d", "003_d.txt", "Quy-hoạch tỉnh Hà Giang"), "2022-01-05")); // the index's match only
        store.replace(dated(doc("e", "004_e.txt", "Cửa khẩu Hữu Nghị"), "2022-03-01"));
        store.replace(dated(doc("f", "005_f.txt", "Điều chỉnh Quy hoạch tỉnh Lạng Sơn"), "2023-11-02"));
        return store;
    }

    private static DocumentGraph dated(DocumentGraph d, String date) {
        d.graph().add(Docs.docNode(d.graphName().getURI().substring(d.graphName().getURI().lastIndexOf('/') + 1)),
                LSKG.DCT_issued.asNode(), NodeFactory.createLiteralDT(date, XSDDatatype.XSDdate));
        return d;
    }

    /** The function's page as "issued,source" lines. */
    private static List<String> page(LskgStore store, String after, String afterSource, int limit) {
        return lines(StoreFixture.query(store, PREFIXES + """
                SELECT ?issued ?source WHERE {
                  (?doc ?g ?issued ?source) lskg:documentsMentioning ("Quy hoạch tỉnh" "%s" "%s" %d) .
                } ORDER BY ?issued ?source
                """.formatted(after, afterSource, limit), ResultFormat.CSV));
    }

    /** The page as the plain SPARQL form chooses it. */
    private static List<String> plainPage(LskgStore store, String after, String afterSource, int limit) {
        return lines(StoreFixture.query(store, PREFIXES + """
                SELECT ?issued ?source WHERE {
                  VALUES (?afterIssued ?afterSource) { ("%s" "%s") }
                  { SELECT DISTINCT ?g WHERE {
                      (?s ?score ?hit ?g) text:query (lskg:text "\\"Quy hoạch tỉnh\\"") .
                      FILTER (CONTAINS(LCASE(?hit), LCASE("Quy hoạch tỉnh"))) } }
                  GRAPH ?g { ?doc lskg:sourceFile ?source }
                  OPTIONAL { GRAPH ?g { ?doc dcterms:issued ?date } }
                  BIND (COALESCE(STR(?date), "") AS ?issued)
                  FILTER (?issued > ?afterIssued || (?issued = ?afterIssued && ?source > ?afterSource))
                } ORDER BY ?issued ?source LIMIT %d
                """.formatted(after, afterSource, limit), ResultFormat.CSV));
    }

    private static List<String> lines(String csv) {
        return csv.lines().skip(1).toList();
    }

    @Test
    void pagesInDateOrderAsThePlainQueryDoes() throws Exception {
        try (LskgStore store = store()) {
            List<String> all = page(store, "", "", 50);
            // d's title holds the words but not the phrase; e's neither
            assertEquals(List.of("\"\",002_c.txt", "2021-11-28,001_b.txt", "2023-11-02,000_a.txt", "2023-11-02,005_f.txt"),
                    all);
            assertEquals(plainPage(store, "", "", 50), all);
            assertEquals(List.of("\"\",002_c.txt", "2021-11-28,001_b.txt"), page(store, "", "", 2));
            // the next page starts after the last row's date and file name; a tie on the date goes by file name
            assertEquals(List.of("2023-11-02,000_a.txt", "2023-11-02,005_f.txt"), page(store, "2021-11-28", "001_b.txt", 2));
            assertEquals(List.of("2023-11-02,005_f.txt"), page(store, "2023-11-02", "000_a.txt", 50));
            assertEquals(plainPage(store, "2023-11-02", "000_a.txt", 50), page(store, "2023-11-02", "000_a.txt", 50));
            assertEquals(List.of(), page(store, "2023-11-02", "005_f.txt", 50));
        }
    }

    /** The store's next state is read: a replaced document leaves the page, a new one joins it. */
    @Test
    void followsTheStoreAsItChanges() throws Exception {
        try (LskgStore store = store()) {
            assertEquals(4, page(store, "", "", 50).size());
            store.replace(dated(doc("a", "000_a.txt", "Cửa khẩu Chi Ma"), "2023-11-02"));
            store.replace(dated(doc("g", "006_g.txt", "Quy hoạch tỉnh Bắc Kạn"), "2024-01-10"));
            assertEquals(List.of("\"\",002_c.txt", "2021-11-28,001_b.txt", "2023-11-02,005_f.txt", "2024-01-10,006_g.txt"),
                    page(store, "", "", 50));
        }
    }

    /** Variables bound before it are kept to; the page's key may come from VALUES. */
    @Test
    void keepsToBoundVariables() throws Exception {
        try (LskgStore store = store()) {
            List<String> rows = lines(StoreFixture.query(store, PREFIXES + """
                    SELECT ?source WHERE {
                      VALUES (?g ?after) { (<%s> "2022") }
                      (?doc ?g ?issued ?source) lskg:documentsMentioning ("quy hoạch tỉnh" ?after "") .
                    }
                    """.formatted(Docs.graphName("f").getURI()), ResultFormat.CSV));
            assertEquals(List.of("005_f.txt"), rows);
        }
    }

    @Test
    void refusesALimitThatIsNotANumber() throws Exception {
        try (LskgStore store = store()) {
            RuntimeException e = assertThrows(RuntimeException.class, () -> StoreFixture.query(store, PREFIXES + """
                    SELECT * WHERE { (?doc) lskg:documentsMentioning ("Quy hoạch tỉnh" "" "" "many") }
                    """, ResultFormat.CSV));
            assertTrue(String.valueOf(e.getMessage()).contains("the limit is not a number"), e.toString());
        }
    }

    /**
     * {@code lskg:graphDocument} binds what the plain pattern binds: each graph's document, date ("" without one) and
     * file name; with the graph unbound, every document in order of date and file name.
     */
    @Test
    void graphDocumentBindsWhatThePlainPatternBinds() throws Exception {
        try (LskgStore store = store()) {
            String plain = StoreFixture.query(store, PREFIXES + """
                    SELECT ?g ?doc ?issued ?source WHERE {
                      GRAPH ?g { ?doc lskg:sourceFile ?source }
                      OPTIONAL { GRAPH ?g { ?doc dcterms:issued ?date } }
                      BIND (COALESCE(STR(?date), "") AS ?issued)
                    } ORDER BY ?issued ?source
                    """, ResultFormat.CSV);
            String listed = StoreFixture.query(store, PREFIXES + """
                    SELECT ?g ?doc ?issued ?source WHERE { ?g lskg:graphDocument (?doc ?issued ?source) }
                    """, ResultFormat.CSV);
            assertEquals(plain, listed);
            assertEquals(6, lines(listed).size(), listed); // the six documents, in the order above
            String bound = StoreFixture.query(store, PREFIXES + """
                    SELECT ?issued ?source WHERE {
                      VALUES ?g { <%s> <%s> <https://w3id.org/lskg/graph/none> }
                      ?g lskg:graphDocument (?doc ?issued ?source) .
                    } ORDER BY ?source
                    """.formatted(Docs.graphName("c").getURI(), Docs.graphName("e").getURI()), ResultFormat.CSV);
            assertEquals(List.of("\"\",002_c.txt", "2022-03-01,004_e.txt"), lines(bound));
        }
    }

    /** An update's own changes are seen by the list it reads, before they are committed. */
    @Test
    void anUpdateSeesItsOwnDocuments() throws Exception {
        try (LskgStore store = store()) {
            page(store, "", "", 50); // the committed state's list, kept
            Txn.executeWrite(store.dataset(), () -> {
                store.dataset().add(Docs.graphName("h"), Docs.docNode("h"), LSKG.sourceFile.asNode(),
                        NodeFactory.createLiteralString("007_h.txt"));
                try (QueryExec exec = QueryExec.dataset(store.dataset()).query(PREFIXES + """
                        SELECT ?source WHERE { <%s> lskg:graphDocument (?doc ?issued ?source) }
                        """.formatted(Docs.graphName("h").getURI())).build()) {
                    assertEquals(1, exec.select().materialize().rewindable().size());
                }
            });
        }
    }
}
