package org.lskg.trace;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.lskg.text.Fold;
import org.lskg.trace.CorpusSnapshot.Entity;

/**
 * Which timelines of a {@link Trace} an analyst asks for; every criterion given must hold. Labels are searched
 * as whole words, with or without diacritics: a query typed with diacritics ("Đình Lập") must match them, one
 * typed without ("dinh lap") matches any.
 *
 * <pre>{@code
 * Selection s = Selection.builder().entity("quoc lo 4b").year(2021).build();
 * }</pre>
 */
public final class Selection implements Predicate<Trace.Timeline> {
    private final Optional<String> commitment;
    private final Optional<String> entity;
    private final Optional<String> document;
    private final Optional<String> answeredBy;
    private final Optional<String> body;
    private final Optional<Integer> year;
    private final Optional<Status> status;

    private Selection(Builder b) {
        this.commitment = b.commitment;
        this.entity = b.entity;
        this.document = b.document;
        this.answeredBy = b.answeredBy;
        this.body = b.body;
        this.year = b.year;
        this.status = b.status;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Every timeline. */
    public static Selection all() {
        return builder().build();
    }

    @Override
    public boolean test(Trace.Timeline t) {
        return commitment.map(iri -> t.commitment().iri().equals(iri)).orElse(true)
                && entity.map(q -> Stream.of(t.topic(), t.commitment().about(), t.commitment().responsible())
                        .flatMap(java.util.List::stream).anyMatch(e -> labelMatches(e, q))).orElse(true)
                && document.map(d -> isDocument(t.document(), d)).orElse(true)
                && answeredBy.map(d -> t.followUps().stream()
                        .anyMatch(f -> f.document().equals(d) || f.source().equals(d))).orElse(true)
                && body.map(q -> t.commitment().responsible().stream().anyMatch(e -> labelMatches(e, q))).orElse(true)
                && year.map(y -> t.document().issued().first().getYear() == y).orElse(true)
                && status.map(s -> t.assessment().status() == s).orElse(true);
    }

    private static boolean isDocument(CorpusSnapshot.Doc doc, String d) {
        return doc.iri().equals(d) || doc.source().equals(d);
    }

    /** Whole-word containment, diacritics kept when the query has them. */
    static boolean labelMatches(Entity e, String query) {
        boolean plain = Fold.ascii(query).equals(Fold.key(query));
        String label = plain ? Fold.ascii(e.label()) : Fold.key(e.label());
        String q = plain ? Fold.ascii(query) : Fold.key(query);
        return !q.isEmpty() && (" " + label + " ").contains(" " + q + " ");
    }

    /** Collects the criteria; each setter replaces an earlier value. */
    public static final class Builder {
        private Optional<String> commitment = Optional.empty();
        private Optional<String> entity = Optional.empty();
        private Optional<String> document = Optional.empty();
        private Optional<String> answeredBy = Optional.empty();
        private Optional<String> body = Optional.empty();
        private Optional<Integer> year = Optional.empty();
        private Optional<Status> status = Optional.empty();

        private Builder() {}

        /** The commitment with this IRI. */
        public Builder commitment(String iri) {
            this.commitment = Optional.of(Objects.requireNonNull(iri));
            return this;
        }

        /** Commitments about, or naming, an entity whose label contains these words. */
        public Builder entity(String label) {
            this.entity = Optional.of(Objects.requireNonNull(label));
            return this;
        }

        /** Commitments stated in this document (IRI or source file name). */
        public Builder document(String iriOrFile) {
            this.document = Optional.of(Objects.requireNonNull(iriOrFile));
            return this;
        }

        /** The reverse view: earlier commitments that this document (IRI or source file name) follows up. */
        public Builder answeredBy(String iriOrFile) {
            this.answeredBy = Optional.of(Objects.requireNonNull(iriOrFile));
            return this;
        }

        /** Commitments whose responsible bodies include one whose label contains these words. */
        public Builder body(String label) {
            this.body = Optional.of(Objects.requireNonNull(label));
            return this;
        }

        /** Commitments stated in documents of this year. */
        public Builder year(int year) {
            this.year = Optional.of(year);
            return this;
        }

        /** Commitments with this status. */
        public Builder status(Status status) {
            this.status = Optional.of(Objects.requireNonNull(status));
            return this;
        }

        public Selection build() {
            return new Selection(this);
        }
    }
}
