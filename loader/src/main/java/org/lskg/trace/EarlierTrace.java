package org.lskg.trace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.lskg.rdf.LSKG;

/**
 * What the trace graph of a store said before a build: the commitments it assessed and the evidence sentences
 * of each one's follow-ups. An incremental trace ({@link Tracer#update}) starts from it. Immutable.
 */
final class EarlierTrace {
    private static final Node ASSESSMENT = LSKG.StatusAssessment.asNode();
    private static final Node FOLLOW_UP = LSKG.FollowUp.asNode();

    private final Map<String, List<String>> evidence;

    private EarlierTrace(Map<String, List<String>> evidence) {
        this.evidence = evidence;
    }

    /**
     * The trace graph of {@code dataset}, or empty when it has none (a new store, or a build killed before it).
     * Read by four scans of the graph joined in memory: its follow-ups and its assessments (by type), their
     * commitments, and the evidence of the follow-ups only (an assessment's evidence is its follow-ups' again).
     */
    static Optional<EarlierTrace> read(DatasetGraph dataset) {
        Node graph = NodeFactory.createURI(Tracer.GRAPH);
        return Txn.calculateRead(dataset, () -> {
            if (!dataset.containsGraph(graph)) {
                return Optional.empty();
            }
            Set<Node> assessments = subjects(dataset, graph, ASSESSMENT);
            Set<Node> followUps = subjects(dataset, graph, FOLLOW_UP);
            Map<String, List<String>> evidence = new HashMap<>();
            Map<Node, List<String>> ofFollowUp = new HashMap<>();
            dataset.find(graph, Node.ANY, LSKG.ofCommitment.asNode(), Node.ANY).forEachRemaining(q -> {
                boolean followUp = followUps.contains(q.getSubject());
                if (followUp || assessments.contains(q.getSubject())) {
                    List<String> list = evidence.computeIfAbsent(q.getObject().getURI(), k -> new ArrayList<>());
                    if (followUp) {
                        ofFollowUp.put(q.getSubject(), list);
                    }
                }
            });
            dataset.find(graph, Node.ANY, LSKG.evidence.asNode(), Node.ANY).forEachRemaining(q -> {
                List<String> list = ofFollowUp.get(q.getSubject());
                if (list != null) {
                    list.add(q.getObject().getURI());
                }
            });
            return Optional.of(new EarlierTrace(evidence));
        });
    }

    /** The subjects of type {@code type} in {@code graph}: one range scan of the graph's type-object index. */
    private static Set<Node> subjects(DatasetGraph dataset, Node graph, Node type) {
        Set<Node> out = new HashSet<>();
        dataset.find(graph, Node.ANY, RDF.type.asNode(), type).forEachRemaining(q -> out.add(q.getSubject()));
        return out;
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
