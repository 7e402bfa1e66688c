package org.lskg.server.web;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.lskg.rdf.LSKG;

/**
 * One label per resource for the pages, in the reader's language when there is one: a label tagged with the
 * page language first, then Vietnamese, English, untagged; among equals {@code skos:prefLabel}, then
 * {@code rdfs:label}, {@code foaf:name}, {@code dct:title}. Immutable.
 */
final class Labels {

    private static final List<String> PROPERTIES = List.of(LSKG.SKOS + "prefLabel",
            "http://www.w3.org/2000/01/rdf-schema#label", LSKG.FOAF + "name", LSKG.DCT + "title");
    private static final Var R = Var.alloc("r");
    /** Resources per query: the VALUES block stays small enough for the optimizer to start from it. */
    private static final int BATCH = 500;

    private final Map<Node, String> labels;

    private Labels(Map<Node, String> labels) {
        this.labels = labels;
    }

    /** The labels of {@code resources} (IRIs; other terms are ignored) in language {@code lang}. */
    static Labels of(Sparql sparql, Collection<Node> resources, String lang) {
        List<Node> iris = new LinkedHashSet<>(resources).stream().filter(n -> n != null && n.isURI()).toList();
        Map<Node, Map.Entry<Integer, String>> best = new HashMap<>();
        for (int from = 0; from < iris.size(); from += BATCH) {
            Query query = Sparql.load("labels");
            ElementData data = new ElementData();
            data.add(R);
            iris.subList(from, Math.min(iris.size(), from + BATCH)).forEach(n -> data.add(BindingFactory.binding(R, n)));
            ((ElementGroup) query.getQueryPattern()).getElements().add(0, data);
            for (Map<String, Node> row : sparql.select(query, Map.of())) {
                Node label = row.get("label");
                if (label == null || !label.isLiteral()) {
                    continue;
                }
                int rank = rank(label.getLiteralLanguage(), row.get("p").getURI(), lang);
                best.merge(row.get("r"), Map.entry(rank, label.getLiteralLexicalForm()),
                        (a, b) -> Comparator.<Map.Entry<Integer, String>>comparingInt(Map.Entry::getKey)
                                .thenComparing(Map.Entry::getValue).compare(a, b) <= 0 ? a : b);
            }
        }
        Map<Node, String> labels = new HashMap<>();
        best.forEach((node, entry) -> labels.put(node, entry.getValue()));
        return new Labels(labels);
    }

    private static int rank(String labelLang, String property, String lang) {
        int byLang = labelLang.equalsIgnoreCase(lang) ? 0 : labelLang.equals("vi") ? 1 : labelLang.equals("en") ? 2
                : labelLang.isEmpty() ? 3 : 4;
        int byProperty = PROPERTIES.indexOf(property);
        return byLang * 10 + (byProperty < 0 ? 9 : byProperty);
    }

    Optional<String> get(Node node) {
        return Optional.ofNullable(labels.get(node));
    }

    /** The label, or the IRI's short form. */
    String text(Node node) {
        return get(node).orElseGet(() -> node.isURI() ? Views.shortForm(node.getURI()) : Views.text(node));
    }
}
