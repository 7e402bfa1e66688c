package org.lskg.trace;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
 * The graph names its source, {@code <graph/trace> lskg:sourceFile "trace"}, as every graph of the store does, and
 * the date its assessments are made as of, once: {@code <graph/trace> lskg:asOf "2024-04-01"^^xsd:date}.
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

    /**
     * Hears the {@link #digest} of each timeline's triples as the graph is sent, then of each other subject's (a
     * body's overdue count, a data-quality flag): what the next trace compares them with to write only those that
     * changed ({@link TraceGraphPart}).
     */
    @FunctionalInterface
    interface Digests {
        void timeline(Trace.Timeline t, long digest);

        /** A subject besides the timelines and the graph itself, after every timeline. */
        default void other(Node subject, long digest) {}
    }

    private final Optional<LocalDate> asOf;
    private final Trace.Timelines timelines;
    private final List<Flag> flags;
    private final Digests digests;

    private TraceGraph(Optional<LocalDate> asOf, Trace.Timelines timelines, List<Flag> flags, Digests digests) {
        this.asOf = asOf;
        this.timelines = timelines;
        this.flags = flags;
        this.digests = digests;
    }

    /**
     * The trace graph, as of {@code asOf}, of {@code timelines}, read as the graph is sent, and of {@code flags};
     * {@code digests} hears each timeline's digest as it is sent.
     */
    static TraceGraph of(Optional<LocalDate> asOf, Trace.Timelines timelines, List<Flag> flags, Digests digests) {
        return new TraceGraph(Objects.requireNonNull(asOf, "asOf"), Objects.requireNonNull(timelines, "timelines"),
                List.copyOf(flags), Objects.requireNonNull(digests, "digests"));
    }

    /**
     * Says, for each timeline as the graph is sent, then for each other subject (a body's overdue count, a flag),
     * whether its triples are sent, given their {@link #digest}.
     */
    @FunctionalInterface
    interface Selection {
        boolean sends(Trace.Timeline t, long digest);

        /** Whether the triples of a subject besides the timelines and the graph itself are sent: all unless said. */
        default boolean sends(Node subject, long digest) {
            return true;
        }
    }

    @Override
    public void send(Consumer<Triple> sink) {
        send(sink, (t, digest) -> true);
    }

    /**
     * Sends the graph's own triples, the overdue counts and the flags, and the triples of each timeline that
     * {@code selection} chooses; every timeline's digest is told to this graph's {@link Digests} first. What a part
     * of the graph is written from ({@link TraceGraphPart}).
     */
    void send(Consumer<Triple> sink, Selection selection) {
        Writer w = new Writer(sink);
        w.add(Tracer.GRAPH_NAME, LSKG.sourceFile.asNode(), NodeFactory.createLiteralString(Tracer.SOURCE));
        // the date every assessment is made as of, stated once rather than on each of them, so that a later
        // date changes only the assessments it changes
        asOf.ifPresent(d -> w.add(Tracer.GRAPH_NAME, LSKG.asOf.asNode(),
                NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate)));
        Map<String, Integer> overdue = new TreeMap<>();
        timelines.send(t -> {
            List<Triple> triples = new ArrayList<>();
            new Writer(triples::add).timeline(t);
            long digest = digest(triples);
            digests.timeline(t, digest);
            if (selection.sends(t, digest)) {
                triples.forEach(sink);
            }
            countOverdue(t, overdue);
        });
        // each body's count and each flag by subject (two flags may share one), told and chosen as timelines are
        Map<Node, List<Triple>> others = new LinkedHashMap<>();
        Writer other = new Writer(t -> others.computeIfAbsent(t.getSubject(), x -> new ArrayList<>()).add(t));
        overdue.forEach(other::overdueCount);
        flags.forEach(other::flag);
        others.forEach((subject, triples) -> {
            long digest = digest(triples);
            digests.other(subject, digest);
            if (selection.sends(subject, digest)) {
                triples.forEach(sink);
            }
        });
    }

    /**
     * A 64-bit hash of {@code triples} in their order, over every term's kind and lexical parts: two lists with
     * the same digest are taken to be the same triples (a chance of 2^-64 that a changed timeline is not).
     */
    static long digest(List<Triple> triples) {
        long h = 0xcbf29ce484222325L;
        for (Triple t : triples) {
            h = term(h, t.getSubject());
            h = term(h, t.getPredicate());
            h = term(h, t.getObject());
        }
        return mix(h);
    }

    private static long term(long h, Node n) {
        if (n.isURI()) {
            return chars(mix(h ^ 1), n.getURI());
        }
        if (n.isLiteral()) {
            h = chars(mix(h ^ 2), n.getLiteralLexicalForm());
            h = chars(mix(h ^ 3), n.getLiteralDatatypeURI());
            return chars(mix(h ^ 4), n.getLiteralLanguage());
        }
        return chars(mix(h ^ 5), n.toString());
    }

    /** FNV-1a over the string's chars and its length. */
    private static long chars(long h, String s) {
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        return (h ^ s.length()) * 0x100000001b3L;
    }

    /** MurmurHash3's 64-bit finaliser: every bit of the input moves every bit of the output. */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }

    /** The assessment node of {@code commitment}: one per commitment. */
    static Node assessment(String commitment) {
        return uri(ID + "status/" + hash(commitment));
    }

    /** The node of the follow-up of {@code commitment} by the sentence {@code evidence}. */
    static Node followUp(String commitment, String evidence) {
        return uri(ID + "followup/" + hash(commitment + " " + evidence));
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
            Node s = assessment(t.commitment().iri());
            add(s, RDF.type.asNode(), LSKG.StatusAssessment);
            add(s, LSKG.ofCommitment, commitment);
            add(s, LSKG.status, a.status().concept().asNode());
            add(s, LSKG.reason, NodeFactory.createLiteralString(a.reason()));
            a.evidence().forEach(e -> add(s, LSKG.evidence, uri(e)));
            a.basis().forEach(f -> add(s, WAS_DERIVED_FROM, followUp(f)));
        }

        /** A body's number of overdue commitments (one or more); an xsd:integer, as COUNT gives. */
        private void overdueCount(String body, int n) {
            add(uri(body), LSKG.overdueCount, NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDinteger));
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
        return followUp(f.commitment(), f.evidence());
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
