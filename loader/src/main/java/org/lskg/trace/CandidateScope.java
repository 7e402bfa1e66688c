package org.lskg.trace;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * A part of the candidate sentences of a {@link FollowUpFinder} with its own postings: all of them for a full
 * search, or those of the documents that changed since an earlier trace for an incremental one. Candidates are
 * numbered in the finder's whole list; a scope numbers its members by their document's first possible day
 * (then as in the list), so that the candidates of a date range are a run of positions in every posting list.
 * Immutable and thread-safe once built.
 */
final class CandidateScope {

    /** What a scope needs to know of the finder's candidates, by their number in the whole list. */
    interface Candidates {
        /** The first day the candidate's document may have been issued. */
        LocalDate firstDay(int candidate);

        /** The candidate's clauses, entities and citations, for the postings. */
        FollowUpIndex.Entry entry(int candidate);

        /** Whether one of the candidate's clauses bears on a status (a new date, a pending decision ...). */
        boolean bearing(int candidate);

        /** The IRI of the candidate's document. */
        String document(int candidate);

        /** Whether the candidate is its document's first: the evidence when the document itself is a product. */
        boolean firstOfDocument(int candidate);

        /** The folded type of the candidate's document ("quyet dinh"), when the store gives one. */
        Optional<String> documentType(int candidate);
    }

    /** The members, by first possible day, then by number: a position in the postings maps to the whole list. */
    private final int[] members;
    /** The first possible day of each member's document, ascending. */
    private final LocalDate[] firstDays;
    private final FollowUpIndex index;
    private final FollowUpIndex bearingIndex;
    /** The first member of each document in scope, by document type, then by document IRI. */
    private final Map<String, Map<String, Integer>> firstCandidates = new HashMap<>();

    /**
     * The scope of the candidates {@code inListOrder} (numbers in the whole list, ascending), with the postings
     * of their words, entities and citations, and of the establishing {@code readings} of cited decisions.
     */
    CandidateScope(int[] inListOrder, Candidates candidates, TermVectors terms, int termSpread,
                   Collection<FollowUpIndex.Establishing> readings) {
        this.members = Arrays.stream(inListOrder).boxed()
                .sorted(Comparator.comparing(candidates::firstDay).thenComparingInt(i -> i))
                .mapToInt(Integer::intValue).toArray();
        this.firstDays = Arrays.stream(members).mapToObj(candidates::firstDay).toArray(LocalDate[]::new);
        this.index = FollowUpIndex.of(terms, termSpread,
                Arrays.stream(members).mapToObj(candidates::entry).toList(), readings);
        this.bearingIndex = FollowUpIndex.of(terms, termSpread, Arrays.stream(members)
                .mapToObj(i -> new FollowUpIndex.Entry(candidates.bearing(i) ? candidates.entry(i).clauses() : List.of(),
                        List.of(), List.of())).toList(), List.of());
        for (int i : members) {
            if (candidates.firstOfDocument(i)) {
                candidates.documentType(i).ifPresent(type -> firstCandidates.computeIfAbsent(type, t -> new HashMap<>())
                        .put(candidates.document(i), i));
            }
        }
    }

    /** The postings of the members' words, entities, citations and establishing readings. */
    FollowUpIndex index() {
        return index;
    }

    /** The words of the members' clauses that bear on a status only: probed with a lower similarity. */
    FollowUpIndex bearingIndex() {
        return bearingIndex;
    }

    /**
     * The first member of each document in scope of the folded {@code type}, by document IRI, numbered in the
     * whole list: a commitment that asks for a decision is given by a loaded decision, and looks at no other.
     */
    Map<String, Integer> firstCandidates(String type) {
        return firstCandidates.getOrDefault(type, Map.of());
    }

    /** Maps a position in this scope's postings to the candidate's number in the whole list. */
    IntConsumer global(IntConsumer sink) {
        return local -> sink.accept(members[local]);
    }

    /** The candidate at a position in this scope's postings, by its number in the whole list. */
    int member(int position) {
        return members[position];
    }

    /** The first position whose document's first possible day is after {@code day}. */
    int firstAfter(LocalDate day) {
        int low = 0;
        int high = firstDays.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (firstDays[mid].isAfter(day)) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }
}
