package org.lskg.store;

import java.util.Arrays;

/**
 * A growable list of triples of {@code long} ids (subject, predicate, object), three numbers each in one array:
 * a graph of millions of triples held as ids takes 24 bytes a triple, where TDB2's {@code Tuple<NodeId>} objects in
 * a hash set took some 200 (the trace graph of 1,000 documents: 2.5 million triples). Once {@link #sortDistinct
 * sorted}, two lists are compared by one merge ({@link #difference}) and a subject's triples are found by binary
 * search. Ids compare as unsigned numbers, the order of TDB2's index keys. Not thread-safe.
 */
final class LongTriples {

    /** Receives a triple of ids. */
    @FunctionalInterface
    interface Sink {
        void accept(long s, long p, long o);
    }

    private long[] ids = new long[3 * 1024];
    private int size;
    private boolean sorted = true;

    /** Appends a triple. */
    void add(long s, long p, long o) {
        if (3 * size == ids.length) {
            ids = Arrays.copyOf(ids, Math.max(3 * 1024, ids.length + (ids.length >> 1) / 3 * 3));
        }
        int at = 3 * size++;
        ids[at] = s;
        ids[at + 1] = p;
        ids[at + 2] = o;
        sorted = size == 1 || (sorted && compare(ids, at - 3, ids, at) < 0);
    }

    int size() {
        return size;
    }

    long subject(int i) {
        return ids[3 * i];
    }

    long predicate(int i) {
        return ids[3 * i + 1];
    }

    long object(int i) {
        return ids[3 * i + 2];
    }

    /** Sorts the triples by subject, predicate and object, and drops the repeated ones. */
    void sortDistinct() {
        if (!sorted) {
            mergeSort();
            sorted = true;
        }
        int kept = 0;
        for (int i = 0; i < size; i++) {
            if (kept == 0 || compare(ids, 3 * (kept - 1), ids, 3 * i) != 0) {
                System.arraycopy(ids, 3 * i, ids, 3 * kept++, 3);
            }
        }
        size = kept;
    }

    /**
     * The positions {@code [from, to)} of the triples of {@code subject}, packed as {@code from << 32 | to}; the
     * list must be sorted.
     */
    long subjectRange(long subject) {
        requireSorted();
        int lo = 0;
        int hi = size;
        while (lo < hi) { // the first triple whose subject is not below
            int mid = (lo + hi) >>> 1;
            if (Long.compareUnsigned(ids[3 * mid], subject) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int to = lo;
        while (to < size && ids[3 * to] == subject) {
            to++;
        }
        return ((long) lo << 32) | to;
    }

    /** Whether some triple has {@code subject}; the list must be sorted. */
    boolean hasSubject(long subject) {
        long range = subjectRange(subject);
        return (int) (range >>> 32) < (int) range;
    }

    /**
     * Calls {@code onlyInA} with each triple of {@code a} that {@code b} lacks and {@code onlyInB} with each of
     * {@code b} that {@code a} lacks, in order; both must be {@link #sortDistinct sorted}.
     */
    static void difference(LongTriples a, LongTriples b, Sink onlyInA, Sink onlyInB) {
        a.requireSorted();
        b.requireSorted();
        int i = 0;
        int j = 0;
        while (i < a.size || j < b.size) {
            int c = i == a.size ? 1 : j == b.size ? -1 : compare(a.ids, 3 * i, b.ids, 3 * j);
            if (c < 0) {
                onlyInA.accept(a.subject(i), a.predicate(i), a.object(i));
                i++;
            } else if (c > 0) {
                onlyInB.accept(b.subject(j), b.predicate(j), b.object(j));
                j++;
            } else {
                i++;
                j++;
            }
        }
    }

    private void requireSorted() {
        if (!sorted) {
            throw new IllegalStateException("the triples are not sorted");
        }
    }

    private static int compare(long[] x, int i, long[] y, int j) {
        int c = Long.compareUnsigned(x[i], y[j]);
        if (c == 0) {
            c = Long.compareUnsigned(x[i + 1], y[j + 1]);
        }
        return c != 0 ? c : Long.compareUnsigned(x[i + 2], y[j + 2]);
    }

    /** A stable bottom-up merge sort of the triples, through one array of the same size. */
    private void mergeSort() {
        long[] from = ids;
        long[] to = new long[ids.length];
        for (int width = 1; width < size; width *= 2) {
            for (int lo = 0; lo < size; lo += 2 * width) {
                int mid = Math.min(lo + width, size);
                int hi = Math.min(lo + 2 * width, size);
                merge(from, to, lo, mid, hi);
            }
            long[] swap = from;
            from = to;
            to = swap;
        }
        ids = from;
    }

    private static void merge(long[] from, long[] to, int lo, int mid, int hi) {
        int i = lo;
        int j = mid;
        for (int k = lo; k < hi; k++) {
            int src = i < mid && (j >= hi || compare(from, 3 * i, from, 3 * j) <= 0) ? i++ : j++;
            System.arraycopy(from, 3 * src, to, 3 * k, 3);
        }
    }
}
