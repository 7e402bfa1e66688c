package org.lskg.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.lskg.rdf.LSKG;

/**
 * Every document of a store with its graph, date and file name, sorted by date then file name, kept for the store's
 * committed state it was read in: read with two index scans (53 ms warm at 10,000 documents), then not again until
 * the store changes. What lskg's property functions over documents read instead of two lookups per document
 * ({@link DocumentFunction}), registered with them in a store's context. Thread-safe.
 */
final class DocumentListing {

    private static final Node SOURCE_FILE = LSKG.sourceFile.asNode();
    private static final Node ISSUED = LSKG.DCT_issued.asNode();

    private final DatasetGraph store;
    private final AtomicReference<Sorted> kept = new AtomicReference<>();

    private DocumentListing(DatasetGraph store) {
        this.store = store;
    }

    /**
     * Registers lskg's property functions over documents in the context of {@code store} (a TDB2 dataset), the
     * phrase search over {@code index}: in a registry of the context's own, copied from the global one (jena-text's
     * {@code text:query} among its functions).
     */
    static void register(DatasetGraph store, SearchedTextIndex index) {
        PropertyFunctionRegistry registry = PropertyFunctionRegistry.createFrom(PropertyFunctionRegistry.get());
        DocumentListing listing = new DocumentListing(store);
        registry.put(DocumentsMentioning.IRI, uri -> new DocumentsMentioning(index, listing));
        registry.put(GraphDocument.IRI, uri -> new GraphDocument(listing));
        PropertyFunctionRegistry.set(store.getContext(), registry);
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

    /** The documents sorted, each graph's (by IRI), and the last key of each graph. */
    record Sorted(OptionalLong version, List<Listed> documents, Map<String, List<Listed>> byGraph,
                  Map<String, Key> last) {
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
     * The listing the calling thread's transaction on the store sees: kept for a committed state, read afresh in a
     * write transaction (an update's own changes). A query's execution context holds the TDB2 database without the
     * transaction's version, so the store's dataset is asked.
     */
    Sorted now() {
        if (store.isInTransaction() && store.transactionMode() == ReadWrite.WRITE) {
            return read(store, OptionalLong.empty()); // its own changes are not a committed state's
        }
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
        Map<String, List<Listed>> byGraph = new HashMap<>();
        for (Listed d : documents) {
            last.merge(d.graph().getURI(), d.key(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
            byGraph.computeIfAbsent(d.graph().getURI(), g -> new ArrayList<>()).add(d);
        }
        byGraph.replaceAll((g, listed) -> List.copyOf(listed));
        return new Sorted(version, List.copyOf(documents), Map.copyOf(byGraph), Map.copyOf(last));
    }
}
