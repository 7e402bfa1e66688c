package org.lskg.trace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;

/**
 * What the trace graph of a store said before a build: the commitments it assessed and the evidence sentences
 * of each one's follow-ups. An incremental trace ({@link Tracer#update}) starts from it. Immutable.
 */
final class EarlierTrace {
    private final Map<String, List<String>> evidence;

    private EarlierTrace(Map<String, List<String>> evidence) {
        this.evidence = evidence;
    }

    /** The trace graph of {@code dataset}, or empty when it has none (a new store, or a build killed before it). */
    static Optional<EarlierTrace> read(DatasetGraph dataset) {
        return Txn.calculateRead(dataset, () -> {
            if (!dataset.containsGraph(NodeFactory.createURI(Tracer.GRAPH))) {
                return Optional.empty();
            }
            Map<String, List<String>> evidence = new HashMap<>();
            try (QueryExec exec = QueryExec.dataset(dataset)
                    .query(CorpusReader.TraceQueries.load("earlier-trace.rq"))
                    .substitution("trace", NodeFactory.createURI(Tracer.GRAPH)).build()) {
                exec.select().forEachRemaining(b -> {
                    List<String> list = evidence.computeIfAbsent(b.get("commitment").getURI(), k -> new ArrayList<>());
                    if (b.contains("evidence")) {
                        list.add(b.get("evidence").getURI());
                    }
                });
            }
            return Optional.of(new EarlierTrace(evidence));
        });
    }

    /** Whether the earlier trace assessed {@code commitment}. */
    boolean assessed(String commitment) {
        return evidence.containsKey(commitment);
    }

    /** The evidence sentences of the commitment's earlier follow-ups; empty when it had none or was not assessed. */
    List<String> evidence(String commitment) {
        return evidence.getOrDefault(commitment, List.of());
    }

    /** How many commitments the earlier trace assessed. */
    int size() {
        return evidence.size();
    }
}
