package org.lskg.trace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.lskg.rdf.LSKG;

/**
 * The trace's inputs that each lie within one document graph — sentences, mentions, commitments, deadlines,
 * sections and citations — read graph by graph: each graph's quads of the few predicates that matter, then joined
 * in memory by subject. Gives the rows that these SPARQL patterns, matched inside {@code GRAPH ?g}, would give
 * (as {@link Rows}, one row per combination of values), without an index lookup per row and value:
 * <pre>
 * sentences:   ?sentence a lskg:Sentence ; lskg:inDocument ?doc ; lskg:order ?order ; nif:beginIndex ?begin ; nif:anchorOf ?text
 * mentions:    ?mention a lskg:Mention ; lskg:inSentence ?sentence ; nif:beginIndex ?begin ; nif:endIndex ?end ;
 *                       lskg:refersTo ?entity ; lskg:surfaceForm ?surface
 * commitments: ?commitment a lskg:Commitment ; lskg:statedIn ?doc ; prov:wasDerivedFrom ?sentence ; lskg:text ?text ;
 *                       nif:beginIndex ?begin ; nif:endIndex ?end
 * deadlines:   ?commitment lskg:deadline ?deadline . ?deadline time:inXSDDate ?deadlineDate .
 *                       OPTIONAL { ?deadline lskg:deadlineText ?deadlineText }
 * sections:    { ?item lskg:inSection ?section } UNION { ?section lskg:heading ?heading }
 * citations:   ?sentence a lskg:Sentence ; lskg:cites ?cited
 * typed-commitments:   ?commitment a lskg:Commitment
 * commitment-entities: { ?commitment lskg:responsibleBody ?entity BIND ("responsible" AS ?role) }
 *                      UNION { ?commitment lskg:about ?entity BIND ("about" AS ?role) }
 * labels:      ?entity skos:prefLabel ?label      (the label's lexical form)
 * categories:  ?entity lskg:category ?category
 * typed-documents: ?doc a lskg:Document
 * sources, issued, document-types, titles, issuers: ?doc lskg:sourceFile | dcterms:issued | lskg:documentType |
 *                  dcterms:title | lskg:issuerText ?value         (of any subject: a citing document dates the cited)
 * vi-labels:   ?concept skos:prefLabel ?label FILTER (lang(?label) = "vi")
 * </pre>
 * All but the first six are joined across documents by the reader: an entity's labels and categories come from
 * every document that names it, and a document type's label from every document of that type, which a SPARQL
 * join over the union graph looked up again for every commitment or document (a cost that grew with the square
 * of the corpus).
 * The trace graph is not scanned: the trace writes none of these predicates. Call within a read transaction.
 */
final class DocumentGraphScan {
    static final String SENTENCES = "sentences";
    static final String MENTIONS = "mentions";
    static final String COMMITMENTS = "commitments";
    static final String DEADLINES = "deadlines";
    static final String SECTIONS = "sections";
    static final String CITATIONS = "citations";
    static final String TYPED_COMMITMENTS = "typed-commitments";
    static final String COMMITMENT_ENTITIES = "commitment-entities";
    static final String LABELS = "labels";
    static final String CATEGORIES = "categories";
    static final String TYPED_DOCUMENTS = "typed-documents";
    static final String SOURCES = "sources";
    static final String ISSUED = "issued";
    static final String DOCUMENT_TYPES = "document-types";
    static final String TITLES = "titles";
    static final String ISSUERS = "issuers";
    static final String VI_LABELS = "vi-labels";

