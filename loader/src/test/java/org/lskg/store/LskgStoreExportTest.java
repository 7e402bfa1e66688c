package org.lskg.store;

import org.lskg.rdf.DocumentGraph;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lskg.store.Docs.doc;
import static org.lskg.store.StoreFixture.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.lskg.testing.Rdf4jModels;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LskgStoreExportTest {

    private static final List<DocumentGraph> DOCS = List.of(
            doc("a", "000_a.txt", "Kết luận của Phó Thủ tướng Trần Hồng Hà"),
            doc("b", "001_b.txt", "Thông báo về việc triển khai Nghị quyết"),
            doc("c", "002_c.txt", "Ủy ban nhân dân tỉnh Bà Rịa – Vũng Tàu"));

    @TempDir Path dir;
    private LskgStore store;

    @BeforeEach
    void load() throws Exception {
        store = storeWith(dir.resolve("one"), DOCS);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void turtleIsTheUnionGraphWithOurPrefixes() throws Exception {
        String turtle = export(store, ExportFormat.TURTLE);

        assertTrue(turtle.contains("@prefix lskg:"), turtle);
        Model parsed = Rio.parse(utf8(turtle), RDFFormat.TURTLE);
        assertEquals("https://w3id.org/lskg/ontology#", parsed.getNamespace("lskg").orElseThrow().getName());
        assertEquals(12, parsed.size());
        assertTrue(Models.isomorphic(Rdf4jModels.union(store.dataset()), parsed));
    }

    @Test
    void trigKeepsTheNamedGraphs() throws Exception {
        String trig = export(store, ExportFormat.TRIG);

        Model parsed = Rio.parse(utf8(trig), RDFFormat.TRIG);
        assertEquals("http://purl.org/dc/terms/", parsed.getNamespace("dcterms").orElseThrow().getName());
        assertEquals(3, parsed.contexts().size());
        assertTrue(Models.isomorphic(Rdf4jModels.quads(store.dataset()), parsed));
    }

    @Test
    void nquadsKeepTheNamedGraphsInSortedLines() throws Exception {
        String nquads = export(store, ExportFormat.NQUADS);

        List<String> lines = nquads.lines().toList();
        assertEquals(lines.stream().sorted().toList(), lines);
        assertTrue(nquads.endsWith(" .\n"));
        Model parsed = Rio.parse(utf8(nquads), RDFFormat.NQUADS);
        assertTrue(Models.isomorphic(Rdf4jModels.quads(store.dataset()), parsed));
    }

    @Test
    void nquadsOfStoresFilledInDifferentOrdersAreByteIdentical() throws Exception {
        try (LskgStore reversed = storeWith(dir.resolve("two"), List.of(DOCS.get(2), DOCS.get(0), DOCS.get(1)))) {
            assertArrayEquals(bytes(store, ExportFormat.NQUADS), bytes(reversed, ExportFormat.NQUADS));
        }
    }

    @Test
    void jsonLdReadsBackAsTheSameDataset() {
        String jsonld = export(store, ExportFormat.JSONLD);

        assertTrue(jsonld.contains("\"lskg\": \"https://w3id.org/lskg/ontology#\""), jsonld);
        DatasetGraph parsed = RDFParser.fromString(jsonld, Lang.JSONLD11).toDatasetGraph();
        DatasetGraph stored = store.dataset();
        assertTrue(Txn.calculateRead(stored, () -> IsoMatcher.isomorphic(stored, parsed)));
    }

    @Test
    void oneGraphCanBeExportedAlone() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.export(ExportFormat.TRIG, Optional.of(Docs.graphName("b").getURI()), out);

        Model parsed = Rio.parse(new ByteArrayInputStream(out.toByteArray()), RDFFormat.TRIG);
        assertEquals(4, parsed.size());
        assertEquals(1, parsed.contexts().size());
        assertEquals(Docs.graphName("b").getURI(), parsed.contexts().iterator().next().stringValue());
    }

    private static LskgStore storeWith(Path location, List<DocumentGraph> docs) throws DocumentRejectedException {
        LskgStore store = LskgStore.open(location, DocumentValidator.none());
        for (DocumentGraph doc : docs) {
            store.replace(doc);
        }
        return store;
    }

    private static byte[] bytes(LskgStore store, ExportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.export(format, Optional.empty(), out);
        return out.toByteArray();
    }

    private static ByteArrayInputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
