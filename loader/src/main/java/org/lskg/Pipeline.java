package org.lskg;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.lskg.document.DocumentException;
import org.lskg.document.DocumentParser;
import org.lskg.document.ParsedDocument;
import org.lskg.extract.ExtractionProblem;
import org.lskg.extract.Extractor;
import org.lskg.extract.Extractors;
import org.lskg.extract.FactBudget;
import org.lskg.resolve.EntityResolver;
import org.lskg.resolve.Gazetteer;
import org.lskg.extract.Fact;
import org.lskg.rdf.DocumentGraph;
import org.lskg.rdf.DocumentMapper;
import org.lskg.rdf.FactMappers;
import org.lskg.rdf.Iris;
import org.lskg.rdf.LSKG;
import org.lskg.rdf.Skolemizer;
import org.lskg.store.DocumentRejectedException;
import org.lskg.store.DocumentValidator;
import org.lskg.store.Violation;
import org.lskg.store.LoadOutcome;
import org.lskg.store.LskgStore;
import org.lskg.trace.TraceListener;
import org.lskg.trace.Tracer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * lskg's facade over its stages: a text file is parsed ({@code document}), mapped to RDF ({@code rdf}) and
 * loaded into the store ({@code store}), one named graph per document. Stateless; safe to share.
 *
 * <pre>{@code
 * BuildReport r = Pipeline.create().build(store, SourceFiles.collect(List.of(dir)), listener);
 * }</pre>
 */
public final class Pipeline {

    /** The graph that holds the ontology itself, so analysts can query labels and definitions. */
    public static final String ONTOLOGY_GRAPH = Iris.GRAPH + "ontology";
    /** The graph that holds the gazetteer of known entities. */
    public static final String GAZETTEER_GRAPH = Iris.GRAPH + "gazetteer";
    private static final String ONTOLOGY_RESOURCE = "/org/lskg/ontology/lskg.ttl";

    /** Hears what happens to each file of a build; called on the building thread, in file order. */
    public interface BuildListener {
        default void started(int files) {}

        /**
         * {@code file}'s graph is in the build's open write transaction; {@link #loaded} follows once that commits.
         * A file may be heard of here and still fail, if the store fails on its transaction.
         */
        default void written(Path file) {}

        void loaded(Path file, LoadOutcome outcome);

        /** The file was not loaded; the store is as it was before it. {@code reason} is one line. */
        void rejected(Path file, String reason);

        /** Something of {@code file} was lost (a fact, a sentence's facts) but the document loaded; one line. */
        default void warning(Path file, String message) {}

        /**
         * lskg itself failed on {@code what} (a file, or the trace graph): a bug, not bad input. The store is
         * as it was before it and the build went on. {@code error} is for a bug report.
         */
        default void failed(String what, Throwable error) {}

        /** The build compacted the store ({@link LskgStore#compact}) from {@code before} to {@code after} bytes. */
        default void compacted(long before, long after) {}

        /** What hears how the build's trace goes, from its first step to its last ({@link #traced}). */
        default TraceListener tracing() {
            return TraceListener.NONE;
        }

        /** The build brought the trace graph up to date, in {@code millis} milliseconds. */
        default void traced(Tracer.Retraced retraced, long millis) {}
    }

    /** How a build brings the trace graph up to date. */
    public enum Tracing {
        /**
         * Incrementally when the store is large and the build changes a small part of it ({@link Tracer#update});
         * the whole store otherwise.
         */
        AUTO,
        /** Incrementally whenever the store has a trace graph ({@link Tracer#updateIncrementally}). */
        INCREMENTAL,
        /** The whole store ({@link Tracer#rebuild}): after changing lskg's rules, or to check an incremental trace. */
        FULL
    }

    /**
     * How many files a build loaded, rejected as bad input, and failed on with an internal error; the trace
     * graph counts as one failure when it could not be rebuilt.
     */
    public record BuildReport(int loaded, int rejected, int failed) {}

    /** What reading one file gave, before the store: a graph ready to load, or why there is none. */
    public sealed interface Prepared {
        /**
         * A graph that passed the shapes, the facts lost on the way (one line each), and the validator's results
         * for the graph (warnings only), which the store takes instead of validating again.
         */
        record Ready(DocumentGraph graph, List<String> warnings, List<Violation> checks) implements Prepared {}

