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

/**
 * The page of a commitment: its text, where it was stated, who is responsible, what it is about, its deadline,
 * and its trace (org.lskg.trace, read from the trace graph): the timeline drawing with every dated point, the
 * status with its reason and evidence, and each follow-up with its signals and confidence.
 */
final class CommitmentPage {

    private final Site site;

    CommitmentPage(Site site) {
        this.site = site;
    }

    void render(WebRequest request, HttpServletResponse response, Node x) throws IOException {
        Map<String, Node> bind = Map.of("x", x);
        List<Map<String, Node>> rows = site.sparql().select("commitment", bind);
        Map<String, Node> c = rows.isEmpty() ? Map.of() : rows.get(0);
        List<Map<String, Node>> parties = site.sparql().select("commitment-parties", bind);
        List<Map<String, Node>> followUps = site.sparql().select("commitment-followups", bind);
        List<Map<String, Node>> evidence = site.sparql().select("commitment-evidence", bind);

        List<Node> shown = new ArrayList<>(List.of(x));
        for (String k : List.of("doc", "status", "basis", "section")) {
            shown.add(c.get(k));
        }
        parties.forEach(r -> { shown.add(r.get("party")); shown.add(r.get("role")); });
        followUps.forEach(r -> { shown.add(r.get("doc")); shown.add(r.get("suggests")); shown.addAll(signals(r)); });
        evidence.forEach(r -> shown.add(r.get("doc")));
        Labels labels = Labels.of(site.sparql(), shown, request.lang());

        Map<String, Object> m = new HashMap<>();
        String text = Views.text(c.get("text"));
        String title = site.message(request, "commitment.kind") + ": " + abbreviate(text);
        m.put("title", title);
        m.put("text", text);
        m.put("iri", site.iris(request).toPublic(x.getURI()));
        m.put("formats", ResourcePage.formats(site, x));
        put(request, m, "doc", c.get("doc"), labels);
        m.put("issued", Views.text(c.get("issued")));
        put(request, m, "sentence", c.get("sentence"), labels);
        m.put("sentenceText", Views.text(c.get("sentenceText")));
        put(request, m, "section", c.get("section"), labels);
        m.put("sectionMarker", Views.text(c.get("marker")));
        m.put("sectionHeading", Views.text(c.get("heading")));
        m.put("deadline", Views.text(c.get("deadline")));
        m.put("deadlineText", Views.text(c.get("deadlineText")));
        put(request, m, "basis", c.get("basis"), labels);
        if (c.get("status") != null) {
            m.put("status", Statuses.view(c.get("status"), labels));
            put(request, m, "assessment", c.get("assessment"), labels);
        }
        m.put("asOf", Views.text(c.get("asOf")));
        m.put("reason", Views.text(c.get("reason")));
        m.put("parties", parties.stream().map(r -> Map.of(
                "party", site.views(request).value(r.get("party"), labels.get(r.get("party"))),
                "role", r.get("role") == null ? "" : labels.text(r.get("role")))).toList());
        m.put("followUps", followUps.stream().map(r -> followUp(request, r, labels)).toList());
        m.put("followUpCount", followUps.size());
        m.put("evidence", evidence.stream().map(r -> Map.of(
                "issued", Views.text(r.get("issued")),
                "doc", site.views(request).value(r.get("doc"), labels.get(r.get("doc"))),
                "text", Views.text(r.get("text")),
                "href", site.views(request).href(r.get("evidence").getURI()))).toList());
        m.put("hasEvidence", !evidence.isEmpty());
        m.put("timeline", timeline(request, c, followUps, labels).drawing());
        site.page(request, response, "commitment", title, m);
    }

    private Timeline timeline(WebRequest request, Map<String, Node> c, List<Map<String, Node>> followUps, Labels labels) {
        Timeline t = new Timeline();
        if (c.get("doc") != null) {
            t.add(Timeline.Kind.STATED, Views.text(c.get("issued")), site.message(request, "timeline.stated") + ": "
                    + labels.text(c.get("doc")), site.views(request).href(c.get("doc").getURI()));
        }
        for (Map<String, Node> f : followUps) {
            String doc = f.get("doc") == null ? "" : labels.text(f.get("doc"));
            t.add(Timeline.Kind.FOLLOWUP, Views.text(f.get("date")), site.message(request, "timeline.followUp") + ": "
                    + doc, site.views(request).href(f.get("evidence").getURI()));
        }
        if (c.get("deadline") != null) {
            t.add(Timeline.Kind.DEADLINE, Views.text(c.get("deadline")), site.message(request, "timeline.deadline"), "");
        }
        if (c.get("asOf") != null && c.get("assessment") != null) {
            t.add(Timeline.Kind.ASSESSED, Views.text(c.get("asOf")), site.message(request, "timeline.assessed") + ": "
                    + labels.text(c.get("status")), site.views(request).href(c.get("assessment").getURI()));
        }
        return t;
    }

    private Map<String, Object> followUp(WebRequest request, Map<String, Node> r, Labels labels) {
        Map<String, Object> v = new HashMap<>();
        v.put("date", Views.text(r.get("date")));
        v.put("doc", site.views(request).value(r.get("doc"), labels.get(r.get("doc"))));
        v.put("text", Views.text(r.get("text")));
        v.put("href", site.views(request).href(r.get("evidence").getURI()));
        v.put("followUpHref", site.views(request).href(r.get("f").getURI()));
        v.put("confidence", Views.text(r.get("confidence")));
        v.put("reason", Views.text(r.get("reason")));
        if (r.get("suggests") != null) {
            v.put("suggests", Statuses.view(r.get("suggests"), labels));
        }
        v.put("signals", signals(r).stream().map(s -> site.views(request).value(s, labels.get(s))).toList());
        return v;
    }

    private static List<Node> signals(Map<String, Node> r) {
        String s = Views.text(r.get("signals"));
        return s.isBlank() ? List.of() : Arrays.stream(s.split(" ")).map(NodeFactory::createURI).toList();
    }

    private void put(WebRequest request, Map<String, Object> m, String key, Node node, Labels labels) {
        if (node != null) {
            m.put(key, site.views(request).value(node, labels.get(node)));
        }
    }

    static String abbreviate(String text) {
        return text.length() <= 90 ? text : text.substring(0, 90).replaceAll("\\s+\\S*$", "") + " …";
    }
}
