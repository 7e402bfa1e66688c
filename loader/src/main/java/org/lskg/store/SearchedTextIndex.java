package org.lskg.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexException;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextIndexParseException;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.query.text.analyzer.Util;
import org.apache.jena.rdf.model.Resource;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * jena-text's Lucene index with one searcher kept open between queries and refreshed after each commit.
 *
 * <p>Why: {@link TextIndexLucene#query(String, List, String, String, String, int, String)} opens a new
 * {@code DirectoryReader} for every {@code text:query} (every segment's files opened and read again): 10–70 ms
 * per query on the 350,000 literals of a 1,000-document store, before any search. Here the searcher comes from a
 * {@link SearcherManager} over the index's directory, which sees what was last committed, as a fresh reader
 * would; {@link #commit()} refreshes it, so a query that starts after a write transaction's commit sees that
 * write, as before. A refresh that fails is retried by the next query.
 *
 * <p>The query itself is jena-text's (the same Lucene query string, parser, analyzer, fields and hits), for the
 * index {@link StoreTextIndex} configures: not multilingual, the classic query parser. Two differences, both
 * contracts of lskg's {@code text:query}: without a limit it returns every hit (jena-text silently stops at
 * 10,000, which a phrase as common as "Quy hoach tinh" passes at 10,000 documents), and a hit's subject, graph,
 * literal and language are read from doc values that each Lucene document carries beside its stored fields
 * ({@link #doc(Entity)}). Stored fields are compressed in blocks of many documents, so reading one hit cost a
 * block's decompression: 80 % of the time of a 12,000-hit query at 10,000 documents, in hits read in index order
 * already. A document indexed before the doc values were (an older store) is read from its stored fields, as
 * before. Highlighting and multilingual ({@code lang:xx} search-for) queries go to jena-text's own code, reader
 * per query.
 */
final class SearchedTextIndex extends TextIndexLucene {

    private static final Logger LOG = LoggerFactory.getLogger(SearchedTextIndex.class);
    private static final String DATATYPE_PREFIX = "^^";

    private final EntityDefinition definition;
    private final boolean plain;
    private final SearcherManager searchers;
    /** Set when a refresh after a commit failed: the next query refreshes before it searches. */
    private volatile boolean stale;

    /**
     * Opens (creating if need be) the index in {@code directory}.
     *
     * @throws IOException if no searcher can be opened on it
     */
    SearchedTextIndex(Directory directory, TextIndexConfig config) throws IOException {
        super(directory, config); // commits once, so the directory holds an index to search
        this.definition = config.getEntDef();
        this.plain = !config.isMultilingualSupport()
                && (config.getQueryParser() == null || "QueryParser".equals(config.getQueryParser()));
        this.searchers = new SearcherManager(directory, null);
    }

    @Override
    public void commit() {
        super.commit();
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException | RuntimeException e) {
            // The commit stands; only the searcher is behind. Failing here would fail the store's transaction.
            stale = true;
            LOG.warn("Text index committed but its searcher was not refreshed ({}); the next query retries", e.toString());
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
        } catch (IOException e) {
            throw new TextIndexException("close", e);
        } finally {
            super.close();
        }
    }

    /**
     * jena-text's Lucene document, and beside each of its stored fields but the uid (subject, graph, language or
     * datatype, the literal) a binary doc value of the same name and value, which {@link #query} reads.
     */
    @Override
    protected Document doc(Entity entity) {
        Document doc = super.doc(entity);
        List<BinaryDocValuesField> values = new ArrayList<>();
        for (IndexableField field : doc.getFields()) {
            if (field.fieldType().stored() && field.stringValue() != null
                    && !field.name().equals(definition.getUidField())) {
                values.add(new BinaryDocValuesField(field.name(), new BytesRef(field.stringValue())));
            }
        }
        values.forEach(doc::add);
        return doc;
    }

    @Override
    public List<TextHit> query(String subjectUri, List<Resource> props, String qs, String graphURI, String lang,
                               int limit, String highlight) {
        if (!plain || highlight != null || Util.usingSearchFor(lang)) {
            return super.query(subjectUri, props, qs, graphURI, lang, limit, highlight);
        }
        return withSearcher(qs, searcher -> search(searcher, subjectUri, props, qs, graphURI, lang, limit));
    }

    /** What a search by the searcher kept open gives; refreshed first when a refresh after a commit failed. */
    private <T> T withSearcher(String qs, Search<T> search) {
        try {
            if (stale) {
                searchers.maybeRefreshBlocking();
                stale = false;
            }
            IndexSearcher searcher = searchers.acquire();
            try {
                return search.on(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (ParseException e) {
            throw new TextIndexParseException(qs, e.getMessage());
        } catch (IOException | RuntimeException e) {
            throw new TextIndexException("query", e);
        }
    }

    /** One search with a searcher. */
    private interface Search<T> {
        T on(IndexSearcher searcher) throws ParseException, IOException;
    }

    /**
     * The graphs (IRIs) of the indexed literals that hold {@code phrase}, among the graphs {@code wanted} accepts:
     * a literal counts when the index matches the phrase in it (a Lucene phrase query on the indexed field, as
     * {@code text:query} makes of {@code "\"phrase\""}) and {@code holds} accepts its lexical form. One pass over
     * the matches in index order, without scores or hits: a graph's literals are read only while it is wanted and
     * not yet found (12,000 matches of a common phrase in 10,000 documents' graphs: one literal read per graph).
     */
    Set<String> graphsHolding(String phrase, Predicate<String> wanted, Predicate<String> holds) {
        if (!plain) {
            throw new TextIndexException("a phrase's graphs need lskg's plain index");
        }
        return withSearcher(phrase, searcher -> graphsHolding(searcher, phrase, wanted, holds));
    }

    private Set<String> graphsHolding(IndexSearcher searcher, String phrase, Predicate<String> wanted,
                                      Predicate<String> holds) throws ParseException, IOException {
        String field = definition.getPrimaryField();
        Query query = new QueryParser(field, getQueryAnalyzer()).parse("\"" + QueryParser.escape(phrase) + "\"");
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        String graphField = definition.getGraphField();
        Set<String> found = new LinkedHashSet<>();
        Set<String> unwanted = new HashSet<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) continue;
            Bits live = leaf.reader().getLiveDocs(); // a scorer does not skip deleted documents
            BinaryDocValues graphs = leaf.reader().getBinaryDocValues(graphField);
            BinaryDocValues literals = leaf.reader().getBinaryDocValues(field);
            StoredFields stored = null;
            DocIdSetIterator docs = scorer.iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (live != null && !live.get(doc)) continue;
                String graph;
                Document old = null; // indexed before the doc values were: read from its stored fields
                if (graphs != null && graphs.advanceExact(doc)) {
                    graph = graphs.binaryValue().utf8ToString();
                } else {
                    if (stored == null) stored = leaf.reader().storedFields();
                    old = stored.document(doc);
                    graph = old.get(graphField);
                }
                if (graph == null || found.contains(graph) || unwanted.contains(graph)) continue;
                if (!wanted.test(graph)) {
                    unwanted.add(graph);
                    continue;
                }
                // read only now, forward as the doc values are: most matches are of a graph already found
                String literal = old != null ? old.get(field)
                        : literals != null && literals.advanceExact(doc) ? literals.binaryValue().utf8ToString() : null;
                if (literal != null && holds.test(literal)) found.add(graph);
            }
        }
        return found;
    }

    private List<TextHit> search(IndexSearcher searcher, String subjectUri, List<Resource> props, String qs,
                                 String graphURI, String lang, int limit) throws ParseException, IOException {
        List<String> fields = new ArrayList<>();
        Query query = luceneQuery(subjectUri, props, qs, graphURI, lang, fields);
        int n = limit > 0 ? limit : searcher.count(query);
        if (n == 0) return List.of();
        ScoreDoc[] ranked = searcher.search(query, n).scoreDocs;
        if (fields.isEmpty()) fields.add(definition.getPrimaryField());
        // in document order: doc values are read forward, stored fields (older documents) in blocks of neighbours
        Integer[] byDoc = new Integer[ranked.length];
        for (int i = 0; i < byDoc.length; i++) byDoc[i] = i;
        Arrays.sort(byDoc, Comparator.comparingInt(i -> ranked[i].doc));
        TextHit[] hits = new TextHit[ranked.length];
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        List<String> names = new ArrayList<>(List.of(definition.getEntityField())); // the subject first
        if (definition.getGraphField() != null) names.add(definition.getGraphField());
        if (definition.getLangField() != null) names.add(definition.getLangField());
        names.addAll(fields);
        StoredFields stored = null;
        LeafValues values = null;
        for (int i : byDoc) {
            int doc = ranked[i].doc;
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
            if (values == null || values.leaf() != leaf) values = new LeafValues(leaf, names);
            UnaryOperator<String> field = values.at(doc - leaf.docBase);
            if (field == null) {
                if (stored == null) stored = searcher.storedFields();
                field = stored.document(doc)::get;
            }
            hits[i] = hit(field, ranked[i].score, fields);
        }
        return Arrays.asList(hits);
    }

    /**
     * The doc values of one segment's documents, read forward (a segment's hits are taken in document order).
     * Field names map to their values; a document without a subject value has none (indexed before they were).
     */
    private record LeafValues(LeafReaderContext leaf, List<String> names, List<BinaryDocValues> values) {
        LeafValues(LeafReaderContext leaf, List<String> names) throws IOException {
            this(leaf, names, open(leaf.reader(), names));
        }

        private static List<BinaryDocValues> open(LeafReader reader, List<String> names) throws IOException {
            List<BinaryDocValues> values = new ArrayList<>(names.size());
            for (String name : names) values.add(reader.getBinaryDocValues(name));
            return values;
        }

        /**
         * The field values of document {@code doc} of the segment (later than any asked before), or null if it has
         * no value of the first name, the subject's.
         */
        UnaryOperator<String> at(int doc) throws IOException {
            String[] read = new String[names.size()];
            for (int n = 0; n < read.length; n++) {
                BinaryDocValues v = values.get(n);
                if (v != null && v.advanceExact(doc)) read[n] = v.binaryValue().utf8ToString();
            }
            if (read[0] == null) return null;
            return name -> {
                int n = names.indexOf(name);
                return n < 0 ? null : read[n];
            };
        }
    }

    /**
     * The Lucene query jena-text builds ({@code TextIndexLucene.query$}) for a plain index: each property's field
     * searched for {@code (qs)}, then the language clause; but the graph and the subject are filters on their
     * terms. Adds the fields searched to {@code fields}.
     */
    private Query luceneQuery(String subjectUri, List<Resource> props, String qs, String graphURI, String lang,
                              List<String> fields) throws ParseException {
        StringBuilder q = new StringBuilder(props.isEmpty() ? qs + " " : "");
        Set<String> clauses = new LinkedHashSet<>();
        for (Resource prop : props) {
            String field = definition.getField(prop.asNode());
            fields.add(field);
            clauses.add(field + ": (" + qs + ") ");
        }
        clauses.forEach(q::append);
        if (fields.isEmpty() && lang != null) {
            q.append(definition.getPrimaryField()).append(": (").append(qs).append(") ");
        }
        String text = q.toString();
        String langField = definition.getLangField();
        if (langField != null && lang != null && !lang.isBlank()) {
            text = "(" + text + ") AND " + (!lang.equals("none") ? langField + ":" + lang : "-" + langField + ":*");
        }
        QueryParser parser = new QueryParser(definition.getPrimaryField(), getQueryAnalyzer());
        parser.setAllowLeadingWildcard(true);
        Query query = parser.parse(text);
        if (subjectUri == null && graphURI == null) return query;
        BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
        // The graph is a filter on its field as indexed (one untokenised term), as the subject is. jena-text
        // parses "graph:<IRI>" with the query analyzer instead, which cuts the IRI into words that the indexed
        // term never matches: GRAPH <g> { ?s text:query "..." } found nothing.
        if (graphURI != null) {
            filtered.add(new TermQuery(new Term(definition.getGraphField(), graphURI)), BooleanClause.Occur.FILTER);
        }
        if (subjectUri != null) {
            filtered.add(new TermQuery(new Term(definition.getEntityField(), subjectUri)), BooleanClause.Occur.FILTER);
        }
        return filtered.build();
    }

    /**
     * One hit as jena-text makes it ({@code TextIndexLucene.simpleResults}) from its document's field values: subject,
     * score, literal, graph.
     */
    private TextHit hit(UnaryOperator<String> doc, float score, List<String> fields) {
        String field = fields.stream().filter(f -> doc.apply(f) != null).findFirst().orElse(null);
        String lexical = field == null ? null : doc.apply(field);
        Collection<Node> predicates = field == null ? List.of() : definition.getPredicates(field);
        Node predicate = predicates.isEmpty() ? null : predicates.iterator().next();
        Node literal = null;
        if (lexical != null) {
            String tag = definition.getLangField() == null ? null : doc.apply(definition.getLangField());
            if (tag == null) {
                literal = NodeFactory.createLiteralString(lexical);
            } else if (tag.startsWith(DATATYPE_PREFIX)) {
                literal = NodeFactory.createLiteralDT(lexical,
                        TypeMapper.getInstance().getSafeTypeByName(tag.substring(DATATYPE_PREFIX.length())));
            } else {
                literal = NodeFactory.createLiteralLang(lexical, tag);
            }
        }
        String graph = definition.getGraphField() == null ? null : doc.apply(definition.getGraphField());
        return new TextHit(TextQueryFuncs.stringToNode(doc.apply(definition.getEntityField())), score, literal,
                graph == null ? null : TextQueryFuncs.stringToNode(graph), predicate);
    }
}
