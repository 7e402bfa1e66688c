package org.lskg.trace;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.lskg.text.Fold;
import org.lskg.trace.CorpusSnapshot.CitedDocument;
import org.lskg.trace.CorpusSnapshot.Commitment;
import org.lskg.trace.CorpusSnapshot.Doc;
import org.lskg.trace.CorpusSnapshot.Entity;
import org.lskg.trace.CorpusSnapshot.Mention;
import org.lskg.trace.CorpusSnapshot.Sentence;
import org.lskg.trace.FollowUpFinder.Candidate;
import org.lskg.trace.FollowUpIndex.Establishing;

/**
 * The sentences of a corpus prepared once for every search ({@link FollowUpFinder}): each folded once, clause by
 * clause; the term weights they give ({@link TermVectors}); and the later statements that may be follow-ups
 * (candidates: every sentence but headings and lines in capitals that give no task) with their clauses' vectors,
 * progress cues, entities and citations. Folding and preparing run on all cores; the lists keep the corpus's
 * sentence order. Immutable.
 */
final class PreparedSentences {
    private static final Pattern CLAUSE = Pattern.compile(";");
    /** Verbs of a decision that does what was asked: set up, approve, issue, recognise. */
    private static final List<String> ESTABLISHING_VERBS = List.of("thanh lap", "phe duyet", "ban hanh", "cong nhan");

    private final TermVectors terms;
    private final List<Candidate> candidates;
    private final Map<Sentence, String> folded;
    private final Map<String, Doc> docs;
    private final Map<String, List<Mention>> mentionsBySentence;
    private final Map<String, List<String>> citedBySentence;
    private final Map<String, List<Establishing>> establishingByCited;

    private PreparedSentences(CorpusSnapshot corpus, Map<String, Doc> docs, Map<String, List<Mention>> mentionsBySentence,
                              Map<String, List<String>> citedBySentence,
                              Map<String, List<Establishing>> establishingByCited) {
        this.docs = docs;
        this.mentionsBySentence = mentionsBySentence;
        this.citedBySentence = citedBySentence;
        this.establishingByCited = establishingByCited;
        Map<String, List<Commitment>> tasks = corpus.commitments().stream()
                .collect(Collectors.groupingBy(Commitment::sentence));
        // Fold every sentence once, clause by clause: the folded sentence is its folded clauses joined (a ';'
        // folds to a space), and it gives the document frequencies. A text that near-duplicate documents repeat
        // is folded once, and its copies share the result.
        Map<Text, FoldedText> byText = new ConcurrentHashMap<>();
        List<Folded> all = corpus.sentences().parallelStream().map(s -> {
            boolean statement = !(s.heading() || shouted(s.text())) || tasks.containsKey(s.iri());
            return new Folded(s, byText.computeIfAbsent(new Text(s.text(), statement), k -> {
                if (statement) {
                    List<String> parts = foldedClauses(s.text());
                    return new FoldedText(Optional.of(parts), joined(parts));
                }
                return new FoldedText(Optional.empty(), Fold.ascii(s.text()));
            }));
        }).toList();
        // A candidate's clauses need no terms of their own: a folded clause is a run of its folded sentence (the
        // clauses joined by spaces), so its syllables and bigrams are the sentence's.
        this.terms = TermVectors.over(all.stream().map(Folded::sentence).toList(), List.of());
        // The vector of each folded clause is made once: near-duplicate documents repeat their clauses, and equal
        // clauses then share one vector, which FollowUpIndex measures once for all of them.
        Map<String, TermVectors.Vector> vectors = new ConcurrentHashMap<>();
        Map<Text, Cues> cues = new ConcurrentHashMap<>();
        this.candidates = List.copyOf(all.stream().filter(f -> f.clauses().isPresent()).toList().parallelStream()
                .map(f -> candidate(f.of(), f.clauses().get(), tasks.getOrDefault(f.of().iri(), List.of()), vectors,
                        cues))
                .toList());
        Map<Sentence, String> bySentence = new IdentityHashMap<>();
        all.forEach(f -> bySentence.put(f.of(), f.sentence()));
        this.folded = bySentence;
    }

    /**
     * The sentences of {@code corpus} prepared, with what the finder has already grouped: its documents by IRI, the
     * mentions and citations of each sentence, and the establishing readings of each cited document.
     */
    static PreparedSentences of(CorpusSnapshot corpus, Map<String, Doc> docs, Map<String, List<Mention>> mentionsBySentence,
                                Map<String, List<String>> citedBySentence,
                                Map<String, List<Establishing>> establishingByCited) {
        return new PreparedSentences(corpus, docs, mentionsBySentence, citedBySentence, establishingByCited);
    }

    /** The term weights of the corpus's sentences. */
    TermVectors terms() {
        return terms;
    }

    /** The candidates, in the corpus's sentence order. */
    List<Candidate> candidates() {
        return candidates;
    }

    /** The sentence of the corpus, {@link Fold#ascii folded}. */
    String folded(Sentence s) {
        return folded.get(s);
    }

