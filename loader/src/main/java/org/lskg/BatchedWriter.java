package org.lskg;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.lskg.store.DocumentRejectedException;
import org.lskg.store.LoadOutcome;
import org.lskg.store.LskgStore;
import org.lskg.store.WriteBatch;

/**
 * The one thread that writes a build: puts each prepared file into an open write transaction as soon as it comes,
 * and commits every {@code documentsPerTransaction} documents (or {@value #TRIPLES_PER_TRANSACTION} triples), so
 * that the store's per-commit cost (page copies, journal, file syncs, a Lucene segment) is paid once per batch.
 *
 * <p>The guarantees of one transaction per document stay:
 * <ul>
 * <li>the store never holds part of a document, and a process killed mid-batch leaves what the last commit left,
 *     whole documents only; a rerun replaces them with the same quads;</li>
 * <li>a file that fails leaves the store as it was and the others still load: when the store fails on a document,
 *     the batch is aborted and its documents are written again one transaction each, so that the failure is the
 *     failing document's alone;</li>
 * <li>the listener hears of each file in file order, and of a loaded file only once it is committed.</li>
 * </ul>
 * Not thread-safe.
 */
final class BatchedWriter implements AutoCloseable {

    /** Commits a batch once it holds this many triples, which bounds the graphs held for a retry. */
    static final long TRIPLES_PER_TRANSACTION = 200_000;

    /** One file of the open batch: what it gave, and, once written, the store's outcome. */
    private record Pending(Path file, Pipeline.Prepared prepared, LoadOutcome outcome) {}

    private final LskgStore store;
    private final Pipeline.BuildListener listener;
    private final int documentsPerTransaction;
    private final WriteBatch batch;
    private final List<Pending> pending = new ArrayList<>();
    private int loaded;
    private int rejected;
    private int failed;

    BatchedWriter(LskgStore store, Pipeline.BuildListener listener, int documentsPerTransaction) {
        if (documentsPerTransaction < 1) {
            throw new IllegalArgumentException("documentsPerTransaction must be at least 1");
        }
        this.store = store;
        this.listener = listener;
        this.documentsPerTransaction = documentsPerTransaction;
        this.batch = store.batch();
    }

    /** Writes {@code prepared} into the open batch, or keeps its refusal for the report; commits a full batch. */
    void add(Path file, Pipeline.Prepared prepared) {
        if (!(prepared instanceof Pipeline.Prepared.Ready ready)) {
            pending.add(new Pending(file, prepared, null));
            return;
        }
        try {
            pending.add(new Pending(file, prepared, batch.replace(ready.graph(), ready.checks())));
        } catch (DocumentRejectedException e) {
            pending.add(new Pending(file, new Pipeline.Prepared.Refused(describe(e)), null));
            return;
        } catch (RuntimeException e) {
            // the batch was aborted: every file of it, this one included, is written again on its own
            pending.add(new Pending(file, prepared, null));
            oneByOne();
            return;
        }
        if (batch.documents() >= documentsPerTransaction || batch.triples() >= TRIPLES_PER_TRANSACTION) {
            flush();
        }
    }

    /** Commits the open batch and reports its files. */
    void flush() {
        try {
            batch.commit();
        } catch (RuntimeException e) {
            oneByOne(); // the commit failed and the batch was aborted
            return;
        }
        pending.forEach(p -> report(p.file(), p.prepared(), p.outcome()));
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

    /** After an aborted batch: each of its files in a transaction of its own, reported as it is written. */
    private void oneByOne() {
        List<Pending> files = List.copyOf(pending);
        pending.clear();
        for (Pending p : files) {
            if (!(p.prepared() instanceof Pipeline.Prepared.Ready ready)) {
                report(p.file(), p.prepared(), null);
                continue;
            }
            try {
                report(p.file(), p.prepared(), store.replace(ready.graph(), ready.checks()));
            } catch (DocumentRejectedException e) {
                report(p.file(), new Pipeline.Prepared.Refused(describe(e)), null);
            } catch (RuntimeException e) {
                report(p.file(), new Pipeline.Prepared.Failed(e), null);
            }
        }
    }

    private void report(Path file, Pipeline.Prepared prepared, LoadOutcome outcome) {
        if (prepared instanceof Pipeline.Prepared.Ready ready) {
            ready.warnings().forEach(w -> listener.warning(file, w));
            listener.loaded(file, outcome);
            loaded++;
        } else if (prepared instanceof Pipeline.Prepared.Refused refused) {
            listener.rejected(file, refused.reason());
            rejected++;
        } else if (prepared instanceof Pipeline.Prepared.Failed f) {
            listener.failed(file.toString(), f.error());
            failed++;
        }
    }

    private static String describe(DocumentRejectedException e) {
        return "violates the SHACL shapes: " + e.violations().stream()
                .map(Object::toString).collect(Collectors.joining("; "));
    }
}
