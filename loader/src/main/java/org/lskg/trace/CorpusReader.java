package org.lskg.trace;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.lskg.store.DataVersion;
import org.lskg.text.Fold;
import org.lskg.trace.CorpusSnapshot.Citation;
import org.lskg.trace.CorpusSnapshot.CitedDocument;
import org.lskg.trace.CorpusSnapshot.Commitment;
import org.lskg.trace.CorpusSnapshot.Deadline;
import org.lskg.trace.CorpusSnapshot.Doc;
import org.lskg.trace.CorpusSnapshot.Entity;
import org.lskg.trace.CorpusSnapshot.Mention;
import org.lskg.trace.CorpusSnapshot.Sentence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a {@link CorpusSnapshot} from a dataset whose default graph is the union of the document graphs: what lies
 * within each document graph by a scan of the graphs ({@link DocumentGraphScan}), what spans documents (their
 * metadata, entities and labels, cited documents) with the queries {@code org/lskg/trace/*.rq}. Documents without
 * a date, and the sentences and commitments of such documents, are left out: they cannot be placed on a timeline.
 *
 * <p>The parts are independent of one another, so on a TDB2 store they are read on all cores, each in a read
 * transaction of its own, and put together afterwards. The transactions must have seen one committed state
 * ({@link DataVersion}): if a write came between them, the store is read again in one.
 */
final class CorpusReader {
    private static final Logger LOG = LoggerFactory.getLogger(CorpusReader.class);
    private static final String CATEGORY_NS = "https://w3id.org/lskg/id/category/";
    /** The inputs that span documents, read with SPARQL over the union graph ({@code org/lskg/trace/NAME.rq}). */
    private static final List<String> QUERIES = List.of("cited");
    /** The document graphs scanned by one task: small enough for the threads to end together. */
    private static final int GRAPHS_PER_TASK = 64;

    private CorpusReader() {}

    /** The snapshot of {@code dataset}, read on all cores. */
    static CorpusSnapshot read(DatasetGraph dataset) {
        return read(dataset, Runtime.getRuntime().availableProcessors());
    }

    /** The snapshot of {@code dataset}, read on at most {@code cores} threads (one: in one transaction). */
    static CorpusSnapshot read(DatasetGraph dataset, int cores) {
        // The scans of the graphs that did not change since the last reading are read back from disk.
        Optional<GraphScanCache> cache = GraphScanCache.of(dataset);
        if (cores > 1 && DataVersion.isVersioned(dataset)) {
            Optional<Map<String, Rows>> rows = readInParallel(dataset, cores, cache);
            if (rows.isPresent()) {
                return assemble(rows.get(), cache);
            }
            LOG.debug("the store changed while it was read; reading it again in one transaction");
        }
        return Txn.calculateRead(dataset, () -> {
            List<Map<String, Rows>> parts = new ArrayList<>();
            List<Node> graphs = DocumentGraphScan.graphs(dataset);
            for (Callable<Map<String, Rows>> task : tasks(dataset, graphs, cache)) {
                parts.add(call(task));
            }
            cache.ifPresent(c -> c.readWhole(graphs));
            return assemble(merge(parts), cache);
        });
    }

    private static CorpusSnapshot assemble(Map<String, Rows> rows, Optional<GraphScanCache> cache) {
        cache.ifPresent(c -> LOG.debug("document graphs: {} read back from their kept scans, {} scanned;"
                + " fingerprints: {} kept, {} read from the store", c.hits(), c.misses(), c.fingerprints().kept(),
                c.fingerprints().read()));
        return assemble(rows);
    }

    /**
     * The reading's tasks, each to run in a read transaction: the document graphs' scan in parts of
     * {@link #GRAPHS_PER_TASK} graphs, then the queries.
     */
    private static List<Callable<Map<String, Rows>>> tasks(DatasetGraph dataset, List<Node> graphs,
                                                           Optional<GraphScanCache> cache) {
        List<Callable<Map<String, Rows>>> tasks = new ArrayList<>();
        for (int from = 0; from < graphs.size(); from += GRAPHS_PER_TASK) {
            List<Node> part = graphs.subList(from, Math.min(graphs.size(), from + GRAPHS_PER_TASK));
            tasks.add(() -> DocumentGraphScan.scan(dataset, part, cache));
        }
        if (graphs.isEmpty()) {
            tasks.add(() -> DocumentGraphScan.scan(dataset, List.of()));
        }
        QUERIES.forEach(q -> tasks.add(() -> Map.of(q, select(dataset, q + ".rq"))));
        return tasks;
    }

    /** Each input's rows, the parts' in order. */
    private static Map<String, Rows> merge(List<Map<String, Rows>> parts) {
        Map<String, List<String>> vars = new HashMap<>();
        Map<String, List<String[]>> values = new HashMap<>();
        parts.forEach(part -> part.forEach((k, v) -> {
            if (!vars.computeIfAbsent(k, x -> v.vars()).equals(v.vars())) {
                throw new IllegalStateException("rows of " + k + " with variables " + vars.get(k) + " and " + v.vars());
            }
            values.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v.values());
        }));
        Map<String, Rows> rows = new HashMap<>();
        vars.forEach((k, v) -> rows.put(k, new Rows(v, values.get(k))));
        return rows;
    }

    private static <T> T call(Callable<T> task) {
        try {
            return task.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Every input's rows, read on {@code threads} threads, each task in a read transaction of its own; empty if
     * the transactions saw different states of the store.
     */
    private static Optional<Map<String, Rows>> readInParallel(DatasetGraph dataset, int threads,
                                                             Optional<GraphScanCache> cache) {
        record Read<T>(T value, OptionalLong version) {}
        Read<List<Node>> graphs = Txn.calculateRead(dataset,
                () -> new Read<>(DocumentGraphScan.graphs(dataset), DataVersion.ofThreadTransaction(dataset)));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "lskg-trace-read");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Read<Map<String, Rows>>>> futures = new ArrayList<>();
            for (Callable<Map<String, Rows>> task : tasks(dataset, graphs.value(), cache)) {
                futures.add(pool.submit(() -> Txn.calculateRead(dataset,
                        () -> new Read<>(call(task), DataVersion.ofThreadTransaction(dataset)))));
            }
            List<Map<String, Rows>> parts = new ArrayList<>();
            Set<OptionalLong> versions = new HashSet<>(Set.of(graphs.version()));
            for (Future<Read<Map<String, Rows>>> f : futures) {
                Read<Map<String, Rows>> read = f.get();
                parts.add(read.value());
                versions.add(read.version());
            }
            boolean oneState = versions.size() == 1 && versions.iterator().next().isPresent();
            if (oneState) {
                cache.ifPresent(c -> c.readWhole(graphs.value()));
            }
            return oneState ? Optional.of(merge(parts)) : Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the corpus", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The snapshot that the inputs' rows give (the scan's and the queries'). */
    private static CorpusSnapshot assemble(Map<String, Rows> rows) {
        Map<String, Doc> docs = documents(rows);
        Map<String, String> sectionOf = new HashMap<>();
        Map<String, String> headings = new HashMap<>();
        rows.get(DocumentGraphScan.SECTIONS).forEach(b -> {
            if (b.contains("heading")) {
                headings.merge(b.uri("section"), b.lexical("heading"), CorpusReader::min);
            } else {
                sectionOf.merge(b.uri("item"), b.uri("section"), CorpusReader::min);
            }
        });
        // The rows that are their section's heading line, found on all cores: folding every sentence under a heading
        // was a quarter of reading 10,000 documents' kept scans on one. A heading is the heading of every sentence
        // of its section, so its key is folded once.
        Map<String, String> headingKeys = new ConcurrentHashMap<>();
        Set<String[]> headingLines = Collections.newSetFromMap(new ConcurrentHashMap<>()); // rows, by identity
        Rows sentenceRows = rows.get(DocumentGraphScan.SENTENCES);
        int sentenceColumn = sentenceRows.vars().indexOf("sentence");
        int textColumn = sentenceRows.vars().indexOf("text");
        sentenceRows.values().parallelStream().forEach(row -> {
            String section = sectionOf.get(row[sentenceColumn]);
            String heading = section == null ? null : headings.get(section);
            if (heading != null && row[textColumn] != null && isHeadingLine(row[textColumn], heading, headingKeys)) {
                headingLines.add(row);
            }
        });
        // in the rows' order (each document's sentences together): the snapshot sorts them by IRI in runs, not
        // from a hash order
        Map<String, Sentence> sentences = new LinkedHashMap<>();
        rows.get(DocumentGraphScan.SENTENCES).forEach(b -> {
            String doc = b.uri("doc");
            if (docs.containsKey(doc)) {
                String iri = b.uri("sentence");
                sentences.putIfAbsent(iri, new Sentence(iri, doc, b.integer("order"), b.integer("begin"),
                        b.lexical("text"), Optional.ofNullable(sectionOf.get(iri)), headingLines.contains(b.values())));
            }
        });
        // Every entity's labels (lexical forms, sorted) and categories, from all the documents that name it.
        Map<String, TreeSet<String>> labels = values(rows, DocumentGraphScan.LABELS, "entity", "label");
        Map<String, TreeSet<String>> categories = values(rows, DocumentGraphScan.CATEGORIES, "entity", "category");
        // An entity with a category, once per category and label (the name-variant check looks for two labels).
        List<Entity> entities = new ArrayList<>();
        categories.forEach((iri, cats) -> cats.forEach(c -> labels.getOrDefault(iri, new TreeSet<>())
                .forEach(l -> entities.add(new Entity(iri, category(c), l)))));
        // A mention's entity once per category, under its first label (as MIN in SPARQL: by code unit).
        Map<String, List<Entity>> byIri = new HashMap<>();
        entities.stream().collect(Collectors.toMap(e -> e.iri() + "\n" + e.category(), e -> e,
                        (a, b) -> a.label().compareTo(b.label()) <= 0 ? a : b, TreeMap::new))
                .values().forEach(e -> byIri.computeIfAbsent(e.iri(), k -> new ArrayList<>()).add(e));
        Map<String, Mention> mentions = new HashMap<>();
        rows.get(DocumentGraphScan.MENTIONS).forEach(b -> byIri.getOrDefault(b.uri("entity"), List.of()).forEach(e ->
                mentions.putIfAbsent(b.uri("mention") + "\n" + e.category(), new Mention(b.uri("mention"),
                        b.uri("sentence"), b.integer("begin"), b.integer("end"), b.lexical("surface"), e))));
        Map<String, List<Entity>> responsible = new HashMap<>();
        Map<String, List<Entity>> about = new HashMap<>();
        // A commitment's bodies and topics: each entity once per category (or once without one), under its
        // first label by code unit, in the order of commitment, role and entity IRI.
        Set<String> typed = new HashSet<>();
        rows.get(DocumentGraphScan.TYPED_COMMITMENTS).forEach(b -> typed.add(b.uri("commitment")));
        Set<List<String>> pairs = new TreeSet<>(Comparator.comparing((List<String> x) -> x.get(0))
                .thenComparing(x -> x.get(1)).thenComparing(x -> x.get(2)));
        rows.get(DocumentGraphScan.COMMITMENT_ENTITIES).forEach(b -> {
            if (typed.contains(b.uri("commitment")) && labels.containsKey(b.uri("entity"))) {
                pairs.add(List.of(b.uri("commitment"), b.lexical("role"), b.uri("entity")));
            }
        });
        pairs.forEach(x -> {
            var target = x.get(1).equals("about") ? about : responsible;
            String label = labels.get(x.get(2)).first();
            List<String> cats = categories.containsKey(x.get(2)) ? List.copyOf(categories.get(x.get(2))) : List.of("");
            cats.forEach(c -> target.computeIfAbsent(x.get(0), k -> new ArrayList<>())
                    .add(new Entity(x.get(2), category(c), label)));
        });
        Map<String, Deadline> deadlines = new TreeMap<>();
        rows.get(DocumentGraphScan.DEADLINES).forEach(b -> parseDate(b.lexical("deadlineDate")).ifPresent(date -> deadlines.merge(
                b.uri("commitment"), new Deadline(b.uri("deadline"), date.last(), b.optional("deadlineText")),
                (x, y) -> DEADLINE_ORDER.compare(x, y) <= 0 ? x : y)));
        Map<String, Commitment> commitments = new TreeMap<>();
        rows.get(DocumentGraphScan.COMMITMENTS).forEach(b -> {
            String iri = b.uri("commitment");
            String doc = b.uri("doc");
            if (!docs.containsKey(doc)) {
                return;
            }
            commitments.putIfAbsent(iri, new Commitment(iri, doc, b.uri("sentence"), b.lexical("text"),
                    b.integer("begin"), b.integer("end"), Optional.ofNullable(sectionOf.get(iri)),
                    Optional.ofNullable(deadlines.get(iri)),
                    List.copyOf(responsible.getOrDefault(iri, List.of())), List.copyOf(about.getOrDefault(iri, List.of()))));
        });
        Map<String, CitedParts> parts = new TreeMap<>();
        rows.get("cited").forEach(b -> {
            CitedParts p = parts.computeIfAbsent(b.uri("cited"), k -> new CitedParts());
            String value = b.lexical("value");
            switch (b.lexical("property")) {
                case "number" -> p.numbers.add(value);
                case "issued" -> parseDate(value).ifPresent(d -> p.issued.add(d.first()));
                case "title" -> p.titles.add(value);
                default -> p.loaded = true;
            }
        });
        List<CitedDocument> cited = parts.entrySet().stream().filter(e -> !e.getValue().numbers.isEmpty())
                .map(e -> new CitedDocument(e.getKey(), e.getValue().numbers.first(), List.copyOf(e.getValue().issued),
                        List.copyOf(e.getValue().titles), e.getValue().loaded))
                .toList();
        Map<String, CitedDocument> citedByIri = cited.stream().collect(Collectors.toMap(CitedDocument::iri, d -> d));
        Set<Citation> citations = new HashSet<>();
        rows.get(DocumentGraphScan.CITATIONS).forEach(b -> {
            String to = b.uri("cited");
            if (citedByIri.containsKey(to)) { // a cited document is known by its number
                citations.add(new Citation(b.uri("sentence"), to));
            }
        });
        return new CorpusSnapshot(List.copyOf(docs.values()), List.copyOf(sentences.values()), entities,
                List.copyOf(mentions.values()), List.copyOf(commitments.values()), List.copyOf(citations), cited);
    }

    /**
     * The loaded documents with a date, by IRI: a document's source file and date (the first that parses, if a
     * citing document dates it otherwise), its type's Vietnamese label, its first title and issuer by code unit.
     */
    private static Map<String, Doc> documents(Map<String, Rows> rows) {
        Set<String> typed = new TreeSet<>();
        rows.get(DocumentGraphScan.TYPED_DOCUMENTS).forEach(b -> typed.add(b.uri("doc")));
        Map<String, TreeSet<String>> sources = values(rows, DocumentGraphScan.SOURCES, "doc", "source");
        Map<String, TreeSet<String>> issued = values(rows, DocumentGraphScan.ISSUED, "doc", "issued");
        Map<String, TreeSet<String>> types = values(rows, DocumentGraphScan.DOCUMENT_TYPES, "doc", "type");
        Map<String, TreeSet<String>> titles = values(rows, DocumentGraphScan.TITLES, "doc", "title");
        Map<String, TreeSet<String>> issuers = values(rows, DocumentGraphScan.ISSUERS, "doc", "issuer");
        Map<String, TreeSet<String>> viLabels = values(rows, DocumentGraphScan.VI_LABELS, "concept", "label");
        Map<String, Doc> docs = new TreeMap<>();
        for (String iri : typed) {
            Optional<String> type = types.getOrDefault(iri, new TreeSet<>()).stream()
                    .flatMap(t -> viLabels.getOrDefault(t, new TreeSet<>()).stream()).sorted().findFirst();
            Optional<String> title = Optional.ofNullable(titles.get(iri)).map(TreeSet::first);
            Optional<String> issuer = Optional.ofNullable(issuers.get(iri)).map(TreeSet::first);
            for (String source : sources.getOrDefault(iri, new TreeSet<>())) {
                for (String date : issued.getOrDefault(iri, new TreeSet<>())) {
                    parseDate(date).ifPresent(d -> docs.putIfAbsent(iri, new Doc(iri, source, d, type, title, issuer)));
                }
            }
        }
        return docs;
    }

    /** The rows of {@code input} as each {@code key}'s sorted values of {@code value}. */
    private static Map<String, TreeSet<String>> values(Map<String, Rows> rows, String input, String key, String value) {
        Map<String, TreeSet<String>> values = new HashMap<>();
        rows.get(input).forEach(b -> values.computeIfAbsent(b.uri(key), k -> new TreeSet<>()).add(b.lexical(value)));
        return values;
    }

    private static final Comparator<Deadline> DEADLINE_ORDER = Comparator.comparing(Deadline::iri)
            .thenComparing(Deadline::date).thenComparing(d -> d.text().orElse(""));

    /** What cited.rq says of one cited document, gathered row by row. */
    private static final class CitedParts {
        final TreeSet<String> numbers = new TreeSet<>();
        final Set<LocalDate> issued = new TreeSet<>();
        final Set<String> titles = new TreeSet<>();
        boolean loaded;
    }

    private static String min(String a, String b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /**
     * The sentence is its section's heading line: "Đối với tuyến đường Quốc lộ 4B:" for heading "Đối với ... 4B". The
     * headings' keys are kept in {@code headingKeys}, one per heading.
     */
    private static boolean isHeadingLine(String text, String heading, Map<String, String> headingKeys) {
        return !heading.isBlank() && Fold.key(text).equals(headingKeys.computeIfAbsent(heading, Fold::key));
    }

    /** The category token of a category concept's IRI ("border_gate"); empty for none. */
    private static String category(String iri) {
        return (iri.startsWith(CATEGORY_NS) ? iri.substring(CATEGORY_NS.length()) : iri).replace('-', '_');
    }

    private static Optional<IssueDate> parseDate(String lexical) {
        try {
            return Optional.of(IssueDate.parse(lexical));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a date the store holds in another form cannot be ordered; leave it out
        }
    }

    /** Runs one query in the calling thread's read transaction. */
    private static Rows select(DatasetGraph dataset, String resource) {
        long start = System.nanoTime();
        try (QueryExec exec = QueryExec.dataset(dataset).query(TraceQueries.load(resource)).build()) {
            RowSet rowSet = exec.select();
            List<Var> vars = rowSet.getResultVars();
            List<String[]> values = new ArrayList<>();
            rowSet.forEachRemaining(b -> {
                String[] row = new String[vars.size()];
                for (int i = 0; i < row.length; i++) {
                    Node n = b.get(vars.get(i));
                    row[i] = n == null ? null : Rows.value(n);
                }
                values.add(row);
            });
            LOG.debug("{}: {} rows in {} ms", resource, values.size(), (System.nanoTime() - start) / 1_000_000);
            return new Rows(vars.stream().map(Var::getVarName).toList(), values);
        }
    }

    /** Reads the trace package's queries from the classpath. */
    static final class TraceQueries {
        private TraceQueries() {}

        static String load(String name) {
            String path = "/org/lskg/trace/" + name;
            try (InputStream in = CorpusReader.class.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + path);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

}
