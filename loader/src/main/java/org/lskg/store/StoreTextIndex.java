package org.lskg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDocProducerTriples;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.query.text.changes.TextQuadAction;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.lskg.rdf.LSKG;

/**
 * The store's full-text index (jena-text over Lucene), kept in {@code <store>/text-index}. It indexes the
 * literals of the properties in {@link #PREDICATES} (labels, titles, headings, sentence and commitment text),
 * one Lucene document per quad, folded by {@link FoldingAnalyzer}, searched through one searcher kept open
 * ({@link SearchedTextIndex}: every hit unless a limit is given); SPARQL reaches it with
 * {@code ?s text:query "quy hoach tinh"} ({@code PREFIX text: <http://jena.apache.org/text#>}), which also
 * binds the score, the matched literal and its graph: {@code (?s ?score ?literal ?g) text:query "..."}.
 *
 * <p>The index stays in step with the store because the store writes through the jena-text wrapper this
 * class returns: every quad added or removed inside a write transaction is indexed or unindexed, and the
 * index commits or rolls back with the transaction. A store built before the index existed, or changed by a
 * program that bypassed the wrapper, is noticed on opening and indexed again from scratch: the index's record of
 * the state both were last in step at ({@link TextIndexInStep}) no longer matches, and the number of indexed
 * literals differs from the number of Lucene documents.
 */
public final class StoreTextIndex {

    /** Sub-directory of the store that holds the Lucene index. */
    public static final String DIRECTORY = "text-index";
    /** SPARQL namespace of jena-text's property function. */
    public static final String TEXT_NS = "http://jena.apache.org/text#";

    /** The properties whose literal values are indexed. */
    public static final List<Node> PREDICATES = List.of(
            RDFS.label.asNode(),
            NodeFactory.createURI(LSKG.SKOS + "prefLabel"),
            NodeFactory.createURI(LSKG.SKOS + "altLabel"),
            NodeFactory.createURI(LSKG.FOAF + "name"),
            NodeFactory.createURI(LSKG.DCT + "title"),
            LSKG.text.asNode(),
            LSKG.heading.asNode());

    private static final Set<Node> INDEXED = Set.copyOf(PREDICATES);

    private static final String ENTITY_FIELD = "uri";
    private static final String TEXT_FIELD = "text";
    private static final String GRAPH_FIELD = "graph";
    private static final String LANG_FIELD = "lang";
    private static final String UID_FIELD = "uid";

    private StoreTextIndex() {}

