package org.lskg.trace;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.lskg.extract.DeadlineParser;
import org.lskg.trace.CorpusSnapshot.Commitment;
import org.lskg.trace.CorpusSnapshot.CitedDocument;
import org.lskg.trace.CorpusSnapshot.Entity;
import org.lskg.trace.FollowUpFinder.Candidate;
import org.lskg.trace.FollowUpFinder.Origin;
import org.lskg.trace.FollowUpIndex.Establishing;

/**
 * One candidate sentence scored against one commitment, by the rules of {@link Thresholds}: its best clause, the
 * signals it shares, how confidently it follows the commitment up and what it suggests of its status; and, for a
 * link the caps keep, the {@link FollowUp} written out (its clause, a new deadline it sets, the account of the
 * match). {@link FollowUpFinder} finds the candidates and applies the caps; this is what it asks of each.
 * Immutable and thread-safe.
 */
final class FollowUpScorer {
    private final Thresholds thresholds;
    private final TermVectors terms;
    /** How many sentences name each entity: a rarely named project identifies a task better than a common one. */
    private final Map<String, Long> spread;
    private final Map<String, CitedDocument> citedByIri;
    /** Whether a candidate is its document's first: the evidence when the document itself is a product. */
    private final Predicate<Candidate> firstOfDocument;
    /** The loaded documents by IRI, as products are read from them. */
    private final Map<String, IssuedProducts.Loaded> loaded;

    FollowUpScorer(Thresholds thresholds, TermVectors terms, Map<String, Long> spread,
                   Map<String, CitedDocument> citedByIri, Predicate<Candidate> firstOfDocument,
                   Map<String, IssuedProducts.Loaded> loaded) {
        this.thresholds = thresholds;
        this.terms = terms;
        this.spread = spread;
        this.citedByIri = citedByIri;
        this.firstOfDocument = firstOfDocument;
        this.loaded = loaded;
    }

    /**
     * What the caps need to know of a candidate that may follow the commitment up: its best clause, how it
     * matched and how confidently. {@code wordsAlone}: the cosine without names that a link on words alone
     * must keep ({@link WordsAlone#hold}, asked later and only if the caps need it); empty for other links.
     */
    record Scored(Candidate candidate, int best, double similarity, List<String> sharedEntities,
                          Optional<Establishing> establishing, Optional<Product> product,
                          Optional<ProgressCues.Cue> cue, List<Signal> signals, BigDecimal confidence, LinkKind kind,
                          Status suggests, OptionalDouble wordsAlone) implements LinkCaps.Link {
        @Override
        public String document() {
            return candidate.doc().iri();
        }

        @Override
        public String evidence() {
            return candidate.sentence().iri();
        }

        @Override
        public IssueDate date() {
            return candidate.doc().issued();
        }

        @Override
        public int order() {
            return candidate.sentence().order();
        }

        @Override
        public boolean completes() {
            return suggests == Status.FULFILLED;
        }

        /** This score, for {@code other}: a candidate of the same {@link FollowUpFinder shape}, which scores alike. */
        Scored of(Candidate other) {
            return other == candidate ? this : new Scored(other, best, similarity, sharedEntities, establishing,
                    product, cue, signals, confidence, kind, suggests, wordsAlone);
        }
    }

