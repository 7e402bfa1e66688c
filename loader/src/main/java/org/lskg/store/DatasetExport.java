package org.lskg.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.RDFWriterRegistry;
import org.apache.jena.riot.RIOT;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.riot.writer.DirectiveStyle;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.Context;
import org.lskg.rdf.Prefixes;

/**
 * Writes a store, or one of its graphs, in an {@link ExportFormat}; see that enum for the mapping. The whole
 * store is written as it is read, in memory bounded whatever its size: N-Quads through an external sort,
 * Turtle and TriG with Jena's streaming block writers; the pretty writers, which hold their input, are kept
 * for one graph, and JSON-LD of the whole store is refused above {@link #JSONLD_MAX_QUADS}.
 */
final class DatasetExport {
    private DatasetExport() {}

    /** Above this many quads, JSON-LD of the whole store is refused: the JSON-LD writer builds it in memory. */
    static final long JSONLD_MAX_QUADS = 200_000;
    /** Bytes of N-Quads lines the sort holds in memory before it spills a sorted run to a temporary file. */
    private static final long SORT_BUDGET = 32L << 20;
    /** Quads formatted per batch before their lines go to the sort. */
    private static final int BATCH = 4_096;

    /**
     * Writes {@code store}, or only {@code graph} if given, to {@code out}. The caller holds a read transaction
     * and has checked that the graph exists.
     *
     * @throws StoreException if the format cannot be written at this size (JSON-LD of a large store)
     */
    static void write(DatasetGraph store, ExportFormat format, Optional<Node> graph, OutputStream out) {
        switch (format) {
            case TURTLE -> {
                if (graph.isPresent()) writeTurtle(store.getGraph(graph.get()), out);
                else writeStreaming(RDFFormat.TURTLE_BLOCKS, out, s -> store.getUnionGraph().find().forEachRemaining(s::triple));
            }
            case TRIG -> {
                if (graph.isPresent()) writeDataset(view(store, graph), RDFFormat.TRIG_PRETTY, out);
                else writeStreaming(RDFFormat.TRIG_BLOCKS, out, s -> graphs(store, graph).forEach(
                        g -> store.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(s::quad)));
            }
            case JSONLD -> {
                long quads = graphs(store, graph).stream().mapToLong(g -> store.getGraph(g).size()).sum();
                if (graph.isEmpty() && quads > JSONLD_MAX_QUADS) {
                    throw new StoreException("The store holds " + quads + " quads; JSON-LD of more than "
                            + JSONLD_MAX_QUADS + " is built in memory, so it is written for one graph at a time"
                            + " (--graph IRI). For the whole store use --format nquads, trig or turtle, which stream.");
                }
                writeDataset(view(store, graph), RDFFormat.JSONLD11_PRETTY, out);
            }
            case NQUADS -> writeSortedNQuads(store, graph, out);
        }
    }

    /** The named graphs to write, in IRI order. */
    private static List<Node> graphs(DatasetGraph store, Optional<Node> graph) {
        return graph.map(List::of).orElseGet(() -> Iter.toList(store.listGraphNodes()).stream()
                .sorted(Comparator.comparing(Node::getURI)).toList());
    }

    /**
     * A dataset of live views of the store's named graphs (all, or only {@code graph}) that carries our
     * prefixes, so that writers (JSON-LD's context among them) use them without the triples being copied.
     */
    private static DatasetGraph view(DatasetGraph store, Optional<Node> graph) {
        DatasetGraph view = DatasetGraphFactory.createGeneral();
        view.prefixes().putAll(Prefixes.STANDARD);
        graphs(store, graph).forEach(name -> view.addGraph(name, store.getGraph(name)));
        return view;
    }

    /** The registry's writer takes an explicit prefix map, so the store's graph need not carry ours. */
    private static void writeTurtle(Graph graph, OutputStream out) {
        RDFFormat format = RDFFormat.TURTLE_PRETTY;
        RDFWriterRegistry.getWriterGraphFactory(format).create(format)
                .write(out, graph, PrefixMapFactory.create(Prefixes.STANDARD), null, writerContext());
    }

    private static void writeDataset(DatasetGraph dataset, RDFFormat format, OutputStream out) {
        RDFWriter.source(dataset).format(format).context(writerContext()).output(out);
    }

    /** A streaming writer, our prefixes first, then whatever {@code body} sends it. */
    private static void writeStreaming(RDFFormat format, OutputStream out, Consumer<StreamRDF> body) {
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, format, writerContext());
        stream.start();
        Prefixes.STANDARD.getNsPrefixMap().forEach(stream::prefix);
        body.accept(stream);
        stream.finish();
    }

    /** Turtle and TriG with {@code @prefix}, which every Turtle parser reads, rather than Jena 5's {@code PREFIX}. */
    private static Context writerContext() {
        Context context = RIOT.getContext().copy();
        context.set(RIOT.symTurtleDirectiveStyle, DirectiveStyle.AT);
        return context;
    }

    /**
     * N-Quads with lines in unsigned byte order (as {@code LC_ALL=C sort}), so the same content gives the same
     * bytes whatever the load order: quads are formatted in batches by Jena's N-Quads writer and sorted
     * externally.
     */
    private static void writeSortedNQuads(DatasetGraph store, Optional<Node> graph, OutputStream out) {
        try (SortedLines sorted = new SortedLines(SORT_BUDGET)) {
            ByteArrayOutputStream batch = new ByteArrayOutputStream(1 << 20);
            List<Quad> quads = new ArrayList<>(BATCH);
            for (Node g : graphs(store, graph)) {
                Iterator<Quad> it = store.find(g, Node.ANY, Node.ANY, Node.ANY);
                while (it.hasNext()) {
                    quads.add(it.next());
                    if (quads.size() == BATCH) addLines(quads, batch, sorted);
                }
            }
            addLines(quads, batch, sorted);
            sorted.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Formats {@code quads} with Jena's N-Quads writer, moves the lines to {@code sorted}, empties both buffers. */
    private static void addLines(List<Quad> quads, ByteArrayOutputStream batch, SortedLines sorted) {
        StreamRDF writer = StreamRDFWriter.getWriterStream(batch, RDFFormat.NQUADS_UTF8);
        writer.start();
        quads.forEach(writer::quad);
        writer.finish();
        quads.clear();
        byte[] bytes = batch.toByteArray();
        batch.reset();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                sorted.add(Arrays.copyOfRange(bytes, start, i));
                start = i + 1;
            }
        }
    }
}
