package org.lskg.trace;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.lskg.rdf.LSKG;
import org.lskg.rdf.TripleSource;
import org.lskg.text.Hashes;

/**
 * Writes a trace as the trace graph. Every IRI is a function of what it describes, never of time or
 * order, so the same store gives the same graph:
 * <ul>
 *   <li>{@code id/trace/followup/<h>}, h = 16 hex digits of SHA-256 over the commitment and evidence IRIs;</li>
 *   <li>{@code id/trace/status/<h>} over the commitment IRI (one assessment per commitment);</li>
 *   <li>{@code id/trace/flag/<type>/<h>} over the flagged IRIs.</li>
 * </ul>
 * The graph names its source, {@code <graph/trace> lskg:sourceFile "trace"}, as every graph of the store does.
 * It also holds one derived count per body, {@code <body> lskg:overdueCount n}, for bodies with overdue commitments.
 *
 * <p>The graph is given triple by triple ({@link TripleSource}), never held in memory, and made from the timelines
 * as they come ({@link Trace.Timelines}): at 10,000 generated documents it has some 29 million triples, from
 * 728,000 timelines. Each {@link #send} reads the timelines once.
 */
final class TraceGraph implements TripleSource {
    private static final String ID = LSKG.ID + "trace/";
    private static final Property WAS_DERIVED_FROM =
            org.apache.jena.rdf.model.ResourceFactory.createProperty(LSKG.PROV + "wasDerivedFrom");

    private final Trace.Timelines timelines;
    private final List<Flag> flags;

    private TraceGraph(Trace.Timelines timelines, List<Flag> flags) {
        this.timelines = timelines;
        this.flags = flags;
    }

    /** The trace graph of {@code timelines}, read as the graph is sent, and of {@code flags}. */
    static TraceGraph of(Trace.Timelines timelines, List<Flag> flags) {
        return new TraceGraph(Objects.requireNonNull(timelines, "timelines"), List.copyOf(flags));
    }

    @Override
    public void send(Consumer<Triple> sink) {
        Writer w = new Writer(sink);
        w.add(Tracer.GRAPH_NAME, LSKG.sourceFile.asNode(), NodeFactory.createLiteralString(Tracer.SOURCE));
        Map<String, Integer> overdue = new TreeMap<>();
        timelines.send(t -> {
            w.timeline(t);
            countOverdue(t, overdue);
        });
        w.overdueCounts(overdue);
        flags.forEach(w::flag);
    }

    /**
     * Counts the timeline's commitment for each of its bodies (as lead or partner) when it is overdue: what a
     * per-body summary (queries/trace-overdue-by-body.rq) reads in one triple per body instead of joining every
     * overdue assessment of the store with its commitment's bodies. A body listed twice for one commitment (two
     * categories) counts once.
     */
    private static void countOverdue(Trace.Timeline t, Map<String, Integer> counts) {
        if (t.assessment().status() == Status.OVERDUE) {
            t.commitment().responsible().stream().map(CorpusSnapshot.Entity::iri).distinct()
                    .forEach(b -> counts.merge(b, 1, Integer::sum));
        }
    }

    /** Writes the triples of one {@link #send} to its sink. */
    private record Writer(Consumer<Triple> sink) {

        private void timeline(Trace.Timeline t) {
            Node commitment = uri(t.commitment().iri());
            for (FollowUp f : t.followUps()) {
                Node n = followUp(f);
                add(n, RDF.type.asNode(), LSKG.FollowUp);
                add(n, LSKG.ofCommitment, commitment);
                add(n, LSKG.evidence, uri(f.evidence()));
                add(n, LSKG.evidenceDate, date(f.date()));
                f.signals().forEach(s -> add(n, LSKG.signal, s.concept().asNode()));
                add(n, LSKG.confidence, NodeFactory.createLiteralDT(f.confidence().toPlainString(), XSDDatatype.XSDdecimal));
                add(n, LSKG.suggestsStatus, f.suggests().concept().asNode());
                add(n, LSKG.reason, NodeFactory.createLiteralString(f.why()));
            }
            Assessment a = t.assessment();
            Node s = uri(ID + "status/" + hash(t.commitment().iri()));
            add(s, RDF.type.asNode(), LSKG.StatusAssessment);
            add(s, LSKG.ofCommitment, commitment);
            add(s, LSKG.status, a.status().concept().asNode());
            add(s, LSKG.asOf, NodeFactory.createLiteralDT(a.asOf().toString(), XSDDatatype.XSDdate));
            add(s, LSKG.reason, NodeFactory.createLiteralString(a.reason()));
            a.evidence().forEach(e -> add(s, LSKG.evidence, uri(e)));
            a.basis().forEach(f -> add(s, WAS_DERIVED_FROM, followUp(f)));
        }

        /** Each body's number of overdue commitments, for the bodies with one or more; an xsd:integer, as COUNT gives. */
        private void overdueCounts(Map<String, Integer> counts) {
            counts.forEach((b, n) -> add(uri(b), LSKG.overdueCount,
                    NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDinteger)));
        }

        private void flag(Flag f) {
            Node n = uri(ID + "flag/" + f.type().slug() + "/" + hash(String.join(" ", f.resources())));
            add(n, RDF.type.asNode(), LSKG.DataQualityFlag);
            add(n, LSKG.flagType, f.type().concept().asNode());
            f.resources().forEach(r -> add(n, LSKG.flaggedResource, uri(r)));
            add(n, LSKG.reason, NodeFactory.createLiteralString(f.reason()));
            f.evidence().forEach(e -> add(n, LSKG.evidence, uri(e)));
        }

        private void add(Node s, Property p, Node o) {
            add(s, p.asNode(), o);
        }

        private void add(Node s, Node p, Resource o) {
            add(s, p, o.asNode());
        }

        private void add(Node s, Node p, Node o) {
            sink.accept(Triple.create(s, p, o));
        }
    }

    private static Node followUp(FollowUp f) {
        return uri(ID + "followup/" + hash(f.commitment() + " " + f.evidence()));
    }

    /** The document's date with the datatype its precision calls for. */
    private static Node date(IssueDate d) {
        XSDDatatype type = switch (d.lexical().length()) {
            case 4 -> XSDDatatype.XSDgYear;
            case 7 -> XSDDatatype.XSDgYearMonth;
            default -> XSDDatatype.XSDdate;
        };
        return NodeFactory.createLiteralDT(d.lexical(), type);
    }

    /** 16 hex digits of SHA-256: enough to keep the derived nodes of one corpus apart. */
    private static String hash(String s) {
        return Hashes.sha256Hex(s).substring(0, 16);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

}
