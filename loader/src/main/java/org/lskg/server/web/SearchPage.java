package org.lskg.server.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.lskg.rdf.LSKG;

/**
 * The search page: the words typed are searched in the full-text index (labels, titles, headings, sentences
 * and commitments, diacritics folded, so {@code quy hoach tinh} finds "Quy hoạch tỉnh"), as a phrase first and
 * then as all the words in any order; the hits are grouped by what they are (commitments, entities,
 * documents, sentences, sections). The words are taken literally: Lucene's syntax is escaped (SPARQL's
 * {@code text:query} offers it to those who want it).
 */
final class SearchPage implements Handler {

    /** Index hits asked for; the page shows each resource once. */
    static final int HITS = 300;
    private static final List<String> GROUPS = List.of("commitment", "entity", "document", "sentence", "section", "other");
    private static final Map<String, String> GROUP_OF = Map.ofEntries(
            Map.entry("Commitment", "commitment"), Map.entry("Document", "document"),
            Map.entry("Sentence", "sentence"), Map.entry("Section", "section"),
            Map.entry("Body", "entity"), Map.entry("Person", "entity"), Map.entry("Place", "entity"),
            Map.entry("BorderGate", "entity"), Map.entry("Project", "entity"), Map.entry("Programme", "entity"),
            Map.entry("Indicator", "entity"), Map.entry("Entity", "entity"));

    private final Site site;

    SearchPage(Site site) {
        this.site = site;
    }

    /** The Lucene query for words typed by a person: the phrase, boosted, or all the words. */
    static Optional<String> luceneQuery(String typed) {
        List<String> words = Arrays.stream(typed.strip().split("\\s+")).filter(w -> !w.isBlank())
                .map(QueryParserBase::escape).toList();
        if (words.isEmpty()) {
            return Optional.empty();
        }
        if (words.size() == 1) {
            return Optional.of(words.get(0));
        }
        return Optional.of("\"" + String.join(" ", words) + "\"^4 OR (" + String.join(" AND ", words) + ")");
    }

    @Override
    public void handle(WebRequest request, HttpServletResponse response) throws IOException {
        String typed = request.param("q").orElse("");
        Map<String, Object> m = new HashMap<>();
        m.put("q", typed);
        Optional<String> lucene = luceneQuery(typed);
        if (lucene.isEmpty()) {
            m.put("groups", List.of());
            site.page(request, response, "search", site.message(request, "search.title"), m);
            return;
        }
        List<Map<String, Node>> rows = site.sparql().select("search", Map.of(
                "q", NodeFactory.createLiteralString(lucene.get()),
                "limit", NodeFactory.createLiteralDT(Integer.toString(HITS), XSDDatatype.XSDinteger)));
        Map<Node, Hit> hits = new LinkedHashMap<>();
        for (Map<String, Node> r : rows) {
            Hit hit = hits.computeIfAbsent(r.get("s"), s -> new Hit(s, Views.text(r.get("literal")), r.get("doc"),
                    Views.text(r.get("issued")), r.get("status")));
            if (r.get("type") != null) {
                String local = r.get("type").getURI().substring(LSKG.NS.length());
                hit.group = GROUP_OF.getOrDefault(local, hit.group);
                hit.type = r.get("type");
            }
        }
        List<Node> shown = new ArrayList<>();
        hits.values().forEach(h -> { shown.add(h.node); shown.add(h.type); shown.add(h.doc); shown.add(h.status); });
        Labels labels = Labels.of(site.sparql(), shown, request.lang());
        Map<String, List<Hit>> grouped = hits.values().stream().collect(Collectors.groupingBy(h -> h.group));
        List<Map<String, Object>> groups = new ArrayList<>();
        for (String g : GROUPS) {
            List<Hit> inGroup = grouped.getOrDefault(g, List.of());
            if (!inGroup.isEmpty()) {
                groups.add(Map.of("group", g, "label", site.message(request, "search.group." + g),
                        "count", inGroup.size(), "hits", inGroup.stream().map(h -> h.view(site.views(request), labels)).toList()));
            }
        }
        m.put("groups", groups);
        m.put("count", hits.size());
        m.put("none", hits.isEmpty());
        site.page(request, response, "search", site.message(request, "search.title") + ": " + typed, m);
    }

    /** One resource found, with the literal that matched best. */
    private static final class Hit {
        final Node node;
        final String literal;
        final Node doc;
        final String issued;
        final Node status;
        Node type;
        String group = "other";

        Hit(Node node, String literal, Node doc, String issued, Node status) {
            this.node = node;
            this.literal = literal;
            this.doc = doc;
            this.issued = issued;
            this.status = status;
        }

        Map<String, Object> view(Views views, Labels labels) {
            Map<String, Object> v = new HashMap<>();
            v.put("href", views.href(node.getURI()));
            v.put("text", literal);
            v.put("label", labels.text(node));
            if (type != null) {
                v.put("type", labels.text(type));
            }
            if (doc != null) {
                v.put("doc", views.value(doc, labels.get(doc)));
            }
            v.put("issued", issued);
            if (status != null) {
                v.put("status", Statuses.view(status, labels));
            }
            return v;
        }
    }
}