    /**
     * A sentence's text and what else its preparation depends on (whether it is a statement, whether it gives a
     * task): the key under which texts near-duplicate documents repeat are prepared once.
     */
    private record Text(String text, boolean flag) {}

    /** A text folded whole, and clause by clause when it may be a follow-up (a candidate). */
    private record FoldedText(Optional<List<String>> clauses, String whole) {}

    /** A sentence and its text folded. */
    private record Folded(Sentence of, FoldedText text) {
        Optional<List<String>> clauses() {
            return text.clauses();
        }

        String sentence() {
            return text.whole();
        }
    }

    /** A line in capitals is a title or header ("KHÓA XVII, KỲ HỌP THỨ HAI MƯƠI MỐT"), not a statement. */
    private static boolean shouted(String text) {
        return text.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /** The text's clauses: split at ';', stripped, the empty ones left out. */
    static List<String> clauses(String text) {
        return CLAUSE.splitAsStream(text).map(String::strip).filter(c -> !c.isEmpty()).toList();
    }

    /** The text's clauses, each {@link Fold#ascii folded}. */
    static List<String> foldedClauses(String text) {
        return clauses(text).stream().map(Fold::ascii).toList();
    }

    /**
     * The sentence folded, from its folded clauses: they joined by a space, the empty ones left out, are
     * {@code Fold.ascii} of the whole text (a ';' folds to a space), which is read from here for the document
     * frequencies and the documents' provinces rather than folded again.
     */
    static String joined(List<String> foldedClauses) {
        return foldedClauses.stream().filter(c -> !c.isEmpty()).collect(Collectors.joining(" "));
    }

    /**
     * A later sentence prepared once for every search: its clauses are split and read for cues here only; their
     * vectors are taken from {@code vectors} (by folded clause) or made and put there.
     */
    private Candidate candidate(Sentence s, List<String> foldedClauses, List<Commitment> tasks,
                                Map<String, TermVectors.Vector> vectors, Map<Text, Cues> read) {
        List<Entity> entities = Stream.concat(
                        mentionsBySentence.getOrDefault(s.iri(), List.of()).stream().map(Mention::entity),
                        tasks.stream().flatMap(t -> t.about().stream()))
                .distinct().toList();
        List<String> cited = citedBySentence.getOrDefault(s.iri(), List.of());
        boolean task = !tasks.isEmpty();
        Cues cues = read.computeIfAbsent(new Text(s.text(), task), k -> Cues.of(s.text(), foldedClauses, task));
        List<Entity> distinctive = entities.stream().filter(Entity::distinctive).toList();
        return new Candidate(s, docs.get(s.document()),
                foldedClauses.stream().map(c -> vectors.computeIfAbsent(c, terms::vectorOfFolded)).toList(),
                distinctive, distinctive.stream().filter(Entities::named).toList(),
                entities.stream().map(Entity::iri).collect(Collectors.toUnmodifiableSet()),
                cited, cited.stream().flatMap(x -> establishingByCited.getOrDefault(x, List.of()).stream()).toList(),
                task, cues.ofClauses(), cues.ofBest());
    }

    /**
     * The progress cues of a text's clauses, and the cue of the text when each clause is the best: they depend on
     * the text and whether it gives a task, not on the commitment, and are read once per such text.
     */
    private record Cues(List<Optional<ProgressCues.Cue>> ofClauses, List<Optional<ProgressCues.Cue>> ofBest) {
        static Cues of(String text, List<String> foldedClauses, boolean task) {
            // the clauses folded are those of the text, in order: their cues are read from the folded ones
            List<Optional<ProgressCues.Cue>> cues = foldedClauses.stream().map(c -> ProgressCues.readFolded(c, task))
                    .toList();
            List<String> clauses = clauses(text);
            return new Cues(cues, clauses.isEmpty() ? List.of(ProgressCues.read(text, clauses, task))
                    : cues.stream().map(own -> ProgressCues.of(own, cues, task)).toList());
        }
    }

    /** The establishing verbs {@code folded} (a folded text) uses, each as a whole word or words. */
    static Set<String> establishingVerbs(String folded) {
        String padded = " " + folded + " ";
        return ESTABLISHING_VERBS.stream().filter(verb -> padded.contains(" " + verb + " "))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The readings of a dated decision whose title opens with an establishing verb: "Thành lập Trung tâm ...". */
    static List<Establishing> establishing(CitedDocument d) {
        List<Establishing> out = new ArrayList<>();
        for (String title : d.titles()) {
            String folded = Fold.ascii(title);
            ESTABLISHING_VERBS.stream().filter(verb -> folded.startsWith(verb + " ")).findFirst().ifPresent(verb -> {
                Set<String> object = TermVectors.syllables(folded.substring(verb.length()));
                d.issued().forEach(day -> out.add(new Establishing(d, day, title, verb, object)));
            });
        }
        return List.copyOf(out);
    }
}
