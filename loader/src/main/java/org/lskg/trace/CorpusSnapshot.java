package org.lskg.trace;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What tracing reads from the store: the dated documents, their sentences, the entities (once per preferred
 * label: an entity spelt two ways has two), resolved mentions, commitments, citations and the cited documents, as
 * immutable values. Lists are sorted by IRI, so whatever order the store returns, tracing sees
 * the same input (two builds give the same trace graph).
 */
public record CorpusSnapshot(List<Doc> documents, List<Sentence> sentences, List<Entity> entities,
                             List<Mention> mentions, List<Commitment> commitments, List<Citation> citations,
                             List<CitedDocument> cited) {

    /**
     * A loaded document with a date, and its type (the Vietnamese label: "Quyết định"), title and issuer when
     * the store has them: what tells whether it is the product a commitment asked for.
     */
    public record Doc(String iri, String source, IssueDate issued, Optional<String> type, Optional<String> title,
                      Optional<String> issuer) {
        public Doc(String iri, String source, IssueDate issued) {
            this(iri, source, issued, Optional.empty(), Optional.empty(), Optional.empty());
        }
    }

    /** A sentence; {@code heading} when it is the heading line of its section ("Đối với tuyến đường Quốc lộ 4B:"). */
    public record Sentence(String iri, String document, int order, int begin, String text, Optional<String> section,
                           boolean heading) {}

    /** A resolved entity: IRI, category token (agency, place, project ...) and preferred label. */
    public record Entity(String iri, String category, String label) {
        /** Projects, programmes and border gates: the things a commitment is about, unlike places or bodies. */
        public boolean distinctive() {
            return category.equals("project") || category.equals("program") || category.equals("border_gate");
        }
    }

    /** A mention of an entity in a sentence, with offsets into the document's text and the words as written. */
    public record Mention(String iri, String sentence, int begin, int end, String surface, Entity entity) {}

    /** A commitment with the bodies responsible for it and the entities it is about. */
    public record Commitment(String iri, String document, String sentence, String text, int begin, int end,
                             Optional<String> section, Optional<Deadline> deadline, List<Entity> responsible,
                             List<Entity> about) {}

    /** A commitment's deadline node, its last allowed day and the words it was read from. */
    public record Deadline(String iri, LocalDate date, Optional<String> text) {}

    /** A sentence citing a document by number. */
    public record Citation(String sentence, String cited) {}

    /**
     * A cited document: its number, and the dates and titles the store gives it, sorted — each citing document
     * gives its own reading ("thực hiện thủ tục hành chính theo cơ chế một cửa ...", "sửa đổi, bổ sung một"), so
     * there may be several — and whether it is loaded itself.
     */
    public record CitedDocument(String iri, String number, List<LocalDate> issued, List<String> titles,
                                boolean loaded) {
        public CitedDocument {
            issued = issued.stream().distinct().sorted().toList();
            titles = titles.stream().distinct().sorted().toList();
        }
    }

    public CorpusSnapshot {
        documents = sorted(documents, Doc::iri);
        sentences = sorted(sentences, Sentence::iri);
        entities = entities.stream().distinct().sorted(Comparator.comparing(Entity::iri)
                .thenComparing(Entity::category).thenComparing(Entity::label)).toList();
        mentions = sorted(mentions, Mention::iri);
        commitments = sorted(commitments, Commitment::iri);
        citations = citations.stream().distinct()
                .sorted(Comparator.comparing(Citation::sentence).thenComparing(Citation::cited)).toList();
        cited = sorted(cited, CitedDocument::iri);
    }

    /**
     * {@code list} in the order of {@code key}, ties in their order in the list, as an unmodifiable list; sorted on
     * all cores (10,000 documents: 1.3 million sentences, 728,000 commitments, a third of a trace's reading of its
     * kept scans on one).
     */
    @SuppressWarnings("unchecked")
    private static <T> List<T> sorted(List<T> list, Function<T, String> key) {
        T[] array = (T[]) list.toArray();
        Arrays.parallelSort(array, Comparator.comparing(key)); // stable, as a sequential sort
        return Collections.unmodifiableList(Arrays.asList(array));
    }

    /** Documents by IRI. */
    public Map<String, Doc> documentsByIri() {
        return documents.stream().collect(Collectors.toUnmodifiableMap(Doc::iri, Function.identity()));
    }

    /** Cited documents by IRI. */
    public Map<String, CitedDocument> citedByIri() {
        return cited.stream().collect(Collectors.toUnmodifiableMap(CitedDocument::iri, Function.identity()));
    }

    /** Sentences by IRI. */
    public Map<String, Sentence> sentencesByIri() {
        return sentences.stream().collect(Collectors.toUnmodifiableMap(Sentence::iri, Function.identity()));
    }

    /** The latest date a document may bear, by first day: the default "as of" of a status assessment. */
    public Optional<LocalDate> latestDocumentDate() {
        return documents.stream().map(Doc::issued).max(Comparator.naturalOrder()).map(IssueDate::first);
    }
}