    private static final Node TYPE = RDF.type.asNode();
    private static final Node SENTENCE = LSKG.Sentence.asNode();
    private static final Node MENTION = LSKG.Mention.asNode();
    private static final Node COMMITMENT = LSKG.Commitment.asNode();
    private static final Node IN_DOCUMENT = LSKG.inDocument.asNode();
    private static final Node ORDER = LSKG.order.asNode();
    private static final Node BEGIN = LSKG.NIF_beginIndex.asNode();
    private static final Node END = LSKG.NIF_endIndex.asNode();
    private static final Node ANCHOR = LSKG.NIF_anchorOf.asNode();
    private static final Node IN_SENTENCE = LSKG.inSentence.asNode();
    private static final Node REFERS_TO = LSKG.refersTo.asNode();
    private static final Node SURFACE = LSKG.surfaceForm.asNode();
    private static final Node STATED_IN = LSKG.statedIn.asNode();
    private static final Node DERIVED_FROM = LSKG.PROV_wasDerivedFrom.asNode();
    private static final Node TEXT = LSKG.text.asNode();
    private static final Node DEADLINE = LSKG.deadline.asNode();
    private static final Node IN_XSD_DATE = LSKG.TIME_inXSDDate.asNode();
    private static final Node DEADLINE_TEXT = LSKG.deadlineText.asNode();
    private static final Node IN_SECTION = LSKG.inSection.asNode();
    private static final Node HEADING = LSKG.heading.asNode();
    private static final Node CITES = LSKG.cites.asNode();
    private static final Node RESPONSIBLE = LSKG.responsibleBody.asNode();
    private static final Node ABOUT = LSKG.about.asNode();
    private static final Node LABEL = SKOS.prefLabel.asNode();
    private static final Node CATEGORY = LSKG.category.asNode();
    private static final Node DOCUMENT = LSKG.Document.asNode();
    private static final Node SOURCE_FILE = LSKG.sourceFile.asNode();
    private static final Node ISSUED_ON = LSKG.DCT_issued.asNode();
    private static final Node DOCUMENT_TYPE = LSKG.documentType.asNode();
    private static final Node TITLE = LSKG.DCT_title.asNode();
    private static final Node ISSUER = LSKG.issuerText.asNode();
    /** Every predicate read, rdf:type aside. */
    private static final List<Node> PREDICATES = List.of(IN_DOCUMENT, ORDER, BEGIN, END, ANCHOR, IN_SENTENCE,
            REFERS_TO, SURFACE, STATED_IN, DERIVED_FROM, TEXT, DEADLINE, IN_XSD_DATE, DEADLINE_TEXT, IN_SECTION,
            HEADING, CITES, RESPONSIBLE, ABOUT, LABEL, CATEGORY, SOURCE_FILE, ISSUED_ON, DOCUMENT_TYPE, TITLE, ISSUER);

    private static final Map<String, List<String>> VARS = Map.ofEntries(
            Map.entry(SENTENCES, List.of("sentence", "doc", "order", "begin", "text")),
            Map.entry(MENTIONS, List.of("mention", "sentence", "begin", "end", "surface", "entity")),
            Map.entry(COMMITMENTS, List.of("commitment", "doc", "sentence", "text", "begin", "end")),
            Map.entry(DEADLINES, List.of("commitment", "deadline", "deadlineDate", "deadlineText")),
            Map.entry(SECTIONS, List.of("item", "section", "heading")),
            Map.entry(CITATIONS, List.of("sentence", "cited")),
            Map.entry(TYPED_COMMITMENTS, List.of("commitment")),
            Map.entry(COMMITMENT_ENTITIES, List.of("commitment", "role", "entity")),
            Map.entry(LABELS, List.of("entity", "label")),
            Map.entry(CATEGORIES, List.of("entity", "category")),
            Map.entry(TYPED_DOCUMENTS, List.of("doc")),
            Map.entry(SOURCES, List.of("doc", "source")),
            Map.entry(ISSUED, List.of("doc", "issued")),
            Map.entry(DOCUMENT_TYPES, List.of("doc", "type")),
            Map.entry(TITLES, List.of("doc", "title")),
            Map.entry(ISSUERS, List.of("doc", "issuer")),
            Map.entry(VI_LABELS, List.of("concept", "label")));

    private DocumentGraphScan() {}

    /** The graphs to scan: every named graph of the dataset but the trace graph. Within a read transaction. */
    static List<Node> graphs(DatasetGraph dataset) {
        Node trace = Tracer.GRAPH_NAME;
        List<Node> graphs = new ArrayList<>();
        dataset.listGraphNodes().forEachRemaining(g -> {
            if (!g.equals(trace)) {
                graphs.add(g);
            }
        });
        return graphs;
    }

