package org.lskg.trace;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.lskg.trace.CorpusSnapshot.Citation;
import org.lskg.trace.CorpusSnapshot.Commitment;
import org.lskg.trace.CorpusSnapshot.Deadline;
import org.lskg.trace.CorpusSnapshot.Doc;
import org.lskg.trace.CorpusSnapshot.Entity;
import org.lskg.trace.CorpusSnapshot.Mention;
import org.lskg.trace.CorpusSnapshot.Sentence;
import org.lskg.text.Fold;

/**
 * Reads a {@link CorpusSnapshot} from a dataset whose default graph is the union of the document graphs, with
 * the queries in {@code org/lskg/trace/*.rq}, in one read transaction. Documents without a date, and the
 * sentences and commitments of such documents, are left out: they cannot be placed on a timeline.
 */
final class CorpusReader {
    private static final String CATEGORY_NS = "https://w3id.org/lskg/id/category/";

    private CorpusReader() {}

    static CorpusSnapshot read(DatasetGraph dataset) {
        return Txn.calculateRead(dataset, () -> readInTransaction(dataset));
    }

    private static CorpusSnapshot readInTransaction(DatasetGraph dataset) {
        Map<String, Doc> docs = new TreeMap<>();
        select(dataset, "documents.rq", b -> {
            String iri = uri(b, "doc");
            parseDate(lexical(b, "issued")).ifPresent(d -> docs.putIfAbsent(iri, new Doc(iri, lexical(b, "source"), d)));
        });
        List<Sentence> sentences = new ArrayList<>();
        select(dataset, "sentences.rq", b -> {
            String doc = uri(b, "doc");
            if (docs.containsKey(doc)) {
                String text = lexical(b, "text");
                Optional<String> heading = optional(b, "heading");
                sentences.add(new Sentence(uri(b, "sentence"), doc, integer(b, "order"), integer(b, "begin"), text,
                        optional(b, "section"), heading.filter(h -> isHeadingLine(text, h)).isPresent()));
            }
        });
        List<Entity> entities = new ArrayList<>();
        select(dataset, "entities.rq", b -> entities.add(entity(b)));
        List<Mention> mentions = new ArrayList<>();
        select(dataset, "mentions.rq", b -> mentions.add(new Mention(uri(b, "mention"), uri(b, "sentence"),
                integer(b, "begin"), integer(b, "end"), lexical(b, "surface"), entity(b))));
        Map<String, List<Entity>> responsible = new HashMap<>();
        Map<String, List<Entity>> about = new HashMap<>();
        select(dataset, "commitment-entities.rq", b -> {
            var target = lexical(b, "role").equals("about") ? about : responsible;
            target.computeIfAbsent(uri(b, "commitment"), k -> new ArrayList<>()).add(entity(b));
        });
        Map<String, Commitment> commitments = new TreeMap<>();
        select(dataset, "commitments.rq", b -> {
            String iri = uri(b, "commitment");
            String doc = uri(b, "doc");
            if (!docs.containsKey(doc)) {
                return;
            }
            Optional<Deadline> deadline = optional(b, "deadline").flatMap(d -> parseDate(lexical(b, "deadlineDate"))
                    .map(date -> new Deadline(d, date.last(), optional(b, "deadlineText"))));
            commitments.putIfAbsent(iri, new Commitment(iri, doc, uri(b, "sentence"), lexical(b, "text"),
                    integer(b, "begin"), integer(b, "end"), optional(b, "section"), deadline,
                    List.copyOf(responsible.getOrDefault(iri, List.of())), List.copyOf(about.getOrDefault(iri, List.of()))));
        });
        List<Citation> citations = new ArrayList<>();
        select(dataset, "citations.rq", b -> citations.add(new Citation(uri(b, "sentence"), uri(b, "cited"),
                lexical(b, "number"), optional(b, "issued").flatMap(CorpusReader::parseDate).map(IssueDate::first),
                optional(b, "title"), Boolean.parseBoolean(lexical(b, "loaded")))));
        return new CorpusSnapshot(List.copyOf(docs.values()), sentences, entities, mentions,
                List.copyOf(commitments.values()), citations.stream().distinct().toList());
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
        try (QueryExec exec = QueryExec.dataset(dataset).query(TraceQueries.load(resource)).build()) {
            RowSet rows = exec.select();
            rows.forEachRemaining(row);
        }
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
