package org.lskg.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.RDFWriterRegistry;
import org.apache.jena.riot.RIOT;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.writer.DirectiveStyle;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.Context;
import org.lskg.rdf.Prefixes;

/** Writes a store, or one of its graphs, in an {@link ExportFormat}; see that enum for the mapping. */
final class DatasetExport {
    private DatasetExport() {}

    /** Sorts N-Quads lines as {@code LC_ALL=C sort} would: by unsigned UTF-8 bytes. */
    private static final Comparator<byte[]> BYTE_ORDER = Arrays::compareUnsigned;

    /**
     * Writes {@code store}, or only {@code graph} if given, to {@code out}. The caller holds a read transaction
     * and has checked that the graph exists.
     */
    static void write(DatasetGraph store, ExportFormat format, Optional<Node> graph, OutputStream out) {
        switch (format) {
            case TURTLE -> writeTurtle(graph.map(store::getGraph).orElseGet(store::getUnionGraph), out);
            case TRIG -> writeDataset(view(store, graph), RDFFormat.TRIG_PRETTY, out);
            case JSONLD -> writeDataset(view(store, graph), RDFFormat.JSONLD11_PRETTY, out);
            case NQUADS -> writeSortedNQuads(view(store, graph), out);
        }
    }

    /**
     * A dataset of live views of the store's named graphs (all, or only {@code graph}) that carries our
     * prefixes, so that writers (JSON-LD's context among them) use them without the triples being copied.
     */
    private static DatasetGraph view(DatasetGraph store, Optional<Node> graph) {
        DatasetGraph view = DatasetGraphFactory.createGeneral();
        view.prefixes().putAll(Prefixes.STANDARD);
        graph.map(List::of).orElseGet(() -> Iter.toList(store.listGraphNodes()))
                .forEach(name -> view.addGraph(name, store.getGraph(name)));
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

    /** Turtle and TriG with {@code @prefix}, which every Turtle parser reads, rather than Jena 5's {@code PREFIX}. */
    private static Context writerContext() {
        Context context = RIOT.getContext().copy();
        context.set(RIOT.symTurtleDirectiveStyle, DirectiveStyle.AT);
        return context;
    }

    private static void writeSortedNQuads(DatasetGraph dataset, OutputStream out) {
        ByteArrayOutputStream unsorted = new ByteArrayOutputStream();
        writeDataset(dataset, RDFFormat.NQUADS_UTF8, unsorted);
        byte[] newline = {'\n'};
        try {
            for (byte[] line : unsorted.toString(StandardCharsets.UTF_8).lines()
                    .map(l -> l.getBytes(StandardCharsets.UTF_8)).sorted(BYTE_ORDER).toList()) {
                out.write(line);
                out.write(newline);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
