package org.lskg.server.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.lskg.rdf.LSKG;
import org.lskg.store.ExportFormat;
import org.lskg.store.StoreStatistics;

/**
 * The dataset's description for portals and crawlers, at {@code /.well-known/void} (RFC 5785, as VoID
 * proposes) and inside the SPARQL service description: a VoID dataset that is also a DCAT dataset, with its
 * triple count, classes and their sizes, vocabularies, example resources, SPARQL endpoint, one subset per
 * named graph (triples, source file, dump links) and the dumps as DCAT distributions with byte size and
 * SHA-256 ({@code spdx:checksum}) once written ({@link DumpFiles}).
 *
 * <p>Resource IRIs appear in their public form ({@code --base}); the endpoint and dump URLs are this server's
 * own, taken from the request ({@code origin}); {@code void:uriSpace} names the canonical IRIs, which SPARQL
 * and the dumps use.
 */
public final class VoidDescription implements Handler {

    static final String PATH = "/.well-known/void";
    private static final String VOID = "http://rdfs.org/ns/void#";
    private static final String DCAT = "http://www.w3.org/ns/dcat#";
    private static final String SPDX = "http://spdx.org/rdf/terms#";
    private static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";
    private static final List<String> VOCABULARIES = List.of(LSKG.NS, LSKG.ORG, LSKG.PROV, LSKG.TIME, LSKG.SKOS,
            LSKG.DCT, LSKG.ELI, LSKG.NIF, LSKG.FOAF);

    private final Site site;
    private final Optional<DumpFiles> dumps;
    /** The counts, which need a pass over the store. */
    private final KeptUntilChanged<Counts> counts;

    VoidDescription(Site site, Optional<DumpFiles> dumps) {
        this.site = site;
        this.dumps = dumps;
        this.counts = new KeptUntilChanged<>(site, () -> new Counts(site.sparql().read(VoidDescription::graphs),
                site.sparql().read(VoidDescription::classes),
                site.sparql().select("void-examples", Map.of()).stream().map(r -> r.get("example"))
                        .filter(n -> n != null && n.isURI()).distinct().toList()));
    }

    /** A named graph: its triples, and the source file it was read from if it has one. */
    private record GraphCount(Node graph, long triples, Optional<Node> source) {}

    /**
     * Every named graph with its triples and source file, in the order of the graphs' IRIs; counted on the
     * store's indexes ({@link StoreStatistics}).
     */
    private static List<GraphCount> graphs(DatasetGraph dataset) {
        Map<Node, Node> sources = StoreStatistics.objectByGraph(dataset, LSKG.sourceFile.asNode());
        List<GraphCount> graphs = new ArrayList<>();
        StoreStatistics.triplesByGraph(dataset).forEach((g, n) ->
                graphs.add(new GraphCount(g, n, Optional.ofNullable(sources.get(g)))));
        return graphs;
    }

    /** Each class (an IRI) with its distinct resources, in the order of the classes' IRIs. */
    private static Map<Node, Long> classes(DatasetGraph dataset) {
        Map<Node, Long> classes = new LinkedHashMap<>(StoreStatistics.subjectsByClass(dataset));
        classes.keySet().removeIf(c -> !c.isURI());
        return classes;
    }

    private record Counts(List<GraphCount> graphs, Map<Node, Long> classes, List<Node> examples) {}

