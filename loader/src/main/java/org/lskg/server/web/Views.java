package org.lskg.server.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.util.FmtUtils;
import org.lskg.rdf.Prefixes;

/**
 * Turns RDF terms into what templates show. An IRI becomes a link: a served IRI to its path on this server
 * (root-relative, so links work whatever host name the reader used), another IRI to itself; its text is its
 * label when known, else its prefixed name. A literal becomes its lexical form. Stateless.
 */
final class Views {

    private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefixes(Prefixes.STANDARD)
            .setNsPrefix("graph", IriSpace.CANONICAL + "graph/")
            .lock();

    private final IriSpace iris;

    Views(IriSpace iris) {
        this.iris = iris;
    }

    /** The link to {@code iri}: its path here if served, else the IRI itself. */
    String href(String iri) {
        return IriSpace.pathOf(iri).orElse(iri);
    }

    /** The IRI as this server shows it (public base). */
    String publicIri(String iri) {
        return iris.toPublic(iri);
    }

    /** A short form of an IRI: prefixed name when a prefix fits. */
    static String shortForm(String iri) {
        String s = PREFIXES.shortForm(iri);
        return s.equals(iri) ? iri : s;
    }

    /**
     * The template view of a term: {@code text}, and for an IRI {@code href}, {@code iri} (public form) and
     * {@code internal} (served here); {@code lang} for a tagged literal. {@code label} overrides the text of an IRI.
     */
    Map<String, Object> value(Node node, Optional<String> label) {
        // every key present, so that a template never picks up a key of an enclosing context
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("text", "");
        v.put("href", "");
        v.put("iri", "");
        v.put("internal", false);
        v.put("lang", "");
        if (node == null) {
            return v;
        }
        if (node.isURI()) {
            String iri = node.getURI();
            v.put("text", label.orElseGet(() -> shortForm(iri)));
            v.put("href", href(iri));
            v.put("iri", publicIri(iri));
            v.put("internal", IriSpace.pathOf(iri).isPresent());
        } else if (node.isLiteral()) {
            v.put("text", node.getLiteralLexicalForm());
            v.put("lang", node.getLiteralLanguage());
        } else {
            v.put("text", FmtUtils.stringForNode(node));
        }
        return v;
    }

    Map<String, Object> value(Node node) {
        return value(node, Optional.empty());
    }

    /** The lexical form of a literal, the IRI of an IRI; empty for null. */
    static String text(Node node) {
        if (node == null) {
            return "";
        }
        return node.isLiteral() ? node.getLiteralLexicalForm() : node.isURI() ? node.getURI() : node.toString();
    }
}
