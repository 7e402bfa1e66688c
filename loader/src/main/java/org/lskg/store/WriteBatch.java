package org.lskg.store;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.lskg.rdf.DocumentGraph;
import org.lskg.rdf.LSKG;

/**
 * Documents replaced in one write transaction of a store ({@link LskgStore#batch()}): each {@link #replace} does
 * what {@link LskgStore#replace(DocumentGraph, List)} does, and {@link #commit} makes all of them visible, and
 * durable, at once. Until then the store holds none of them, so a process killed mid-batch leaves the store as
 * the last commit left it: whole documents only. The first {@link #replace} begins the transaction.
 *
 * <p>Why batch: a TDB2 commit copies every B+tree page the transaction touched, writes them to the journal and
 * syncs a dozen files, and the text index commits a Lucene segment (merged later); per document that cost more
 * than the document's own quads (100 generated documents, 526,000 quads: 21 s of the writing thread's CPU and
 * 74–88 s of wall time one transaction each, 12 s and 24 s in one).
 *
 * <p>One thread only (TDB2 binds a transaction to the thread that began it). {@link #close} aborts what was not
 * committed.
 */
public final class WriteBatch implements AutoCloseable {
    /** The store seen through its text index ({@link StoreTextIndex}): reads, removals, transactions. */
    private final DatasetGraph dataset;
    /** The TDB2 database beneath {@link #dataset}, whose indexes {@link #writes} fills directly. */
    private final DatasetGraph storage;
    /**
     * The open transaction's new quads, put into TDB2's indexes index by index in key order when the batch
     * commits, when it holds {@link IndexOrderedWrites#LONGEST_RUN} (a batch may hold half of a build:
     * BatchedWriter commits rarely), or before the transaction reads a graph among them
     * ({@link IndexOrderedWrites}); null when not open, or if the database is not one it can write into (then
     * each quad goes through {@link #dataset}).
     */
    private IndexOrderedWrites writes;
    /**
     * The graphs of the store, inside the open transaction, by the lexical form of their {@code lskg:sourceFile}
     * values, and back: read once per transaction, then kept up to date by {@link #replace}, so that finding a
     * document's earlier versions costs a map lookup instead of a scan of every document's source file.
     */
    private Map<String, Set<Node>> graphsBySource;
    private Map<Node, Set<String>> sourcesOfGraph;
    /** The kept graph fingerprints, carried across the open transaction ({@link GraphFingerprints}). */
    private GraphFingerprints.Carry fingerprints;
    private boolean open;
    private int documents;
    private long triples;

    WriteBatch(DatasetGraph dataset, DatasetGraph storage) {
        this.dataset = dataset;
        this.storage = storage;
    }

    /**
     * Puts {@code doc} in the open transaction as {@link LskgStore#replace(DocumentGraph, List)} would, seeing the
     * documents replaced before it in this batch (a later file of the same graph name or source file replaces an
     * earlier one, as it would one transaction each).
     *
     * @throws DocumentRejectedException if {@code validated} holds a VIOLATION; nothing was written for
     *         {@code doc} and the batch goes on
     * @throws RuntimeException if the store failed: the whole batch is then aborted (the store is as it was
     *         before the batch) and the batch is empty again
     */
    public LoadOutcome replace(DocumentGraph doc, List<Violation> validated) throws DocumentRejectedException {
        Objects.requireNonNull(doc, "doc");
        List<Violation> warnings = DocumentRejectedException.warningsOrReject(doc, List.copyOf(validated));
        boolean done = false;
        try {
            begin();
            List<Node> previous = previousVersions(doc);
            previous.forEach(this::removeGraph);
            Node g = doc.graphName();
            fingerprints.wrote(g);
            addAbsentGraph(g, doc); // every graph named g was removed just above
            indexSources(g, doc.graph().find(Node.ANY, LSKG.sourceFile.asNode(), Node.ANY).toList());
            documents++;
            triples += doc.graph().size();
            done = true;
            return new LoadOutcome(g, doc.graph().size(), previous, warnings);
        } finally {
            if (!done) {
                abort();
            }
        }
    }

    /** Documents replaced since the last commit. */
    public int documents() {
        return documents;
    }

