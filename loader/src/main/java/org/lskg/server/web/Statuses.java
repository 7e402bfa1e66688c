package org.lskg.server.web;

import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.lskg.rdf.LSKG;

/**
 * The four statuses of a commitment's assessment ({@code id/status/...} in the ontology), in the order the pages
 * list them, and their badge view: the status's label, its notation (the IRI's last segment, also the CSS class).
 */
final class Statuses {
    private Statuses() {}

    static final String NS = LSKG.ID + "status/";
    /** From worst to best, as an accountability page lists them. */
    static final List<String> ORDER = List.of("overdue", "no-evidence", "in-progress", "fulfilled");

    static String notation(Node status) {
        String iri = status.getURI();
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    static Map<String, Object> view(Node status, Labels labels) {
        return Map.of("notation", notation(status), "label", labels.text(status), "href",
                "/id/status/" + notation(status));
    }
}
