package org.lskg.trace;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
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

/**
 * Finds the follow-ups of commitments: sentences of later documents (whose every possible day comes after the
 * commitment's document) that concern the same task, by the rules of {@link Thresholds}. Built once per
 * corpus; immutable.
 */
final class FollowUpFinder {
    private static final Pattern CLAUSE = Pattern.compile(";");
    /** Verbs of a decision that does what was asked: set up, approve, issue, recognise. */
    private static final List<String> ESTABLISHING_VERBS = List.of("thanh lap", "phe duyet", "ban hanh", "cong nhan");
    private static final double ESTABLISHED_OBJECT_SHARE = 0.8;
    private static final int ESTABLISHED_OBJECT_MIN_SYLLABLES = 3;

    /** A later sentence, prepared once: its clauses' vectors, entities, citations and whether it gives a task. */
    private record Candidate(Sentence sentence, Doc doc, List<String> clauses, List<Map<String, Double>> vectors,
                             List<Entity> entities, Set<String> entityIris, List<Citation> citations, boolean task) {}

    private final Thresholds thresholds;
    private final TermVectors terms;
    private final Map<String, Doc> docs;
    private final Map<String, Sentence> sentences;
    private final Map<String, List<Mention>> mentionsBySentence;
    private final Map<String, List<Citation>> citationsBySentence;
    private final Map<String, Sentence> headingBySection;
    private final List<Candidate> candidates;
    /** How many sentences name each entity: a rarely named project identifies a task better than a common one. */
    private final Map<String, Long> spread;

    FollowUpFinder(CorpusSnapshot corpus, Thresholds thresholds) {
        this.thresholds = thresholds;
        this.terms = TermVectors.over(corpus.sentences().stream().map(Sentence::text).toList());
        this.docs = corpus.documentsByIri();
        this.sentences = corpus.sentencesByIri();
        this.mentionsBySentence = corpus.mentions().stream().collect(Collectors.groupingBy(Mention::sentence));
        this.citationsBySentence = corpus.citations().stream().collect(Collectors.groupingBy(Citation::sentence));
        this.headingBySection = corpus.sentences().stream().filter(s -> s.heading() && s.section().isPresent())
                .collect(Collectors.toMap(s -> s.section().get(), s -> s, (a, b) -> a.order() <= b.order() ? a : b));
        Map<String, List<Commitment>> tasks = corpus.commitments().stream()
                .collect(Collectors.groupingBy(Commitment::sentence));
        this.candidates = corpus.sentences().stream()
                .filter(s -> !(s.heading() || shouted(s.text())) || tasks.containsKey(s.iri()))
                .map(s -> candidate(s, tasks.getOrDefault(s.iri(), List.of())))
                .toList();
        this.spread = candidates.stream().flatMap(k -> k.entities().stream().map(Entity::iri).distinct())
                .collect(Collectors.groupingBy(iri -> iri, Collectors.counting()));
    }