    /** The rows of each input ({@link #SENTENCES} ...) that {@code graphs} give, graph after graph. */
    static Map<String, Rows> scan(DatasetGraph dataset, List<Node> graphs) {
        return scan(dataset, graphs, Optional.empty());
    }

    /**
     * As {@link #scan(DatasetGraph, List)}, taking each graph's rows from {@code cache} when it holds them for the
     * graph as it is, and keeping there the rows of each graph scanned.
     */
    static Map<String, Rows> scan(DatasetGraph dataset, List<Node> graphs, Optional<GraphScanCache> cache) {
        Map<String, List<String[]>> rows = emptyRows();
        for (Node g : graphs) {
            Optional<String> fingerprint = cache.flatMap(c -> c.fingerprint(dataset, g));
            Optional<Map<String, List<String[]>>> kept = fingerprint.flatMap(f -> cache.get().get(g, f));
            Map<String, List<String[]>> ofGraph;
            if (kept.isPresent()) {
                ofGraph = kept.get();
            } else {
                ofGraph = emptyRows();
                scan(dataset, g, ofGraph);
                fingerprint.ifPresent(f -> cache.get().put(g, f, ofGraph));
            }
            ofGraph.forEach((k, v) -> rows.get(k).addAll(v));
        }
        Map<String, Rows> result = new HashMap<>();
        rows.forEach((k, v) -> result.put(k, new Rows(VARS.get(k), v)));
        return result;
    }

    /** An empty list of rows for each input, in a fixed order. */
    private static Map<String, List<String[]>> emptyRows() {
        Map<String, List<String[]>> rows = new LinkedHashMap<>();
        VARS.keySet().stream().sorted().forEach(k -> rows.put(k, new ArrayList<>()));
        return rows;
    }

    /** The values of each predicate, by subject, in one graph. */
    private record Graph(Map<Node, Map<Node, List<Node>>> bySubject) {
        List<Node> values(Node subject, Node predicate) {
            return bySubject.getOrDefault(subject, Map.of()).getOrDefault(predicate, List.of());
        }
    }

