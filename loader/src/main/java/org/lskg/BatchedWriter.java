package org.lskg;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lskg.store.DocumentRejectedException;
import org.lskg.store.LoadOutcome;
import org.lskg.store.LskgStore;
import org.lskg.store.WriteBatch;

/**
 * The one thread that writes a build: puts each prepared file into an open write transaction as soon as it comes,
 * and commits once the transaction holds at least {@code minDocuments} documents and at least as many triples as
 * this writer committed before it, so that the commits double what the build has written: about log2 of its
 * triples commits, instead of one per document.
 *
 * <p>Why so few commits: a TDB2 commit copies every B+tree page the transaction touched, and leaves the old
 * copies on disk as dead pages until the store is compacted. Two of the six quad indexes (POSG, OSPG) order
 * their keys by object first, and the objects of a document graph are largely small integers (the offsets
 * and order of sentences, mentions and sections) and dates, which TDB2 stores inside the key by value: every
 * batch inserts among the existing keys of those values, all along the index. With 16 documents per commit a
 * fresh build of 300 generated documents left POSG.dat and OSPG.dat at 394 MB each on disk, against 109 MB
 * when the same 300 documents were written in one transaction (1.4 GB against 657 MB for the whole store);
 * at 1,000 documents the dead pages took 6.4 GB and compacting them away 185 s. Commits that double the
 * written triples leave dead pages summing to about the indexes' final size.
 *
 * <p>The guarantees of one transaction per document stay:
 * <ul>
 * <li>the store never holds part of a document, and a process killed mid-batch leaves what the last commit left,
 *     whole documents only (at most about half of what the build wrote is lost); a rerun replaces them with the
 *     same quads;</li>
 * <li>a file that fails leaves the store as it was and the others still load: when the store fails on a document,
 *     the batch is aborted and its documents are prepared and written again one transaction each, so that the
 *     failure is the failing document's alone;</li>
 * <li>the listener hears of each file in file order, of its graph once it is written into the open transaction
 *     ({@link Pipeline.BuildListener#written}), and of a loaded file only once it is committed.</li>
 * </ul>
 * The open batch keeps no document graph (only what the report needs), so its memory does not grow with its
 * triples; the store's buffer of new quads is bounded by {@link WriteBatch}. Not thread-safe.
 */
final class BatchedWriter implements AutoCloseable {

    /**
     * One file of the open batch: written into the transaction ({@code outcome}, and the warnings to report with
     * it), or not to be loaded ({@code refusal}: a {@code Refused} or {@code Failed}), or neither: the store failed
     * on it, which aborted the batch.
     */
    private record Pending(Path file, LoadOutcome outcome, List<String> warnings, Pipeline.Prepared refusal) {
        static Pending written(Path file, LoadOutcome outcome, List<String> warnings) {
            return new Pending(file, outcome, warnings, null);
        }

        static Pending refused(Path file, Pipeline.Prepared refusal) {
            return new Pending(file, null, List.of(), refusal);
        }

        static Pending failedInStore(Path file) {
            return new Pending(file, null, List.of(), null);
        }
    }

    private final LskgStore store;
    private final Pipeline.BuildListener listener;
    private final int minDocuments;
    /** Prepares a file again, for the retry after an aborted batch, which keeps no graph. */
    private final Function<Path, Pipeline.Prepared> prepare;
    private final WriteBatch batch;
    private final List<Pending> pending = new ArrayList<>();
    private long committedTriples;
    private int loaded;
    private int rejected;
    private int failed;

    /**
     * @param minDocuments the fewest documents per transaction (the last one excepted)
     * @param prepare      what gave the prepared files, called again on a batch's files if the store fails on it
     */
    BatchedWriter(LskgStore store, Pipeline.BuildListener listener, int minDocuments,
                  Function<Path, Pipeline.Prepared> prepare) {
        if (minDocuments < 1) {
            throw new IllegalArgumentException("minDocuments must be at least 1");
        }
        this.store = store;
        this.listener = listener;
        this.minDocuments = minDocuments;
        this.prepare = prepare;
        this.batch = store.batch();
    }

    /** Writes {@code prepared} into the open batch, or keeps its refusal for the report; commits a full batch. */
    void add(Path file, Pipeline.Prepared prepared) {
        if (!(prepared instanceof Pipeline.Prepared.Ready ready)) {
            pending.add(Pending.refused(file, prepared));
            return;
        }
        try {
            pending.add(Pending.written(file, batch.replace(ready.graph(), ready.checks()), ready.warnings()));
            listener.written(file);
        } catch (DocumentRejectedException e) {
            pending.add(Pending.refused(file, new Pipeline.Prepared.Refused(describe(e))));
            return;
        } catch (RuntimeException e) {
            // the batch was aborted: every file of it, this one included, is written again on its own
            pending.add(Pending.failedInStore(file));
            oneByOne();
            return;
        }
        if (batch.documents() >= minDocuments && batch.triples() >= committedTriples) {
            flush();
        }
    }

    /** Commits the open batch and reports its files. */
    void flush() {
        long triples = batch.triples();
        try {
            batch.commit();
        } catch (RuntimeException e) {
            oneByOne(); // the commit failed and the batch was aborted
            return;
        }
        committedTriples += triples;
        pending.forEach(this::report);
        pending.clear();
    }

    Pipeline.BuildReport report() {
        return new Pipeline.BuildReport(loaded, rejected, failed);
    }

    /** Aborts an unflushed batch (a build cut short by an error): its files were not reported, nor loaded. */
    @Override
    public void close() {
        batch.abort();
    }

    /**
     * After an aborted batch: each of its files prepared again and written in a transaction of its own, reported
     * as it is written.
     */
    private void oneByOne() {
        List<Pending> files = List.copyOf(pending);
        pending.clear();
        for (Pending p : files) {
            if (p.refusal() != null) {
                report(p);
                continue;
            }
            Pipeline.Prepared again = prepare.apply(p.file());
            if (!(again instanceof Pipeline.Prepared.Ready ready)) {
                report(Pending.refused(p.file(), again));
                continue;
            }
            try {
                report(Pending.written(p.file(), store.replace(ready.graph(), ready.checks()), ready.warnings()));
            } catch (DocumentRejectedException e) {
                report(Pending.refused(p.file(), new Pipeline.Prepared.Refused(describe(e))));
            } catch (RuntimeException e) {
                report(Pending.refused(p.file(), new Pipeline.Prepared.Failed(e)));
            }
        }
    }

    private void report(Pending p) {
        if (p.outcome() != null) {
            p.warnings().forEach(w -> listener.warning(p.file(), w));
            listener.loaded(p.file(), p.outcome());
            loaded++;
        } else if (p.refusal() instanceof Pipeline.Prepared.Refused refused) {
            listener.rejected(p.file(), refused.reason());
            rejected++;
        } else if (p.refusal() instanceof Pipeline.Prepared.Failed f) {
            listener.failed(p.file().toString(), f.error());
            failed++;
        }
    }

    private static String describe(DocumentRejectedException e) {
        return "violates the SHACL shapes: " + e.violations().stream()
                .map(Object::toString).collect(Collectors.joining("; "));
    }
}
