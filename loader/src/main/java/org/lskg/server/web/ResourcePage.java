package org.lskg.server.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.lskg.rdf.LSKG;

/**
 * The page of any resource without a page of its own (a sentence, a section, a follow-up, a status assessment,
 * a concept, a graph): its classes, its main text, every property with its values, and what points to it.
 */
final class ResourcePage {

    /** Properties whose value is shown as the resource's text, in order of preference. */
    private static final List<String> TEXT = List.of(LSKG.NS + "text", LSKG.NS + "heading", LSKG.NS + "reason",
            LSKG.SKOS + "definition");
    private static final int INBOUND_SHOWN = 300;

    private final Site site;

    ResourcePage(Site site) {
        this.site = site;
    }

    void render(WebRequest request, HttpServletResponse response, Node x) throws IOException {
        Map<String, Node> bind = Map.of("x", x);
        List<Map<String, Node>> properties = site.sparql().select("properties", bind);
        List<Map<String, Node>> inbound = site.sparql().select("inbound", bind);
        List<Node> shown = new ArrayList<>(List.of(x));
        properties.forEach(r -> { shown.add(r.get("p")); shown.add(r.get("o")); });
        inbound.forEach(r -> { shown.add(r.get("p")); shown.add(r.get("s")); });
        Labels labels = Labels.of(site.sparql(), shown, request.lang());

        Map<String, Object> m = new HashMap<>();
        String title = labels.text(x);
        m.put("title", title);
        m.put("iri", site.iris(request).toPublic(x.getURI()));
        m.put("formats", formats(site, x));
        Map<String, List<Map<String, Object>>> byPredicate = new LinkedHashMap<>();
        Map<String, Node> predicates = new HashMap<>();
        List<Map<String, Object>> types = new ArrayList<>();
        Optional<String> text = Optional.empty();
        int textRank = TEXT.size();
        for (Map<String, Node> row : properties) {
            Node p = row.get("p");
            Node o = row.get("o");
            if (p.equals(RDF.type.asNode())) {
                types.add(site.views(request).value(o, labels.get(o)));
            }
            int rank = TEXT.indexOf(p.getURI());
            if (rank >= 0 && rank < textRank && o.isLiteral()) {
                text = Optional.of(o.getLiteralLexicalForm());
                textRank = rank;
            }
            predicates.put(p.getURI(), p);
            byPredicate.computeIfAbsent(p.getURI(), k -> new ArrayList<>()).add(site.views(request).value(o, labels.get(o)));
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        byPredicate.forEach((p, values) -> rows.add(Map.of(
                "predicate", site.views(request).value(predicates.get(p), labels.get(predicates.get(p))),
                "values", values)));
        m.put("types", types);
        text.ifPresent(t -> m.put("text", t));
        m.put("properties", rows);
        List<Map<String, Object>> in = new ArrayList<>();
        inbound.stream().limit(INBOUND_SHOWN).forEach(r -> in.add(Map.of(
                "subject", site.views(request).value(r.get("s"), labels.get(r.get("s"))),
                "predicate", site.views(request).value(r.get("p"), labels.get(r.get("p"))))));
        m.put("inbound", in);
        m.put("hasInbound", !in.isEmpty());
        m.put("inboundCapped", inbound.size() > INBOUND_SHOWN);
        if (x.getURI().startsWith(IriSpace.CANONICAL + "graph/")) {
            m.put("graph", graph(request, x));
        }
        site.page(request, response, "resource", title, m);
    }

    private Map<String, Object> graph(WebRequest request, Node x) {
        Map<String, Object> g = new HashMap<>();
        List<Map<String, Node>> rows = site.sparql().select("graph-summary", Map.of("x", x));
        g.put("triples", rows.isEmpty() ? 0 : Views.text(rows.get(0).get("triples")));
        List<Node> docs = rows.stream().map(r -> r.get("doc")).filter(n -> n != null).distinct().toList();
        Labels labels = Labels.of(site.sparql(), docs, "vi");
        g.put("documents", docs.stream().map(d -> site.views(request).value(d, labels.get(d))).toList());
        String path = IriSpace.pathOf(x.getURI()).orElseThrow();
        g.put("dumpNq", "/dumps" + path + ".nq");
        g.put("dumpTtl", "/dumps" + path + ".ttl");
        return g;
    }

    /** The links to a resource's representations, for the {@code formats} partial. */
    static List<Map<String, String>> formats(Site site, Node x) {
        String path = IriSpace.pathOf(x.getURI()).orElseThrow();
        List<Map<String, String>> formats = new ArrayList<>();
        formats.add(Map.of("href", path + ".ttl", "type", Representation.TURTLE.mediaType(), "label", "Turtle"));
        formats.add(Map.of("href", path + ".jsonld", "type", Representation.JSONLD.mediaType(), "label", "JSON-LD"));
        formats.add(Map.of("href", path + ".nt", "type", Representation.NTRIPLES.mediaType(), "label", "N-Triples"));
        return formats;
    }
}
