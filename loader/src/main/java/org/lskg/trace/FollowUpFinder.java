package org.lskg.trace;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.lskg.text.Fold;
import org.lskg.trace.CorpusSnapshot.Citation;
import org.lskg.trace.CorpusSnapshot.Commitment;
import org.lskg.trace.CorpusSnapshot.Doc;
import org.lskg.trace.CorpusSnapshot.Entity;
import org.lskg.trace.CorpusSnapshot.Mention;
import org.lskg.trace.CorpusSnapshot.Sentence;
import org.lskg.trace.CorpusSnapshot.CitedDocument;
import org.lskg.trace.FollowUpIndex.Establishing;

/**
 * Finds the follow-ups of commitments: sentences of later documents (whose every possible day comes after the
 * commitment's document) that concern the same task, by the rules of {@link Thresholds}. Built once per
 * corpus: every sentence is folded and turned into term vectors once, and a {@link FollowUpIndex} gives each
 * commitment the few sentences that may match, so a commitment is never compared with every later sentence.
 * Immutable and thread-safe: commitments may be traced in parallel.
 */
final class FollowUpFinder {
    private static final Pattern CLAUSE = Pattern.compile(";");
    /** Verbs of a decision that does what was asked: set up, approve, issue, recognise. */
    private static final List<String> ESTABLISHING_VERBS = List.of("thanh lap", "phe duyet", "ban hanh", "cong nhan");
    static final double ESTABLISHED_OBJECT_SHARE = 0.8;
    private static final int ESTABLISHED_OBJECT_MIN_SYLLABLES = 3;

    /**
     * A later sentence, prepared once: its clauses' vectors, entities, the documents it cites, the establishing
     * readings of those, and whether it gives a task. The clauses' text is split again when a match is written.
     */
    private record Candidate(Sentence sentence, Doc doc, List<TermVectors.Vector> vectors, List<Entity> entities,
                             Set<String> entityIris, List<String> cited, List<Establishing> establishing,
                             boolean task) {}

    /** A commitment prepared once per search: its text with its heading, folded, and what it may share. */
    private record Origin(Commitment commitment, Doc doc, String text, String folded, Set<String> syllables,
                          TermVectors.Vector vector, Set<Entity> sameAsTopic, Set<String> cited) {}

    private final Thresholds thresholds;
    private final TermVectors terms;
    private final Map<String, Doc> docs;
    private final Map<String, Sentence> sentences;
    private final Map<String, List<Mention>> mentionsBySentence;
    private final Map<String, List<String>> citedBySentence;
    /** The establishing readings of each cited decision, by title then date. */
    private final Map<String, List<Establishing>> establishingByCited;
    private final Map<String, Sentence> headingBySection;
    private final List<Candidate> candidates;
    private final FollowUpIndex index;
    /** How many sentences name each entity: a rarely named project identifies a task better than a common one. */
    private final Map<String, Long> spread;

    FollowUpFinder(CorpusSnapshot corpus, Thresholds thresholds) {
        this.thresholds = thresholds;
        this.docs = corpus.documentsByIri();
        this.sentences = corpus.sentencesByIri();
        this.mentionsBySentence = corpus.mentions().stream().collect(Collectors.groupingBy(Mention::sentence));
        this.citedBySentence = corpus.citations().stream().collect(Collectors.groupingBy(Citation::sentence,
                Collectors.mapping(Citation::cited, Collectors.toList())));
        this.establishingByCited = corpus.cited().stream().collect(Collectors.toMap(CitedDocument::iri,
                FollowUpFinder::establishing));
        this.headingBySection = corpus.sentences().stream().filter(s -> s.heading() && s.section().isPresent())
                .collect(Collectors.toMap(s -> s.section().get(), s -> s, (a, b) -> a.order() <= b.order() ? a : b));
        Map<String, List<Commitment>> tasks = corpus.commitments().stream()
                .collect(Collectors.groupingBy(Commitment::sentence));
        // Fold every sentence once, clause by clause: the folded sentence is its folded clauses joined (a ';'
        // folds to a space), and it gives the document frequencies.
        List<Sentence> chosen = new ArrayList<>();
        List<List<String>> foldedClauses = new ArrayList<>();
        List<String> foldedSentences = new ArrayList<>(corpus.sentences().size());
        for (Sentence s : corpus.sentences()) {
            if (!(s.heading() || shouted(s.text())) || tasks.containsKey(s.iri())) {
                List<String> folded = clauses(s.text()).stream().map(Fold::ascii).toList();
                chosen.add(s);
                foldedClauses.add(folded);
                foldedSentences.add(folded.stream().filter(c -> !c.isEmpty()).collect(Collectors.joining(" ")));
            } else {
                foldedSentences.add(Fold.ascii(s.text()));
            }
        }
        this.terms = TermVectors.over(foldedSentences, foldedClauses.stream().flatMap(List::stream).toList());
        List<Candidate> prepared = new ArrayList<>(chosen.size());
        for (int i = 0; i < chosen.size(); i++) {
            prepared.add(candidate(chosen.get(i), foldedClauses.get(i), tasks.getOrDefault(chosen.get(i).iri(), List.of())));
        }
        this.candidates = List.copyOf(prepared);
        this.spread = candidates.stream().flatMap(k -> k.entities().stream().map(Entity::iri).distinct())
                .collect(Collectors.groupingBy(iri -> iri, Collectors.counting()));
        this.index = FollowUpIndex.of(terms, thresholds.termSpread(), candidates.stream()
                        .map(k -> new FollowUpIndex.Entry(k.vectors(), k.entities(), k.cited())).toList(),
                establishingByCited.values().stream().flatMap(List::stream).toList());
    }