    private static void scan(DatasetGraph dataset, Node g, Map<String, List<String[]>> rows) {
        Map<Node, Map<Node, List<Node>>> bySubject = new HashMap<>();
        Map<Node, List<Node>> subjectsOf = new HashMap<>(); // the subjects of each predicate, in the store's order
        for (Node p : PREDICATES) {
            dataset.find(g, Node.ANY, p, Node.ANY).forEachRemaining((Quad q) -> {
                bySubject.computeIfAbsent(q.getSubject(), s -> new HashMap<>())
                        .computeIfAbsent(p, x -> new ArrayList<>()).add(q.getObject());
                subjectsOf.computeIfAbsent(p, x -> new ArrayList<>()).add(q.getSubject());
            });
        }
        Graph graph = new Graph(bySubject);
        for (Node s : typed(dataset, g, SENTENCE)) {
            combine(rows.get(SENTENCES), s, graph, IN_DOCUMENT, ORDER, BEGIN, ANCHOR);
            combine(rows.get(CITATIONS), s, graph, CITES);
        }
        for (Node m : typed(dataset, g, MENTION)) {
            combine(rows.get(MENTIONS), m, graph, IN_SENTENCE, BEGIN, END, SURFACE, REFERS_TO);
        }
        for (Node c : typed(dataset, g, COMMITMENT)) {
            combine(rows.get(COMMITMENTS), c, graph, STATED_IN, DERIVED_FROM, TEXT, BEGIN, END);
            rows.get(TYPED_COMMITMENTS).add(new String[] {value(c)});
        }
        pairs(rows.get(COMMITMENT_ENTITIES), subjectsOf, graph, RESPONSIBLE, "responsible");
        pairs(rows.get(COMMITMENT_ENTITIES), subjectsOf, graph, ABOUT, "about");
        pairs(rows.get(LABELS), subjectsOf, graph, LABEL, null);
        pairs(rows.get(CATEGORIES), subjectsOf, graph, CATEGORY, null);
        for (Node d : typed(dataset, g, DOCUMENT)) {
            rows.get(TYPED_DOCUMENTS).add(new String[] {value(d)});
        }
        pairs(rows.get(SOURCES), subjectsOf, graph, SOURCE_FILE, null);
        pairs(rows.get(ISSUED), subjectsOf, graph, ISSUED_ON, null);
        pairs(rows.get(DOCUMENT_TYPES), subjectsOf, graph, DOCUMENT_TYPE, null);
        pairs(rows.get(TITLES), subjectsOf, graph, TITLE, null);
        pairs(rows.get(ISSUERS), subjectsOf, graph, ISSUER, null);
        for (Node c : distinct(subjectsOf.getOrDefault(LABEL, List.of()))) {
            graph.values(c, LABEL).stream().filter(l -> l.isLiteral() && l.getLiteralLanguage().equals("vi"))
                    .forEach(l -> rows.get(VI_LABELS).add(new String[] {value(c), value(l)}));
        }
        for (Node c : distinct(subjectsOf.getOrDefault(DEADLINE, List.of()))) {
            for (Node d : graph.values(c, DEADLINE)) {
                for (Node date : graph.values(d, IN_XSD_DATE)) {
                    List<Node> texts = graph.values(d, DEADLINE_TEXT);
                    if (texts.isEmpty()) {
                        rows.get(DEADLINES).add(new String[] {value(c), value(d), value(date), null});
                    }
                    texts.forEach(t -> rows.get(DEADLINES).add(new String[] {value(c), value(d), value(date), value(t)}));
                }
            }
        }
        for (Node item : distinct(subjectsOf.getOrDefault(IN_SECTION, List.of()))) {
            graph.values(item, IN_SECTION).forEach(section ->
                    rows.get(SECTIONS).add(new String[] {value(item), value(section), null}));
        }
        for (Node section : distinct(subjectsOf.getOrDefault(HEADING, List.of()))) {
            graph.values(section, HEADING).forEach(heading ->
                    rows.get(SECTIONS).add(new String[] {null, value(section), value(heading)}));
        }
    }

    /** A row (subject, [tag,] value) for each value of {@code predicate} in the graph. */
    private static void pairs(List<String[]> rows, Map<Node, List<Node>> subjectsOf, Graph graph, Node predicate,
                              String tag) {
        for (Node s : distinct(subjectsOf.getOrDefault(predicate, List.of()))) {
            graph.values(s, predicate).forEach(o -> rows.add(tag == null ? new String[] {value(s), value(o)}
                    : new String[] {value(s), tag, value(o)}));
        }
    }

    private static List<Node> typed(DatasetGraph dataset, Node g, Node type) {
        List<Node> subjects = new ArrayList<>();
        dataset.find(g, Node.ANY, TYPE, type).forEachRemaining(q -> subjects.add(q.getSubject()));
        return distinct(subjects);
    }

    private static List<Node> distinct(List<Node> nodes) {
        return nodes.stream().distinct().toList();
    }

    /**
     * Adds a row for each combination of the subject's values of {@code predicates}: the subject first, then one
     * value per predicate, in the order given (a subject lacking one of them gives none).
     */
    private static void combine(List<String[]> rows, Node subject, Graph graph, Node... predicates) {
        List<List<Node>> columns = new ArrayList<>();
        for (Node p : predicates) {
            List<Node> values = graph.values(subject, p);
            if (values.isEmpty()) {
                return;
            }
            columns.add(values);
        }
        String[] row = new String[predicates.length + 1];
        row[0] = value(subject);
        addCombinations(rows, row, columns, 0);
    }

    private static void addCombinations(List<String[]> rows, String[] row, List<List<Node>> columns, int i) {
        if (i == columns.size()) {
            rows.add(row.clone());
            return;
        }
        for (Node n : columns.get(i)) {
            row[i + 1] = value(n);
            addCombinations(rows, row, columns, i + 1);
        }
    }

    private static String value(Node n) {
        return Rows.value(n);
    }
}