    /**
     * Wraps {@code dataset} so that writes through the result keep the index in {@code storeDir} in step; builds
     * the index first if it is missing or out of step. The result's context is {@code dataset}'s.
     *
     * @throws StoreException if the index cannot be opened or written
     */
    static DatasetGraph attach(Path storeDir, DatasetGraph dataset) {
        Path dir = storeDir.resolve(DIRECTORY);
        try {
            if (Files.isDirectory(dir) && !inStep(dir, dataset)) {
                deleteTree(dir); // out of step: rebuilt below rather than patched
            }
            boolean fresh = !Files.isDirectory(dir);
            SearchedTextIndex index = new SearchedTextIndex(FSDirectory.open(dir), config());
            if (fresh) {
                indexAll(dataset, index);
            }
            TextIndexInStep.record(dir, dataset, index.getDirectory());
            // TDB2 runs queries on the unwrapped database, so text:query finds the index in the context.
            dataset.getContext().set(TextQuery.textIndex, index);
            DocumentListing.register(dataset, index);
            return new IndexedDataset(dataset, index, dir);
        } catch (IOException | RuntimeException e) {
            throw new StoreException("Cannot open the text index " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * The store seen through the index. Removing a graph is left to TDB2 itself, after unindexing the graph's
     * indexed literals: jena-text's wrapper would delete the graph quad by quad, by value, and TDB2 cannot
     * find every stored quad again that way (an inlined {@code xsd:decimal} such as a follow-up's confidence
     * reads back in a form that encodes to another node id), so old values would survive a replace.
     */
    private static final class IndexedDataset extends DatasetGraphText {
        private final DatasetGraph tdb;
        private final Path dir;

        IndexedDataset(DatasetGraph tdb, TextIndexLucene index, Path dir) {
            super(tdb, index, new TextDocProducerTriples(index), true);
            this.tdb = tdb;
            this.dir = dir;
        }

        Directory directory() {
            return ((TextIndexLucene) getTextIndex()).getDirectory();
        }

        /**
         * Commits, and after a write records that the index is in step: jena-text's TDB2 component commits
         * Lucene inside TDB2's commit, so both are committed when this returns.
         */
        @Override
        public void commit() {
            boolean write = isInTransaction() && transactionMode() == ReadWrite.WRITE;
            super.commit();
            if (write) {
                TextIndexInStep.record(dir, tdb, directory());
            }
        }

        /**
         * Ends a read transaction instead of aborting it: a read has nothing to roll back, and jena-text's TDB2
         * component rolls back the shared Lucene writer on every abort ({@code TextIndexDB._abort} calls
         * {@code TextIndexLucene.rollback()}, which closes the writer and opens a new one). Fuseki and
         * {@code Txn} abort reads whose query failed or timed out, so that rollback would discard the pending
         * index changes of a concurrent write, and readers aborting at once race on the writer (one of them
         * finds it null), fail half-way and stay registered as active transactions in TDB2 for good: the store
         * then cannot be closed ("Can't expel: Active transactions"). Writes abort as before.
         */
        @Override
        public void abort() {
            if (isInTransaction() && transactionMode() == ReadWrite.READ) {
                end();
                return;
            }
            super.abort();
        }

        @Override
        public void removeGraph(Node graphName) {
            for (Node p : PREDICATES) {
                Iter.toList(literals(tdb, graphName, p)).forEach(q ->
                        getMonitor().change(TextQuadAction.DELETE, q.getGraph(), q.getSubject(), q.getPredicate(),
                                q.getObject()));
            }
            tdb.removeGraph(graphName);
        }
    }

    /** Whether the index takes the object of a quad of predicate {@code p} and object {@code o}. */
    static boolean indexes(Node p, Node o) {
        return o.isLiteral() && INDEXED.contains(p);
    }

    /**
     * Indexes a quad that the caller put into the store beneath {@code dataset} (a dataset returned by
     * {@link #attach}), in the write transaction it holds, as {@code dataset}'s own add would have: once per
     * quad the store did not hold. Nothing for a quad the index does not take, or another dataset.
     */
    static void indexAdded(DatasetGraph dataset, Node g, Node s, Node p, Node o) {
        if (dataset instanceof IndexedDataset indexed && indexes(p, o)) {
            indexed.getMonitor().change(TextQuadAction.ADD, g, s, p, o);
        }
    }

    /** Closes the index of a dataset returned by {@link #attach}, leaving the wrapped dataset open. */
    static void detach(DatasetGraph dataset) {
        if (dataset instanceof DatasetGraphText text) {
            dataset.getContext().remove(TextQuery.textIndex);
            dataset.getContext().remove(ARQConstants.registryPropertyFunctions);
            text.getTextIndex().close();
        }
    }

    static TextIndexConfig config() {
        EntityDefinition entities = new EntityDefinition(ENTITY_FIELD, TEXT_FIELD);
        PREDICATES.forEach(p -> entities.set(TEXT_FIELD, p));
        entities.setGraphField(GRAPH_FIELD);
        entities.setLangField(LANG_FIELD);
        // Without a uid field jena-text cannot remove a deleted quad's Lucene document.
        entities.setUidField(UID_FIELD);
        TextIndexConfig config = new TextIndexConfig(entities);
        config.setAnalyzer(new FoldingAnalyzer());
        config.setQueryAnalyzer(new FoldingAnalyzer());
        config.setValueStored(true);
        return config;
    }

    /**
     * Whether the index in {@code dir} is in step with {@code dataset}: by its record ({@link TextIndexInStep})
     * when the record matches, else by counting the indexed literals against the index's documents.
     */
    private static boolean inStep(Path dir, DatasetGraph dataset) throws IOException {
        if (!readsHitsFromDocValues(dir)) {
            return false;
        }
        try (Directory directory = FSDirectory.open(dir)) {
            if (TextIndexInStep.holds(dir, dataset, directory)) {
                return true;
            }
        }
        return indexedDocuments(dir) == indexedLiterals(dataset);
    }

    /**
     * Whether the index in {@code dir} holds its hits' values as doc values ({@link SearchedTextIndex}): one written
     * before it did is rebuilt, since Lucene cannot give doc values to a field that has documents without them.
     */
    private static boolean readsHitsFromDocValues(Path dir) {
        try (Directory directory = FSDirectory.open(dir);
             DirectoryReader reader = DirectoryReader.open(directory)) {
            FieldInfo subject = FieldInfos.getMergedFieldInfos(reader).fieldInfo(ENTITY_FIELD);
            return subject == null || subject.getDocValuesType() == DocValuesType.BINARY;
        } catch (IOException e) {
            return false; // no readable index: rebuild it
        }
    }

    /**
     * Runs {@code change} on the database beneath a dataset returned by {@link #attach}, outside any transaction
     * (a compaction), keeping the index's in-step record if it held before: {@code change} must not change what
     * the database holds.
     */
    static void preservingContent(DatasetGraph dataset, Runnable change) {
        if (!(dataset instanceof IndexedDataset indexed)) {
            change.run();
            return;
        }
        boolean inStep = TextIndexInStep.holds(indexed.dir, indexed.tdb, indexed.directory());
        change.run();
        if (inStep) {
            TextIndexInStep.record(indexed.dir, indexed.tdb, indexed.directory());
        }
    }

    private static long indexedDocuments(Path dir) throws IOException {
        try (Directory directory = FSDirectory.open(dir);
             DirectoryReader reader = DirectoryReader.open(directory)) {
            return reader.numDocs();
        } catch (IOException e) {
            return -1; // no readable index: rebuild it
        }
    }

    private static long indexedLiterals(DatasetGraph dataset) {
        return Txn.calculateRead(dataset, () -> {
            long n = 0;
            for (Node p : PREDICATES) {
                n += Iter.count(literals(dataset, p));
            }
            return n;
        });
    }

    private static void indexAll(DatasetGraph dataset, TextIndex index) {
        EntityDefinition definition = index.getDocDef();
        Txn.executeRead(dataset, () -> {
            for (Node p : PREDICATES) {
                literals(dataset, p).forEachRemaining(q -> {
                    Entity entity = TextQueryFuncs.entityFromQuad(definition, q);
                    if (entity != null) {
                        index.addEntity(entity);
                    }
                });
            }
        });
        index.commit();
    }

    private static Iterator<Quad> literals(DatasetGraph dataset, Node predicate) {
        return literals(dataset, Node.ANY, predicate);
    }

    private static Iterator<Quad> literals(DatasetGraph dataset, Node graph, Node predicate) {
        return Iter.filter(dataset.find(graph, Node.ANY, predicate, Node.ANY), q -> q.getObject().isLiteral());
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
