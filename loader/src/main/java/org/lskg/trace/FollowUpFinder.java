package org.lskg.trace;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
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
    static final double ESTABLISHED_OBJECT_SHARE = 0.8;
    private static final int ESTABLISHED_OBJECT_MIN_SYLLABLES = 3;

    /**
     * A later sentence, prepared once: its clauses' vectors, entities, the documents it cites, the establishing
     * readings of those, and whether it gives a task. {@code named}: those of its distinctive entities that
     * {@link Entities#named name one thing}, read once here rather than for every commitment the candidate is
     * scored against.
     */
    record Candidate(Sentence sentence, Doc doc, List<TermVectors.Vector> vectors, List<Entity> entities,
                             List<Entity> named, Set<String> entityIris, List<String> cited,
                             List<Establishing> establishing,
                             boolean task, List<Optional<ProgressCues.Cue>> cues,
                             List<Optional<ProgressCues.Cue>> cueOfBest) {
        /**
         * The sentence's clauses (its text split at ';'), in the order of {@link #vectors}: split again whenever
         * read (for a link kept or a product asked for), not held for every sentence of the corpus.
         */
        List<String> clauses() {
            return PreparedSentences.clauses(sentence.text());
        }
    }

    /**
     * A commitment prepared once per search: its text with its heading, folded, what it may share, the product
     * it asks for (if any), its words without the names of bodies, places and people, and the slug of the body
     * that issued its document (the expected issuer of its products).
     */
    record Origin(Commitment commitment, Doc doc, String text, String folded, Set<String> syllables,
                          TermVectors.Vector vector, FollowUpIndex.SameThings sameAsTopic, Set<String> cited,
                          Optional<IssuedProducts.Request> product, TermVectors.Vector unnamed,
                          TermVectors.Lookup lookup, Set<Establishing> established, Optional<String> issuerSlug) {}

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
    /** Candidates by their sentence's IRI: the follow-ups of an earlier trace, found again. */
    private final Map<String, Integer> candidateBySentence = new HashMap<>();
    /** Every candidate: what {@link #find} searches. */
    private final CandidateScope everything;
    /** Scores a candidate against a commitment and writes out the links kept. */
    private final FollowUpScorer scorer;
    /** Candidates with a clause that bears on a status: searched with fewer words in common. */
    private final BitSet bearing = new BitSet();
    private final IssuedProducts products = IssuedProducts.standard();
    /** Cited documents by the type code of their number (QĐ, KH, ĐA ...), for issued products. */
    private final Map<String, List<CitedDocument>> citedByCode;
    /**
     * The candidates by date, document and sentence order, and by sentence IRI among equals: the order in which
     * {@link LinkCaps} reads links by date, so that the candidates of a document, and those known on a day, are
     * runs of numbers.
     */
    private static final Comparator<Candidate> BY_DATE = Comparator.comparing((Candidate k) -> k.doc().issued())
            .thenComparing(k -> k.doc().iri()).thenComparingInt(k -> k.sentence().order())
            .thenComparing(k -> k.sentence().iri());
    /** Each candidate's first possible day ({@link LocalDate#toEpochDay}), ascending: what {@link #known} reads. */
    private final long[] firstDays;
    /** Each document's candidates, by IRI: the first's number and the one after the last's. */
    private final Map<String, int[]> documentRuns = new HashMap<>();
    /** Each loaded document's first candidate sentence: the evidence when the document itself is a product. */
    private final Map<String, Integer> firstCandidate = new HashMap<>();
    /** Sentences by document and order: the lead-in before a commitment ("Đối với dự thảo Quyết định ...:"). */
    private final Map<String, Map<Integer, Sentence>> byOrder;
    /**
     * What {@link FollowUpIndex#sameAs} gives each topic entity, kept as found: a project is the topic of many
     * commitments, and every one of them asked it again.
     */
    private final Map<Entity, Set<Entity>> sameAs = new ConcurrentHashMap<>();
    /** The loaded documents as products are read from them, by IRI. */
    private final Map<String, IssuedProducts.Loaded> loaded;
    /** Whether a link made on words alone holds. */
    private final WordsAlone wordsAlone;
    /**
     * How many candidates {@link #select} has scored, over all commitments: a statistic for the trace's log, not
     * state (a trace's cost is about the candidates per commitment; near-duplicate documents multiply them).
     */
    private final LongAdder candidatesScored = new LongAdder();
    /** The candidates by shape: those that score alike are scored once per commitment. */
    private final CandidateShapes shapes;

    FollowUpFinder(CorpusSnapshot corpus, Thresholds thresholds) {
        this.thresholds = thresholds;
        this.docs = corpus.documentsByIri();
        this.sentences = corpus.sentencesByIri();
        this.mentionsBySentence = corpus.mentions().stream().collect(Collectors.groupingBy(Mention::sentence));
        this.citedBySentence = corpus.citations().stream().collect(Collectors.groupingBy(Citation::sentence,
                Collectors.mapping(Citation::cited, Collectors.toList())));
        this.establishingByCited = corpus.cited().stream().collect(Collectors.toMap(CitedDocument::iri,
                PreparedSentences::establishing));
        this.headingBySection = corpus.sentences().stream().filter(s -> s.heading() && s.section().isPresent())
                .collect(Collectors.toMap(s -> s.section().get(), s -> s, (a, b) -> a.order() <= b.order() ? a : b));
        PreparedSentences prepared = PreparedSentences.of(corpus, docs, mentionsBySentence, citedBySentence,
                establishingByCited);
        this.terms = prepared.terms();
        this.candidates = prepared.candidates().stream().sorted(BY_DATE).toList();
        this.firstDays = candidates.stream().mapToLong(k -> k.doc().issued().first().toEpochDay()).toArray();
        for (int i = 0, start = 0; i < candidates.size(); i++) {
            String doc = candidates.get(i).doc().iri();
            if (i + 1 == candidates.size() || !candidates.get(i + 1).doc().iri().equals(doc)) {
                documentRuns.put(doc, new int[] {start, i + 1});
                start = i + 1;
            }
        }
        Map<String, Long> spread = candidates.stream()
                .flatMap(k -> k.entities().stream().map(Entity::iri).distinct())
                .collect(Collectors.groupingBy(iri -> iri, Collectors.counting()));
        for (int i = 0; i < candidates.size(); i++) {
            firstCandidate.merge(candidates.get(i).doc().iri(), i,
                    (a, b) -> candidates.get(a).sentence().order() <= candidates.get(b).sentence().order() ? a : b);
        }
        DocumentPlaces places = DocumentPlaces.of(corpus.sentences(), prepared::folded);
        for (int i = 0; i < candidates.size(); i++) {
            Candidate k = candidates.get(i);
            bearing.set(i, k.cues().stream().anyMatch(cue -> cue.map(x -> x.kind().bearsOnStatus()).orElse(false)));
        }
        this.loaded = corpus.documents().stream().collect(Collectors.toUnmodifiableMap(Doc::iri, IssuedProducts.Loaded::of));
        this.scorer = new FollowUpScorer(thresholds, terms, spread, corpus.citedByIri(), k -> {
            Integer first = firstCandidate.get(k.doc().iri());
            return first != null && candidates.get(first) == k;
        }, loaded);
        this.citedByCode = corpus.cited().stream().filter(d -> IssuedProducts.code(d.number()).isPresent())
                .collect(Collectors.groupingBy(d -> IssuedProducts.code(d.number()).get().toUpperCase(Locale.ROOT)));
        this.byOrder = corpus.sentences().stream().collect(Collectors.groupingBy(Sentence::document,
                Collectors.toMap(Sentence::order, x -> x, (a, b) -> a)));
        for (int i = 0; i < candidates.size(); i++) {
            candidateBySentence.put(candidates.get(i).sentence().iri(), i);
        }
        this.everything = scopeOf(IntStream.range(0, candidates.size()));
        this.wordsAlone = new WordsAlone(candidates.size(), places, mentionsBySentence, terms);
        this.shapes = CandidateShapes.of(candidates);
    }

    /** The candidates of {@code documents} (IRIs), as a scope to search. */
    private CandidateScope scopeOf(IntStream members) {
        return new CandidateScope(members.toArray(), new CandidateScope.Candidates() {
            @Override
            public LocalDate firstDay(int candidate) {
                return candidates.get(candidate).doc().issued().first();
            }

            @Override
            public FollowUpIndex.Entry entry(int candidate) {
                Candidate k = candidates.get(candidate);
                return new FollowUpIndex.Entry(k.vectors(), k.entities(), k.cited());
            }

            @Override
            public boolean bearing(int candidate) {
                return bearing.get(candidate);
            }

            @Override
            public String document(int candidate) {
                return candidates.get(candidate).doc().iri();
            }

            @Override
            public boolean firstOfDocument(int candidate) {
                return firstCandidate.get(document(candidate)) == candidate;
            }

            @Override
            public Optional<String> documentType(int candidate) {
                return loaded.get(document(candidate)).foldedType();
            }
        }, terms, thresholds.termSpread(), establishingByCited.values().stream().flatMap(List::stream).toList());
    }

    /**
     * The follow-ups of {@code c} known on {@code asOf} (from documents whose first possible day is not after
     * it): at most {@link Thresholds#perDocument} per document, the most confident, and at most
     * {@link Thresholds#perCommitment} in all, the most confident (the latest first among equals) and the
     * first completion, on which the status rests; by date, document and sentence order.
     */
    List<FollowUp> find(Commitment c, LocalDate asOf) {
        Origin origin = origin(c);
        return select(origin, search(origin, everything, asOf), asOf);
    }

    /**
     * The follow-ups {@link #find} gives {@code c} when, since a trace that gave it follow-ups from the sentences
     * {@code earlier}, only the documents of {@code changed} changed (were added or replaced) and none of
     * {@code earlier} did: {@code find} keeps the best few of its candidates by orders that do not depend on the
     * other candidates, so the best of the earlier winners and the changed documents' candidates are the best of
     * all. Confidences are recomputed with the corpus's current term weights; a candidate that the new weights
     * alone would lift over a threshold is not looked for (a full trace finds it).
     *
     * @param changed what {@link #changes} made of the changed documents
     */
    List<FollowUp> refind(Commitment c, LocalDate asOf, Collection<String> earlier, Changes changed) {
        Origin origin = origin(c);
        BitSet found = search(origin, changed.scope, asOf);
        earlier.forEach(e -> {
            Integer i = candidateBySentence.get(e);
            if (i != null) {
                found.set(i);
            }
        });
        return select(origin, found, asOf);
    }

    /**
     * Whether the changed documents hold a candidate for {@code c} known on {@code asOf}: when they do not,
     * {@link #refind} only scores its earlier follow-ups again. The search never reads the commitment's words
     * without their names, and of the decisions that establish what it asks only those the changed documents
     * cite, so only those are looked for.
     */
    boolean touchedBy(Commitment c, LocalDate asOf, Changes changed) {
        Origin probe = origin(c, false, Optional.<Collection<Establishing>>of(changed.establishing));
        long after = probe.doc().issued().last().toEpochDay();
        long until = asOf.toEpochDay();
        return search(probe, changed.scope, asOf).stream().anyMatch(i -> known(i, after, until));
    }

    /** The candidates of some documents, prepared once to be searched for every commitment ({@link #refind}). */
    static final class Changes {
        private final CandidateScope scope;
        /** The establishing readings of the decisions the scope's candidates cite, each once. */
        private final List<Establishing> establishing;

        private Changes(CandidateScope scope, List<Establishing> establishing) {
            this.scope = scope;
            this.establishing = establishing;
        }
    }

    /** The candidates of {@code documents} (IRIs), for {@link #refind}. */
    Changes changes(Set<String> documents) {
        int[] members = IntStream.range(0, candidates.size())
                .filter(i -> documents.contains(candidates.get(i).doc().iri())).toArray();
        Set<Establishing> establishing = Collections.newSetFromMap(new IdentityHashMap<>());
        IntStream.of(members).forEach(i -> establishing.addAll(candidates.get(i).establishing()));
        return new Changes(scopeOf(IntStream.of(members)), List.copyOf(establishing));
    }

    /** How many candidates the searches so far have scored, over all the commitments searched. */
    long candidatesScored() {
        return candidatesScored.sum();
    }

    /** Whether {@code sentence} (an IRI) is still a candidate: a sentence of a replaced document may be gone. */
    boolean isCandidate(String sentence) {
        return candidateBySentence.containsKey(sentence);
    }

    /**
     * The candidates of {@code scope} that may follow up the origin, by their number in the whole list. The
     * postings name a candidate once per clause that may match, hence the sets of those already seen.
     */
    private BitSet search(Origin origin, CandidateScope scope, LocalDate asOf) {
        FollowUpIndex index = scope.index();
        BitSet found = new BitSet(candidates.size());
        IntConsumer add = scope.global(found::set);
        index.naming(origin.sameAsTopic(), add);
        origin.cited().forEach(x -> index.citing(x, add));
        index.citing(origin.doc().iri(), add);
        // every scope files the same establishing readings, those the origin already found (origin())
        origin.established().forEach(x -> index.citing(x.document().iri(), add));
        origin.product().ifPresent(r -> {
            citedByCode.getOrDefault(r.type().code().toUpperCase(Locale.ROOT), List.of()).stream()
                    .filter(d -> d.issued().stream().anyMatch(day -> day.isAfter(origin.doc().issued().first())))
                    .forEach(d -> index.citing(d.iri(), add));
            // only a loaded document of the type asked for may be the product (IssuedProducts.asLoaded)
            scope.firstCandidates(r.type().foldedLabel()).forEach((doc, i) -> {
                if (IssuedProducts.asLoaded(r, loaded.get(doc), origin.doc().issued().first(), origin.issuerSlug()) > 0) {
                    found.set(i);
                }
            });
        });
        // A sentence that shares no entity, citation or decision with the commitment needs words alone: its
        // best clause must reach the lexical threshold. Only the clauses the index lets through can (its bound
        // holds for each clause), so only they are measured. Candidates stated before the commitment or after
        // the day of the trace are not looked at.
        int from = scope.firstAfter(origin.doc().issued().last()); // known(): wholly after the origin's date
        int to = scope.firstAfter(asOf);
        // The postings give only positions from..to, whose candidates are known() by construction.
        index.similar(origin.vector(), thresholds.lexical(), from, to,
                (clause, holders) -> addIfReaches(found, scope, holders, origin.lookup(), clause, thresholds.lexical()));
        // A clause bearing on the status (a new date, a pending decision, a part-way figure) needs fewer words:
        // a progress link needs the candidate's best clause to reach that cosine, and the bearing postings hold
        // every clause of a bearing candidate, so a candidate none of whose clauses reaches it could only be
        // linked on grounds the searches above found it by. Measured here, it is not scored for nothing.
        double progress = LinkKind.PROGRESS.minConfidence().doubleValue();
        scope.bearingIndex().similar(origin.vector(), progress, from, to,
                (clause, holders) -> addIfReaches(found, scope, holders, origin.lookup(), clause, progress));
        return found;
    }

    /**
     * Adds to {@code found} the holders of {@code clause} when it reaches {@code threshold} of cosine with the
     * origin; measured once for all of them, and not at all when every one is already found.
     */
    private static void addIfReaches(BitSet found, CandidateScope scope, FollowUpIndex.Holders holders,
                                     TermVectors.Lookup origin, TermVectors.Vector clause, double threshold) {
        boolean measured = false;
        for (int n = 0; n < holders.size(); n++) {
            int i = scope.member(holders.candidate(n));
            if (!found.get(i)) {
                if (!measured) {
                    if (origin.cosine(clause) < threshold) {
                        return;
                    }
                    measured = true;
                }
                found.set(i);
            }
        }
    }

    /**
     * The follow-ups among {@code found}: at most {@link Thresholds#perDocument} per document, each kind within
     * its cap, and the best in all, plus the first completion ({@link LinkCaps}); by date, document and sentence
     * order. Every candidate known on the day is scored, since the caps compare them all, but candidates of one
     * shape once, as one group; the test of a link on words alone is made only as far as the caps need, and only
     * the links kept are written out.
     */
    private List<FollowUp> select(Origin origin, BitSet found, LocalDate asOf) {
        int from = firstAfter(origin.doc().issued().last().toEpochDay()); // known(): wholly after the origin's date
        int to = firstAfter(asOf.toEpochDay());
        // a product is read from the candidate's document: then each candidate is scored on its own
        CandidateShapes.Found known = shapes.group(found, from, to, origin.product().isPresent(),
                i -> scorer.score(origin, candidates.get(i)));
        candidatesScored.add(known.count());
        Function<FollowUpScorer.Scored, List<FollowUpScorer.Scored>> document = x -> {
            int[] run = documentRuns.get(x.document());
            return known.links(run[0], run[1]);
        };
        return LinkCaps.select(known.groups(), document, x -> x.wordsAlone().isEmpty()
                        || wordsAlone.hold(origin, candidateBySentence.get(x.candidate().sentence().iri()), x.candidate(),
                                x.best(), x.wordsAlone().getAsDouble()),
                thresholds.perDocument(), thresholds.perCommitment()).stream()
                .map(x -> scorer.followUp(origin, x)).toList();
    }

    /** The first candidate whose first possible day comes after {@code day} (an epoch day). */
    private int firstAfter(long day) {
        int low = 0;
        int high = firstDays.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (firstDays[mid] > day) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
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
        return origin(c, true, Optional.empty());
    }

    /**
     * The commitment prepared for a search; without {@code unnamed}, its words without names are left empty (only
     * scoring reads them); the readings that establish what it asks are looked for {@code among} some, or among
     * all the corpus's when empty.
     */
    private Origin origin(Commitment c, boolean unnamed, Optional<Collection<Establishing>> among) {
        Optional<Sentence> heading = heading(c);
        String text = c.text() + heading.map(h -> " " + h.text()).orElse("");
        String folded = Fold.ascii(text);
        FollowUpIndex.SameThings same = new FollowUpIndex.SameThings(topic(c, heading).stream()
                .map(t -> sameAs.computeIfAbsent(t, x -> Set.copyOf(everything.index().sameAs(x)))).toList());
        Set<String> cited = Set.copyOf(citedBySentence.getOrDefault(c.sentence(), List.of()));
        Sentence own = sentences.get(c.sentence());
        // a task to issue what a lead-in names: "Đối với dự thảo Quyết định ... : ... trình UBND tỉnh ... ban hành"
        Optional<IssuedProducts.Request> product = products.request(c.text(), folded).or(() -> Optional.ofNullable(own)
                .filter(x -> products.issues(c.text(), folded))
                .map(x -> byOrder.getOrDefault(x.document(), Map.of()).get(x.order() - 1))
                .filter(p -> p.section().equals(own.section()))
                .flatMap(p -> products.request(p.text())));
        TermVectors.Vector vector = terms.vectorOfFolded(folded);
        TermVectors.Vector withoutNames = !unnamed ? TermVectors.Vector.EMPTY : own == null ? vector
                : terms.vectorOfFolded(Fold.ascii(LinkGuards.withoutNames(c.text(), c.begin(),
                        mentionsBySentence.getOrDefault(c.sentence(), List.of()))));
        // a decision establishes what the commitment asks only with a verb the commitment uses ("thành lập")
        Set<String> verbs = among.map(x -> !x.isEmpty()).orElse(true) ? PreparedSentences.establishingVerbs(folded)
                : Set.of();
        boolean establishing = !verbs.isEmpty();
        Set<String> syllables = establishing ? TermVectors.syllablesOfFolded(folded) : Set.of();
        Doc doc = docs.get(c.document());
        Origin partial = new Origin(c, doc, text, folded, syllables, vector, same, cited, product, withoutNames,
                new TermVectors.Lookup(vector), Set.of(), loaded.get(doc.iri()).issuerSlug());
        if (!establishing) {
            return partial;
        }
        // Every reading that establishes what the commitment asks is filed under one of its syllables (the
        // index's keys: a commitment holding 80 % of an object holds one of them), so the candidates' readings
        // are looked up here instead of compared with the commitment's text one by one.
        // A decision's readings share their object (one per title, for each date the citing documents give it:
        // hundreds for a decision many documents cite), so whether the commitment holds an object is asked once.
        Set<Establishing> established = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<Set<String>, Boolean> holds = new IdentityHashMap<>();
        among.orElseGet(() -> everything.index().establishing(syllables)).stream()
                .filter(x -> establishes(x, verbs, partial, holds)).forEach(established::add);
        return new Origin(c, doc, text, folded, syllables, vector, same, cited, product, partial.unnamed(),
                partial.lookup(), Collections.unmodifiableSet(established), partial.issuerSlug());
    }

    /**
     * The candidate {@code i}'s document is wholly after the commitment's, whose last possible day is {@code after}
     * ({@link IssueDate#whollyBefore}), and known on the day {@code until}: compared as day numbers
     * ({@link LocalDate#toEpochDay}), so that a candidate that fails is never read.
     */
    private boolean known(int i, long after, long until) {
        return after < firstDays[i] && firstDays[i] <= until;
    }

    /**
     * The citation is a decision issued after the origin document whose title does what the commitment asks:
     * the title opens with an establishing verb the commitment also uses ("thành lập": one of {@code verbs}), and
     * nearly every syllable of its object ("Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh Lạng Sơn") is in
     * the commitment.
     */
    private static boolean establishes(Establishing x, Set<String> verbs, Origin o, Map<Set<String>, Boolean> holds) {
        if (!x.issued().isAfter(o.doc().issued().last()) || !verbs.contains(x.verb())) {
            return false;
        }
        return holds.computeIfAbsent(x.object(), object -> holdsObject(object, o.syllables()));
    }

    /** Nearly every syllable of the object is among the commitment's {@code syllables}. */
    private static boolean holdsObject(Set<String> object, Set<String> syllables) {
        if (object.size() < ESTABLISHED_OBJECT_MIN_SYLLABLES) {
            return false;
        }
        int shared = 0;
        for (String syllable : object) {
            if (syllables.contains(syllable)) {
                shared++;
            }
        }
        return shared >= ESTABLISHED_OBJECT_SHARE * object.size();
    }


}