    /** Triples of the documents replaced since the last commit. */
    public long triples() {
        return triples;
    }

    /** Makes the batch's documents visible and durable; the batch is then empty and may be used again. */
    public void commit() {
        if (!open) {
            return;
        }
        boolean committed = false;
        try {
            if (writes != null) {
                writes.flush();
            }
            fingerprints.committing();
            dataset.commit();
            committed = true;
            fingerprints.committed();
        } finally {
            if (committed) {
                end();
            } else {
                abort();
            }
        }
    }

    /** Drops the batch's documents: the store is as it was before the batch. */
    public void abort() {
        if (!open) {
            return;
        }
        try {
            dataset.abort();
        } finally {
            end();
        }
    }

    @Override
    public void close() {
        abort();
    }

    private void begin() {
        if (open) {
            return;
        }
        dataset.begin(TxnType.WRITE);
        open = true;
        fingerprints = GraphFingerprints.carry(storage);
        writes = IndexOrderedWrites.of(storage).orElse(null);
        graphsBySource = new HashMap<>();
        sourcesOfGraph = new HashMap<>();
        dataset.findNG(Node.ANY, Node.ANY, LSKG.sourceFile.asNode(), Node.ANY)
                .forEachRemaining(q -> indexSource(q.getGraph(), q.getObject()));
    }

    private void end() {
        open = false;
        documents = 0;
        triples = 0;
        graphsBySource = null;
        sourcesOfGraph = null;
        fingerprints = null;
        if (writes != null) {
            writes.clear();
            writes = null;
        }
        dataset.end();
    }

    /**
     * The graphs {@code doc} supersedes, in IRI order: the graph of its name and every graph whose
     * {@code lskg:sourceFile} has {@code doc.sourceFile()} as lexical form (so a change of the literal's datatype
     * does not hide the old graph).
     */
    private List<Node> previousVersions(DocumentGraph doc) {
        Set<Node> previous = new TreeSet<>(Comparator.comparing(Node::getURI));
        Set<Node> candidates = new LinkedHashSet<>(graphsBySource.getOrDefault(doc.sourceFile(), Set.of()));
        candidates.add(doc.graphName());
        if (writes != null && writes.holdsAny(candidates)) {
            writes.flush(); // an earlier document of this batch: the store must hold it to find and remove it
        }
        if (dataset.containsGraph(doc.graphName())) {
            previous.add(doc.graphName());
        }
        previous.addAll(graphsBySource.getOrDefault(doc.sourceFile(), Set.of()));
        return List.copyOf(previous);
    }

    /**
     * Adds {@code doc}'s triples as graph {@code g}, which the store does not hold, indexing the literals the text
     * index takes; through the index-ordered buffer when there is one, else quad by quad through {@link #dataset}.
     */
    private void addAbsentGraph(Node g, DocumentGraph doc) {
        if (writes != null && !Quad.isDefaultGraph(g)) {
            writes.add(g, doc.graph(), StoreTextIndex::indexes,
                    (gn, s, p, o) -> StoreTextIndex.indexAdded(dataset, gn, s, p, o));
        } else {
            doc.graph().find().forEachRemaining(t -> dataset.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
        }
    }

    private void removeGraph(Node g) {
        fingerprints.wrote(g);
        dataset.removeGraph(g);
        for (String source : sourcesOfGraph.getOrDefault(g, Set.of())) {
            Set<Node> graphs = graphsBySource.get(source);
            graphs.remove(g);
            if (graphs.isEmpty()) {
                graphsBySource.remove(source);
            }
        }
        sourcesOfGraph.remove(g);
    }

    private void indexSources(Node g, List<Triple> sourceFiles) {
        sourceFiles.forEach(t -> indexSource(g, t.getObject()));
    }

    private void indexSource(Node g, Node value) {
        if (!value.isLiteral() || g == null || Quad.isDefaultGraph(g)) {
            return;
        }
        String source = value.getLiteralLexicalForm();
        graphsBySource.computeIfAbsent(source, s -> new LinkedHashSet<>()).add(g);
        sourcesOfGraph.computeIfAbsent(g, x -> new LinkedHashSet<>()).add(source);
    }
}
