package org.lskg.server.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Node;
import org.lskg.rdf.LSKG;

/** The home page: the search box, what the store holds, its documents, and the ways in for machines. */
final class HomePage implements Handler {

    private final Site site;

    HomePage(Site site) {
        this.site = site;
    }

    @Override
    public void handle(WebRequest request, HttpServletResponse response) throws IOException {
        Map<String, Object> m = new HashMap<>();
        Map<String, String> counts = new HashMap<>();
        site.sparql().select("counts", Map.of()).forEach(r ->
                counts.put(r.get("class").getURI().substring(LSKG.NS.length()), Views.text(r.get("n"))));
        m.put("counts", List.of("Document", "Commitment", "Sentence", "Body", "FollowUp").stream()
                .map(c -> Map.of("count", counts.getOrDefault(c, "0"), "label", site.message(request, "home.count." + c)))
                .toList());
        List<Map<String, Node>> docs = site.sparql().select("documents", Map.of());
        List<Node> shown = new ArrayList<>();
        docs.forEach(d -> shown.add(d.get("type")));
        Labels labels = Labels.of(site.sparql(), shown, request.lang());
        m.put("documents", docs.stream().map(d -> Map.of(
                "href", site.views(request).href(d.get("doc").getURI()),
                "number", Views.text(d.get("number")),
                "issued", Views.text(d.get("issued")),
                "type", d.get("type") == null ? "" : labels.text(d.get("type")),
                "title", Views.text(d.get("title")),
                "source", Views.text(d.get("source")))).toList());
        m.put("endpoint", site.settings().datasetPath() + "/sparql");
        site.page(request, response, "home", site.message(request, "home.title"), m);
    }
}
