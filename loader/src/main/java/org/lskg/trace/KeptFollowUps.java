package org.lskg.trace;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.lskg.store.AtomicFile;
import org.lskg.store.GraphFingerprint;
import org.lskg.store.GraphFingerprints;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The follow-ups of the trace graph last written, kept on disk beside the store under the trace graph's
 * {@link GraphFingerprint fingerprint}. An incremental trace ({@link Tracer#update}) gives a commitment that the
 * changed documents give nothing new its follow-ups as they were found, instead of scoring them all again: one
 * more document into 1,000 scored some 200,000 earlier follow-ups to find the few hundred it changes.
 *
 * <p>Contract: {@link #read} gives the follow-ups only when the file names the trace graph's present fingerprint
 * and was written by this very code (a digest of the classes that find and score follow-ups) with the same
 * thresholds; they are then those the trace graph was written from, field for field, but for the evidence
 * sentence's text, which the corpus gives back ({@link #followUps}), with the {@link TraceGraph#digest digest} of the
 * triples each timeline, and each other subject of the graph (a body's overdue count, a flag), was written as
 * ({@link TraceGraphPart}). Anything else (no file, another graph,
 * older code, a corrupt file) is a miss, and the earlier trace is read from the graph ({@link EarlierTrace}).
 * Written whole or not at all, best effort, after the trace graph is committed; the file lives in the database
 * generation's directory, so a compaction drops it. Immutable once read.
 */
final class KeptFollowUps {
    /** The name of the derived data ({@link GraphFingerprint#derivedDirectory}): the directory of the file. */
    static final String NAME = "trace-followups";
    private static final String FILE = "followups.bin";
    private static final Logger LOG = LoggerFactory.getLogger(KeptFollowUps.class);
    /** The code that finds, scores and writes follow-ups: a file written by other code is never read. */
    private static final String CODE = DerivedFiles.codeDigest(KeptFollowUps.class, DerivedFiles.class,
            FollowUp.class, FollowUpFinder.class, PreparedSentences.class, FollowUpScorer.class, FollowUpIndex.class,
            CandidateScope.class, LinkCaps.class, LinkGuards.class, LinkKind.class, ProgressCues.class, WordsAlone.class,
            IssuedProducts.class, TermVectors.class, Signal.class, Status.class, TraceGraph.class,
            CandidateShapes.class, DocumentPlaces.class, Entities.class, org.lskg.text.Fold.class,
            org.lskg.text.Provinces.class);
    private static final Signal[] SIGNALS = Signal.values();
    private static final Status[] STATUSES = Status.values();
    private static final LinkKind[] KINDS = LinkKind.values();
    private static final ProgressCues.Kind[] CUES = ProgressCues.Kind.values();

    private final LocalDate asOf;
    /** By commitment IRI, every commitment of the trace; the follow-ups without their sentence's text. */
    private final Map<String, List<FollowUp>> byCommitment;
    /** By commitment IRI, the {@link TraceGraph#digest digest} of the triples its timeline was written as. */
    private final Map<String, Long> digests;
    /** By IRI, the digest of the triples of each other subject of the graph (a body's overdue count, a flag). */
    private final Map<String, Long> others;

    private KeptFollowUps(LocalDate asOf, Map<String, List<FollowUp>> byCommitment, Map<String, Long> digests,
                          Map<String, Long> others) {
        this.asOf = asOf;
        this.byCommitment = byCommitment;
        this.digests = digests;
        this.others = others;
    }

    /** The date the kept trace was made as of. */
    LocalDate asOf() {
        return asOf;
    }

    /** The earlier trace these follow-ups are: what reading the trace graph gives ({@link EarlierTrace#read}). */
    EarlierTrace earlier() {
        return EarlierTrace.of(byCommitment.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
                e -> e.getValue().stream().map(FollowUp::evidence).toList())));
    }

    /** The commitments of the kept trace. */
    Set<String> commitments() {
        return Collections.unmodifiableSet(byCommitment.keySet());
    }

    /** The digest of the triples the commitment's timeline was written as; empty when the kept trace lacks it. */
    OptionalLong digest(String commitment) {
        Long digest = digests.get(commitment);
        return digest == null ? OptionalLong.empty() : OptionalLong.of(digest);
    }

    /**
     * The digest of the triples a subject of the graph besides the timelines (a body's overdue count, a flag) was
     * written with; empty when the kept graph lacks it.
     */
    OptionalLong otherDigest(Node subject) {
        Long digest = subject.isURI() ? others.get(subject.getURI()) : null;
        return digest == null ? OptionalLong.empty() : OptionalLong.of(digest);
    }

    /** The subjects of the graph besides the timelines (bodies with an overdue count, flags), by IRI. */
    Set<String> otherSubjects() {
        return Collections.unmodifiableSet(others.keySet());
    }

    /** The evidence sentences of the commitment's kept follow-ups; empty when the kept trace lacks it. */
    List<String> evidence(String commitment) {
        return byCommitment.getOrDefault(commitment, List.of()).stream().map(FollowUp::evidence).toList();
    }

    /**
     * The commitment's follow-ups as they were found, each with its evidence sentence's text from {@code textOf}
     * (a sentence IRI to its text); empty when the kept trace did not assess the commitment.
     */
    Optional<List<FollowUp>> followUps(String commitment, Function<String, String> textOf) {
        List<FollowUp> kept = byCommitment.get(commitment);
        return kept == null ? Optional.empty() : Optional.of(kept.stream().map(f -> new FollowUp(f.commitment(),
                f.evidence(), f.document(), f.source(), f.date(), textOf.apply(f.evidence()), f.clause(), f.signals(),
                f.confidence(), f.suggests(), f.why(), f.kind(), f.progress(), f.newDeadline())).toList());
    }

    /**
     * The follow-ups kept for the trace graph {@code dataset} holds now, found with {@code thresholds}; empty on a
     * miss (see the class's contract). Reads the trace graph's index entries for its fingerprint.
     */
    static Optional<KeptFollowUps> read(DatasetGraph dataset, Thresholds thresholds) {
        Optional<Path> file = file(dataset);
        if (file.isEmpty() || !Files.exists(file.get())) {
            return Optional.empty();
        }
        Optional<String> fingerprint = fingerprint(dataset);
        if (fingerprint.isEmpty()) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file.get()), 1 << 16))) {
            if (!CODE.equals(in.readUTF()) || !thresholds.toString().equals(in.readUTF())
                    || !fingerprint.get().equals(in.readUTF())) {
                return Optional.empty();
            }
            return Optional.of(new Reader(in).read());
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            LOG.debug("unreadable follow-ups in {}: {}", file.get(), e.toString());
            return Optional.empty();
        }
    }

    /**
     * Starts keeping the follow-ups of a trace made as of {@code asOf} with {@code thresholds}, for the trace graph
     * about to be written into {@code dataset}: see {@link Keeper}. A trace without a date keeps nothing.
     */
    static Keeper keeper(DatasetGraph dataset, Optional<LocalDate> asOf, Thresholds thresholds) {
        return new Keeper(dataset, file(dataset).filter(f -> asOf.isPresent()), asOf, thresholds);
    }

    /**
     * Writes the follow-ups of each timeline {@link #add added} to a file beside the store as they come (the trace
     * is never held whole), and puts the file in place under the trace graph's fingerprint once the graph is
     * committed ({@link #keep}). Best effort: a failure is logged, and the next incremental trace reads the graph.
     * One thread; {@link #close} removes what was not kept.
     */
    static final class Keeper implements TraceGraph.Digests, AutoCloseable {
        private final DatasetGraph dataset;
        private final Optional<Path> file;
        private final Thresholds thresholds;
        private Path found;
        private Writer writer;

        private Keeper(DatasetGraph dataset, Optional<Path> file, Optional<LocalDate> asOf, Thresholds thresholds) {
            this.dataset = dataset;
            this.file = file;
            this.thresholds = thresholds;
            if (file.isPresent()) {
                try {
                    Files.createDirectories(file.get().getParent());
                    found = Files.createTempFile(file.get().getParent(), FILE, ".found");
                    writer = new Writer(new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(found), 1 << 16)));
                    writer.out.writeLong(asOf.orElseThrow().toEpochDay());
                } catch (IOException | RuntimeException e) {
                    failed(e);
                }
            }
        }

        /** Writes the timeline's commitment and follow-ups, and the digest of its triples ({@link TraceGraph#digest}). */
        @Override
        public void timeline(Trace.Timeline t, long digest) {
            if (writer != null) {
                try {
                    writer.timeline(t, digest);
                } catch (IOException | RuntimeException e) {
                    failed(e);
                }
            }
        }

        /** Writes the digest of another subject's triples: after every timeline, as the graph sends them. */
        @Override
        public void other(Node subject, long digest) {
            if (writer != null && subject.isURI()) {
                try {
                    writer.other(subject.getURI(), digest);
                } catch (IOException | RuntimeException e) {
                    failed(e);
                }
            }
        }

        /** Puts the follow-ups written in place for the trace graph {@code dataset} holds now: call after its commit. */
        void keep() {
            if (writer == null) {
                return;
            }
            try {
                writer.end();
                writer.out.close();
                writer = null;
                Optional<String> fingerprint = fingerprint(dataset);
                if (fingerprint.isPresent()) {
                    AtomicFile.write(file.orElseThrow(), out -> {
                        out.writeUTF(CODE);
                        out.writeUTF(thresholds.toString());
                        out.writeUTF(fingerprint.get());
                        Files.copy(found, out);
                    });
                }
            } catch (IOException | RuntimeException e) {
                failed(e);
            }
        }

        private void failed(Exception e) {
            LOG.warn("Could not keep the trace's follow-ups in {} ({}); the next build reads them from the store",
                    file.map(Path::toString).orElse("the store"), e.toString());
            close();
        }

        @Override
        public void close() {
            try {
                if (writer != null) {
                    writer.out.close();
                }
                if (found != null) {
                    Files.deleteIfExists(found);
                }
            } catch (IOException e) {
                LOG.debug("could not remove {}: {}", found, e.toString());
            } finally {
                writer = null;
                found = null;
            }
        }
    }

    private static Optional<Path> file(DatasetGraph dataset) {
        return GraphFingerprint.derivedDirectory(dataset, NAME).map(d -> d.resolve(FILE));
    }

    /**
     * The trace graph's fingerprint as {@code dataset} holds it now; kept ({@link GraphFingerprints}) for the next
     * trace's reading, which then need not read its 29 million quads (10,000 documents) again.
     */
    private static Optional<String> fingerprint(DatasetGraph dataset) {
        GraphFingerprints fingerprints = GraphFingerprints.open(dataset);
        Optional<String> fingerprint = Txn.calculateRead(dataset, () -> dataset.containsGraph(Tracer.GRAPH_NAME)
                ? fingerprints.of(dataset, Tracer.GRAPH_NAME) : Optional.<String>empty());
        fingerprints.keep();
        return fingerprint;
    }

    /**
     * Writes each commitment with its follow-ups, each string once ({@link DerivedFiles.StringTable}: an evidence
     * sentence or a document is named by many follow-ups).
     */
    private static final class Writer {
        private final DataOutputStream out;
        private final DerivedFiles.StringTable table = new DerivedFiles.StringTable();
        /** Whether the timelines ended and the other subjects began. */
        private boolean others;

        Writer(DataOutputStream out) {
            this.out = out;
        }

        void timeline(Trace.Timeline t, long digest) throws IOException {
            if (others) {
                throw new IllegalStateException("a timeline after the graph's other subjects");
            }
            string(t.commitment().iri());
            out.writeInt(t.followUps().size());
            for (FollowUp f : t.followUps()) {
                followUp(f);
            }
            out.writeLong(digest);
        }

        void other(String subject, long digest) throws IOException {
            endTimelines();
            string(subject);
            out.writeLong(digest);
        }

        /** Ends the timelines, if no other subject did, and the other subjects. */
        void end() throws IOException {
            endTimelines();
            out.writeInt(-1);
        }

        private void endTimelines() throws IOException {
            if (!others) {
                out.writeInt(-1);
                others = true;
            }
        }

        /** The follow-up's strings written first, in the order {@link Reader} reads them. */
        private static List<String> leading(FollowUp f) {
            return List.of(f.evidence(), f.document(), f.source(), f.date().lexical(), f.clause(), f.why());
        }

        private void string(String s) throws IOException {
            table.write(out, s);
        }

        private void optional(Optional<String> s) throws IOException {
            table.write(out, s.orElse(null));
        }

        private void followUp(FollowUp f) throws IOException {
            for (String s : leading(f)) {
                string(s);
            }
            out.writeLong(f.date().first().toEpochDay());
            out.writeLong(f.date().last().toEpochDay());
            out.writeByte(f.signals().size());
            for (Signal s : f.signals()) {
                out.writeByte(s.ordinal());
            }
            byte[] unscaled = f.confidence().unscaledValue().toByteArray();
            out.writeByte(unscaled.length);
            out.write(unscaled);
            out.writeInt(f.confidence().scale());
            out.writeByte(f.suggests().ordinal());
            out.writeByte(f.kind().ordinal());
            out.writeByte(f.progress().map(p -> p.kind().ordinal()).orElse(-1));
            if (f.progress().isPresent()) {
                string(f.progress().get().words());
            }
            out.writeBoolean(f.newDeadline().isPresent());
            if (f.newDeadline().isPresent()) {
                EffectiveDeadline d = f.newDeadline().get();
                out.writeLong(d.date().toEpochDay());
                string(d.text());
                optional(d.borrowedFrom());
                optional(d.movedBy());
            }
        }
    }

    /** Reads what {@link Writer} wrote, after the key. */
    private static final class Reader {
        private final DataInputStream in;
        private final DerivedFiles.StringTable table = new DerivedFiles.StringTable();
        private final Map<String, IssueDate> dates = new HashMap<>();

        Reader(DataInputStream in) {
            this.in = in;
        }

        KeptFollowUps read() throws IOException {
            LocalDate asOf = LocalDate.ofEpochDay(in.readLong());
            Map<String, List<FollowUp>> byCommitment = new HashMap<>();
            Map<String, Long> digests = new HashMap<>();
            for (int next = in.readInt(); next >= 0; next = in.readInt()) {
                String commitment = string(next);
                int n = in.readInt();
                List<FollowUp> followUps = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    followUps.add(followUp(commitment));
                }
                byCommitment.put(commitment, List.copyOf(followUps));
                digests.put(commitment, in.readLong());
            }
            Map<String, Long> others = new HashMap<>();
            for (int next = in.readInt(); next >= 0; next = in.readInt()) {
                others.put(string(next), in.readLong());
            }
            return new KeptFollowUps(asOf, byCommitment, digests, others);
        }

        private FollowUp followUp(String commitment) throws IOException {
            String evidence = string();
            String document = string();
            String source = string();
            String lexical = string();
            String clause = string();
            String why = string();
            LocalDate first = LocalDate.ofEpochDay(in.readLong());
            LocalDate last = LocalDate.ofEpochDay(in.readLong());
            IssueDate date = dates.computeIfAbsent(lexical, x -> new IssueDate(x, first, last));
            Signal[] signals = new Signal[in.readUnsignedByte()];
            for (int i = 0; i < signals.length; i++) {
                signals[i] = SIGNALS[in.readByte()];
            }
            byte[] unscaled = in.readNBytes(in.readUnsignedByte());
            BigDecimal confidence = new BigDecimal(new BigInteger(unscaled), in.readInt());
            Status suggests = STATUSES[in.readByte()];
            LinkKind kind = KINDS[in.readByte()];
            int cue = in.readByte();
            Optional<ProgressCues.Cue> progress = cue < 0 ? Optional.empty()
                    : Optional.of(new ProgressCues.Cue(CUES[cue], string()));
            Optional<EffectiveDeadline> newDeadline = Optional.empty();
            if (in.readBoolean()) {
                LocalDate day = LocalDate.ofEpochDay(in.readLong());
                String text = string();
                Optional<String> borrowedFrom = optional();
                Optional<String> movedBy = optional();
                newDeadline = Optional.of(new EffectiveDeadline(day, text, borrowedFrom, movedBy));
            }
            return new FollowUp(commitment, evidence, document, source, date, null, clause, List.of(signals),
                    confidence, suggests, why, kind, progress, newDeadline);
        }

        private String string() throws IOException {
            return string(in.readInt());
        }

        /** The string of number {@code n}: read here at its first use. */
        private String string(int n) throws IOException {
            String s = table.read(in, n);
            if (s == null) {
                throw new IOException("no string where one must be");
            }
            return s;
        }

        private Optional<String> optional() throws IOException {
            return Optional.ofNullable(table.read(in));
        }
    }
}
