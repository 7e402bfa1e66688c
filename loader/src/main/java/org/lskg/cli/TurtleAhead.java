package org.lskg.cli;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.lskg.rdf.Prefixes;
import org.lskg.store.DocumentValidator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The pretty Turtle of a large document graph, written on a thread of its own while the shapes check the
 * same graph: on one huge document (2 MB of dense tasks, 740,000 triples) writing and validating each take
 * seconds, and neither changes the graph. The bytes are those {@link #write} gives once validation is
 * over; they are kept only for the graph that was finally accepted (a graph that lost facts to the shapes is
 * mapped again and written anew). One document, one use; not thread-safe.
 */
final class TurtleAhead {

    /** Graphs smaller than this are written after validation, as before: a thread is not worth it. */
    static final int FROM_TRIPLES = 20_000;

    private Graph graph;
    private CompletableFuture<byte[]> bytes;

    /** A validator that checks with {@code shapes} and, the first time, starts writing the graph it checks. */
    DocumentValidator writingWhile(DocumentValidator shapes) {
        return g -> {
            start(g);
            return shapes.validate(g);
        };
    }

    private void start(Graph g) {
        // the prefixes the Turtle is written with are already the graph's (the mapper sets them): the
        // graph is neither changed here nor while the shapes read it
        if (bytes != null || g.size() < FROM_TRIPLES || !g.getPrefixMapping().samePrefixMappingAs(Prefixes.STANDARD)) {
            return;
        }
        graph = g;
        bytes = new CompletableFuture<>();
        Thread writer = new Thread(() -> {
            try {
                ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
                RDFWriter.source(g).format(RDFFormat.TURTLE_PRETTY).output(out);
                bytes.complete(out.toByteArray());
            } catch (RuntimeException | Error e) {
                bytes.completeExceptionally(e);
            }
        }, "lskg-turtle-ahead");
        writer.setDaemon(true); // a graph the shapes refused is not waited for
        writer.start();
    }

    /**
     * Writes {@code g} as pretty Turtle (with lskg's prefixes) to {@code out}: the bytes written ahead if
     * {@code g} is the graph they were written from, else written now.
     */
    void write(Graph g, OutputStream out) {
        try {
            if (g == graph) {
                out.write(bytes.get());
            } else {
                g.getPrefixMapping().setNsPrefixes(Prefixes.STANDARD);
                RDFWriter.source(g).format(RDFFormat.TURTLE_PRETTY).output(out);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the Turtle", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw new IllegalStateException(e.getCause());
        }
    }
}
