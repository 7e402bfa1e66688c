package org.lskg.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.PropertyFunctionBase;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.lskg.rdf.LSKG;

/**
 * {@code lskg:documentsMentioning}: a page of the documents that mention a phrase, in date order, chosen inside the
 * text index.
 *
 * <pre>{@code
 * (?doc ?g ?issued ?source) lskg:documentsMentioning ("Quy hoạch tỉnh" ?afterIssued ?afterSource 50)
 * }</pre>
 *
 * <p>Binds, for each document of the page, the document, its graph, its date ({@code dcterms:issued}'s lexical
 * form, {@code ""} for a document without one) and its file name ({@code lskg:sourceFile}); subject variables may
 * be left off from the end, and a bound one must match. The documents are those whose graph holds an indexed
 * literal (a label, title, heading, sentence or commitment text) that holds the phrase, case ignored: what
 * {@code (?s ?score ?hit ?g) text:query (lskg:text "\"phrase\"") FILTER (CONTAINS(LCASE(?hit), LCASE("phrase")))}
 * finds; in order of date then file name, those after the date and file name given ({@code ""} and {@code ""} for
 * the first page), at most the limit (50 when left off). A document with two dates or file names is listed once per
 * pair, as a join would list it.
 *
 * <p>Why: the same page in plain SPARQL reads every hit (12,000 for a phrase in every document at 10,000
 * documents) and every such document's date and file name before it can sort them (about 350 ms there). Here the
 * index is read in one pass without scores, a graph's literal only until one holds the phrase, and the documents'
 * dates and file names come from a list kept sorted for each committed state of the store.
 */
final class DocumentsMentioning extends PropertyFunctionBase {

    /** The property function's IRI. */
    static final String IRI = LSKG.NS + "documentsMentioning";
    /** The page size when the query gives none. */
    static final int DEFAULT_LIMIT = 50;

    private static final Node SOURCE_FILE = LSKG.sourceFile.asNode();
    private static final Node ISSUED = LSKG.DCT_issued.asNode();

    private final SearchedTextIndex index;
    private final Listing listing;

    private DocumentsMentioning(SearchedTextIndex index, Listing listing) {
        this.index = index;
        this.listing = listing;
    }

    /**
     * Registers the function in the context of {@code store} (a TDB2 dataset), over {@code index}: a registry of the
     * context's own, copied from the global one (jena-text's {@code text:query} among its functions).
     */
    static void register(DatasetGraph store, SearchedTextIndex index) {
        PropertyFunctionRegistry registry = PropertyFunctionRegistry.createFrom(PropertyFunctionRegistry.get());
        Listing listing = new Listing(store);
        registry.put(IRI, uri -> new DocumentsMentioning(index, listing));
        PropertyFunctionRegistry.set(store.getContext(), registry);
    }

    @Override
    public void build(PropFuncArg subject, Node predicate, PropFuncArg object, ExecutionContext context) {
        super.build(subject, predicate, object, context);
        List<Node> subjects = subject.isList() ? subject.getArgList() : List.of(subject.getArg());
        if (subjects.isEmpty() || subjects.size() > 4) {
            throw new QueryBuildException("lskg:documentsMentioning binds 1 to 4 variables: (?doc ?g ?issued ?source)");
        }
        List<Node> objects = object.isList() ? object.getArgList() : List.of(object.getArg());
        if (objects.isEmpty() || objects.size() > 4) {
            throw new QueryBuildException("lskg:documentsMentioning takes (\"phrase\" afterIssued afterSource limit):"
                    + " 1 to 4 arguments");
        }
    }

    @Override
    public QueryIterator exec(Binding binding, PropFuncArg subject, Node predicate, PropFuncArg object,
                              ExecutionContext context) {
        List<Node> args = (object.isList() ? object.getArgList() : List.of(object.getArg())).stream()
                .map(n -> n.isVariable() && binding.contains(Var.alloc(n)) ? binding.get(Var.alloc(n)) : n).toList();
        String phrase = string(args, 0, null);
        Key after = new Key(string(args, 1, ""), string(args, 2, ""));
        int limit = args.size() > 3 ? limit(args.get(3)) : DEFAULT_LIMIT;
        List<Node> vars = subject.isList() ? subject.getArgList() : List.of(subject.getArg());
        List<Binding> out = new ArrayList<>();
        for (Listed d : page(phrase, after, limit)) {
            bind(binding, vars, List.of(d.doc(), d.graph(), NodeFactory.createLiteralString(d.key().issued()),
                    d.source())).ifPresent(out::add);
        }
        return QueryIterPlainWrapper.create(out.iterator(), context);
    }

    /** The page: the documents after {@code after} whose graph holds the phrase, at most {@code limit}. */
    private List<Listed> page(String phrase, Key after, int limit) {
        Listing.Sorted sorted = listing.now();
        if (phrase.isBlank() || limit == 0) {
            return List.of();
        }
        String lower = phrase.toLowerCase(Locale.ROOT); // as LCASE does
        Set<String> holding = index.graphsHolding(phrase,
                g -> sorted.last().containsKey(g) && sorted.last().get(g).compareTo(after) > 0,
                literal -> literal.toLowerCase(Locale.ROOT).contains(lower));
        List<Listed> page = new ArrayList<>();
        for (int i = sorted.firstAfter(after); i < sorted.documents().size() && page.size() < limit; i++) {
            Listed d = sorted.documents().get(i);
            if (holding.contains(d.graph().getURI())) {
                page.add(d);
            }
        }
        return page;
    }

