package org.lskg.server.web;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Where lskg's IRIs live and where this server shows them. The store holds canonical IRIs under
 * {@link #CANONICAL} ({@code https://w3id.org/lskg/id/...}, {@code .../graph/...}); the server answers for
 * them under its own paths {@code /id/...} and {@code /graph/...}. The <em>public base</em> ({@code lskg serve
 * --base}) is what the server puts in front of those paths in what it writes: by default the server itself
 * ({@code http://127.0.0.1:3030/}), so every IRI in a response can be followed; behind the w3id.org redirect,
 * {@code https://w3id.org/lskg/}, and then nothing is rewritten. The store is never changed.
 *
 * <p>Only the instance and graph spaces are rewritten: the ontology's terms ({@code https://w3id.org/lskg/ontology#})
 * keep their IRIs, as clients recognise vocabularies by them.
 */
public record IriSpace(String publicBase) {

    /** The base of every IRI lskg mints. */
    public static final String CANONICAL = "https://w3id.org/lskg/";
    /** The path spaces the server answers for, relative to a base. */
    static final List<String> SPACES = List.of("id/", "graph/");

    public IriSpace {
        Objects.requireNonNull(publicBase, "publicBase");
        URI uri = URI.create(publicBase);
        if (!uri.isAbsolute() || !List.of("http", "https").contains(uri.getScheme()) || !publicBase.endsWith("/")
                || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("The base must be an http(s) IRI ending in '/': " + publicBase);
        }
    }

    /** The canonical space itself: nothing rewritten. */
    public static IriSpace canonical() {
        return new IriSpace(CANONICAL);
    }

    /** Whether the public base differs from the canonical one. */
    public boolean rewrites() {
        return !publicBase.equals(CANONICAL);
    }

    /** The path of a canonical IRI on this server ({@code /id/doc/...}), if it is in a served space. */
    public static Optional<String> pathOf(String canonicalIri) {
        if (!canonicalIri.startsWith(CANONICAL)) {
            return Optional.empty();
        }
        String rest = canonicalIri.substring(CANONICAL.length());
        return SPACES.stream().anyMatch(rest::startsWith) ? Optional.of("/" + rest) : Optional.empty();
    }

    /** The canonical IRI a request path ({@code /id/doc/...}) stands for, if the path is in a served space. */
    public static Optional<String> canonicalOf(String path) {
        if (!path.startsWith("/")) {
            return Optional.empty();
        }
        String rest = path.substring(1);
        return SPACES.stream().anyMatch(s -> rest.startsWith(s) && rest.length() > s.length())
                ? Optional.of(CANONICAL + rest) : Optional.empty();
    }

    /** The IRI the server shows for {@code iri}: the public base in front of a served path, else unchanged. */
    public String toPublic(String iri) {
        return pathOf(iri).map(p -> publicBase + p.substring(1)).orElse(iri);
    }

    /** The canonical IRI for an IRI written either way (public or canonical). */
    public String toCanonical(String iri) {
        if (rewrites() && iri.startsWith(publicBase)) {
            String rest = iri.substring(publicBase.length());
            if (SPACES.stream().anyMatch(rest::startsWith)) {
                return CANONICAL + rest;
            }
        }
        return iri;
    }

    public Node toPublic(Node node) {
        return node.isURI() && rewrites() ? NodeFactory.createURI(toPublic(node.getURI())) : node;
    }

    /** A copy of {@code graph} with every served IRI in its public form ({@code graph} itself if none changes). */
    public Graph toPublic(Graph graph) {
        if (!rewrites()) {
            return graph;
        }
        Graph out = GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(t ->
                out.add(Triple.create(toPublic(t.getSubject()), toPublic(t.getPredicate()), toPublic(t.getObject()))));
        graph.getPrefixMapping().getNsPrefixMap().forEach((prefix, ns) -> out.getPrefixMapping().setNsPrefix(prefix,
                toPublic(ns)));
        return out;
    }
}
