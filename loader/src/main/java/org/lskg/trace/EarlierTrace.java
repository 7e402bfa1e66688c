package org.lskg.trace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.lskg.rdf.LSKG;
import org.lskg.store.GraphIdScan;

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

    /** The earlier trace whose commitments are the keys of {@code evidence}, each with its follow-ups' sentences. */
    static EarlierTrace of(Map<String, List<String>> evidence) {
        return new EarlierTrace(Map.copyOf(evidence));
    }

    /**
     * The trace graph of {@code dataset}, or empty when it has none (a new store, or a build killed before it).
     * Read by four scans of the graph joined in memory on the store's node ids ({@link GraphIdScan}): its
     * follow-ups and its assessments (by type), their commitments, and the evidence of the follow-ups only (an
     * assessment's evidence is its follow-ups' again); only the commitments and evidence sentences kept are
     * decoded (reading the terms of every quad scanned took 11 s of one more document into 1,000).
     */
    static Optional<EarlierTrace> read(DatasetGraph dataset) {
        Node graph = Tracer.GRAPH_NAME;
        return Txn.calculateRead(dataset, () -> {
            if (!dataset.containsGraph(graph)) {
                return Optional.empty();
            }
            GraphIdScan scan = GraphIdScan.of(dataset, graph);
            Set<Long> assessments = scan.subjects(RDF.type.asNode(), ASSESSMENT);
            Set<Long> followUps = scan.subjects(RDF.type.asNode(), FOLLOW_UP);
            Map<Long, List<Long>> byCommitment = new HashMap<>();
            Map<Long, List<Long>> ofFollowUp = new HashMap<>();
            scan.pairs(LSKG.ofCommitment.asNode(), (subject, commitment) -> {
                boolean followUp = followUps.contains(subject);
                if (followUp || assessments.contains(subject)) {
                    List<Long> list = byCommitment.computeIfAbsent(commitment, k -> new ArrayList<>());
                    if (followUp) {
                        ofFollowUp.put(subject, list);
                    }
                }
            });
            scan.pairs(LSKG.evidence.asNode(), (subject, sentence) -> {
                List<Long> list = ofFollowUp.get(subject);
                if (list != null) {
                    list.add(sentence);
                }
            });
            Map<Long, String> iris = new HashMap<>();
            Map<String, List<String>> evidence = new HashMap<>();
            byCommitment.forEach((commitment, sentences) -> evidence.put(scan.node(commitment).getURI(),
                    sentences.stream().map(e -> iris.computeIfAbsent(e, id -> scan.node(id).getURI())).toList()));
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