    @Override
    public void handle(WebRequest request, HttpServletResponse response) throws IOException {
        Representation rep = Representation.negotiate(request.accept()).orElse(Representation.TURTLE);
        Graph description = describe(origin(request.http()));
        response.setHeader("Vary", "Accept");
        if (rep == Representation.HTML) {
            ByteArrayOutputStream turtle = new ByteArrayOutputStream();
            RDFWriter.source(description).format(RDFFormat.TURTLE_PRETTY).output(turtle);
            site.page(request, response, "void", "VoID / DCAT", Map.of("turtle", turtle.toString(StandardCharsets.UTF_8)));
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(rep.mediaType() + "; charset=utf-8");
        if (!"HEAD".equals(request.method())) {
            try (OutputStream out = response.getOutputStream()) {
                RDFWriter.source(description).format(rep.format().orElseThrow()).output(out);
            }
        }
    }

    /** {@code http://host:port} of a request, as the client addressed the server. */
    public static String origin(HttpServletRequest request) {
        String url = request.getRequestURL().toString();
        return url.substring(0, url.indexOf('/', url.indexOf("//") + 2));
    }

    /** The IRI of the dataset in the description served by the server at {@code origin}. */
    public static String datasetIri(String origin) {
        return origin + PATH + "#lskg";
    }

    /** The description, for a server reached at {@code origin} ({@code http://host:port}). */
    public Graph describe(String origin) {
        Dumps.prepare(dumps);
        Counts c = counts.get();
        IriSpace iris = site.iris(origin);
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("void", VOID).setNsPrefix("dcat", DCAT).setNsPrefix("spdx", SPDX).setNsPrefix("sd", SD)
                .setNsPrefix("dct", LSKG.DCT).setNsPrefix("xsd", XSDDatatype.XSD + "#").setNsPrefix("lskg", LSKG.NS);
        String endpoint = origin + site.settings().datasetPath() + "/sparql";
        Resource doc = m.createResource(origin + PATH);
        Resource ds = m.createResource(datasetIri(origin));
        doc.addProperty(RDF.type, m.createResource(VOID + "DatasetDescription"))
                .addProperty(DCTerms.title, "VoID description of lskg", "en")
                .addProperty(m.createProperty(LSKG.FOAF + "primaryTopic"), ds);
        ds.addProperty(RDF.type, m.createResource(VOID + "Dataset"))
                .addProperty(RDF.type, m.createResource(DCAT + "Dataset"))
                .addProperty(RDF.type, m.createResource(SD + "Dataset"))
                .addProperty(DCTerms.title, "lskg — nhiệm vụ được giao trong văn bản của cơ quan nhà nước", "vi")
                .addProperty(DCTerms.title, "lskg — commitments in Vietnamese government documents", "en")
                .addProperty(DCTerms.description, "Vietnamese government documents as RDF: every sentence, the "
                        + "entities named, the commitments assigned (who, by when, about what) and their traced "
                        + "status; one named graph per document.", "en")
                .addProperty(p(m, DCAT, "landingPage"), m.createResource(origin + "/"))
                .addProperty(p(m, DCAT, "keyword"), "commitments", "en")
                .addProperty(p(m, DCAT, "keyword"), "văn bản hành chính", "vi")
                .addProperty(p(m, VOID, "uriSpace"), IriSpace.CANONICAL + "id/")
                .addProperty(p(m, VOID, "sparqlEndpoint"), m.createResource(endpoint))
                .addProperty(p(m, VOID, "feature"), m.createResource(FORMATS + "N-Quads"))
                .addProperty(p(m, VOID, "feature"), m.createResource(FORMATS + "Turtle"))
                .addProperty(p(m, VOID, "feature"), m.createResource(FORMATS + "TriG"));
        VOCABULARIES.forEach(v -> ds.addProperty(p(m, VOID, "vocabulary"), m.createResource(v)));
        long triples = c.graphs().stream().mapToLong(GraphCount::triples).sum();
        ds.addLiteral(p(m, VOID, "triples"), typed(m, triples));
        ds.addLiteral(p(m, VOID, "classes"), typed(m, c.classes().size()));
        c.examples().forEach(e -> ds.addProperty(p(m, VOID, "exampleResource"), m.createResource(iris.toPublic(e.getURI()))));
        c.classes().forEach((cls, entities) -> ds.addProperty(p(m, VOID, "classPartition"), m.createResource()
                .addProperty(p(m, VOID, "class"), m.createResource(cls.getURI()))
                .addLiteral(p(m, VOID, "entities"), typed(m, entities))));
        for (GraphCount g : c.graphs()) {
            subset(m, ds, origin, iris, g);
        }
        Resource service = m.createResource(origin + PATH + "#sparql-service")
                .addProperty(RDF.type, m.createResource(DCAT + "DataService"))
                .addProperty(p(m, DCAT, "endpointURL"), m.createResource(endpoint))
                .addProperty(p(m, DCAT, "endpointDescription"), m.createResource(endpoint))
                .addProperty(DCTerms.conformsTo, m.createResource("https://www.w3.org/TR/sparql11-protocol/"))
                .addProperty(p(m, DCAT, "servesDataset"), ds);
        ds.addProperty(p(m, DCAT, "distribution"), m.createResource(origin + PATH + "#sparql")
                .addProperty(RDF.type, m.createResource(DCAT + "Distribution"))
                .addProperty(p(m, DCAT, "accessURL"), m.createResource(endpoint))
                .addProperty(p(m, DCAT, "accessService"), service));
        dumps.ifPresent(d -> Dumps.FULL_ORDER.forEach(name -> distribution(m, ds, origin, name, d)));
        return m.getGraph();
    }

    private void distribution(Model m, Resource ds, String origin, String name, DumpFiles files) {
        ExportFormat format = Dumps.FULL.get(name);
        Resource url = m.createResource(origin + Dumps.PREFIX + name);
        ds.addProperty(p(m, VOID, "dataDump"), url);
        Resource dist = m.createResource(origin + PATH + "#dump-" + name.replace('.', '-'))
                .addProperty(RDF.type, m.createResource(DCAT + "Distribution"))
                .addProperty(p(m, DCAT, "downloadURL"), url)
                .addProperty(p(m, DCAT, "mediaType"),
                        m.createResource("https://www.iana.org/assignments/media-types/" + Dumps.mediaType(format)));
        files.ready(format).ifPresent(d -> dist
                .addLiteral(p(m, DCAT, "byteSize"), typed(m, d.size()))
                .addProperty(p(m, SPDX, "checksum"), m.createResource()
                        .addProperty(RDF.type, m.createResource(SPDX + "Checksum"))
                        .addProperty(p(m, SPDX, "algorithm"), m.createResource(SPDX + "checksumAlgorithm_sha256"))
                        .addLiteral(p(m, SPDX, "checksumValue"), m.createTypedLiteral(d.sha256(), XSDDatatype.XSDhexBinary))));
        ds.addProperty(p(m, DCAT, "distribution"), dist);
    }

    private void subset(Model m, Resource ds, String origin, IriSpace iris, GraphCount g) {
        String graph = g.graph().getURI();
        Resource subset = m.createResource(iris.toPublic(graph))
                .addProperty(RDF.type, m.createResource(VOID + "Dataset"))
                .addProperty(p(m, SD, "name"), m.createResource(graph))
                .addLiteral(p(m, VOID, "triples"), typed(m, g.triples()));
        g.source().ifPresent(source -> subset.addProperty(DCTerms.source, source.getLiteralLexicalForm()));
        Optional<String> path = IriSpace.pathOf(graph);
        if (dumps.isPresent() && path.isPresent()) {
            subset.addProperty(p(m, VOID, "dataDump"), m.createResource(origin + "/dumps" + path.get() + ".nq"));
            subset.addProperty(p(m, VOID, "dataDump"), m.createResource(origin + "/dumps" + path.get() + ".ttl"));
        }
        ds.addProperty(p(m, VOID, "subset"), subset);
    }

    private static Literal typed(Model m, long n) {
        return m.createTypedLiteral(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static Property p(Model m, String ns, String local) {
        return m.createProperty(ns + local);
    }
}
