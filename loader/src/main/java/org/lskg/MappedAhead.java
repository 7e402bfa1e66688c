package org.lskg;

import org.lskg.document.ParsedDocument;
import org.lskg.extract.Fact;
import org.lskg.rdf.DocumentGraph;
import org.lskg.rdf.DocumentMapper;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The mapping of a long document's first facts (its entity mentions) on a thread of its own while the other
 * extractors read on: in 2 MB of dense tasks, 48,000 mentions whose triples took the preparing thread 1–2 s
 * to add. The graph is the one {@link DocumentMapper#map} gives for all the facts: the same facts are mapped
 * in the same order, the first run on the other thread, the rest after it. A mapping that passes the mapper's
 * limit on triples stops there and {@link #graph} throws what it threw; {@link #cancel} stops the thread of a
 * document refused meanwhile. One document, one use.
 */
final class MappedAhead {

    /** Documents of fewer characters are mapped after extraction, as before: a thread is not worth it. */
    static final int FROM_CHARS = 200_000;

    private final DocumentMapper mapper;
    private final ParsedDocument doc;
    private List<Fact> first;
    private CompletableFuture<DocumentMapper.Mapping> mapping;
    /** Set when the document was refused: the thread maps no more. */
    private volatile boolean cancelled;

    /** Facts the thread maps between two looks at {@link #cancelled}: some 10,000 triples. */
    private static final int FACTS_PER_STEP = 1_000;

    MappedAhead(DocumentMapper mapper, ParsedDocument doc) {
        this.mapper = mapper;
        this.doc = doc;
    }

    /** Starts mapping the document and {@code firstFacts}, if the document is long enough to be worth it. */
    void start(List<Fact> firstFacts) {
        if (mapping != null || doc.text().length() < FROM_CHARS) return;
        first = firstFacts;
        mapping = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                DocumentMapper.Mapping m = mapper.begin(doc);
                for (int from = 0; from < firstFacts.size() && !cancelled; from += FACTS_PER_STEP) {
                    m.add(firstFacts.subList(from, Math.min(firstFacts.size(), from + FACTS_PER_STEP)));
                }
                if (cancelled) {
                    mapping.cancel(false);
                } else {
                    mapping.complete(m);
                }
            } catch (RuntimeException | Error e) {
                mapping.completeExceptionally(e);
            }
        }, "lskg-map-ahead");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Stops the mapping of a document that will not be loaded (its extraction passed its budget): the thread
     * ends within a step, and what it mapped is dropped. Any thread may call it; {@link #graph} must not follow.
     */
    void cancel() {
        cancelled = true;
    }

    /**
     * The graph of the document and {@code facts}, {@code mapper.map(doc, facts)}: the run mapped ahead
     * joined by the rest when {@code facts} begins with it, else mapped now. Rethrows what mapping threw.
     */
    DocumentGraph graph(List<Fact> facts) {
        if (mapping == null || facts.size() < first.size() || !facts.subList(0, first.size()).equals(first)) {
            return mapper.map(doc, facts);
        }
        DocumentMapper.Mapping m;
        try {
            m = mapping.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while mapping " + doc.fileName(), e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw new IllegalStateException(e.getCause());
        }
        m.add(facts.subList(first.size(), facts.size()));
        return m.graph();
    }
}
