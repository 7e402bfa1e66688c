package org.lskg.trace;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Function;
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
 * ({@link WordsAlone#hold}); it is asked only as far as the caps need, and the result is the one the
 * steps above give when it is asked of every candidate: a candidate is in step 1 when it holds and fewer than
 * {@code perDocument} candidates of its document hold before it in that step's order, which depends on those
 * candidates only; steps 2 and 4 read candidates in their own order and stop at the first ones in step 1.
 * A commitment of the 1,000 generated documents has hundreds of near-duplicate candidates of which the caps keep
 * a few. Alike candidates (one confidence, kind and completion) may come as one {@link Group}: steps 2 and 4 then
 * merge the groups in their orders and read only as many members as they need, and step 1 reads the documents
 * they reach; a group of hundreds costs its few members read, not hundreds. Stateless; {@code hold} is called
 * on the caller's thread.
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
        Map<String, List<T>> byDocument = new HashMap<>();
        scored.forEach(x -> byDocument.computeIfAbsent(x.document(), d -> new ArrayList<>()).add(x));
        return select(scored.stream().<Group<T>>map(Group::of).toList(), x -> byDocument.get(x.document()), hold,
                perDocument, perCommitment);
    }

    /**
     * Links that are alike but for their sentence and document: one score, shared by the candidates that repeat
     * one statement. Its members have one confidence, kind and completion, and come in the order of
     * {@link #BY_DATE}; a member may be made anew each time it is asked for (links are told apart by evidence).
     */
    interface Group<T extends Link> {
        int size();

        /** The {@code n}th member by date. */
        T member(int n);

        /** A group of one. */
        static <T extends Link> Group<T> of(T link) {
            return new Group<>() {
                @Override
                public int size() {
                    return 1;
                }

                @Override
                public T member(int n) {
                    return link;
                }
            };
        }
    }

    /**
     * The links the caps keep of the members of {@code groups} (each link once), as {@link #select(Collection,
     * Predicate, int, int)} keeps them of all the members listed one by one; {@code document} gives the members
     * of a link's document, itself among them. The members are read in the caps' orders, group by group, only as
     * far as the caps need: a statement that near-duplicate documents repeat costs its few readings, not one per
     * document.
     */
    static <T extends Link> List<T> select(List<? extends Group<T>> groups, Function<T, List<T>> document,
                                           Predicate<? super T> hold, int perDocument, int perCommitment) {
        Map<String, Document<T>> documents = new HashMap<>();
        Predicate<T> kept = x -> documents.computeIfAbsent(x.document(), d -> new Document<>(document.apply(x)))
                .keeps(x, hold, perDocument);
        Map<LinkKind, List<Group<T>>> eligible = new EnumMap<>(LinkKind.class);
        List<Group<T>> completions = new ArrayList<>();
        for (Group<T> g : groups) {
            T x = g.member(0);
            if (x.confidence().compareTo(x.kind().minConfidence()) >= 0) {
                eligible.computeIfAbsent(x.kind(), k -> new ArrayList<>()).add(g);
                if (x.completes()) {
                    completions.add(g);
                }
            }
        }
        List<T> capped = new ArrayList<>();
        eligible.forEach((kind, of) -> capped.addAll(first(Cursor.latestFirst(of), kept, kind.cap())));
        List<T> best = new ArrayList<>(capped.stream().sorted(LATEST_MOST_CONFIDENT).limit(perCommitment).toList());
        first(Cursor.byDate(completions), kept, 1).stream()
                .filter(f -> best.stream().noneMatch(x -> x.evidence().equals(f.evidence()))).forEach(best::add);
        best.sort(BY_DATE);
        return best;
    }

    /** The first {@code n} links the cursors give, merged in their order, that are {@code kept}. */
    private static <T extends Link> List<T> first(PriorityQueue<Cursor<T>> cursors, Predicate<T> kept, int n) {
        List<T> out = new ArrayList<>();
        while (out.size() < n && !cursors.isEmpty()) {
            Cursor<T> c = cursors.poll();
            if (kept.test(c.link())) {
                out.add(c.link());
            }
            if (c.advance()) {
                cursors.add(c);
            }
        }
        return out;
    }

    /**
     * A group's members in one of the caps' orders: {@link #BY_DATE}, as they come; or, for
     * {@link #LATEST_MOST_CONFIDENT}, from the last, but sentences of one date, document and order (which that
     * order takes by evidence IRI, as {@code BY_DATE} does) from the first of their run.
     */
    private static final class Cursor<T extends Link> {
        private final Group<T> group;
        private final boolean latestFirst;
        private int runStart;
        private int runEnd;
        private int at;
        /** The member at {@code at}, made once: the queue compares it many times. */
        private T link;

        private Cursor(Group<T> group, boolean latestFirst) {
            this.group = group;
            this.latestFirst = latestFirst;
            if (latestFirst) {
                runEnd = group.size();
                runStart = runStart(runEnd);
                at = runStart;
            }
            link = group.member(at);
        }

        static <T extends Link> PriorityQueue<Cursor<T>> latestFirst(List<Group<T>> groups) {
            return merged(groups, true, Comparator.comparing(Cursor::link, LATEST_MOST_CONFIDENT));
        }

        static <T extends Link> PriorityQueue<Cursor<T>> byDate(List<Group<T>> groups) {
            return merged(groups, false, Comparator.comparing(Cursor::link, BY_DATE));
        }

        private static <T extends Link> PriorityQueue<Cursor<T>> merged(List<Group<T>> groups, boolean latestFirst,
                                                                       Comparator<Cursor<T>> order) {
            PriorityQueue<Cursor<T>> queue = new PriorityQueue<>(Math.max(1, groups.size()), order);
            groups.forEach(g -> queue.add(new Cursor<>(g, latestFirst)));
            return queue;
        }

        T link() {
            return link;
        }

        /** Moves to the next member; false when there is none. */
        boolean advance() {
            if (!move()) {
                return false;
            }
            link = group.member(at);
            return true;
        }

        private boolean move() {
            if (!latestFirst) {
                return ++at < group.size();
            }
            if (++at < runEnd) {
                return true;
            }
            runEnd = runStart;
            if (runEnd == 0) {
                return false;
            }
            runStart = runStart(runEnd);
            at = runStart;
            return true;
        }

        /** The first member of the run of one date, document and order that ends before {@code end}. */
        private int runStart(int end) {
            T last = group.member(end - 1);
            int start = end - 1;
            while (start > 0 && sameSpot(group.member(start - 1), last)) {
                start--;
            }
            return start;
        }

        private static boolean sameSpot(Link a, Link b) {
            return a.order() == b.order() && a.date().compareTo(b.date()) == 0 && a.document().equals(b.document());
        }
    }

    /**
     * One document's links, asked to {@code hold} in the order of step 1 until {@code perDocument} hold: those
     * asked are the first {@code next} of that order, and {@code held} says which of them held. A commitment's
     * candidates are spread over many documents with a few links each, so a link is looked up by a scan.
     */
    private static final class Document<T extends Link> {
        private final List<T> links;
        private final boolean[] held;
        private int kept;
        private int next;

        Document(List<T> links) {
            this.links = new ArrayList<>(links);
            this.links.sort(IN_DOCUMENT);
            this.held = new boolean[links.size()];
        }

        /** Whether {@code x} is among the first {@code perDocument} links of its document that hold. */
        boolean keeps(T x, Predicate<? super T> hold, int perDocument) {
            int at = indexOf(x);
            while (next <= at && kept < perDocument) {
                if (hold.test(links.get(next))) {
                    held[next] = true;
                    kept++;
                }
                next++;
            }
            return at < next && held[at];
        }

        private int indexOf(T x) {
            for (int i = 0; i < links.size(); i++) {
                if (links.get(i).evidence().equals(x.evidence())) {
                    return i;
                }
            }
            throw new IllegalArgumentException("not a link of this document: " + x);
        }
    }
}
