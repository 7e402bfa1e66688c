package org.lskg.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.DEF;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.vocabulary.RDF;
import org.lskg.server.web.VoidDescription;

/**
 * Serves the SPARQL 1.1 Service Description of the query endpoints of one dataset on a GET
 * (or HEAD) of the bare endpoint URL, without any request parameter. Fuseki 5.6 answers such requests with a 404
 * placeholder. The description is the data file {@code service-description.ttl}, with the
 * request URL as the service IRI, plus {@code sd:UnionDefaultGraph} when the dataset's default
 * graph is the union of its named graphs, and, when the server has one, the VoID/DCAT description of the
 * dataset ({@link VoidDescription}) as its default dataset. Content is negotiated among the RDF syntaxes
 * (Turtle by default).
 */
public final class ServiceDescriptionModule implements FusekiModule {

    private static final String TEMPLATE = "service-description.ttl";
    private static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final Set<String> QUERY_ENDPOINTS = Set.of("sparql", "query");

    private final String datasetName;
    private final VoidDescription datasetDescription;

    private ServiceDescriptionModule(String datasetName, VoidDescription datasetDescription) {
        this.datasetName = datasetName;
        this.datasetDescription = datasetDescription;
    }

    /** Service descriptions for the {@code sparql} and {@code query} endpoints of {@code datasetName}. */
    public static ServiceDescriptionModule forDataset(String datasetName) {
        return new ServiceDescriptionModule(Objects.requireNonNull(datasetName, "datasetName"), null);
    }

    /**
     * Service descriptions whose default dataset is the VoID/DCAT dataset of {@code description} (the one
     * served at {@code /.well-known/void}), with the whole VoID description included.
     */
    public static ServiceDescriptionModule forDataset(String datasetName, VoidDescription description) {
        return new ServiceDescriptionModule(Objects.requireNonNull(datasetName, "datasetName"),
                Objects.requireNonNull(description, "description"));
    }

    @Override
    public String name() {
        return "lskg service description";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        DatasetGraph dataset = builder.getDataset(datasetName);
        if ( dataset == null )
            throw new IllegalStateException("No dataset " + datasetName);
        Filter filter = new DescriptionFilter(template(), isUnionDefaultGraph(dataset), datasetDescription);
        QUERY_ENDPOINTS.forEach(endpoint -> builder.addFilter(datasetName + "/" + endpoint, filter));
    }

    private static boolean isUnionDefaultGraph(DatasetGraph dataset) {
        return dataset.getContext().isTrue(TDB2.symUnionDefaultGraph);
    }

    private static String template() {
        try ( InputStream in = ServiceDescriptionModule.class.getResourceAsStream(TEMPLATE) ) {
            if ( in == null )
                throw new IllegalStateException("Missing class-path resource " + TEMPLATE);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Answers description requests; passes every other request on. */
    private record DescriptionFilter(String template, boolean unionDefaultGraph, VoidDescription datasetDescription)
            implements Filter {
        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            if ( request instanceof HttpServletRequest httpRequest
                 && response instanceof HttpServletResponse httpResponse
                 && isDescriptionRequest(httpRequest) ) {
                describe(httpRequest, httpResponse);
                return;
            }
            chain.doFilter(request, response);
        }

        private static boolean isDescriptionRequest(HttpServletRequest request) {
            String method = request.getMethod();
            String parameters = request.getQueryString();
            return ("GET".equals(method) || "HEAD".equals(method)) && (parameters == null || parameters.isEmpty());
        }

        private void describe(HttpServletRequest request, HttpServletResponse response) throws IOException {
            MediaType mediaType = ConNeg.chooseContentType(request, DEF.rdfOffer, DEF.acceptTurtle);
            Lang lang = RDFLanguages.contentTypeToLang(mediaType.getContentTypeStr());
            String endpoint = request.getRequestURL().toString();
            Graph description = GraphFactory.createDefaultGraph();
            RDFParser.fromString(template, Lang.TURTLE).base(endpoint).parse(description);
            Node service = NodeFactory.createURI(endpoint);
            if ( unionDefaultGraph )
                description.add(service, sdTerm("feature"), sdTerm("UnionDefaultGraph"));
            Node defaultGraph = NodeFactory.createBlankNode();
            description.add(defaultGraph, RDF.type.asNode(), sdTerm("Graph"));
            if ( datasetDescription == null ) {
                Node dataset = NodeFactory.createBlankNode();
                description.add(service, sdTerm("defaultDataset"), dataset);
                description.add(dataset, RDF.type.asNode(), sdTerm("Dataset"));
                description.add(dataset, sdTerm("defaultGraph"), defaultGraph);
            } else {
                String origin = VoidDescription.origin(request);
                Node dataset = NodeFactory.createURI(VoidDescription.datasetIri(origin));
                description.add(service, sdTerm("defaultDataset"), dataset);
                description.add(dataset, sdTerm("defaultGraph"), defaultGraph);
                GraphUtil.addInto(description, datasetDescription.describe(origin));
            }
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType(lang.getHeaderString());
            response.setCharacterEncoding("utf-8");
            if ( "HEAD".equals(request.getMethod()) )
                return;
            RDFWriter.source(description).lang(lang).output(response.getOutputStream());
        }

        private static Node sdTerm(String localName) {
            return NodeFactory.createURI(SD + localName);
        }
    }
}
