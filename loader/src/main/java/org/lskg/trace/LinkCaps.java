package org.lskg.trace;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The caps {@link FollowUpFinder#find} puts on one commitment's links, applied to its scored candidates:
 * <ol>
 *   <li>per document, the {@code perDocument} most confident candidates that {@code hold} (the evidence IRI
 *       first among equals), of which those below their kind's minimum confidence are then dropped — they still
 *       took their place;</li>
 *   <li>per kind, the {@link LinkKind#cap()} most confident of those, the latest first among equals;</li>
 *   <li>of all kinds together, the {@code perCommitment} most confident, the latest first among equals;</li>
 *   <li>and, when not among them, the first completion of step 1, on which the status rests;</li>
 * </ol>
 * by date, document and sentence order. {@code hold} is the costly test of a link on words alone
 * ({@code FollowUpFinder.wordsHold}); it is asked only as far as the caps need, and the result is the one the
 * steps above give when it is asked of every candidate: a candidate is in step 1 when it holds and fewer than
 * {@code perDocument} candidates of its document hold before it in that step's order, which depends on those
 * candidates only; steps 2 and 4 read candidates in their own order and stop at the first ones in step 1.
 * A commitment of the 1,000 generated documents has hundreds of near-duplicate candidates of which the caps keep
 * a few; the caps see them all, the test only the few. Stateless; {@code hold} is called on the caller's thread.
 */
final class LinkCaps {
    private LinkCaps() {}

    /** What the caps read of a scored candidate. */
    interface Link {
        String document();

        /** The evidence sentence's IRI: one link per sentence. */
        String evidence();

        BigDecimal confidence();

        LinkKind kind();

        IssueDate date();

        /** The evidence sentence's order in its document. */
        int order();

        /** The statement suggests the commitment is fulfilled. */
        boolean completes();
    }

    /** By date, document and sentence order (the evidence IRI only between two sentences of one order). */
    private static final Comparator<Link> BY_DATE = Comparator.comparing(Link::date).thenComparing(Link::document)
            .thenComparingInt(Link::order).thenComparing(Link::evidence);
    /** Most confident first, the latest first among equals. */
    private static final Comparator<Link> LATEST_MOST_CONFIDENT = Comparator.comparing(Link::confidence)
            .thenComparing(Link::date).thenComparing(Link::document).thenComparingInt(Link::order).reversed()
            .thenComparing(Link::evidence);
    /** The order of step 1: most confident first, then by evidence IRI. */
    private static final Comparator<Link> IN_DOCUMENT = Comparator.comparing(Link::confidence).reversed()
            .thenComparing(Link::evidence);

    /** The links {@code scored} keeps under the caps (each link once: scored holds distinct sentences). */
    static <T extends Link> List<T> select(Collection<T> scored, Predicate<? super T> hold, int perDocument,
                                           int perCommitment) {
        Map<String, Document<T>> documents = new HashMap<>();
        Map<LinkKind, List<T>> eligible = new EnumMap<>(LinkKind.class);
        List<T> completions = new ArrayList<>();
        for (T x : scored) {
            documents.computeIfAbsent(x.document(), d -> new Document<>()).links.add(x);
            if (x.confidence().compareTo(x.kind().minConfidence()) >= 0) {
                eligible.computeIfAbsent(x.kind(), k -> new ArrayList<>()).add(x);
                if (x.completes()) {
                    completions.add(x);
                }
            }
        }
        Predicate<T> kept = x -> documents.get(x.document()).keeps(x, hold, perDocument);
        List<T> capped = new ArrayList<>();
        eligible.forEach((kind, links) -> links.stream().sorted(LATEST_MOST_CONFIDENT).filter(kept).limit(kind.cap())
                .forEach(capped::add));
        List<T> best = new ArrayList<>(capped.stream().sorted(LATEST_MOST_CONFIDENT).limit(perCommitment).toList());
        Optional<T> firstCompletion = completions.stream().sorted(BY_DATE).filter(kept).findFirst();
        firstCompletion.filter(f -> !best.contains(f)).ifPresent(best::add);
        best.sort(BY_DATE);
        return best;
    }

    /** One document's links, asked to {@code hold} in the order of step 1 until {@code perDocument} hold. */
    private static final class Document<T extends Link> {
        private final List<T> links = new ArrayList<>();
        private final Set<T> asked = Collections.newSetFromMap(new IdentityHashMap<>());
        private final Set<T> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        private int next = -1;

        /** Whether {@code x} is among the first {@code perDocument} links of its document that hold. */
        boolean keeps(T x, Predicate<? super T> hold, int perDocument) {
            if (next < 0) {
                links.sort(IN_DOCUMENT);
                next = 0;
            }
            while (!asked.contains(x) && kept.size() < perDocument && next < links.size()) {
                T y = links.get(next++);
                asked.add(y);
                if (hold.test(y)) {
                    kept.add(y);
                }
            }
            return kept.contains(x);
        }
    }
}