    /** A line in capitals is a title or header ("KHÓA XVII, KỲ HỌP THỨ HAI MƯƠI MỐT"), not a statement. */
    private static boolean shouted(String text) {
        return text.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    private Candidate candidate(Sentence s, List<Commitment> tasks) {
        List<String> clauses = CLAUSE.splitAsStream(s.text()).map(String::strip).filter(c -> !c.isEmpty()).toList();
        List<Entity> entities = Stream.concat(
                        mentionsBySentence.getOrDefault(s.iri(), List.of()).stream().map(Mention::entity),
                        tasks.stream().flatMap(t -> t.about().stream()))
                .distinct().toList();
        return new Candidate(s, docs.get(s.document()), clauses, clauses.stream().map(terms::vector).toList(),
                entities.stream().filter(Entity::distinctive).toList(),
                entities.stream().map(Entity::iri).collect(Collectors.toUnmodifiableSet()),
                citationsBySentence.getOrDefault(s.iri(), List.of()), !tasks.isEmpty());
    }

    /** The follow-ups of {@code c}, by date, document and sentence order. */
    List<FollowUp> find(Commitment c) {
        Doc origin = docs.get(c.document());
        Optional<Sentence> heading = heading(c);
        String originText = c.text() + heading.map(h -> " " + h.text()).orElse("");
        Map<String, Double> vector = terms.vector(originText);
        List<Entity> topic = topic(c, heading);
        Set<String> cited = citationsBySentence.getOrDefault(c.sentence(), List.of()).stream()
                .map(Citation::cited).collect(Collectors.toSet());
        Map<String, List<FollowUp>> byDocument = new HashMap<>();
        for (Candidate k : candidates) {
            if (!origin.issued().whollyBefore(k.doc().issued())) {
                continue;
            }
            match(c, origin, originText, vector, topic, cited, k)
                    .ifPresent(f -> byDocument.computeIfAbsent(f.document(), d -> new ArrayList<>()).add(f));
        }
        Comparator<FollowUp> byConfidence = Comparator.comparing(FollowUp::confidence).reversed()
                .thenComparing(FollowUp::evidence);
        return byDocument.values().stream()
                .flatMap(list -> list.stream().sorted(byConfidence).limit(thresholds.perDocument()))
                .sorted(Comparator.comparing(FollowUp::date).thenComparing(FollowUp::document)
                        .thenComparing(f -> sentences.get(f.evidence()).order()))
                .toList();
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

    private Optional<FollowUp> match(Commitment c, Doc origin, String originText, Map<String, Double> vector,
                                     List<Entity> topic, Set<String> cited, Candidate k) {
        int best = 0;
        double similarity = 0;
        for (int i = 0; i < k.vectors().size(); i++) {
            double cos = TermVectors.cosine(vector, k.vectors().get(i));
            if (cos > similarity) {
                similarity = cos;
                best = i;
            }
        }
        List<Entity> shared = k.entities().stream()
                .filter(e -> topic.stream().anyMatch(t -> Entities.sameThing(t, e))).toList();
        List<String> sharedEntities = shared.stream().map(Entity::label).distinct().toList();
        boolean specific = shared.stream()
                .anyMatch(e -> Entities.named(e) && spread.getOrDefault(e.iri(), 0L) <= thresholds.entitySpread());
        boolean sharedCitation = k.citations().stream().anyMatch(x -> cited.contains(x.cited()));
        boolean citesOrigin = k.citations().stream().anyMatch(x -> x.cited().equals(origin.iri()));
        Optional<Citation> establishing = k.citations().stream()
                .filter(x -> establishes(x, origin, originText)).findFirst();
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
        String clause = k.clauses().isEmpty() ? k.sentence().text() : k.clauses().get(best);
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
        String why = why(sharedEntities, similarity, vector, k.vectors().isEmpty() ? Map.of() : k.vectors().get(best),
                establishing, cue);
        return Optional.of(new FollowUp(c.iri(), k.sentence().iri(), k.doc().iri(), k.doc().source(), k.doc().issued(),
                k.sentence().text(), clause, List.copyOf(signals), confidence(signals, similarity), suggests, why));
    }

    /**
     * The citation is a decision issued after the origin document whose title does what the commitment asks:
     * the title opens with an establishing verb the commitment also uses ("thành lập"), and nearly every syllable
     * of its object ("Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh Lạng Sơn") is in the commitment.
     */
    private static boolean establishes(Citation x, Doc origin, String originText) {
        if (x.issued().isEmpty() || x.title().isEmpty() || !x.issued().get().isAfter(origin.issued().last())) {
            return false;
        }
        String title = Fold.ascii(x.title().get());
        String asked = Fold.ascii(originText);
        for (String verb : ESTABLISHING_VERBS) {
            if (title.startsWith(verb + " ") && (" " + asked + " ").contains(" " + verb + " ")) {
                Set<String> object = TermVectors.syllables(title.substring(verb.length()));
                Set<String> have = TermVectors.syllables(asked);
                long shared = object.stream().filter(have::contains).count();
                return object.size() >= ESTABLISHED_OBJECT_MIN_SYLLABLES
                        && shared >= ESTABLISHED_OBJECT_SHARE * object.size();
            }
        }
        return false;
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

    private static String why(List<String> entities, double similarity, Map<String, Double> a, Map<String, Double> b,
                              Optional<Citation> establishing, Optional<ProgressCues.Cue> cue) {
        List<String> parts = new ArrayList<>();
        establishing.ifPresent(x -> parts.add("cites " + x.number() + " of " + x.issued().orElseThrow()
                + " (" + x.title().orElseThrow() + ")"));
        if (!entities.isEmpty()) {
            parts.add("same " + String.join(", ", entities));
        }
        Set<String> words = new LinkedHashSet<>(TermVectors.sharedWords(a, b));
        parts.add(String.format(java.util.Locale.ROOT, "similarity %.2f%s", similarity,
                words.isEmpty() ? "" : " (" + words.stream().limit(6).collect(Collectors.joining(", ")) + ")"));
        cue.ifPresent(x -> parts.add((x.kind() == ProgressCues.Kind.COMPLETED ? "completion" : "progress")
                + " words \"" + x.words() + "\""));
        return String.join("; ", parts);
    }
}
