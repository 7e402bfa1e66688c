package org.lskg;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.lskg.document.DocumentException;
import org.lskg.document.DocumentParser;
import org.lskg.document.ParsedDocument;
import org.lskg.extract.Extractor;
import org.lskg.extract.Extractors;
import org.lskg.resolve.EntityResolver;
import org.lskg.resolve.Gazetteer;
import org.lskg.extract.Fact;
import org.lskg.rdf.DocumentGraph;
import org.lskg.rdf.DocumentMapper;
import org.lskg.rdf.FactMappers;
import org.lskg.rdf.Iris;
import org.lskg.rdf.LSKG;
import org.lskg.rdf.Skolemizer;
import org.lskg.store.DocumentRejectedException;
import org.lskg.store.LoadOutcome;
import org.lskg.store.LskgStore;
import org.lskg.trace.Tracer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * lskg's facade over its stages: a text file is parsed ({@code document}), mapped to RDF ({@code rdf}) and
 * loaded into the store ({@code store}), one named graph per document. Stateless; safe to share.
 *
 * <pre>{@code
 * BuildReport r = Pipeline.create().build(store, SourceFiles.collect(List.of(dir)), listener);
 * }</pre>
 */
public final class Pipeline {

    /** The graph that holds the ontology itself, so analysts can query labels and definitions. */
    public static final String ONTOLOGY_GRAPH = Iris.GRAPH + "ontology";
    /** The graph that holds the gazetteer of known entities. */
    public static final String GAZETTEER_GRAPH = Iris.GRAPH + "gazetteer";
    private static final String ONTOLOGY_RESOURCE = "/org/lskg/ontology/lskg.ttl";

    /** Hears what happens to each file of a build; called on the building thread, in file order. */
    public interface BuildListener {
        default void started(int files) {}

        void loaded(Path file, LoadOutcome outcome);

        /** The file was not loaded; the store is as it was before it. {@code reason} is one line. */
        void rejected(Path file, String reason);
    }

    /** How many files a build loaded and rejected. */
    public record BuildReport(int loaded, int rejected) {}

    private final DocumentParser parser;
    private final List<Extractor> extractors;
    private final DocumentMapper mapper;

    private Pipeline(DocumentParser parser, List<Extractor> extractors, DocumentMapper mapper) {
        this.parser = parser;
        this.extractors = List.copyOf(extractors);
        this.mapper = mapper;
    }

    /** The standard pipeline: lskg's parser, every standard extractor and its mappers. */
    public static Pipeline create() {
        return new Pipeline(DocumentParser.create(), Extractors.standard(EntityResolver.standard()), new DocumentMapper(FactMappers.standard()));
    }

    /** Parses one file. */
    public ParsedDocument parse(Path file) throws DocumentException {
        return parser.parse(file);
    }

    /** Parses one file and runs the extractors on it. */
    public List<Fact> facts(ParsedDocument document) {
        return Extractors.run(extractors, document);
    }

    /** Parses, extracts and maps one file, without touching a store. */
    public DocumentGraph extract(Path file) throws DocumentException {
        ParsedDocument doc = parser.parse(file);
        return mapper.map(doc, facts(doc));
    }

    /**
     * Loads every file into the store, each in its own transaction: a file that fails is reported and
     * leaves the store as it was, and the others are still loaded. The ontology graph is (re)loaded first.
     */
    public BuildReport build(LskgStore store, List<Path> files, BuildListener listener) {
        loadOntology(store);
        listener.started(files.size());
        int loaded = 0;
        int rejected = 0;
        for (Path file : files) {
            try {
                listener.loaded(file, store.replace(extract(file)));
                loaded++;
            } catch (DocumentException e) {
                listener.rejected(file, e.getMessage());
                rejected++;
            } catch (DocumentRejectedException e) {
                listener.rejected(file, "violates the SHACL shapes: " + e.violations().stream()
                        .map(Object::toString).collect(Collectors.joining("; ")));
                rejected++;
            }
        }
        Tracer.create().rebuild(store); // derived from the whole store, so it also follows a single-file reload
        return new BuildReport(loaded, rejected);
    }

    /**
     * The reference graphs every build (re)loads: the ontology, so analysts can query labels and
     * definitions, and the gazetteer, so known entities carry their parents, levels and counterparts.
     */
    private static void loadOntology(LskgStore store) {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = Pipeline.class.getResourceAsStream(ONTOLOGY_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + ONTOLOGY_RESOURCE);
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        loadReference(store, g, ONTOLOGY_GRAPH, "lskg.ttl");
        Graph gazetteer = GraphFactory.createDefaultGraph();
        GraphUtil.addInto(gazetteer, Gazetteer.standard().graph());
        loadReference(store, gazetteer, GAZETTEER_GRAPH, "gazetteer.ttl");
    }

    private static void loadReference(LskgStore store, Graph graph, String graphIri, String source) {
        Graph g = Skolemizer.skolemize(graph, graphIri);
        // provenance, and the store's key for replacing this graph on the next build
        g.add(NodeFactory.createURI(graphIri), LSKG.sourceFile.asNode(), NodeFactory.createLiteralString(source));
        try {
            store.replace(new DocumentGraph(NodeFactory.createURI(graphIri), g, source));
        } catch (DocumentRejectedException e) {
            throw new IllegalStateException(source + " violates the shapes: " + e.violations(), e);
        }
    }
}