    /** The candidate scored against the commitment, if one of the rules of {@link Thresholds} may link them. */
    Optional<Scored> score(Origin o, Candidate k) {
        Commitment c = o.commitment();
        int best = 0;
        double similarity = 0;
        for (int i = 0; i < k.vectors().size(); i++) {
            double cos = o.lookup().cosine(k.vectors().get(i));
            if (cos > similarity) {
                similarity = cos;
                best = i;
            }
        }
        // most candidates name nothing: no stream for them
        List<Entity> shared = k.entities().isEmpty() ? List.of()
                : k.entities().stream().filter(o.sameAsTopic()::contains).toList();
        List<String> sharedEntities = shared.isEmpty() ? List.of()
                : shared.stream().map(Entity::label).distinct().toList();
        boolean specific = shared.stream()
                .anyMatch(e -> k.named().contains(e) && spread.getOrDefault(e.iri(), 0L) <= thresholds.entitySpread());
        boolean sharedCitation = k.cited().stream().anyMatch(o.cited()::contains);
        boolean citesOrigin = k.cited().contains(o.doc().iri());
        Optional<Establishing> establishing = k.establishing().stream().filter(o.established()::contains).findFirst();
        // Words alone must not tie a task to a statement about another named thing: two plans "thời kỳ 2021 -
        // 2030, tầm nhìn đến năm 2050" share their boilerplate, not their subject.
        boolean otherThing = shared.isEmpty() && !k.named().isEmpty();
        Optional<Product> product = product(o, k);
        boolean byEntity = specific || !sharedEntities.isEmpty() && similarity >= thresholds.withEntity();
        boolean byCitation = (sharedCitation || citesOrigin) && similarity >= thresholds.withCitation();
        boolean byWords = similarity >= (otherThing ? thresholds.lexicalAgainstOtherThing() : thresholds.lexical());
        Optional<ProgressCues.Cue> cue = k.cueOfBest().get(best);
        // a clause that bears on the status (a new date, a pending decision, a part-way figure) restates its
        // task in fewer words: "khẩn trương triển khai xây dựng vị trí việc làm, thời gian hoàn thành trước ..."
        boolean bearing = !otherThing && similarity >= LinkKind.PROGRESS.minConfidence().doubleValue()
                && cue.map(x -> x.kind().bearsOnStatus()).orElse(false);
        if (!(establishing.isPresent() || product.isPresent() || byEntity || byCitation || byWords || bearing)) {
            return Optional.empty();
        }
        boolean onWords = establishing.isEmpty() && product.isEmpty() && !byEntity && !byCitation;
        OptionalDouble wordsAlone = onWords
                ? OptionalDouble.of(byWords ? thresholds.lexicalWithoutNames() : PROGRESS_WITHOUT_NAMES)
                : OptionalDouble.empty();
        Set<Signal> signals = EnumSet.noneOf(Signal.class);
        if (!sharedEntities.isEmpty()) signals.add(Signal.SHARED_ENTITY);
        if (sharedCitation) signals.add(Signal.SHARED_LEGAL_REFERENCE);
        if (c.responsible().stream().anyMatch(b -> k.entityIris().contains(b.iri()))) signals.add(Signal.SAME_RESPONSIBLE_BODY);
        if (similarity >= thresholds.withEntity()) signals.add(Signal.LEXICAL_OVERLAP);
        if (citesOrigin) signals.add(Signal.CITES_ORIGIN);
        if (establishing.isPresent() || product.isPresent()) signals.add(Signal.ESTABLISHING_DECISION);
        if (cue.isPresent()) signals.add(Signal.PROGRESS_CUE);
        Status suggests = establishing.isPresent() || product.isPresent()
                || cue.filter(x -> x.kind() == ProgressCues.Kind.COMPLETED).isPresent()
                ? Status.FULFILLED : Status.IN_PROGRESS;
        List<Signal> signalList = List.copyOf(signals);
        LinkKind kind = product.isPresent() ? LinkKind.ISSUED_PRODUCT
                : onWords && !byWords ? LinkKind.PROGRESS : LinkKind.of(signalList);
        return Optional.of(new Scored(k, best, similarity, sharedEntities, establishing, product, cue, signalList,
                LinkKind.confidence(signals, similarity), kind, suggests, wordsAlone));
    }

