package org.lskg.store;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.PropertyFunctionBase;

/**
 * What lskg's property functions over documents share ({@link DocumentsMentioning}, {@link GraphDocument}): the
 * store's {@link DocumentListing}, an argument read as a list of nodes, and a row bound as a join would bind it.
 */
abstract class DocumentFunction extends PropertyFunctionBase {

    /** The store's documents, sorted, kept per committed state. */
    protected final DocumentListing listing;

    DocumentFunction(DocumentListing listing) {
        this.listing = listing;
    }

    /** The nodes of an argument: its list's, or the one node. */
    static List<Node> nodes(PropFuncArg arg) {
        return arg.isList() ? arg.getArgList() : List.of(arg.getArg());
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