        /** The file is bad input: not readable, not a document, or its document graph breaks the shapes. */
        record Refused(String reason) implements Prepared {}

        /** lskg failed on the file: a bug. */
        record Failed(Throwable error) implements Prepared {}
    }

    /** Rounds of dropping facts that break the shapes before a document is refused as a whole. */
    private static final int SCREENING_ROUNDS = 3;

    private final DocumentParser parser;
    private final List<Extractor> extractors;
    private final DocumentMapper mapper;
    private final int documentsPerTransaction;

    /**
     * The fewest documents a build writes per transaction by default; transactions then grow with the build
     * ({@link BatchedWriter}). A TDB2 commit and a Lucene commit cost more than a generated document's 5,000
     * quads, and batches of 10 already saved nearly all of it (100 documents: the writing thread's CPU 21 s one
     * per transaction, 9–12 s in batches of 10 or one for all).
     */
    public static final int DOCUMENTS_PER_TRANSACTION = 16;

    private Pipeline(DocumentParser parser, List<Extractor> extractors, DocumentMapper mapper, int documentsPerTransaction) {
        if (documentsPerTransaction < 1) {
            throw new IllegalArgumentException("documentsPerTransaction must be at least 1: " + documentsPerTransaction);
        }
        this.parser = parser;
        this.extractors = List.copyOf(extractors);
        this.mapper = mapper;
        this.documentsPerTransaction = documentsPerTransaction;
    }

    /** The standard pipeline: lskg's parser, every standard extractor and its mappers. */
    public static Pipeline create() {
        return new Pipeline(DocumentParser.create(), Extractors.standard(EntityResolver.standard()),
                new DocumentMapper(FactMappers.standard()), DOCUMENTS_PER_TRANSACTION);
    }

    /**
     * This pipeline, building at least {@code n} documents per write transaction (and, as the build grows, as many
     * triples as it committed before: {@link BatchedWriter}): 1 makes the first documents durable one by one, a
     * larger {@code n} loads faster.
     */
    public Pipeline withDocumentsPerTransaction(int n) {
        return new Pipeline(parser, extractors, mapper, n);
    }

    /**
     * This pipeline, refusing documents whose graph would pass {@code n} triples instead of
     * {@link DocumentGraph#MAX_TRIPLES}: for tests, which reach a small limit with a small document.
     */
    Pipeline withMaxTriples(int n) {
        return new Pipeline(parser, extractors, mapper.withMaxTriples(n), documentsPerTransaction);
    }

    /** Parses one file. */
    public ParsedDocument parse(Path file) throws DocumentException {
        return parser.parse(file);
    }

    /** Runs the extractors on a parsed document; an extractor's failure propagates. */
    public List<Fact> facts(ParsedDocument document) {
        return Extractors.run(extractors, document);
    }

    /**
     * Runs the extractors on a parsed document; a sentence an extractor throws on is skipped and reported.
     *
     * @throws DocumentException if the document's graph would pass the limit on triples ({@link DocumentGraph#MAX_TRIPLES}):
     *         the extractors stop as soon as their facts make it plain, else the facts are mapped to count
     *         the graph's triples, so that what {@link #prepare} refuses is refused here too
     */
    public List<Fact> facts(ParsedDocument document, Consumer<ExtractionProblem> problems) throws DocumentException {
        try {
            List<Fact> facts = Extractors.run(extractors, document, problems, first -> {}, mapper.budget(document));
            mapper.begin(document).add(facts);
            return facts;
        } catch (FactBudget.Exceeded e) {
            throw new DocumentException(e.getMessage());
        }
    }

    /**
     * Parses, extracts and maps one file, without touching a store; an extractor's failure propagates.
     *
     * @throws DocumentException if the file is no document, or its graph would pass the limit on triples
     */
    public DocumentGraph extract(Path file) throws DocumentException {
        ParsedDocument doc = parser.parse(file);
        try {
            return mapper.map(doc, Extractors.run(extractors, doc, p -> {
                throw p.cause();
            }, first -> {}, mapper.budget(doc)));
        } catch (FactBudget.Exceeded e) {
            throw new DocumentException(e.getMessage());
        }
    }

