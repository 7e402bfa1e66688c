package org.lskg.server.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The page of a document: its metadata, outline, sentences and the commitments it states. */
final class DocumentPage {

    private final Site site;

    DocumentPage(Site site) {
        this.site = site;
    }

    void render(WebRequest request, HttpServletResponse response, Node x) throws IOException {
        Map<String, Node> bind = Map.of("x", x);
        List<Map<String, Node>> meta = site.sparql().select("document", bind);
        Map<String, Node> d = meta.isEmpty() ? Map.of() : meta.get(0);
        List<Map<String, Node>> outline = site.sparql().select("document-outline", bind);
        List<Map<String, Node>> sentences = site.sparql().select("document-sentences", bind);
        List<Map<String, Node>> commitments = site.sparql().select("document-commitments", bind);

        List<Node> shown = new ArrayList<>(List.of(x));
        shown.add(d.get("type"));
        shown.add(d.get("issuer"));
        commitments.forEach(c -> { shown.add(c.get("status")); shown.addAll(leads(c)); });
        Labels labels = Labels.of(site.sparql(), shown, request.lang());

        Map<String, Object> m = new HashMap<>();
        String number = Views.text(d.get("number"));
        String title = !number.isEmpty() ? number : labels.text(x);
        m.put("title", title);
        m.put("docTitle", Views.text(d.get("title")));
        m.put("iri", site.iris(request).toPublic(x.getURI()));
        m.put("formats", ResourcePage.formats(site, x));
        List<Map<String, Object>> facts = new ArrayList<>();
        fact(request, facts, site.message(request, "document.type"), d.get("type"), labels);
        fact(request, facts, site.message(request, "document.number"), d.get("number"), labels);
        fact(request, facts, site.message(request, "document.issued"), d.get("issued"), labels);
        fact(request, facts, site.message(request, "document.issuer"), d.get("issuer") != null ? d.get("issuer") : d.get("issuerText"), labels);
        fact(request, facts, site.message(request, "document.place"), d.get("place"), labels);
        fact(request, facts, site.message(request, "document.signer"), d.get("signer"), labels);
        fact(request, facts, site.message(request, "document.position"), d.get("position"), labels);
        fact(request, facts, site.message(request, "document.source"), d.get("source"), labels);
        fact(request, facts, site.message(request, "document.graph"), d.get("graph"), labels);
        fact(request, facts, site.message(request, "document.sentences"), d.get("sentences"), labels);
        m.put("facts", facts);
        m.put("outline", outline.stream().map(s -> Map.of(
                "level", Views.text(s.get("level")),
                "marker", Views.text(s.get("marker")),
                "heading", Views.text(s.get("heading")),
                "href", site.views(request).href(s.get("sec").getURI()))).toList());
        m.put("sentences", sentences.stream().map(s -> Map.of(
                "order", Views.text(s.get("order")),
                "marker", Views.text(s.get("marker")),
                "text", Views.text(s.get("text")),
                "href", site.views(request).href(s.get("s").getURI()))).toList());
        m.put("sentencesCapped", sentences.size() >= site.sparql().maxRows());
        m.put("commitments", commitments.stream().map(c -> commitment(request, c, labels)).toList());
        m.put("commitmentCount", commitments.size());
        site.page(request, response, "document", title, m);
    }

    private Map<String, Object> commitment(WebRequest request, Map<String, Node> c, Labels labels) {
        Map<String, Object> v = new HashMap<>();
        v.put("href", site.views(request).href(c.get("c").getURI()));
        v.put("text", Views.text(c.get("text")));
        v.put("deadline", Views.text(c.get("deadline")));
        v.put("leads", leads(c).stream().map(b -> site.views(request).value(b, labels.get(b))).toList());
        Node status = c.get("status");
        if (status != null) {
            v.put("status", Statuses.view(status, labels));
        }
        return v;
    }

    private static List<Node> leads(Map<String, Node> c) {
        String leads = Views.text(c.get("leads"));
        return leads.isBlank() ? List.of()
                : Arrays.stream(leads.split(" ")).map(NodeFactory::createURI).toList();
    }

    private void fact(WebRequest request, List<Map<String, Object>> facts, String name, Node value, Labels labels) {
        if (value != null && !Views.text(value).isBlank()) {
            facts.add(Map.of("name", name, "value", site.views(request).value(value, labels.get(value))));
        }
    }
}