    /** A line in capitals is a title or header ("KHÓA XVII, KỲ HỌP THỨ HAI MƯƠI MỐT"), not a statement. */
    private static boolean shouted(String text) {
        return text.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    private static List<String> clauses(String text) {
        return CLAUSE.splitAsStream(text).map(String::strip).filter(c -> !c.isEmpty()).toList();
    }

    private Candidate candidate(Sentence s, List<String> foldedClauses, List<Commitment> tasks) {
        List<Entity> entities = Stream.concat(
                        mentionsBySentence.getOrDefault(s.iri(), List.of()).stream().map(Mention::entity),
                        tasks.stream().flatMap(t -> t.about().stream()))
                .distinct().toList();
        List<String> cited = citedBySentence.getOrDefault(s.iri(), List.of());
        return new Candidate(s, docs.get(s.document()), foldedClauses.stream().map(terms::vectorOfFolded).toList(),
                entities.stream().filter(Entity::distinctive).toList(),
                entities.stream().map(Entity::iri).collect(Collectors.toUnmodifiableSet()),
                cited, cited.stream().flatMap(x -> establishingByCited.getOrDefault(x, List.of()).stream()).toList(),
                !tasks.isEmpty());
    }

    /** The readings of a dated decision whose title opens with an establishing verb: "Thành lập Trung tâm ...". */
    private static List<Establishing> establishing(CitedDocument d) {
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

    /**
     * The follow-ups of {@code c} known on {@code asOf} (from documents whose first possible day is not after
     * it): at most {@link Thresholds#perDocument} per document, the most confident, and at most
     * {@link Thresholds#perCommitment} in all, the most confident (the latest first among equals) and the
     * first completion, on which the status rests; by date, document and sentence order.
     */
    List<FollowUp> find(Commitment c, LocalDate asOf) {
        Origin origin = origin(c);
        Set<Integer> found = new HashSet<>();
        origin.sameAsTopic().forEach(e -> index.naming(e, found::add));
        origin.cited().forEach(x -> index.citing(x, found::add));
        index.citing(origin.doc().iri(), found::add);
        index.establishing(origin.syllables()).stream().filter(x -> establishes(x, origin))
                .forEach(x -> index.citing(x.document().iri(), found::add));
        // A sentence that shares no entity, citation or decision with the commitment needs words alone: its
        // best clause must reach the lexical threshold, which a merge of two short vectors tells.
        index.similar(origin.vector(), thresholds.lexical(), i -> {
            if (!found.contains(i) && known(origin, candidates.get(i), asOf)
                    && similarity(origin, candidates.get(i)) >= thresholds.lexical()) {
                found.add(i);
            }
        });
        Map<String, List<FollowUp>> byDocument = new HashMap<>();
        found.stream().sorted().map(candidates::get)
                .filter(k -> known(origin, k, asOf))
                .forEach(k -> match(origin, k)
                        .ifPresent(f -> byDocument.computeIfAbsent(f.document(), d -> new ArrayList<>()).add(f)));
        Comparator<FollowUp> byConfidence = Comparator.comparing(FollowUp::confidence).reversed()
                .thenComparing(FollowUp::evidence);
        List<FollowUp> kept = byDocument.values().stream()
                .flatMap(list -> list.stream().sorted(byConfidence).limit(thresholds.perDocument()))
                .toList();
        return best(kept).stream()
                .sorted(Comparator.comparing(FollowUp::date).thenComparing(FollowUp::document)
                        .thenComparing(f -> sentences.get(f.evidence()).order()))
                .toList();
    }

    /**
     * The {@link Thresholds#perCommitment} most confident follow-ups, the latest first among equals, so that
     * near-duplicate documents do not multiply links; plus the first completion when it is not among them.
     */
    private List<FollowUp> best(List<FollowUp> all) {
        if (all.size() <= thresholds.perCommitment()) {
            return all;
        }
        Comparator<FollowUp> byDate = Comparator.comparing(FollowUp::date).thenComparing(FollowUp::document)
                .thenComparing(f -> sentences.get(f.evidence()).order());
        List<FollowUp> best = new ArrayList<>(all.stream().sorted(Comparator.comparing(FollowUp::confidence)
                        .thenComparing(byDate).reversed())
                .limit(thresholds.perCommitment()).toList());
        all.stream().filter(f -> f.suggests() == Status.FULFILLED).min(byDate)
                .filter(f -> !best.contains(f)).ifPresent(best::add);
        return best;
    }

    /**
     * What the commitment is about: its projects, programmes and border gates — those it names itself, those
     * extraction put under lskg:about, and those of its section's heading ("2. Đối với tuyến đường Quốc lộ 4B:").
     */
    List<Entity> topic(Commitment c) {
        return topic(c, heading(c));
    }

    private Optional<Sentence> heading(Commitment c) {
        return c.section().map(headingBySection::get).filter(h -> !h.iri().equals(c.sentence()));
    }

    private List<Entity> topic(Commitment c, Optional<Sentence> heading) {
        Stream<Entity> own = mentionsBySentence.getOrDefault(c.sentence(), List.of()).stream()
                .filter(m -> m.begin() >= c.begin() && m.end() <= c.end()).map(Mention::entity);
        Stream<Entity> headed = heading.stream()
                .flatMap(h -> mentionsBySentence.getOrDefault(h.iri(), List.of()).stream()).map(Mention::entity);
        return Stream.of(c.about().stream(), own, headed).flatMap(s -> s).filter(Entity::distinctive).distinct().toList();
    }

    private Origin origin(Commitment c) {
        Optional<Sentence> heading = heading(c);
        String text = c.text() + heading.map(h -> " " + h.text()).orElse("");
        String folded = Fold.ascii(text);
        Set<Entity> same = new HashSet<>();
        topic(c, heading).forEach(t -> same.addAll(index.sameAs(t)));
        Set<String> cited = Set.copyOf(citedBySentence.getOrDefault(c.sentence(), List.of()));
        return new Origin(c, docs.get(c.document()), text, folded, TermVectors.syllablesOfFolded(folded),
                terms.vectorOfFolded(folded), same, cited);
    }

    /** The candidate's document is wholly after the commitment's, and known on {@code asOf}. */
    private static boolean known(Origin o, Candidate k, LocalDate asOf) {
        return o.doc().issued().whollyBefore(k.doc().issued()) && !k.doc().issued().first().isAfter(asOf);
    }

    /** The cosine of the commitment and the candidate's best clause. */
    private static double similarity(Origin o, Candidate k) {
        double similarity = 0;
        for (TermVectors.Vector v : k.vectors()) {
            similarity = Math.max(similarity, TermVectors.cosine(o.vector(), v));
        }
        return similarity;
    }

    private Optional<FollowUp> match(Origin o, Candidate k) {
        Commitment c = o.commitment();
        int best = 0;
        double similarity = 0;
        for (int i = 0; i < k.vectors().size(); i++) {
            double cos = TermVectors.cosine(o.vector(), k.vectors().get(i));
            if (cos > similarity) {
                similarity = cos;
                best = i;
            }
        }
        List<Entity> shared = k.entities().stream().filter(o.sameAsTopic()::contains).toList();
        List<String> sharedEntities = shared.stream().map(Entity::label).distinct().toList();
        boolean specific = shared.stream()
                .anyMatch(e -> Entities.named(e) && spread.getOrDefault(e.iri(), 0L) <= thresholds.entitySpread());
        boolean sharedCitation = k.cited().stream().anyMatch(o.cited()::contains);
        boolean citesOrigin = k.cited().contains(o.doc().iri());
        Optional<Establishing> establishing = k.establishing().stream().filter(x -> establishes(x, o)).findFirst();
        // Words alone must not tie a task to a statement about another named thing: two plans "thời kỳ 2021 -
        // 2030, tầm nhìn đến năm 2050" share their boilerplate, not their subject.
        boolean otherThing = shared.isEmpty() && k.entities().stream().anyMatch(Entities::named);
        boolean accepted = establishing.isPresent()
                || specific
                || !sharedEntities.isEmpty() && similarity >= thresholds.withEntity()
                || (sharedCitation || citesOrigin) && similarity >= thresholds.withCitation()
                || similarity >= (otherThing ? thresholds.lexicalAgainstOtherThing() : thresholds.lexical());
        if (!accepted) {
            return Optional.empty();
        }
        List<String> clauses = clauses(k.sentence().text());
        String clause = clauses.isEmpty() ? k.sentence().text() : clauses.get(best);
        Optional<ProgressCues.Cue> cue = ProgressCues.read(clause, k.task());
        Set<Signal> signals = EnumSet.noneOf(Signal.class);
        if (!sharedEntities.isEmpty()) signals.add(Signal.SHARED_ENTITY);
        if (sharedCitation) signals.add(Signal.SHARED_LEGAL_REFERENCE);
        if (c.responsible().stream().anyMatch(b -> k.entityIris().contains(b.iri()))) signals.add(Signal.SAME_RESPONSIBLE_BODY);
        if (similarity >= thresholds.withEntity()) signals.add(Signal.LEXICAL_OVERLAP);
        if (citesOrigin) signals.add(Signal.CITES_ORIGIN);
        if (establishing.isPresent()) signals.add(Signal.ESTABLISHING_DECISION);
        if (cue.isPresent()) signals.add(Signal.PROGRESS_CUE);
        Status suggests = establishing.isPresent() || cue.filter(x -> x.kind() == ProgressCues.Kind.COMPLETED).isPresent()
                ? Status.FULFILLED : Status.IN_PROGRESS;
        String why = why(sharedEntities, similarity,
                terms.sharedWords(o.vector(), k.vectors().isEmpty() ? TermVectors.Vector.EMPTY : k.vectors().get(best)),
                establishing, cue);
        return Optional.of(new FollowUp(c.iri(), k.sentence().iri(), k.doc().iri(), k.doc().source(), k.doc().issued(),
                k.sentence().text(), clause, List.copyOf(signals), confidence(signals, similarity), suggests, why));
    }

    /**
     * The citation is a decision issued after the origin document whose title does what the commitment asks:
     * the title opens with an establishing verb the commitment also uses ("thành lập"), and nearly every syllable
     * of its object ("Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh Lạng Sơn") is in the commitment.
     */
    private static boolean establishes(Establishing x, Origin o) {
        if (!x.issued().isAfter(o.doc().issued().last())
                || !(" " + o.folded() + " ").contains(" " + x.verb() + " ")) {
            return false;
        }
        long shared = x.object().stream().filter(o.syllables()::contains).count();
        return x.object().size() >= ESTABLISHED_OBJECT_MIN_SYLLABLES
                && shared >= ESTABLISHED_OBJECT_SHARE * x.object().size();
    }

    /** Independent evidence combined: 1 − Π(1 − weight), two decimals. */
    private static BigDecimal confidence(Set<Signal> signals, double similarity) {
        double doubt = 1.0;
        for (Signal s : signals) {
            doubt *= 1.0 - switch (s) {
                case ESTABLISHING_DECISION -> 0.8;
                case SHARED_ENTITY, CITES_ORIGIN -> 0.5;
                case SHARED_LEGAL_REFERENCE -> 0.3;
                case LEXICAL_OVERLAP -> Math.min(0.8, similarity);
                case SAME_RESPONSIBLE_BODY -> 0.1;
                case PROGRESS_CUE -> 0.05;
            };
        }
        return BigDecimal.valueOf(1.0 - doubt).setScale(2, RoundingMode.HALF_UP);
    }

    private static String why(List<String> entities, double similarity, List<String> sharedWords,
                              Optional<Establishing> establishing, Optional<ProgressCues.Cue> cue) {
        List<String> parts = new ArrayList<>();
        establishing.ifPresent(x -> parts.add("cites " + x.document().number() + " of " + x.issued()
                + " (" + x.title() + ")"));
        if (!entities.isEmpty()) {
            parts.add("same " + String.join(", ", entities));
        }
        Set<String> words = new LinkedHashSet<>(sharedWords);
        parts.add(String.format(java.util.Locale.ROOT, "similarity %.2f%s", similarity,
                words.isEmpty() ? "" : " (" + words.stream().limit(6).collect(Collectors.joining(", ")) + ")"));
        cue.ifPresent(x -> parts.add((x.kind() == ProgressCues.Kind.COMPLETED ? "completion" : "progress")
                + " words \"" + x.words() + "\""));
        return String.join("; ", parts);
    }
}
