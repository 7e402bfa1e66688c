package org.lskg.trace;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
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
 * Reads a {@link CorpusSnapshot} from a dataset whose default graph is the union of the document graphs, with
 * the queries in {@code org/lskg/trace/*.rq}, in one read transaction. Documents without a date, and the
 * sentences and commitments of such documents, are left out: they cannot be placed on a timeline.
 */
final class CorpusReader {
    private static final Logger LOG = LoggerFactory.getLogger(CorpusReader.class);
    private static final String CATEGORY_NS = "https://w3id.org/lskg/id/category/";

    private CorpusReader() {}

    static CorpusSnapshot read(DatasetGraph dataset) {
        return Txn.calculateRead(dataset, () -> readInTransaction(dataset));
    }

    private static CorpusSnapshot readInTransaction(DatasetGraph dataset) {
        Map<String, Doc> docs = new TreeMap<>();
        select(dataset, "documents.rq", b -> {
            String iri = uri(b, "doc");
            parseDate(lexical(b, "issued")).ifPresent(d -> docs.putIfAbsent(iri, new Doc(iri, lexical(b, "source"), d,
                    optional(b, "type"), optional(b, "title"), optional(b, "issuer"))));
        });
        Map<String, String> sectionOf = new HashMap<>();
        Map<String, String> headings = new HashMap<>();
        select(dataset, "sections.rq", b -> {
            if (b.contains("heading")) {
                headings.merge(uri(b, "section"), lexical(b, "heading"), CorpusReader::min);
            } else {
                sectionOf.merge(uri(b, "item"), uri(b, "section"), CorpusReader::min);
            }
        });
        Map<String, Sentence> sentences = new HashMap<>();
        select(dataset, "sentences.rq", b -> {
            String doc = uri(b, "doc");
            if (docs.containsKey(doc)) {
                String iri = uri(b, "sentence");
                String text = lexical(b, "text");
                Optional<String> section = Optional.ofNullable(sectionOf.get(iri));
                Optional<String> heading = section.map(headings::get);
                sentences.putIfAbsent(iri, new Sentence(iri, doc, integer(b, "order"), integer(b, "begin"), text,
                        section, heading.filter(h -> isHeadingLine(text, h)).isPresent()));
            }
        });
        List<Entity> entities = new ArrayList<>();
        select(dataset, "entities.rq", b -> entities.add(entity(b)));
        // A mention's entity once per category, under its first label (as MIN in SPARQL: by code unit).
        Map<String, List<Entity>> byIri = new HashMap<>();
        entities.stream().collect(Collectors.toMap(e -> e.iri() + "\n" + e.category(), e -> e,
                        (a, b) -> a.label().compareTo(b.label()) <= 0 ? a : b, TreeMap::new))
                .values().forEach(e -> byIri.computeIfAbsent(e.iri(), k -> new ArrayList<>()).add(e));
        Map<String, Mention> mentions = new HashMap<>();
        select(dataset, "mentions.rq", b -> byIri.getOrDefault(uri(b, "entity"), List.of()).forEach(e ->
                mentions.putIfAbsent(uri(b, "mention") + "\n" + e.category(), new Mention(uri(b, "mention"),
                        uri(b, "sentence"), integer(b, "begin"), integer(b, "end"), lexical(b, "surface"), e))));
        Map<String, List<Entity>> responsible = new HashMap<>();
        Map<String, List<Entity>> about = new HashMap<>();
        select(dataset, "commitment-entities.rq", b -> {
            var target = lexical(b, "role").equals("about") ? about : responsible;
            target.computeIfAbsent(uri(b, "commitment"), k -> new ArrayList<>()).add(entity(b));
        });
        Map<String, Deadline> deadlines = new TreeMap<>();
        select(dataset, "deadlines.rq", b -> parseDate(lexical(b, "deadlineDate")).ifPresent(date -> deadlines.merge(
                uri(b, "commitment"), new Deadline(uri(b, "deadline"), date.last(), optional(b, "deadlineText")),
                (x, y) -> DEADLINE_ORDER.compare(x, y) <= 0 ? x : y)));
        Map<String, Commitment> commitments = new TreeMap<>();
        select(dataset, "commitments.rq", b -> {
            String iri = uri(b, "commitment");
            String doc = uri(b, "doc");
            if (!docs.containsKey(doc)) {
                return;
            }
            commitments.putIfAbsent(iri, new Commitment(iri, doc, uri(b, "sentence"), lexical(b, "text"),
                    integer(b, "begin"), integer(b, "end"), Optional.ofNullable(sectionOf.get(iri)),
                    Optional.ofNullable(deadlines.get(iri)),
                    List.copyOf(responsible.getOrDefault(iri, List.of())), List.copyOf(about.getOrDefault(iri, List.of()))));
        });
        Map<String, CitedParts> parts = new TreeMap<>();
        select(dataset, "cited.rq", b -> {
            CitedParts p = parts.computeIfAbsent(uri(b, "cited"), k -> new CitedParts());
            String value = lexical(b, "value");
            switch (lexical(b, "property")) {
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
        select(dataset, "citations.rq", b -> {
            String to = uri(b, "cited");
            if (citedByIri.containsKey(to)) { // a cited document is known by its number
                citations.add(new Citation(uri(b, "sentence"), to));
            }
        });
        return new CorpusSnapshot(List.copyOf(docs.values()), List.copyOf(sentences.values()), entities,
                List.copyOf(mentions.values()), List.copyOf(commitments.values()), List.copyOf(citations), cited);
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

    /** The sentence is its section's heading line: "Đối với tuyến đường Quốc lộ 4B:" for heading "Đối với ... 4B". */
    private static boolean isHeadingLine(String text, String heading) {
        return !heading.isBlank() && Fold.key(text).equals(Fold.key(heading));
    }

    private static Entity entity(Binding b) {
        String category = optional(b, "category").map(c -> c.startsWith(CATEGORY_NS) ? c.substring(CATEGORY_NS.length()) : c)
                .map(c -> c.replace('-', '_')).orElse("");
        return new Entity(uri(b, "entity"), category, lexical(b, "label"));
    }

    private static Optional<IssueDate> parseDate(String lexical) {
        try {
            return Optional.of(IssueDate.parse(lexical));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a date the store holds in another form cannot be ordered; leave it out
        }
    }

    private static void select(DatasetGraph dataset, String resource, Consumer<Binding> row) {
        long start = System.nanoTime();
        long[] count = {0};
        try (QueryExec exec = QueryExec.dataset(dataset).query(TraceQueries.load(resource)).build()) {
            RowSet rows = exec.select();
            rows.forEachRemaining(b -> {
                count[0]++;
                row.accept(b);
            });
        }
        LOG.debug("{}: {} rows in {} ms", resource, count[0], (System.nanoTime() - start) / 1_000_000);
    }

    private static String uri(Binding b, String var) {
        return b.get(var).getURI();
    }

    private static String lexical(Binding b, String var) {
        Node n = b.get(var);
        return n.isURI() ? n.getURI() : n.getLiteralLexicalForm();
    }

    private static int integer(Binding b, String var) {
        return Integer.parseInt(lexical(b, var));
    }

    private static Optional<String> optional(Binding b, String var) {
        return b.contains(var) ? Optional.of(lexical(b, var)) : Optional.empty();
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
