package org.lskg.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.FmtUtils;
import org.lskg.text.Hashes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Replaces blank nodes by skolem IRIs ({@code <base>/.well-known/genid/<hash>}, RDF 1.1 §3.5) derived
 * from what each blank node describes, so that a graph parsed twice (Jena labels blank nodes at
 * random) gives the same triples, and the store holds no blank nodes. The hash of a blank node covers
 * its outgoing triples, recursively. Blank nodes that describe each other in a cycle (ontologies and
 * shapes do not) cannot be named that way and are not deterministic.
 */
public final class Skolemizer {
    private Skolemizer() {}

    public static Graph skolemize(Graph graph, String base) {
        Map<Node, String> ids = new HashMap<>();
        for (Triple t : graph.find().toList()) {
            if (t.getSubject().isBlank()) id(graph, t.getSubject(), ids, new HashSet<>());
        }
        Graph out = GraphFactory.createDefaultGraph();
        out.getPrefixMapping().setNsPrefixes(graph.getPrefixMapping());
        graph.find().forEach(t -> out.add(Triple.create(
                replace(t.getSubject(), ids, base), t.getPredicate(), replace(t.getObject(), ids, base))));
        return out;
    }

    private static Node replace(Node n, Map<Node, String> ids, String base) {
        if (!n.isBlank()) return n;
        return NodeFactory.createURI(base + "/.well-known/genid/" + ids.computeIfAbsent(n, b -> Hashes.sha256Hex(b.toString()).substring(0, 24)));
    }

    private static String id(Graph g, Node b, Map<Node, String> ids, Set<Node> visiting) {
        String known = ids.get(b);
        if (known != null) return known;
        if (!visiting.add(b)) return "cycle";
        List<String> parts = new ArrayList<>();
        for (Triple t : g.find(b, Node.ANY, Node.ANY).toList()) {
            Node o = t.getObject();
            String obj = o.isBlank() ? "_:" + id(g, o, ids, visiting) : FmtUtils.stringForNode(o);
            parts.add(FmtUtils.stringForNode(t.getPredicate()) + " " + obj);
        }
        parts.sort(null);
        String id = Hashes.sha256Hex(String.join("\n", parts)).substring(0, 24);
        ids.put(b, id);
        visiting.remove(b);
        return id;
    }

}
