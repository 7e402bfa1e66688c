package org.lskg.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ObjLongConsumer;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.base.record.RecordFactory;
import org.apache.jena.dboe.index.RangeIndex;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.vocabulary.RDF;

/**
 * Counts over every named graph of a store, as a dataset description (VoID) gives them, read from TDB2's indexes
 * on node ids and decoding only the terms the answer names (a graph, a class). The SPARQL that gives the same
 * numbers decodes every quad it counts: 9 s for the triples per graph and 24 s for the entities per class of a
 * 1,000-document store, ten times that at 10,000, past any request's timeout. On a dataset other than TDB2 the
 * same counts are made term by term.
 *
 * <p>Call within a read transaction on the dataset. The default graph (not the union) is not counted: lskg keeps
 * everything in named graphs.
 */
public final class StoreStatistics {

    private StoreStatistics() {}

    /**
     * The number of triples of each named graph, by graph, in the order of the graphs' IRIs: what
     * {@code SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g} gives.
     */
    public static Map<Node, Long> triplesByGraph(DatasetGraph dataset) {
        Optional<DatasetGraphTDB> tdb = Tdb2.beneath(dataset);
        Map<Node, Long> counts = new HashMap<>();
        if (tdb.isEmpty()) {
            dataset.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY)
                    .forEachRemaining(q -> counts.merge(q.getGraph(), 1L, Long::sum));
            return sorted(counts);
        }
        NodeTupleTable quads = tdb.get().getQuadTable().getNodeTupleTable();
        NodeTable nodes = quads.getNodeTable();
        Optional<List<NodeId>> graphs = graphIds(quads);
        if (graphs.isPresent()) {
            // each graph's count kept with its fingerprint (a build keeps every graph's), else counted and kept
            GraphFingerprints fingerprints = GraphFingerprints.open(dataset);
            for (NodeId id : graphs.get()) {
                Node g = nodes.getNodeForNodeId(id);
                counts.put(g, fingerprints.triples(dataset, g).orElseThrow());
            }
            fingerprints.keep();
            return sorted(counts);
        }
        Map<NodeId, long[]> byId = new HashMap<>();
        NodeId[] last = {null};
        long[][] count = {null};
        quads.findAll().forEachRemaining(t -> {
            NodeId g = t.get(0);
            if (!g.equals(last[0])) { // the graph-first index gives a graph's quads side by side
                last[0] = g;
                count[0] = byId.computeIfAbsent(g, x -> new long[1]);
            }
            count[0][0]++;
        });
        byId.forEach((id, n) -> counts.put(nodes.getNodeForNodeId(id), n[0]));
        return sorted(counts);
    }

    /**
     * The id of every named graph, each once, in index order: read from the graph-first B+tree (GSPO) by seeking
     * from each graph's first entry to the key just past its id, one search per graph instead of a read of every
     * quad (10,000 graphs of 82 million quads); empty when the store has no such index.
     */
    static Optional<List<NodeId>> graphIds(NodeTupleTable quads) {
        Optional<RangeIndex> gspo = Arrays.stream(quads.getTupleTable().getIndexes())
                .filter(i -> i.getName().equalsIgnoreCase("GSPO") && i instanceof TupleIndexRecord)
                .map(i -> ((TupleIndexRecord) i).getRangeIndex()).findFirst();
        if (gspo.isEmpty()) {
            return Optional.empty();
        }
        RecordFactory records = gspo.get().getRecordFactory();
        List<NodeId> graphs = new ArrayList<>();
        byte[] from = new byte[records.keyLength()];
        while (true) {
            Iterator<Record> first = gspo.get().iterator(records.create(from), null);
            if (!first.hasNext()) {
                return Optional.of(graphs);
            }
            byte[] key = first.next().getKey();
            graphs.add(NodeIdFactory.get(key, 0));
            from = new byte[records.keyLength()];
            System.arraycopy(key, 0, from, 0, NodeId.SIZE);
            if (!increment(from, NodeId.SIZE)) {
                return Optional.of(graphs); // the largest id there is
            }
        }
    }

    /** Adds one to the unsigned number in the first {@code length} bytes of {@code bytes}; false if it overflows. */
    private static boolean increment(byte[] bytes, int length) {
        for (int i = length - 1; i >= 0; i--) {
            if (++bytes[i] != 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The number of distinct subjects of each class ({@code rdf:type} object) across the named graphs, by class,
     * in the order of the classes' IRIs: what {@code SELECT ?class (COUNT(DISTINCT ?s) AS ?n) { ?s a ?class }
     * GROUP BY ?class} gives over the union of the named graphs.
     */
    public static Map<Node, Long> subjectsByClass(DatasetGraph dataset) {
        Node type = RDF.type.asNode();
        Optional<DatasetGraphTDB> tdb = Tdb2.beneath(dataset);
        if (tdb.isEmpty()) {
            Map<Node, Set<Node>> subjects = new HashMap<>();
            dataset.findNG(Node.ANY, Node.ANY, type, Node.ANY).forEachRemaining(q ->
                    subjects.computeIfAbsent(q.getObject(), c -> new HashSet<>()).add(q.getSubject()));
            return sorted(sizes(subjects, Function.identity()));
        }
        NodeTupleTable quads = tdb.get().getQuadTable().getNodeTupleTable();
        NodeTable nodes = quads.getNodeTable();
        NodeId typeId = nodes.getNodeIdForNode(type);
        if (NodeId.isDoesNotExist(typeId)) {
            return Map.of();
        }
        Map<Node, Long> counts = new HashMap<>();
        distinctSubjects(quads, typeId, (c, n) -> counts.put(nodes.getNodeForNodeId(c), n));
        return sorted(counts);
    }

    /**
     * Gives {@code counts} each class ({@code type}'s objects) with its number of distinct subjects. On the predicate-first index (POSG) a class's quads come by subject, a subject's graphs side by
     * side, so a subject is counted where it differs from the one before and nothing is held but the counts (a
     * set of every subject's id took 6 s for 10,000 documents' 53 classes); on other indexes, by a set per class.
     */
    private static void distinctSubjects(NodeTupleTable quads, NodeId typeId, ObjLongConsumer<NodeId> counts) {
        Tuple<NodeId> pattern = TupleFactory.tuple(NodeId.NodeIdAny, NodeId.NodeIdAny, typeId, NodeId.NodeIdAny);
        Optional<TupleIndex> posg = Arrays.stream(quads.getTupleTable().getIndexes())
                .filter(i -> i.getName().equalsIgnoreCase("POSG")).findFirst();
        if (posg.isEmpty()) {
            Map<NodeId, Set<NodeId>> subjects = new HashMap<>();
            quads.find(pattern).forEachRemaining(t -> subjects.computeIfAbsent(t.get(3), c -> new HashSet<>()).add(t.get(1)));
            subjects.forEach((c, s) -> counts.accept(c, s.size()));
            return;
        }
        NodeId lastClass = null;
        NodeId lastSubject = null;
        long n = 0;
        for (Iterator<Tuple<NodeId>> it = posg.get().find(pattern); it.hasNext(); ) {
            Tuple<NodeId> t = it.next(); // in the natural order G S P O, whatever the index's
            NodeId c = t.get(3);
            if (!c.equals(lastClass)) {
                if (lastClass != null) {
                    counts.accept(lastClass, n);
                }
                lastClass = c;
                lastSubject = null;
                n = 0;
            }
            if (!t.get(1).equals(lastSubject)) {
                lastSubject = t.get(1);
                n++;
            }
        }
        if (lastClass != null) {
            counts.accept(lastClass, n);
        }
    }

    /**
     * One object of {@code predicate} in each named graph that has the predicate (the least, in the order of the
     * objects' lexical forms), by graph: what {@code SAMPLE} in {@code GRAPH ?g { ?x <predicate> ?o } GROUP BY ?g}
     * picks one of. For the few quads of a predicate of metadata ({@code lskg:sourceFile}), not for every quad.
     */
    public static Map<Node, Node> objectByGraph(DatasetGraph dataset, Node predicate) {
        Map<Node, Node> out = new HashMap<>();
        dataset.findNG(Node.ANY, Node.ANY, predicate, Node.ANY).forEachRemaining(q -> out.merge(q.getGraph(),
                q.getObject(), (a, b) -> lexical(a).compareTo(lexical(b)) <= 0 ? a : b));
        return out;
    }

    private static String lexical(Node n) {
        return n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }

    private static <K> Map<Node, Long> sizes(Map<K, ? extends Set<?>> sets, Function<K, Node> node) {
        Map<Node, Long> out = new HashMap<>();
        sets.forEach((k, v) -> out.put(node.apply(k), (long) v.size()));
        return out;
    }

    private static <V> Map<Node, V> sorted(Map<Node, V> map) {
        Map<Node, V> out = new LinkedHashMap<>();
        map.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.comparing(StoreStatistics::lexical)))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
