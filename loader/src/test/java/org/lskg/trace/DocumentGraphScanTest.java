package org.lskg.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lskg.store.LskgStore;

/** The scan of the seeds' document graphs gives the rows of the SPARQL patterns it stands for, no more, no less. */
class DocumentGraphScanTest {
    private static final String PREFIXES = """
            PREFIX lskg: <https://w3id.org/lskg/ontology#>
            PREFIX nif:  <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX time: <http://www.w3.org/2006/time#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            """;
    /** The patterns of the class comment, as the trace read them before the scan. */
    private static final Map<String, String> PATTERNS = Map.ofEntries(
            Map.entry("sentences", "SELECT ?sentence ?doc ?order ?begin ?text { GRAPH ?g { ?sentence a lskg:Sentence ;"
                    + " lskg:inDocument ?doc ; lskg:order ?order ; nif:beginIndex ?begin ; nif:anchorOf ?text } }"),
            Map.entry("mentions", "SELECT ?mention ?sentence ?begin ?end ?surface ?entity { GRAPH ?g { ?mention a"
                    + " lskg:Mention ; lskg:inSentence ?sentence ; nif:beginIndex ?begin ; nif:endIndex ?end ;"
                    + " lskg:refersTo ?entity ; lskg:surfaceForm ?surface } }"),
            Map.entry("commitments", "SELECT ?commitment ?doc ?sentence ?text ?begin ?end { GRAPH ?g { ?commitment a"
                    + " lskg:Commitment ; lskg:statedIn ?doc ; prov:wasDerivedFrom ?sentence ; lskg:text ?text ;"
                    + " nif:beginIndex ?begin ; nif:endIndex ?end } }"),
            Map.entry("deadlines", "SELECT ?commitment ?deadline ?deadlineDate ?deadlineText { GRAPH ?g { ?commitment"
                    + " lskg:deadline ?deadline . ?deadline time:inXSDDate ?deadlineDate . OPTIONAL { ?deadline"
                    + " lskg:deadlineText ?deadlineText } } }"),
            Map.entry("sections", "SELECT ?item ?section ?heading { GRAPH ?g { { ?item lskg:inSection ?section } UNION"
                    + " { ?section lskg:heading ?heading } } }"),
            Map.entry("citations", "SELECT ?sentence ?cited { GRAPH ?g { ?sentence a lskg:Sentence ; lskg:cites ?cited } }"),
            Map.entry("typed-commitments", "SELECT ?commitment { GRAPH ?g { ?commitment a lskg:Commitment } }"),
            Map.entry("commitment-entities", "SELECT ?commitment ?role ?entity { GRAPH ?g {"
                    + " { ?commitment lskg:responsibleBody ?entity BIND (\"responsible\" AS ?role) }"
                    + " UNION { ?commitment lskg:about ?entity BIND (\"about\" AS ?role) } } }"),
            Map.entry("labels", "SELECT ?entity ?label { GRAPH ?g { ?entity skos:prefLabel ?l BIND (str(?l) AS ?label) } }"),
            Map.entry("categories", "SELECT ?entity ?category { GRAPH ?g { ?entity lskg:category ?category } }"),
            Map.entry("typed-documents", "SELECT ?doc { GRAPH ?g { ?doc a lskg:Document } }"),
            Map.entry("sources", "SELECT ?doc ?source { GRAPH ?g { ?doc lskg:sourceFile ?source } }"),
            Map.entry("issued", "SELECT ?doc ?issued { GRAPH ?g { ?doc dcterms:issued ?issued } }"),
            Map.entry("document-types", "SELECT ?doc ?type { GRAPH ?g { ?doc lskg:documentType ?type } }"),
            Map.entry("titles", "SELECT ?doc ?title { GRAPH ?g { ?doc dcterms:title ?title } }"),
            Map.entry("issuers", "SELECT ?doc ?issuer { GRAPH ?g { ?doc lskg:issuerText ?issuer } }"),
            Map.entry("vi-labels", "SELECT ?concept ?label { GRAPH ?g { ?concept skos:prefLabel ?label"
                    + " FILTER (lang(?label) = \"vi\") } }"));

    @TempDir static Path dir;
    private static LskgStore store;
    private static Map<String, Rows> scanned;

    @BeforeAll
    static void build() {
        store = SeedStore.build(dir);
        scanned = Txn.calculateRead(store.dataset(),
                () -> DocumentGraphScan.scan(store.dataset(), DocumentGraphScan.graphs(store.dataset())));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @ParameterizedTest
    @CsvSource({"sentences, 663", "mentions, 671", "commitments, 364", "deadlines, 258", "sections, 955", "citations, 20",
            "typed-commitments, 364", "commitment-entities, 226", "labels, 1067", "categories, 1469",
            "typed-documents, 5", "sources, 7", "issued, 24", "document-types, 24", "titles, 16", "issuers, 5",
            "vi-labels, 934"})
    void givesTheRowsOfItsPattern(String input, int count) {
        List<String> expected = Txn.calculateRead(store.dataset(), () -> {
            // Every graph but the trace graph, which the scan leaves out.
            String pattern = PATTERNS.get(input);
            String query = PREFIXES + pattern.substring(0, pattern.lastIndexOf('}'))
                    + " FILTER (?g != <" + Tracer.GRAPH + ">) }";
            try (QueryExec exec = QueryExec.dataset(store.dataset()).query(query).build()) {
                RowSet rows = exec.select();
                List<Var> vars = rows.getResultVars();
                List<String> lines = new ArrayList<>();
                rows.forEachRemaining(b -> lines.add(String.join("\t", vars.stream().map(v -> {
                    Node n = b.get(v);
                    return n == null ? "UNBOUND" : Rows.value(n);
                }).toList())));
                return lines.stream().sorted().toList();
            }
        });
        Rows rows = scanned.get(input);
        List<String> actual = rows.values().stream()
                .map(v -> String.join("\t", Arrays.stream(v).map(x -> x == null ? "UNBOUND" : x).toList()))
                .sorted().toList();
        assertEquals(count, expected.size(), input);
        assertEquals(expected, actual);
    }
}