    /**
     * Reads one file into a graph that {@code validator} accepts, losing as little as possible: a sentence an
     * extractor throws on costs that sentence's facts, a fact whose triples break the shapes costs that fact;
     * only a file that cannot be read as a document, whose graph would pass the limit on triples
     * ({@link DocumentGraph#MAX_TRIPLES}: refused as soon as the facts found make it plain, the document's
     * threads stopped), or whose document graph breaks the shapes without any fact, is refused. Never throws:
     * lskg's own failures come back as {@link Prepared.Failed}. Thread-safe.
     */
    public Prepared prepare(Path file, DocumentValidator validator) {
        MappedAhead ahead = null;
        try {
            ParsedDocument doc = parser.parse(file);
            List<String> warnings = new ArrayList<>();
            ahead = new MappedAhead(mapper, doc);
            List<Fact> facts = Extractors.run(extractors, doc, p -> warnings.add(p.describe()), ahead::start,
                    mapper.budget(doc));
            return screened(doc, facts, validator, warnings, ahead);
        } catch (DocumentException e) {
            return new Prepared.Refused(e.getMessage());
        } catch (FactBudget.Exceeded e) {
            if (ahead != null) ahead.cancel();
            return new Prepared.Refused(e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            if (ahead != null) ahead.cancel();
            return new Prepared.Failed(e);
        }
    }

    /**
     * Maps {@code facts} (at first with what {@code ahead} mapped of them already); while the graph breaks the
     * shapes, drops the facts whose nodes the violations name.
     */
    private Prepared screened(ParsedDocument doc, List<Fact> facts, DocumentValidator validator, List<String> warnings,
                              MappedAhead ahead) {
        List<Fact> kept = facts;
        for (int round = 0; ; round++) {
            DocumentGraph graph = round == 0 ? ahead.graph(kept) : mapper.map(doc, kept);
            List<Violation> results = validator.validate(graph.graph());
            List<Violation> violations = results.stream().filter(Violation::isViolation).toList();
            if (violations.isEmpty()) {
                return new Prepared.Ready(graph, List.copyOf(warnings), List.copyOf(results));
            }
            Set<Node> focus = violations.stream().map(Violation::focusNode).collect(Collectors.toSet());
            List<Fact> culprits = round == SCREENING_ROUNDS ? List.of()
                    : kept.stream().filter(f -> !Collections.disjoint(mapper.subjectsOf(doc, f), focus)).toList();
            if (culprits.isEmpty()) {
                return new Prepared.Refused("violates the SHACL shapes: "
                        + violations.stream().map(Object::toString).collect(Collectors.joining("; ")));
            }
            for (Fact f : culprits) {
                warnings.add("dropped a " + f.getClass().getSimpleName() + " of sentence " + (f.sentence().index() + 1)
                        + " that breaks the shapes: " + violations.stream()
                        .filter(v -> mapper.subjectsOf(doc, f).contains(v.focusNode()))
                        .map(Object::toString).collect(Collectors.joining("; ")));
            }
            Set<Fact> dropped = Set.copyOf(culprits);
            kept = kept.stream().filter(f -> !dropped.contains(f)).toList();
        }
    }

    /**
     * Loads every file into the store: a file that fails is reported and leaves the store as it was, and the
     * others are still loaded; the store never holds part of a document, even after a kill. The ontology graph
     * is (re)loaded first, the trace graph rebuilt last. Files are prepared ({@link #prepare}) on all cores, a
     * few ahead of the calling thread, which alone writes to the store, in transactions of at least
     * {@link #documentsPerTransaction} files that grow with the build ({@link BatchedWriter}), and tells the
     * listener, in file order, of each file once its transaction is committed.
     */
    public BuildReport build(LskgStore store, List<Path> files, BuildListener listener) {
        return build(store, files, listener, Tracing.AUTO);
    }

    /** As {@link #build(LskgStore, List, BuildListener)}, bringing the trace graph up to date as {@code tracing} says. */
    public BuildReport build(LskgStore store, List<Path> files, BuildListener listener, Tracing tracing) {
        long bytesAtStart = store.diskBytes();
        Set<String> changed = new java.util.TreeSet<>(); // the source files of the graphs this build writes
        loadOntology(store);
        listener.started(files.size());
        BuildReport written;
        try (PreparedAhead ahead = PreparedAhead.onAllCores(files, file -> prepare(file, store.validator()));
             BatchedWriter writer = new BatchedWriter(store, listener, documentsPerTransaction,
                     file -> prepare(file, store.validator()))) {
            for (Path file : files) {
                Prepared prepared = ahead.next();
                if (prepared instanceof Prepared.Ready ready) {
                    // a document the store then fails on counts too: its earlier version is traced again, no harm
                    changed.add(ready.graph().sourceFile());
                }
                writer.add(file, prepared);
            }
            writer.flush();
            written = writer.report();
        }
        int loaded = written.loaded();
        int rejected = written.rejected();
        int failed = written.failed();
        try {
            long start = System.nanoTime();
            Tracer tracer = Tracer.create().withListener(listener.tracing());
            Tracer.Retraced retraced = switch (tracing) {
                case AUTO -> tracer.update(store, changed);
                case INCREMENTAL -> tracer.updateIncrementally(store, changed);
                case FULL -> tracer.rebuild(store);
            };
            listener.traced(retraced, (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException | StackOverflowError e) {
            listener.failed("the trace graph", e);
            failed++;
        }
        compactIfGrown(store, bytesAtStart, listener);
        return new BuildReport(loaded, rejected, failed);
    }

    /**
     * Compacts the store when this build more than doubled a store that already held over
     * {@value #COMPACT_GROWTH_BYTES} bytes: TDB2 copies the pages each transaction touches, and a build that
     * replaces what the store held leaves the old graphs' pages dead too (a rebuild of the same documents about
     * doubles the disk). A build into an empty or small store is not compacted: its commits double what it wrote
     * ({@link BatchedWriter}), so its dead pages stay a fraction of the live ones (300 generated documents:
     * 1,186 MB on disk, 930 MB compacted), and compacting copies the whole store (1,000 documents: 185 s).
     * A small or incremental build does not pay for a copy either.
     */
    private static void compactIfGrown(LskgStore store, long bytesAtStart, BuildListener listener) {
        try {
            long now = store.diskBytes();
            if (bytesAtStart > COMPACT_GROWTH_BYTES && now > 2 * bytesAtStart) {
                store.compact();
                listener.compacted(now, store.diskBytes());
            }
        } catch (RuntimeException e) {
            listener.failed("compacting the store", e); // the store is whole either way: TDB2 switches generations atomically
        }
    }

    /** See {@link #compactIfGrown}. */
    static final long COMPACT_GROWTH_BYTES = 256L * 1024 * 1024;

    /**
     * The reference graphs every build (re)loads: the ontology, so analysts can query labels and
     * definitions, and the gazetteer, so known entities carry their parents, levels and counterparts.
     */
    private static void loadOntology(LskgStore store) {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = Pipeline.class.getResourceAsStream(ONTOLOGY_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + ONTOLOGY_RESOURCE);
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        loadReference(store, g, ONTOLOGY_GRAPH, "lskg.ttl");
        Graph gazetteer = GraphFactory.createDefaultGraph();
        GraphUtil.addInto(gazetteer, Gazetteer.standard().graph());
        loadReference(store, gazetteer, GAZETTEER_GRAPH, "gazetteer.ttl");
    }

    private static void loadReference(LskgStore store, Graph graph, String graphIri, String source) {
        Graph g = Skolemizer.skolemize(graph, graphIri);
        // provenance, and the store's key for replacing this graph on the next build
        g.add(NodeFactory.createURI(graphIri), LSKG.sourceFile.asNode(), NodeFactory.createLiteralString(source));
        DocumentGraph reference = new DocumentGraph(NodeFactory.createURI(graphIri), g, source);
        if (store.holds(reference)) {
            return; // as the last build left it: neither validated nor written again
        }
        try {
            store.replace(reference);
        } catch (DocumentRejectedException e) {
            throw new IllegalStateException(source + " violates the shapes: " + e.violations(), e);
        }
    }
}
