package org.lskg.server.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.lskg.rdf.LSKG;
import org.lskg.rdf.Prefixes;

/**
 * Dereferenceable IRIs. {@code GET /id/...} (and {@code /graph/...}) answers for the canonical IRI
 * {@code https://w3id.org/lskg/id/...} ({@link IriSpace}):
 * <ul>
 *   <li>directly with 200, no 303: HTML to browsers, Turtle, JSON-LD or N-Triples by {@code Accept}, with
 *       {@code Vary: Accept}, {@code Content-Location} naming the variant and {@code Link} headers listing every
 *       variant ({@code rel="alternate"}) and the IRI itself ({@code rel="canonical"});</li>
 *   <li>{@code /id/....ttl}, {@code .jsonld}, {@code .nt}, {@code .html} name one variant, without negotiation;</li>
 *   <li>{@code /resource?iri=IRI} redirects (303) from any IRI of ours, canonical or public, to its path here;</li>
 *   <li>an IRI the store knows nothing about gets the 404 page; an {@code Accept} of none of the four, 406.</li>
 * </ul>
 * The RDF of a resource is its description ({@code queries/describe.rq}), that of a graph IRI the graph's
 * triples, both with served IRIs in their public form and, when that differs from the canonical one, an
 * {@code owl:sameAs} from the public to the canonical IRI.
 */
final class LinkedData implements Handler {

    private static final Set<String> ENTITY_CLASSES = Set.of("Body", "Person", "Place", "BorderGate", "Project",
            "Programme", "Indicator", "Entity", "Post");

    private final Site site;
    private final ResourcePage resourcePage;
    private final DocumentPage documentPage;
    private final EntityPage entityPage;
    private final CommitmentPage commitmentPage;

    LinkedData(Site site) {
        this.site = site;
        this.resourcePage = new ResourcePage(site);
        this.documentPage = new DocumentPage(site);
        this.entityPage = new EntityPage(site);
        this.commitmentPage = new CommitmentPage(site);
    }

    @Override
    public void handle(WebRequest request, HttpServletResponse response) throws IOException {
        if (request.path().equals("/resource")) {
            resolve(request, response);
            return;
        }
        Target target = target(request.path());
        Optional<Representation> chosen = target.fixed().or(() -> Representation.negotiate(request.accept()));
        if (target.fixed().isEmpty()) {
            response.setHeader("Vary", "Accept");
        }
        links(request, target).forEach(l -> response.addHeader("Link", l));
        if (chosen.isEmpty()) {
            site.error(request, response, HttpServletResponse.SC_NOT_ACCEPTABLE, "error.notAcceptable",
                    Optional.of("text/html, text/turtle, application/ld+json, application/n-triples"));
            return;
        }
        Representation rep = chosen.get();
        response.setHeader("Content-Location", target.path() + "." + rep.extension());
        if (rep == Representation.HTML) {
            html(request, response, target.iri());
        } else {
            rdf(request, response, target, rep);
        }
    }

    /** The resource a path names, and the representation its extension fixes; {@link NotFound} if none. */
    private Target target(String path) {
        Optional<Representation> ext = Representation.ofExtension(path);
        if (ext.isPresent()) {
            String bare = path.substring(0, path.length() - ext.get().extension().length() - 1);
            Optional<String> iri = IriSpace.canonicalOf(bare).filter(this::exists);
            if (iri.isPresent()) {
                return new Target(bare, iri.get(), ext);
            }
        }
        String iri = IriSpace.canonicalOf(path).filter(this::exists).orElseThrow(NotFound::new);
        return new Target(path, iri, Optional.empty());
    }

    private record Target(String path, String iri, Optional<Representation> fixed) {
        boolean isGraph() {
            return path.startsWith("/graph/");
        }
    }

    private boolean exists(String iri) {
        return site.sparql().ask("exists", Map.of("x", NodeFactory.createURI(iri)));
    }

    private List<String> links(WebRequest request, Target target) {
        List<String> links = new ArrayList<>();
        for (Representation r : Representation.values()) {
            links.add("<" + target.path() + "." + r.extension() + ">; rel=\"alternate\"; type=\"" + r.mediaType() + "\"");
        }
        links.add("<" + site.iris(request).toPublic(target.iri()) + ">; rel=\"canonical\"");
        return links;
    }

    private void resolve(WebRequest request, HttpServletResponse response) {
        String iri = site.iris(request).toCanonical(request.param("iri").orElseThrow(NotFound::new));
        String path = IriSpace.pathOf(iri).orElseThrow(NotFound::new);
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", path);
        response.setContentLength(0);
    }

    private void rdf(WebRequest request, HttpServletResponse response, Target target, Representation rep)
            throws IOException {
        Node node = NodeFactory.createURI(target.iri());
        Graph graph = target.isGraph() ? graphContent(node) : site.sparql().construct("describe", Map.of("x", node));
        Graph shown = site.iris(request).toPublic(graph);
        if (site.iris(request).rewrites()) {
            shown.add(site.iris(request).toPublic(node), OWL.sameAs.asNode(), node);
        }
        shown.getPrefixMapping().setNsPrefixes(Prefixes.STANDARD).setNsPrefix("id", site.iris(request).toPublic(LSKG.ID));
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(rep.mediaType() + "; charset=utf-8");
        if ("HEAD".equals(request.method())) {
            return;
        }
        try (OutputStream out = response.getOutputStream()) {
            RDFWriter.source(shown).format(rep.format().orElseThrow()).output(out);
        }
    }

    /** A named graph whole, outside the row cap: its size is bounded by one document. */
    private Graph graphContent(Node name) {
        return Txn.calculateRead(site.settings().dataset(), () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            site.settings().dataset().getGraph(name).find().forEachRemaining(copy::add);
            return copy;
        });
    }

    private void html(WebRequest request, HttpServletResponse response, String iri) throws IOException {
        Node node = NodeFactory.createURI(iri);
        Set<String> types = site.sparql().select("types", Map.of("x", node)).stream()
                .map(r -> r.get("type")).filter(n -> n != null && n.isURI()).map(Node::getURI)
                .collect(Collectors.toSet());
        if (types.contains(LSKG.Document.getURI())) {
            documentPage.render(request, response, node);
        } else if (types.contains(LSKG.NS + "Commitment")) {
            commitmentPage.render(request, response, node);
        } else if (types.stream().anyMatch(t -> t.startsWith(LSKG.NS) && ENTITY_CLASSES.contains(t.substring(LSKG.NS.length())))) {
            entityPage.render(request, response, node, types);
        } else {
            resourcePage.render(request, response, node);
        }
    }
}
