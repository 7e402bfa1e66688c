package org.lskg.server.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Node;
import org.lskg.rdf.LSKG;

/**
 * The home page: the search box, what the store holds, its latest documents (at most 100, queries/documents.rq of
 * the web pages; the canned documents query pages through them all), and the ways in for machines.
 */
final class HomePage implements Handler {

    private final Site site;
    /** How many documents, commitments, sentences, bodies and follow-ups the store holds, by class name. */
    private final KeptUntilChanged<Map<String, String>> counts;

    HomePage(Site site) {
        this.site = site;
        this.counts = new KeptUntilChanged<>(site, () -> {
            Map<String, String> read = new HashMap<>();
            site.sparql().select("counts", Map.of()).forEach(r ->
                    read.put(r.get("class").getURI().substring(LSKG.NS.length()), Views.text(r.get("n"))));
            return Map.copyOf(read);
        });
    }

    @Override
    public void handle(WebRequest request, HttpServletResponse response) throws IOException {
        Map<String, Object> m = new HashMap<>();
        Map<String, String> counts = this.counts.get();
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
        // the query lists at most 100; say so when the store holds more
        m.put("more", Long.parseLong(counts.getOrDefault("Document", "0")) > docs.size());
        m.put("endpoint", site.settings().datasetPath() + "/sparql");
        site.page(request, response, "home", site.message(request, "home.title"), m);
    }
}
