package org.lskg.store;

import org.lskg.rdf.DocumentGraph;
import org.lskg.rdf.GraphPart;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.atlas.AtlasException;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.TxnType;
import org.apache.jena.shared.JenaException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.lskg.rdf.Iris;
import org.lskg.rdf.LSKG;
import org.lskg.rdf.TripleSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lskg store: a TDB2 database with one named graph per source document. Queries see the union of the
 * named graphs as their default graph.
 *
 * <p>Every operation runs in its own TDB2 transaction (but a {@link #batch()}, which its one thread commits), so
 * an instance may be shared between threads (and with the Fuseki server, through {@link #dataset()}). At most one {@code LskgStore} per directory may be open
 * in a JVM; {@link #close()} releases the directory, after which the instance must not be used.
 */
public final class LskgStore implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LskgStore.class);
    /** TDB2 keeps each generation of the database in a directory {@code Data-0001}, {@code Data-0002} ... */
    private static final Pattern TDB2_DATA_DIR = Pattern.compile("Data-\\d+");
    private static final String LOCK_FILE = "tdb.lock";

    private final Path directory;
    /** The TDB2 database itself, released on {@link #close()}. */
    private final DatasetGraph tdb;
    /** {@link #tdb} seen through the full-text index ({@link StoreTextIndex}): every write goes through it. */
    private final DatasetGraph dataset;
    private final DocumentValidator validator;

    private LskgStore(Path directory, DatasetGraph tdb, DatasetGraph dataset, DocumentValidator validator) {
        this.directory = directory;
        this.tdb = tdb;
        this.dataset = dataset;
        this.validator = validator;
    }

    /**
     * Opens the store in {@code dir}, creating the directory and an empty store if missing.
     *
     * @param validator checks each graph before {@link #replace} loads it, and every graph in {@link #validate()}
     * @throws StoreException if {@code dir} is not a TDB2 store, is in use by another process, or cannot be opened
     */
    public static LskgStore open(Path dir, DocumentValidator validator) {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(validator, "validator");
        requireTdb2OrAbsent(dir);
        DatasetGraph dataset;
        try {
            Files.createDirectories(dir);
            dataset = DatabaseMgr.connectDatasetGraph(Location.create(dir),
                    NodeCaches.forHeap(Runtime.getRuntime().maxMemory()));
        } catch (IOException e) {
            throw new StoreException("Cannot create the store directory " + dir + ": " + e.getMessage(), e);
        } catch (DBOpEnvException e) {
            // TDB2 holds an OS lock on tdb.lock for as long as a process has the database open.
            throw new StoreException("The store " + dir + " is in use by another process (" + e.getMessage()
                    + "); stop that process (for example a running lskg server) and try again", e);
        } catch (JenaException | AtlasException e) {
            throw new StoreException("Cannot open the store " + dir + ": " + e.getMessage(), e);
        }
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        DatasetGraph indexed;
        try {
            indexed = StoreTextIndex.attach(dir, dataset);
        } catch (StoreException e) {
            TDBInternal.expel(dataset);
            throw e;
        }
        return new LskgStore(dir, dataset, indexed, validator);
    }

    /** Refuses a directory that holds something other than a TDB2 database, before TDB2 writes into it. */
    private static void requireTdb2OrAbsent(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        if (!Files.isDirectory(dir)) {
            throw new StoreException("The store path " + dir + " is a file, not a directory");
        }
        try (Stream<Path> entries = Files.list(dir)) {
            List<String> names = entries.map(p -> p.getFileName().toString())
                    .filter(name -> !name.equals(LOCK_FILE) && !name.equals(StoreTextIndex.DIRECTORY))
                    .toList();
            if (!names.isEmpty() && names.stream().noneMatch(name -> TDB2_DATA_DIR.matcher(name).matches())) {
                throw new StoreException("The directory " + dir + " is not a TDB2 store (no Data-NNNN directory);"
                        + " give an empty or new directory");
            }
        } catch (IOException e) {
            throw new StoreException("Cannot read the store directory " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * The TDB2 dataset with its full-text index, for serving over SPARQL; its default graph is the union of the
     * named graphs, and {@code text:query} searches the index ({@link StoreTextIndex}).
     */
    public DatasetGraph dataset() {
        return dataset;
    }

    /** The validator {@link #replace} checks each graph with; thread-safe. */
    public DocumentValidator validator() {
        return validator;
    }

    public Path directory() {
        return directory;
    }

    public boolean isEmpty() {
        return Txn.calculateRead(dataset, dataset::isEmpty);
    }

    /** The IRIs of the named graphs, sorted. */
    public List<String> graphNames() {
        return Txn.calculateRead(dataset, () -> Iter.toList(dataset.listGraphNodes())).stream()
                .map(Node::getURI)
                .sorted()
                .toList();
    }

    /**
     * Puts {@code doc} in the store, replacing its earlier version: in one write transaction, removes the graph
     * named {@code doc.graphName()} and every graph whose {@code lskg:sourceFile} is {@code doc.sourceFile()}
     * (so a re-extracted file replaces its old graph even if the graph IRI changed), then adds the new graph.
     * Loading the same graph again leaves the store as it was.
     *
     * <p>The graph is validated first; if the validator or the load fails, the store is unchanged.
     *
     * @throws DocumentRejectedException if validation finds a result of severity {@code VIOLATION}
     */
    public LoadOutcome replace(DocumentGraph doc) throws DocumentRejectedException {
        Objects.requireNonNull(doc, "doc");
        return replace(doc, validator.validate(doc.graph()));
    }

    /**
     * As {@link #replace(DocumentGraph)}, for a graph already validated: {@code validated} is what
     * {@link #validator()} gave for {@code doc.graph()}, computed on another thread, so that the one thread that
     * writes does not validate again.
     *
     * @throws DocumentRejectedException if {@code validated} holds a result of severity {@code VIOLATION}
     */
    public LoadOutcome replace(DocumentGraph doc, List<Violation> validated) throws DocumentRejectedException {
        try (WriteBatch batch = batch()) {
            LoadOutcome outcome = batch.replace(doc, validated);
            batch.commit();
            return outcome;
        }
    }

    /**
     * As {@link #replace(DocumentGraph)}, for a large derived graph that changes little from one write to the next
     * (the trace graph) and has no other graph from its source file: in one write transaction, deletes the stored
     * quads of its name that it lacks and adds those it has that are not stored ({@link GraphDifference}). The
     * store ends as {@code replace} would leave it, quad for quad. Only the part of the graph that changed (its
     * changed subjects, and the nodes they point to) is validated, and the warnings are of that part; a large part
     * is validated piece by piece ({@link GraphDifference#PART_TRIPLES} triples and the nodes they point to), so
     * shapes must not look further than the nodes a subject points to.
     *
     * @throws DocumentRejectedException if validation finds a result of severity {@code VIOLATION}
     * @throws IllegalArgumentException if the graph, or its stored version, holds a literal of an indexed
     *         predicate ({@link StoreTextIndex#PREDICATES}): such a graph must be written by {@code replace}
     */
    public LoadOutcome replaceByDifference(DocumentGraph doc) throws DocumentRejectedException {
        Objects.requireNonNull(doc, "doc");
        return replaceByDifference(doc.graphName(), doc.sourceFile(), TripleSource.of(doc.graph()));
    }

    /**
     * As {@link #replaceByDifference(DocumentGraph)}, for a graph given triple by triple ({@link TripleSource}), so
     * that a large one is never held in memory as terms: {@code triples} is read once; both versions and what
     * differs are held as node ids. The triples must state the source file, as a {@link DocumentGraph}'s do.
     *
     * @throws DocumentRejectedException if validation finds a result of severity {@code VIOLATION}
     * @throws IllegalArgumentException if the graph, or its stored version, holds a literal of an indexed
     *         predicate ({@link StoreTextIndex#PREDICATES}), or if the triples do not state {@code sourceFile}
     */
    public LoadOutcome replaceByDifference(Node graphName, String sourceFile, TripleSource triples)
            throws DocumentRejectedException {
        Objects.requireNonNull(graphName, "graphName");
        Objects.requireNonNull(sourceFile, "sourceFile");
        Objects.requireNonNull(triples, "triples");
        boolean[] stated = new boolean[1];
        TripleSource checked = sink -> triples.send(t -> {
            stated[0] |= DocumentGraph.statesSourceFile(t, sourceFile);
            sink.accept(t);
        });
        // The transaction is begun on the indexed dataset, so that the text index sees a write that changes
        // nothing of it; the quads go to TDB2's tables underneath. Ending it uncommitted (a rejection) aborts it.
        dataset.begin(TxnType.WRITE);
        try {
            GraphFingerprints.Carry fingerprints = GraphFingerprints.carry(tdb);
            GraphDifference.Difference difference = GraphDifference.difference(tdb, graphName, checked);
            if (!stated[0]) {
                throw DocumentGraph.noSourceFile(graphName, sourceFile);
            }
            // What did not change was validated when it was written; the rest is validated part by part.
            long start = System.nanoTime();
            List<Violation> warnings = DocumentRejectedException.warningsOrReject(graphName, sourceFile,
                    difference.validate(validator));
            LOG.debug("validated the changed part of {} in {} ms", graphName, (System.nanoTime() - start) / 1_000_000);
            start = System.nanoTime();
            GraphDifference.Written written = GraphDifference.write(tdb, difference);
            fingerprints.wrote(graphName, written.change());
            fingerprints.committing();
            dataset.commit();
            fingerprints.committed();
            LOG.debug("deleted {} and added {} quads of {} in {} ms", written.deleted(), written.added(), graphName,
                    (System.nanoTime() - start) / 1_000_000);
            return new LoadOutcome(graphName, difference.size(), written.existed() ? List.of(graphName) : List.of(),
                    warnings);
        } finally {
            dataset.end();
        }
    }

    /**
     * Replaces part of the graph {@code graphName}: each subject {@code part} covers is left with exactly the
     * triples it gives for it, the graph's other subjects as they were ({@link GraphPart}). Written as
     * {@link #replaceByDifference(Node, String, TripleSource)} writes, by difference on node ids, in one write
     * transaction; only the part is read, compared and validated (with the nodes its triples point to within it).
     * For a large derived graph of which a build changes a few subjects: the caller answers for the part being
     * what changed, and for the graph keeping its {@code lskg:sourceFile}.
     *
     * @throws DocumentRejectedException if validation finds a result of severity {@code VIOLATION}
     * @throws IllegalArgumentException if the part gives a triple of a subject it does not cover, or holds (or
     *         the stored subjects hold) a literal of an indexed predicate ({@link StoreTextIndex#PREDICATES})
     */
    public PartOutcome replacePart(Node graphName, GraphPart part) throws DocumentRejectedException {
        Objects.requireNonNull(graphName, "graphName");
        Objects.requireNonNull(part, "part");
        dataset.begin(TxnType.WRITE);
        try {
            GraphFingerprints.Carry fingerprints = GraphFingerprints.carry(tdb);
            GraphDifference.Difference difference = GraphDifference.partDifference(tdb, graphName, part);
            List<Violation> warnings = DocumentRejectedException.warningsOrReject(graphName, graphName.toString(),
                    difference.validate(validator));
            GraphDifference.Written written = GraphDifference.write(tdb, difference);
            fingerprints.wrote(graphName, written.change());
            fingerprints.committing();
            dataset.commit();
            fingerprints.committed();
            LOG.debug("deleted {} and added {} quads of {} ({} triples of its part)", written.deleted(),
                    written.added(), graphName, difference.size());
            return new PartOutcome(graphName, difference.size(), written.deleted(), written.added(), warnings);
        } finally {
            dataset.end();
        }
    }

    /**
     * Whether the store holds exactly {@code doc}: a graph of its name with the same triples, compared by value
     * (as TDB2 stores them), and no other graph from its source file. Replacing such a document would leave the
     * store as it is.
     */
    public boolean holds(DocumentGraph doc) {
        Objects.requireNonNull(doc, "doc");
        return Txn.calculateRead(dataset, () -> {
            Graph stored = dataset.getGraph(doc.graphName());
            if (stored.size() != doc.graph().size() || !doc.graph().find().filterDrop(stored::contains).toList().isEmpty()) {
                return false;
            }
            return Iter.asStream(dataset.findNG(Node.ANY, Node.ANY, LSKG.sourceFile.asNode(), Node.ANY))
                    .noneMatch(q -> !q.getGraph().equals(doc.graphName()) && q.getObject().isLiteral()
                            && q.getObject().getLiteralLexicalForm().equals(doc.sourceFile()));
        });
    }

    /**
     * A batch of documents to replace in one write transaction, committed together ({@link WriteBatch}); for
     * the one thread that writes a build. {@link #replace(DocumentGraph, List)} is a batch of one.
     */
    public WriteBatch batch() {
        return new WriteBatch(dataset, tdb);
    }

    /**
     * Runs a SPARQL query (SELECT, ASK, CONSTRUCT or DESCRIBE) over the store and writes the result to
     * {@code out} in {@code format} (see {@link ResultFormat}). {@code out} is flushed, not closed.
     *
     * @throws org.apache.jena.query.QueryParseException if {@code sparql} does not parse; its message gives
     *         the line and column
     */
    public void query(String sparql, ResultFormat format, OutputStream out) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
        Query query = QueryFactory.create(Objects.requireNonNull(sparql, "sparql"));
        Txn.executeRead(dataset, () -> {
            try (QueryExec exec = QueryExec.dataset(dataset).query(query).build()) {
                SparqlResults.write(exec, format, out);
            }
        });
    }

    /**
     * Writes the whole store, or only the graph {@code graphIri}, to {@code out} in {@code format} (see
     * {@link ExportFormat}). {@code out} is flushed, not closed.
     *
     * @throws StoreException if {@code graphIri} is given and no such graph is in the store
     */
    public void export(ExportFormat format, Optional<String> graphIri, OutputStream out) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
        Optional<Node> graph = graphIri.map(NodeFactory::createURI);
        Txn.executeRead(dataset, () -> {
            graph.filter(name -> !dataset.containsGraph(name)).ifPresent(name -> {
                throw new StoreException("No graph <" + name.getURI() + "> in the store " + directory);
            });
            DatasetExport.write(dataset, format, graph, out);
        });
    }

    /**
     * Checks every named graph with this store's validator, one graph at a time read into memory. A document's
     * graph over the limit on triples ({@link DocumentGraph#MAX_TRIPLES}; only an older lskg loaded such a graph)
     * is not checked: it gets one violation that says so, as a build would refuse the document today.
     */
    public ValidationSummary validate() {
        return validate(DocumentGraph.MAX_TRIPLES);
    }

    /** As {@link #validate()}, with documents' graphs of at most {@code maxTriples} triples (tests). */
    ValidationSummary validate(long maxTriples) {
        TreeMap<String, List<Violation>> results = new TreeMap<>();
        Txn.executeRead(dataset, () -> dataset.listGraphNodes().forEachRemaining(name -> {
            Graph g = dataset.getGraph(name);
            // counted on the index up to one past the limit, before anything reads the graph whole
            boolean tooLarge = name.getURI().startsWith(Iris.GRAPH + "doc/")
                    && Iter.count(Iter.limit(g.find(), maxTriples + 1)) > maxTriples;
            results.put(name.getURI(), tooLarge ? List.of(tooLarge(name, g.size(), maxTriples))
                    : validator.validate(inMemory(g)));
        }));
        return new ValidationSummary(results);
    }

    /**
     * {@code g} read into memory: the validator may read a large graph on threads of its own ({@link ShaclValidator}
     * on all cores), which are outside this thread's read transaction. A document's graph is bounded by the limit
     * on triples; a derived graph (the trace) takes some 200 bytes a triple while it is checked.
     */
    private static Graph inMemory(Graph g) {
        Graph copy = GraphFactory.createDefaultGraph();
        GraphUtil.addInto(copy, g);
        return copy;
    }

    private static Violation tooLarge(Node graph, long triples, long maxTriples) {
        return new Violation(graph, "", String.format(java.util.Locale.ROOT, "the graph has %,d triples, over lskg's"
                + " limit of %,d for one document; not checked: split the document and build it again",
                triples, maxTriples), Violation.Severity.VIOLATION);
    }

    /**
     * The bytes the database takes on disk, without its text index and the data derived from it
     * ({@link GraphFingerprint#derivedDirectory}). TDB2 never overwrites a block: every write transaction adds
     * new ones and the old stay until {@link #compact}, so this grows with every load, replaced graphs included.
     */
    public long diskBytes() {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !f.startsWith(directory.resolve(StoreTextIndex.DIRECTORY)))
                    .filter(f -> !derived(directory.relativize(f)))
                    .mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException e) {
            throw new StoreException("Cannot read the store directory " + directory + ": " + e.getMessage(), e);
        }
    }

    /** Whether {@code path}, relative to the store, lies in a directory of derived data. */
    private static boolean derived(Path path) {
        for (Path part : path) {
            if (part.toString().equals(GraphFingerprint.DERIVED)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reclaims the space that earlier transactions left behind: TDB2 copies the live data into a new
     * generation ({@code Data-NNNN} one higher) and deletes the old one. A build of the 406 real documents
     * of corpus-real, one transaction each, left 4.9 GB on disk before compaction. Not inside a transaction;
     * the text index is untouched (it holds no TDB2 blocks), and so is its record of being in step.
     */
    public void compact() {
        StoreTextIndex.preservingContent(dataset, () -> DatabaseMgr.compact(tdb, true));
    }

    /** Closes the database and releases its directory, so that it can be opened again, here or elsewhere. */
    @Override
    public void close() {
        StoreTextIndex.detach(dataset);
        // Expelling (not just closing) drops TDB2's per-location cache entry and its lock on the directory.
        TDBInternal.expel(tdb);
    }
}