    /** The follow-up a kept candidate gives: its clause, a new deadline it sets, and the account of the match. */
    FollowUp followUp(Origin o, Scored s) {
        Candidate k = s.candidate();
        List<String> clauses = k.clauses();
        String clause = clauses.isEmpty() ? k.sentence().text() : clauses.get(s.best());
        Optional<EffectiveDeadline> newDeadline = s.cue().filter(x -> x.kind() == ProgressCues.Kind.RESCHEDULED)
                .flatMap(x -> DEADLINES.parse(clause, Optional.of(k.doc().issued().first())))
                .filter(d -> !d.lastDay().isBefore(k.doc().issued().first()))
                .map(d -> new EffectiveDeadline(d.lastDay(), d.text(), Optional.empty(), Optional.of(k.sentence().iri())));
        String why = s.product().map(x -> "issued product: " + x.what() + "; ").orElse("")
                + why(s.sharedEntities(), s.similarity(), terms.sharedWords(o.vector(),
                        k.vectors().isEmpty() ? TermVectors.Vector.EMPTY : k.vectors().get(s.best())),
                s.establishing(), s.cue())
                + newDeadline.map(d -> "; new deadline " + d.date() + " (\"" + d.text() + "\")").orElse("");
        return new FollowUp(o.commitment().iri(), k.sentence().iri(), k.doc().iri(), k.doc().source(), k.doc().issued(),
                k.sentence().text(), clause, s.signals(), s.confidence(), s.suggests(), why, s.kind(), s.cue(),
                newDeadline);
    }

    /** The cosine without names such a clause must keep (an addressee line has none left). */
    private static final double PROGRESS_WITHOUT_NAMES = 0.20;

    private static final DeadlineParser DEADLINES = new DeadlineParser(); // reads the dates of rescheduling clauses

    /** A later document that is the product the commitment asked for, and how it was recognised. */
    private record Product(String what, double coverage) {}

    /**
     * The product the commitment asks for, when the candidate is it: a clause citing a document of the type, date,
     * issuer and subject asked for, or the first sentence of such a loaded document ({@link IssuedProducts}).
     */
    private Optional<Product> product(Origin o, Candidate k) {
        if (o.product().isEmpty()) {
            return Optional.empty();
        }
        List<String> clauses = k.clauses();
        IssuedProducts.Request r = o.product().get();
        LocalDate stated = o.doc().issued().first();
        Optional<String> issuer = o.issuerSlug();
        Optional<Product> best = Optional.empty();
        for (String x : k.cited()) {
            CitedDocument d = citedByIri.get(x);
            if (d == null) {
                continue;
            }
            String clause = clauses.stream().filter(cl -> cl.contains(d.number())).findFirst().orElse(k.sentence().text());
            double coverage = IssuedProducts.asCited(r, d, clause, stated, issuer);
            if (coverage >= IssuedProducts.MIN_COVERAGE && best.map(b -> coverage > b.coverage()).orElse(true)) {
                best = Optional.of(new Product(d.number() + d.issued().stream().findFirst().map(day -> " of " + day)
                        .orElse("") + String.format(Locale.ROOT, " is the %s asked for (subject %.0f %%)",
                        r.type().label(), 100 * coverage), coverage));
            }
        }
        if (best.isEmpty() && firstOfDocument.test(k)) {
            double coverage = IssuedProducts.asLoaded(r, loaded.get(k.doc().iri()), stated, issuer);
            if (coverage >= IssuedProducts.MIN_COVERAGE) {
                best = Optional.of(new Product(k.doc().source() + " is the " + r.type().label()
                        + String.format(Locale.ROOT, " asked for (subject %.0f %%)", 100 * coverage), coverage));
            }
        }
        return best;
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
        parts.add(String.format(Locale.ROOT, "similarity %.2f%s", similarity,
                words.isEmpty() ? "" : " (" + words.stream().limit(6).collect(Collectors.joining(", ")) + ")"));
        cue.ifPresent(x -> parts.add((x.kind() == ProgressCues.Kind.COMPLETED ? "completion" : "progress")
                + " words \"" + x.words() + "\""));
        return String.join("; ", parts);
    }
}
