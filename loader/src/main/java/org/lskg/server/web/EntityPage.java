package org.lskg.server.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.lskg.rdf.LSKG;

/**
 * The page of an entity (a body, person, place, border gate, project, programme): its labels, classes, source
 * and parents, its mentions and the commitments it is responsible for or that are about it, each in the latest 20
 * documents that have any, in date order. A body's page links to its accountability page, which counts them all.
 */
final class EntityPage {

    /** The number of documents whose mentions the page shows: entity-mentions.rq's LIMIT. */
    static final int MENTIONED_DOCUMENTS = 20;
    /** The number of documents whose commitments the page shows: entity-commitments-latest.rq's LIMIT. */
    static final int COMMITTING_DOCUMENTS = 20;

    private final Site site;

    EntityPage(Site site) {
        this.site = site;
    }

    void render(WebRequest request, HttpServletResponse response, Node x, Set<String> types) throws IOException {
        Map<String, Node> bind = Map.of("x", x);
        List<Map<String, Node>> about = site.sparql().select("entity", bind);
        List<Map<String, Node>> mentions = site.sparql().select("entity-mentions", bind);
        List<Map<String, Node>> commitments = site.sparql().select("entity-commitments-latest", bind);

        List<Node> shown = new ArrayList<>(List.of(x));
        types.forEach(t -> shown.add(NodeFactory.createURI(t)));
        about.forEach(r -> { shown.add(r.get("p")); shown.add(r.get("v")); });
        mentions.forEach(r -> shown.add(r.get("doc")));
        commitments.forEach(r -> { shown.add(r.get("status")); shown.add(r.get("doc")); });
        Labels labels = Labels.of(site.sparql(), shown, request.lang());

        Map<String, Object> m = new HashMap<>();
        String title = labels.text(x);
        m.put("title", title);
        m.put("iri", site.iris(request).toPublic(x.getURI()));
        m.put("formats", ResourcePage.formats(site, x));
        m.put("types", types.stream().sorted().map(NodeFactory::createURI)
                .map(t -> site.views(request).value(t, labels.get(t))).toList());
        Map<Node, List<Map<String, Object>>> byProperty = new LinkedHashMap<>();
        about.forEach(r -> byProperty.computeIfAbsent(r.get("p"), k -> new ArrayList<>())
                .add(site.views(request).value(r.get("v"), labels.get(r.get("v")))));
        List<Map<String, Object>> facts = new ArrayList<>();
        byProperty.forEach((p, values) -> facts.add(Map.of("predicate", site.views(request).value(p, labels.get(p)),
                "values", values)));
        m.put("facts", facts);
        if (types.contains(LSKG.Body.getURI())) {
            m.put("accountability", "/accountability" + IriSpace.pathOf(x.getURI()).orElseThrow().substring("/id".length()));
        }
        m.put("mentions", mentions.stream().map(r -> Map.of(
                "issued", Views.text(r.get("issued")),
                "doc", site.views(request).value(r.get("doc"), labels.get(r.get("doc"))),
                "surface", Views.text(r.get("surface")),
                "text", Views.text(r.get("text")),
                "href", site.views(request).href(r.get("s").getURI()))).toList());
        m.put("mentionCount", mentions.size());
        m.put("mentionsLatest", reachedLimit(mentions, MENTIONED_DOCUMENTS));
        m.put("commitments", commitments.stream().map(r -> commitment(request, r, labels)).toList());
        m.put("commitmentCount", commitments.size());
        m.put("commitmentsLatest", reachedLimit(commitments, COMMITTING_DOCUMENTS));
        site.page(request, response, "entity", title, m);
    }

    /**
     * Whether {@code rows}, of a query that reads the latest {@code limit} documents only, reached that many: the page
     * then says that there may be more.
     */
    private static boolean reachedLimit(List<Map<String, Node>> rows, int limit) {
        return rows.stream().map(r -> r.get("doc")).distinct().count() >= limit;
    }

    private Map<String, Object> commitment(WebRequest request, Map<String, Node> r, Labels labels) {
        Map<String, Object> v = new HashMap<>();
        v.put("href", site.views(request).href(r.get("c").getURI()));
        v.put("text", Views.text(r.get("text")));
        v.put("role", site.message(request, "role." + Views.text(r.get("role"))));
        v.put("issued", Views.text(r.get("issued")));
        v.put("doc", site.views(request).value(r.get("doc"), labels.get(r.get("doc"))));
        v.put("deadline", Views.text(r.get("deadline")));
        if (r.get("status") != null) {
            v.put("status", Statuses.view(r.get("status"), labels));
        }
        return v;
    }
}
