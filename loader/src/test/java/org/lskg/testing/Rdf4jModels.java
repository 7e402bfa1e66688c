package org.lskg.testing;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;

/**
 * The store's content as an RDF4J model, built node by node (no serialization in between), so that exports
 * re-parsed by RDF4J Rio are compared with what the store holds by an independent implementation.
 */
public final class Rdf4jModels {
    private Rdf4jModels() {}

    private static final ValueFactory VF = SimpleValueFactory.getInstance();

    /** Every quad of the named graphs, with the graph name as context. */
    public static Model quads(DatasetGraph dataset) {
        return convert(dataset, true);
    }

    /** The union of the named graphs, without contexts. */
    public static Model union(DatasetGraph dataset) {
        return convert(dataset, false);
    }

    private static Model convert(DatasetGraph dataset, boolean withContext) {
        Model model = new LinkedHashModel();
        Txn.executeRead(dataset, () -> dataset.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY)
                .forEachRemaining(q -> add(model, q, withContext)));
        return model;
    }

    private static void add(Model model, Quad q, boolean withContext) {
        Resource subject = (Resource) value(q.getSubject());
        var predicate = VF.createIRI(q.getPredicate().getURI());
        Value object = value(q.getObject());
        if (withContext) {
            model.add(subject, predicate, object, (Resource) value(q.getGraph()));
        } else {
            model.add(subject, predicate, object);
        }
    }

    private static Value value(Node node) {
        if (node.isURI()) {
            return VF.createIRI(node.getURI());
        }
        if (node.isBlank()) {
            return VF.createBNode(node.getBlankNodeLabel());
        }
        String lang = node.getLiteralLanguage();
        return lang.isEmpty()
                ? VF.createLiteral(node.getLiteralLexicalForm(), VF.createIRI(node.getLiteralDatatypeURI()))
                : VF.createLiteral(node.getLiteralLexicalForm(), lang);
    }
}
