package org.lskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lskg.store.Docs.doc;
import static org.lskg.store.StoreFixture.query;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.QueryParseException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LskgStoreQueryTest {

    private static final String TITLES = """
            PREFIX dcterms: <http://purl.org/dc/terms/>
            SELECT ?doc ?title { ?doc dcterms:title ?title } ORDER BY ?doc
            """;

    @TempDir Path dir;
    private LskgStore store;

    @BeforeEach
    void load() throws Exception {
        store = LskgStore.open(dir, DocumentValidator.none());
        store.replace(doc("a", "000_a.txt", "Kết luận của Phó Thủ tướng, \"khẩn\""));
        store.replace(doc("b", "001_b.txt", "Thông báo"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theDefaultGraphIsTheUnionOfAllGraphs() {
        String csv = query(store, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", ResultFormat.CSV);
        assertEquals("n\r\n8\r\n", csv);
    }

    @Test
    void csvIsTheSparqlResultsFormat() {
        String expected = "doc,title\r\n"
                + "https://w3id.org/lskg/id/doc/a,\"Kết luận của Phó Thủ tướng, \"\"khẩn\"\"\"\r\n"
                + "https://w3id.org/lskg/id/doc/b,Thông báo\r\n";
        assertEquals(expected, query(store, TITLES, ResultFormat.CSV));
    }

    @Test
    void tsvKeepsRdfTermSyntax() {
        List<String> lines = query(store, TITLES, ResultFormat.TSV).lines().toList();
        assertEquals("?doc\t?title", lines.get(0));
        assertEquals("<https://w3id.org/lskg/id/doc/b>\t\"Thông báo\"@vi", lines.get(2));
    }

    @Test
    void jsonIsTheSparqlResultsFormat() {
        JsonObject json = JSON.parse(query(store, TITLES, ResultFormat.JSON));

        assertEquals("doc", json.get("head").getAsObject().get("vars").getAsArray().get(0).getAsString().value());
        JsonArray bindings = json.get("results").getAsObject().get("bindings").getAsArray();
        assertEquals(2, bindings.size());
        JsonObject title = bindings.get(1).getAsObject().get("title").getAsObject();
        assertEquals("Thông báo", title.getString("value"));
        assertEquals("vi", title.getString("xml:lang"));
    }

    @Test
    void tableShortensIrisWithTheQueryPrefixes() {
        String table = query(store, """
                PREFIX lskg: <https://w3id.org/lskg/ontology#>
                SELECT ?type { <https://w3id.org/lskg/id/doc/b> a ?type }
                """, ResultFormat.TABLE);
        assertEquals(List.of("-----------------", "| type          |", "=================", "| lskg:Document |",
                "-----------------"), table.lines().toList());
    }

    @Test
    void askPrintsTheAnswer() {
        assertEquals("true\n", query(store, "ASK { ?s ?p \"Thông báo\"@vi }", ResultFormat.CSV));
        assertEquals("false\n", query(store, "ASK { ?s ?p \"Hải Phòng\"@vi }", ResultFormat.TABLE));
        assertTrue(JSON.parse(query(store, "ASK {}", ResultFormat.JSON)).get("boolean").getAsBoolean().value());
    }

    @Test
    void constructWritesTurtleForTextFormats() {
        String turtle = query(store, """
                PREFIX dcterms: <http://purl.org/dc/terms/>
                CONSTRUCT { ?d dcterms:title ?t } WHERE { ?d dcterms:title ?t }
                """, ResultFormat.TABLE);
        assertTrue(turtle.contains("dcterms:title  \"Thông báo\"@vi"), turtle);
    }

    @Test
    void aSyntaxErrorIsReportedWithItsPosition() {
        QueryParseException e = assertThrows(QueryParseException.class,
                () -> query(store, "SELECT * { ?s ?p }", ResultFormat.CSV));
        assertEquals(1, e.getLine());
    }
}
