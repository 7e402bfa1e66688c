package org.lskg.server.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * A body's accountability: the commitments it leads, shares or is otherwise responsible for, counted by status
 * (as the trace graph assesses them), the share overdue, and the counts by the year the commitment was stated, all
 * counted by the store; then those of the latest 20 documents that assign the body one, listed by status.
 * {@code /accountability} lists the bodies; {@code /accountability/body/NAME} is the page of
 * {@code https://w3id.org/lskg/id/body/NAME}.
 */
final class AccountabilityPage implements Handler {

    static final String PREFIX = "/accountability";
    private static final String NONE = "none";
    private static final int BAR_WIDTH = 400;

    private final Site site;

    AccountabilityPage(Site site) {
        this.site = site;
    }

    @Override
    public void handle(WebRequest request, HttpServletResponse response) throws IOException {
        String path = request.path();
        if (path.equals(PREFIX) || path.equals(PREFIX + "/")) {
            list(request, response);
            return;
        }
        Node body = IriSpace.canonicalOf("/id" + path.substring(PREFIX.length())).map(NodeFactory::createURI)
                .filter(b -> site.sparql().ask("is-body", Map.of("x", b))).orElseThrow(NotFound::new);
        page(request, response, body);
    }

    private void list(WebRequest request, HttpServletResponse response) throws IOException {
        List<Map<String, Node>> rows = site.sparql().select("bodies", Map.of());
        Labels labels = Labels.of(site.sparql(), rows.stream().map(r -> r.get("body")).toList(), request.lang());
        List<Map<String, Object>> bodies = rows.stream().map(r -> Map.<String, Object>of(
                "body", site.views(request).value(r.get("body"), labels.get(r.get("body"))),
                "href", href(r.get("body")),
                "commitments", Views.text(r.get("commitments")),
                "overdue", Views.text(r.get("overdue")))).toList();
        site.page(request, response, "bodies", site.message(request, "bodies.title"), Map.of("bodies", bodies));
    }

    private String href(Node body) {
        return PREFIX + IriSpace.pathOf(body.getURI()).orElseThrow().substring("/id".length());
    }

    private void page(WebRequest request, HttpServletResponse response, Node body) throws IOException {
        Map<String, Node> bind = Map.of("x", body);
        // the figures count every commitment of the body; the list is the latest documents' only (at 10,000
        // generated documents one body has 52,000: a page of megabytes, and more rows than the row cap)
        List<Map<String, Node>> counted = site.sparql().select("accountability-counts", bind);
        // one row per commitment (a second deadline gives a second row)
        Map<Node, Map<String, Node>> byCommitment = new LinkedHashMap<>();
        site.sparql().select("body-commitments-latest", bind).forEach(r -> byCommitment.putIfAbsent(r.get("c"), r));
        Collection<Map<String, Node>> rows = byCommitment.values();
        List<Node> shown = new ArrayList<>(List.of(body));
        rows.forEach(r -> { shown.add(r.get("status")); shown.add(r.get("doc")); });
        Statuses.ORDER.forEach(s -> shown.add(NodeFactory.createURI(Statuses.NS + s)));
        Labels labels = Labels.of(site.sparql(), shown, request.lang());

        Map<String, Integer> byStatus = new LinkedHashMap<>();
        Statuses.ORDER.forEach(s -> byStatus.put(s, 0));
        byStatus.put(NONE, 0);
        Map<String, Map<String, Integer>> byYear = new TreeMap<>();
        for (Map<String, Node> r : counted) {
            String status = notation(r.get("status"));
            int n = Integer.parseInt(Views.text(r.get("n")));
            byStatus.merge(status, n, Integer::sum);
            byYear.computeIfAbsent(Views.text(r.get("year")), y -> new HashMap<>()).merge(status, n, Integer::sum);
        }
        Map<String, List<Map<String, Object>>> listed = new LinkedHashMap<>();
        byStatus.keySet().forEach(s -> listed.put(s, new ArrayList<>()));
        for (Map<String, Node> r : rows) {
            listed.computeIfAbsent(notation(r.get("status")), x -> new ArrayList<>()).add(Map.of(
                    "href", site.views(request).href(r.get("c").getURI()),
                    "text", Views.text(r.get("text")),
                    "issued", Views.text(r.get("issued")),
                    "deadline", Views.text(r.get("deadline")),
                    "role", site.message(request, "role." + Views.text(r.get("role"))),
                    "doc", site.views(request).value(r.get("doc"), labels.get(r.get("doc")))));
        }
        int total = byStatus.values().stream().mapToInt(Integer::intValue).sum();
        int overdue = byStatus.get("overdue");
        Map<String, Object> m = new HashMap<>();
        String title = labels.text(body);
        m.put("title", title);
        m.put("body", site.views(request).value(body, labels.get(body)));
        m.put("total", total);
        m.put("overdue", overdue);
        m.put("overdueShare", total == 0 ? "0" : String.format(java.util.Locale.ROOT, "%.0f", 100.0 * overdue / total));
        List<Map<String, Object>> statuses = new ArrayList<>();
        List<Map<String, Object>> groups = new ArrayList<>();
        byStatus.forEach((status, n) -> {
            String label = status.equals(NONE) ? site.message(request, "bodies.noStatus")
                    : labels.text(NodeFactory.createURI(Statuses.NS + status));
            statuses.add(Map.of("notation", status, "label", label, "count", n,
                    "width", total == 0 ? 0 : n * BAR_WIDTH / total));
            List<Map<String, Object>> commitments = listed.get(status);
            if (!commitments.isEmpty()) {
                groups.add(Map.of("notation", status, "label", label, "count", n, "listed", commitments.size(),
                        "commitments", commitments));
            }
        });
        m.put("statuses", statuses);
        m.put("groups", groups);
        m.put("years", years(byYear));
        m.put("barWidth", BAR_WIDTH);
        m.put("latest", rows.size() < total);
        site.page(request, response, "accountability", title, m);
    }

    /** A status's notation ({@code overdue}, ...), or {@link #NONE} for a commitment the trace did not assess. */
    private static String notation(Node status) {
        return status == null ? NONE : Statuses.notation(status);
    }

    /** One row per year: the count of each status, and the stacked bar's segments. */
    private List<Map<String, Object>> years(Map<String, Map<String, Integer>> byYear) {
        int most = byYear.values().stream().mapToInt(c -> c.values().stream().mapToInt(Integer::intValue).sum())
                .max().orElse(1);
        List<Map<String, Object>> years = new ArrayList<>();
        byYear.forEach((year, counts) -> {
            List<Map<String, Object>> cells = new ArrayList<>();
            List<Map<String, Object>> segments = new ArrayList<>();
            int x = 0;
            int sum = 0;
            List<String> order = new ArrayList<>(Statuses.ORDER);
            order.add(NONE);
            for (String status : order) {
                int n = counts.getOrDefault(status, 0);
                sum += n;
                cells.add(Map.of("notation", status, "count", n));
                int w = n * BAR_WIDTH / Math.max(1, most);
                if (w > 0) {
                    segments.add(Map.of("notation", status, "x", x, "width", w, "count", n));
                }
                x += w;
            }
            years.add(Map.of("year", year, "cells", cells, "segments", segments, "total", sum));
        });
        return years;
    }
}
