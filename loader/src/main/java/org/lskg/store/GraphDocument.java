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
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.pfunction.PropFuncArg;
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
final class GraphDocument extends DocumentFunction {

    /** The property function's IRI. */
    static final String IRI = LSKG.NS + "graphDocument";

    GraphDocument(DocumentListing listing) {
        super(listing);
    }

    @Override
    public void build(PropFuncArg subject, Node predicate, PropFuncArg object, ExecutionContext context) {
        super.build(subject, predicate, object, context);
        if (subject.isList()) {
            throw new QueryBuildException("lskg:graphDocument: the subject is one graph, not a list");
        }
        List<Node> objects = nodes(object);
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
        List<Node> vars = nodes(object);
        List<Binding> out = new ArrayList<>();
        for (DocumentListing.Listed d : documents) {
            Binding withGraph = graph != null ? binding
                    : BindingFactory.binding(binding, Var.alloc(subject.getArg()), d.graph());
            out.addAll(bind(withGraph, vars, List.of(d.doc(), NodeFactory.createLiteralString(d.key().issued()),
                    d.source())));
        }
        return QueryIterPlainWrapper.create(out.iterator(), context);
    }
}
