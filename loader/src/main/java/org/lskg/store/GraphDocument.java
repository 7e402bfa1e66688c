package org.lskg.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.PropertyFunctionBase;
import org.lskg.rdf.LSKG;

/**
 * {@code lskg:graphDocument}: the document a graph holds, with its date and file name.
 *
 * <pre>{@code
 * ?g lskg:graphDocument (?doc ?issued ?source)
 * }</pre>
 *
 * <p>For a graph bound before it, binds the subject of the graph's {@code lskg:sourceFile}, its
 * {@code dcterms:issued} as a plain string ({@code ""} for a document without one) and the file name, once per pair
 * of them: what {@code GRAPH ?g { ?doc lskg:sourceFile ?source } OPTIONAL { GRAPH ?g { ?doc dcterms:issued ?date } }
 * BIND (COALESCE(STR(?date), "") AS ?issued)} binds. Variables may be left off from the end; a bound one must match.
 * With the graph unbound, every graph's documents (the trace graph's among them, as that pattern finds it), in order
 * of date then file name.
 *
 * <p>Why: a paged query that chooses 50 of the 8,000 documents that mention a project read two quads in each one's
 * graph to sort them; here each is one look-up in {@link DocumentListing}, kept for the store's committed state.
 */
final class GraphDocument extends PropertyFunctionBase {

    /** The property function's IRI. */
    static final String IRI = LSKG.NS + "graphDocument";

    private final DocumentListing listing;

    GraphDocument(DocumentListing listing) {
        this.listing = listing;
    }

    @Override
    public void build(PropFuncArg subject, Node predicate, PropFuncArg object, ExecutionContext context) {
        super.build(subject, predicate, object, context);
        if (subject.isList()) {
            throw new QueryBuildException("lskg:graphDocument: the subject is one graph, not a list");
        }
        List<Node> objects = object.isList() ? object.getArgList() : List.of(object.getArg());
        if (objects.isEmpty() || objects.size() > 3) {
            throw new QueryBuildException("lskg:graphDocument binds 1 to 3 variables: (?doc ?issued ?source)");
        }
    }

    @Override
    public QueryIterator exec(Binding binding, PropFuncArg subject, Node predicate, PropFuncArg object,
                              ExecutionContext context) {
        Node graph = subject.getArg();
        if (graph.isVariable()) {
            graph = binding.get(Var.alloc(graph));
        }
        DocumentListing.Sorted sorted = listing.now();
        List<DocumentListing.Listed> documents = graph == null ? sorted.documents()
                : graph.isURI() ? sorted.byGraph().getOrDefault(graph.getURI(), List.of()) : List.of();
        List<Node> vars = object.isList() ? object.getArgList() : List.of(object.getArg());
        List<Binding> out = new ArrayList<>();
        for (DocumentListing.Listed d : documents) {
            Binding withGraph = graph != null ? binding
                    : BindingFactory.binding(binding, Var.alloc(subject.getArg()), d.graph());
            out.addAll(bind(withGraph, vars, List.of(d.doc(), NodeFactory.createLiteralString(d.key().issued()),
                    d.source())));
        }
        return QueryIterPlainWrapper.create(out.iterator(), context);
    }

    /** {@code binding} with {@code values} bound to {@code vars}; none when a bound variable or term differs. */
    static List<Binding> bind(Binding binding, List<Node> vars, List<Node> values) {
        BindingBuilder b = BindingBuilder.create(binding);
        for (int i = 0; i < vars.size(); i++) {
            Node v = vars.get(i);
            Node bound = v.isVariable() ? binding.get(Var.alloc(v)) : v;
            if (bound != null) {
                if (!bound.equals(values.get(i))) return List.of();
            } else {
                b.add(Var.alloc(v), values.get(i));
            }
        }
        return List.of(b.build());
    }
}