    /** {@code binding} with {@code values} bound to {@code vars}; empty when a variable is bound to another. */
    private static Optional<Binding> bind(Binding binding, List<Node> vars, List<Node> values) {
        BindingBuilder b = BindingBuilder.create(binding);
        for (int i = 0; i < vars.size(); i++) {
            Node v = vars.get(i);
            if (!v.isVariable()) {
                if (!v.equals(values.get(i))) return Optional.empty();
            } else if (binding.contains(Var.alloc(v))) {
                if (!binding.get(Var.alloc(v)).equals(values.get(i))) return Optional.empty();
            } else {
                b.add(Var.alloc(v), values.get(i));
            }
        }
        return Optional.of(b.build());
    }

    private static String string(List<Node> args, int i, String absent) {
        if (i >= args.size()) {
            if (absent == null) throw new QueryExecException("lskg:documentsMentioning needs a phrase");
            return absent;
        }
        Node n = args.get(i);
        if (!n.isLiteral()) {
            throw new QueryExecException("lskg:documentsMentioning: argument " + (i + 1) + " is not a literal: " + n);
        }
        return n.getLiteralLexicalForm();
    }

    private static int limit(Node n) {
        if (n.isLiteral() && n.getLiteralValue() instanceof Number number && number.longValue() >= 0) {
            return (int) Math.min(Integer.MAX_VALUE, number.longValue());
        }
        throw new QueryExecException("lskg:documentsMentioning: the limit is not a number of documents: " + n);
    }

    /** A document's place in the listing: its date's lexical form ("" without one), then its file name. */
    record Key(String issued, String source) implements Comparable<Key> {
        private static final Comparator<Key> ORDER = Comparator.comparing(Key::issued).thenComparing(Key::source);

        @Override
        public int compareTo(Key o) {
            return ORDER.compare(this, o);
        }
    }

    /** A document, its graph, its key and its file name as the store holds it. */
    record Listed(Node doc, Node graph, Node source, Key key) {}

    /**
     * Every document graph's documents sorted by key, kept for the store's committed state it was read in (a few
     * tens of milliseconds for 10,000 documents, then none until the store changes). Thread-safe.
     */
    static final class Listing {
        private final DatasetGraph store;
        private final AtomicReference<Sorted> kept = new AtomicReference<>();

        Listing(DatasetGraph store) {
            this.store = store;
        }

        /** The documents sorted, and the last key of each graph (IRI). */
        record Sorted(OptionalLong version, List<Listed> documents, Map<String, Key> last) {
            /** The first position whose key comes after {@code after}. */
            int firstAfter(Key after) {
                int low = 0;
                int high = documents.size();
                while (low < high) {
                    int mid = (low + high) >>> 1;
                    if (documents.get(mid).key().compareTo(after) > 0) {
                        high = mid;
                    } else {
                        low = mid + 1;
                    }
                }
                return low;
            }
        }

        /**
         * The listing the calling thread's transaction on the store sees. (A query's execution context holds the
         * TDB2 database without the transaction's version: the store's dataset is asked.)
         */
        Sorted now() {
            OptionalLong version = DataVersion.ofThreadTransaction(store);
            Sorted k = kept.get();
            if (k != null && version.isPresent() && k.version().equals(version)) {
                return k;
            }
            Sorted read = read(store, version);
            if (version.isPresent()) {
                kept.set(read);
            }
            return read;
        }

        private static Sorted read(DatasetGraph dataset, OptionalLong version) {
            Map<List<Node>, List<Node>> sources = new HashMap<>(); // (graph, document) -> its file names
            dataset.findNG(Node.ANY, Node.ANY, SOURCE_FILE, Node.ANY).forEachRemaining(q -> sources
                    .computeIfAbsent(List.of(q.getGraph(), q.getSubject()), k -> new ArrayList<>()).add(q.getObject()));
            Map<List<Node>, List<String>> dates = new HashMap<>();
            dataset.findNG(Node.ANY, Node.ANY, ISSUED, Node.ANY).forEachRemaining(q -> {
                List<Node> key = List.of(q.getGraph(), q.getSubject());
                if (sources.containsKey(key) && q.getObject().isLiteral()) {
                    dates.computeIfAbsent(key, k -> new ArrayList<>()).add(q.getObject().getLiteralLexicalForm());
                }
            });
            List<Listed> documents = new ArrayList<>();
            sources.forEach((key, files) -> {
                for (String issued : dates.getOrDefault(key, List.of(""))) {
                    for (Node file : files) {
                        String source = file.isLiteral() ? file.getLiteralLexicalForm() : file.toString();
                        documents.add(new Listed(key.get(1), key.get(0), file, new Key(issued, source)));
                    }
                }
            });
            documents.sort(Comparator.comparing(Listed::key).thenComparing(d -> d.graph().toString())
                    .thenComparing(d -> d.doc().toString()));
            Map<String, Key> last = new HashMap<>();
            documents.forEach(d -> last.merge(d.graph().getURI(), d.key(), (a, b) -> a.compareTo(b) >= 0 ? a : b));
            return new Sorted(version, List.copyOf(documents), Map.copyOf(last));
        }
    }
}
